/** Editorial findings as LSP diagnostics, with per-check severity from settings and a docs link. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Severity } from '../core/types';
import { stringsFor } from '../i18n';
import type { Settings } from '../settings';
import { toRange } from './ranges';

const DOCS = 'https://github.com/ru-news-lens/ru-news-lens/blob/main/docs/checks';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function diagnostics(document: TextDocument, analysis: Analysis, settings: Settings): Diagnostic[] {
  const strings = stringsFor(settings.uiLanguage);
  const result: Diagnostic[] = [];
  for (const finding of analysis.findings) {
    const configured = settings.checks[finding.code] ?? finding.severity;
    if (configured === 'off') continue;
    result.push({
      range: toRange(document, finding),
      severity: SEVERITY[configured],
      code: finding.code,
      codeDescription: { href: `${DOCS}/${finding.code}.md` },
      source: 'ru-news-lens',
      message: strings.findingMessage(finding),
      ...(finding.data ? { data: finding.data } : {}),
    });
  }
  return result;
}
