/**
 * Quick fixes for findings: apply a finding's `data.replacement` (here and in the whole
 * article), and switch a check off, in the settings (through the client's
 * `ruNewsLens.disableCheck` command, when the client has it) or in the article itself with the
 * `<!-- ru-news-lens-disable code -->` directive, which works in every editor.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { directiveFor, directiveInsertionOffset } from '../core/checks/directives';
import type { Morphology } from '../core/morphology/morphology';
import { renamePerson } from '../core/rename/renamePerson';
import type { Analysis, Finding } from '../core/types';
import type { Strings } from '../i18n';
import type { Settings } from '../settings';
import { toRange } from './ranges';

/** The command the VS Code client implements to write `ruNewsLens.checks.<code> = "off"`. */
export const DISABLE_CHECK_COMMAND = 'ruNewsLens.disableCheck';

export interface CodeActionRequest {
  range: Range;
  /** The diagnostics the client sends with the request, matched to findings by code and range. */
  diagnostics: readonly Diagnostic[];
  /** Commands the client said it implements (`initializationOptions.clientCommands`). */
  clientCommands: ReadonlySet<string>;
  /** For fixes that inflect a name (name-variants). */
  morphology: Morphology;
}

/** The quick fixes for the findings that touch the requested range. */
export function codeActions(document: TextDocument, analysis: Analysis, request: CodeActionRequest, settings: Settings, strings: Strings): CodeAction[] {
  const from = document.offsetAt(request.range.start);
  const to = document.offsetAt(request.range.end);
  const active = analysis.findings.filter((finding) => settings.checks[finding.code] !== 'off');
  const here = active.filter((finding) => finding.start <= to && from <= finding.end);
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  const fixedAll = new Set<string>();
  const top = directiveInsertionOffset(document.getText());
  for (const finding of here) {
    const diagnostic = matchingDiagnostic(document, finding, request.diagnostics);
    const replacement = finding.data?.replacement;
    if (typeof replacement === 'string') {
      actions.push(fix(document, strings.fixReplacement(finding.code), [finding], diagnostic, true));
      const all = active.filter((other) => other.code === finding.code && typeof other.data?.replacement === 'string');
      if (all.length > 1 && !fixedAll.has(finding.code)) actions.push(fix(document, strings.fixAll(finding.code, all.length), all, undefined, false));
      fixedAll.add(finding.code);
    }
    const respelling = finding.code === 'name-variants' ? respell(document, analysis, finding, request.morphology, strings) : undefined;
    if (respelling) actions.push({ ...respelling, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) });
    if (finding.code === 'ambiguous-speaker') actions.push(...nameSpeaker(document, analysis, finding, strings));
    if (disabled.has(finding.code)) continue;
    disabled.add(finding.code);
    if (request.clientCommands.has(DISABLE_CHECK_COMMAND)) {
      actions.push({
        title: strings.disableInSettings(finding.code), kind: CodeActionKind.QuickFix,
        ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
        command: { title: strings.disableInSettings(finding.code), command: DISABLE_CHECK_COMMAND, arguments: [finding.code] },
      });
    }
    actions.push({
      title: strings.disableInArticle(finding.code), kind: CodeActionKind.QuickFix,
      ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
      edit: { changes: { [document.uri]: [{ range: toRange(document, { start: top, end: top }), newText: `${directiveFor(finding.code)}\n` }] } },
    });
  }
  return actions;
}

function fix(document: TextDocument, title: string, findings: Finding[], diagnostic: Diagnostic | undefined, preferred: boolean): CodeAction {
  const edits: TextEdit[] = findings.map((finding) => ({ range: toRange(document, finding), newText: String(finding.data?.replacement) }));
  return {
    title, kind: CodeActionKind.QuickFix, isPreferred: preferred,
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    edit: { changes: { [document.uri]: edits } },
  };
}

/** name-variants: rewrites every mention of the variant spelling in the preferred one, inflected. */
function respell(document: TextDocument, analysis: Analysis, finding: Finding, morphology: Morphology, strings: Strings): CodeAction | undefined {
  const { personId, variant, preferred } = finding.data ?? {};
  const person = analysis.people.find((candidate) => candidate.id === personId);
  if (!person || typeof variant !== 'string' || typeof preferred !== 'string') return undefined;
  const edits = renamePerson(person, variant, preferred, morphology).map((replacement) => ({ range: toRange(document, replacement), newText: replacement.newText }));
  return edits.length > 0 ? { title: strings.spellAs(preferred), kind: CodeActionKind.QuickFix, isPreferred: true, edit: { changes: { [document.uri]: edits } } } : undefined;
}

/** ambiguous-speaker: puts each candidate's surname in place of a nominative pronoun ("сказал он" → "сказал Путин"). */
function nameSpeaker(document: TextDocument, analysis: Analysis, finding: Finding, strings: Strings): CodeAction[] {
  const pronoun = document.getText().slice(finding.start, finding.end).toLowerCase();
  const candidates = finding.data?.candidates;
  if ((pronoun !== 'он' && pronoun !== 'она') || !Array.isArray(candidates)) return [];
  return analysis.people.filter((person) => candidates.includes(person.id)).map((person) => {
    const surname = person.name.split(/\s+/).pop() ?? person.name;
    return { title: strings.nameSpeaker(surname), kind: CodeActionKind.QuickFix, edit: { changes: { [document.uri]: [{ range: toRange(document, finding), newText: surname }] } } };
  });
}

function matchingDiagnostic(document: TextDocument, finding: Finding, diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  const range = toRange(document, finding);
  return diagnostics.find((diagnostic) => diagnostic.code === finding.code
    && diagnostic.range.start.line === range.start.line && diagnostic.range.start.character === range.start.character
    && diagnostic.range.end.line === range.end.line && diagnostic.range.end.character === range.end.character);
}
