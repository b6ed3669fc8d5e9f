/** `ruNewsLens.exportAnalysis`: saves the active article's analysis as JSON (the CLI contract) or CSV, both made by the server. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activeArticle, requestAnalysis } from './analysisRequest';

export async function exportAnalysis(client: LanguageClient | undefined): Promise<void> {
  const editor = activeArticle();
  if (!editor) return;
  const format = await vscode.window.showQuickPick(['json', 'csv'], { placeHolder: vscode.l10n.t('Export the analysis as') }) as 'json' | 'csv' | undefined;
  if (!format) return;
  const answer = await requestAnalysis<unknown>(client, editor.document, format);
  if (answer === undefined) return;
  const content = format === 'csv' ? String(answer) : `${JSON.stringify(answer, null, 2)}\n`;
  const source = editor.document.uri;
  const suggested = source.scheme === 'file' ? source.with({ path: source.path.replace(/(\.[^./]*)?$/, `.analysis.${format}`) }) : undefined;
  const target = await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [format.toUpperCase()]: [format] } });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  const open = vscode.l10n.t('Open');
  if (await vscode.window.showInformationMessage(vscode.l10n.t('Analysis saved to {0}', target.fsPath), open) === open) await vscode.window.showTextDocument(target);
}
