/**
 * `ruNewsLens.exportAnalysis`: saves the active article's analysis as JSON (the CLI contract) or
 * CSV, both made by the server. It asks for the format and the file, unless given them:
 * `{ "format": "csv", "target": "/path/to/file.csv" }` as the command's argument (from a
 * keybinding's `args`, a task or a test) saves there without asking.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activeArticle, requestAnalysis } from './analysisRequest';

type Format = 'json' | 'csv';

/** The command's optional argument. A relative target is resolved against the article's folder. */
export interface ExportOptions {
  format?: Format;
  /** An absolute path, a URI (`file:///…`), or a path relative to the article's folder. */
  target?: string;
}

/** Saves the analysis; returns the file written, or undefined when nothing was saved. */
export async function exportAnalysis(client: LanguageClient | undefined, argument?: unknown): Promise<vscode.Uri | undefined> {
  const options = exportOptions(argument);
  const editor = activeArticle();
  if (!editor) return undefined;
  const format = options.format ?? await vscode.window.showQuickPick(['json', 'csv'], { placeHolder: vscode.l10n.t('Export the analysis as') }) as Format | undefined;
  if (!format) return undefined;
  const answer = await requestAnalysis<unknown>(client, editor.document, format);
  if (answer === undefined) return undefined;
  const content = format === 'csv' ? String(answer) : `${JSON.stringify(answer, null, 2)}\n`;
  const source = editor.document.uri;
  const given = options.target === undefined ? undefined : targetUri(options.target, source);
  const suggested = source.scheme === 'file' ? source.with({ path: source.path.replace(/(\.[^./]*)?$/, `.analysis.${format}`) }) : undefined;
  const target = given ?? await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [format.toUpperCase()]: [format] } });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  const open = vscode.l10n.t('Open');
  const saved = vscode.window.showInformationMessage(vscode.l10n.t('Analysis saved to {0}', target.fsPath), open)
    .then(async (choice) => { if (choice === open) await vscode.window.showTextDocument(target); });
  // Asked for nothing, the command does not wait on the notification either.
  if (!given) await saved;
  return target;
}

/** The argument when it is an options object; menus pass the resource's Uri, which asks as usual. */
function exportOptions(argument: unknown): ExportOptions {
  if (typeof argument !== 'object' || argument === null || argument instanceof vscode.Uri) return {};
  const { format, target } = argument as Record<string, unknown>;
  return {
    format: format === 'json' || format === 'csv' ? format : undefined,
    target: typeof target === 'string' && target.trim() !== '' ? target : undefined,
  };
}

function targetUri(target: string, source: vscode.Uri): vscode.Uri {
  if (/^[a-z][\w+.-]+:\/\//i.test(target)) return vscode.Uri.parse(target);
  if (path.isAbsolute(target)) return vscode.Uri.file(target);
  const folder = source.scheme === 'file' ? vscode.Uri.joinPath(source, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, target) : vscode.Uri.file(path.resolve(target));
}
