/** `ruNewsLens.showPeople`: a quick pick of the article's people with roles and quote counts; picking one jumps to their first mention. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activeArticle, requestAnalysis, type Contract, type ContractPerson } from './analysisRequest';

interface PersonItem extends vscode.QuickPickItem {
  person: ContractPerson;
}

export async function showPeople(client: LanguageClient | undefined): Promise<void> {
  const editor = activeArticle();
  if (!editor) return;
  const analysis = await requestAnalysis<Contract>(client, editor.document, 'json');
  if (!analysis) return;
  const items: PersonItem[] = analysis.people.map((person) => {
    const quotes = analysis.quotes.filter((quote) => quote.speaker === person.id).length;
    return {
      label: person.name,
      description: [...new Set(person.roles.map((role) => role.normalized))].join('; '),
      detail: vscode.l10n.t('{0} mentions · {1} quotes', person.mentions.length, quotes),
      person,
    };
  });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('People in this article'), matchOnDescription: true });
  const first = picked?.person.mentions[0];
  if (!first) return;
  const range = new vscode.Range(editor.document.positionAt(first.start), editor.document.positionAt(first.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
