// Extension tests through the VS Code API: the extension under test is the
// repository (extensionDevelopmentPath); the workspace holds Russian news
// articles (*.news) copied from test/ui/fixtures.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagCode, hoverText, LANGUAGE_ID, PEOPLE, poll } from './helpers';

function flattenSymbols(symbols: Array<vscode.DocumentSymbol | vscode.SymbolInformation> | undefined): string[] {
  const names: string[] = [];
  const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation): void => {
    names.push(s.name + ('detail' in s && s.detail ? ` ${s.detail}` : ''));
    if ('children' in s) s.children.forEach(walk);
  };
  (symbols ?? []).forEach(walk);
  return names;
}

/** Position inside the first mention of `surname` not preceded by the first name. */
function surnameOnlyPosition(doc: vscode.TextDocument, surname: string, firstName: string): vscode.Position {
  const text = doc.getText();
  let from = 0;
  for (;;) {
    const i = text.indexOf(surname, from);
    if (i < 0) throw new Error(`no surname-only mention of ${surname}`);
    if (!text.slice(Math.max(0, i - firstName.length - 1), i).startsWith(firstName)) {
      return doc.positionAt(i + 2);
    }
    from = i + surname.length;
  }
}

describe('ru-news-lens in VS Code', function () {
  let doc: vscode.TextDocument;

  before(async function () {
    const files = await vscode.workspace.findFiles('**/*.news');
    assert.ok(files.length > 0, 'the test workspace has no *.news file');
    const uri = files.find((f) => f.path.endsWith('peregovory.news')) ?? files[0];
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
  });

  it('opens *.news files as the news-article language', function () {
    assert.equal(doc.languageId, LANGUAGE_ID);
  });

  it('publishes an unattributed-quote diagnostic for the quote with no speaker', async function () {
    const diags = await poll(
      'diagnostics',
      () => vscode.languages.getDiagnostics(doc.uri),
      (ds) => ds.some((d) => diagCode(d) === 'unattributed-quote'),
      (ds) => JSON.stringify((ds ?? []).map((d) => `${diagCode(d)}: ${d.message}`)),
    );
    const unattributed = diags.filter((d) => diagCode(d) === 'unattributed-quote');
    const line = doc.lineAt(unattributed[0].range.start.line).text;
    assert.ok(line.includes('«Без серьёзных уступок'), `unattributed-quote on the wrong line: ${line}`);
  });

  it('hover on a surname-only mention shows the full name', async function () {
    const pos = surnameOnlyPosition(doc, 'Ушаков', 'Юрий');
    const text = await poll(
      'hover with the full name',
      async () =>
        hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)),
      (t) => t.includes('Юрий Ушаков'),
      (t) => JSON.stringify(t),
    );
    assert.match(text, /Юрий Ушаков/);
  });

  it('document symbols list the people', async function () {
    const names = await poll(
      'document symbols with the people',
      async () =>
        flattenSymbols(
          await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>(
            'vscode.executeDocumentSymbolProvider',
            doc.uri,
          ),
        ),
      (ns) => PEOPLE.every((p) => ns.some((n) => n.includes(p))),
      (ns) => JSON.stringify(ns),
    );
    for (const p of PEOPLE) assert.ok(names.some((n) => n.includes(p)), `${p} missing from ${JSON.stringify(names)}`);
  });
});
