/** The client side of the server's `ruNewsLens/analysis` request (see server/src/features/analysisExport.ts). */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The parts of the CLI contract (core/serialize.ts) the client reads. */
export interface ContractPerson {
  id: string;
  name: string;
  mentions: { start: number; end: number }[];
  roles: { normalized: string }[];
}
export interface Contract {
  people: ContractPerson[];
  quotes: { speaker: string | null }[];
}

/** The active editor if it shows a document the server analyses; otherwise says why not. */
export function activeArticle(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) void vscode.window.showInformationMessage(vscode.l10n.t('ru-news-lens: open a news article first.'));
  return editor;
}

/** Asks the server for the document's analysis; undefined (after a message) when it is not served. */
export async function requestAnalysis<T>(client: LanguageClient | undefined, document: vscode.TextDocument, format: 'json' | 'csv'): Promise<T | undefined> {
  const answer = await client?.sendRequest<T | null>('ruNewsLens/analysis', { textDocument: { uri: document.uri.toString() }, format });
  if (answer === null || answer === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('ru-news-lens does not analyse this document (language, size or script).'));
    return undefined;
  }
  return answer;
}
