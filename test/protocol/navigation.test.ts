import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { DocumentHighlight, Location, Range, SemanticTokens, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, decodeTokens, openArticle, positionOf, startClient, textOf, type TestClient } from './lspClient';

const ARTICLE = [
  'Специальный посланник президента США Стив Уиткофф прилетел в Москву в среду вечером.',
  '',
  'В аэропорту Уиткоффа встречал помощник президента России Юрий Ушаков. Переговоры с Уиткоффом заняли пять часов.',
  '',
  '«Мы обсудили весь круг вопросов», — заявил Ушаков журналистам. По словам Уиткоффа, встреча прошла конструктивно.',
  '',
  'Уиткофф улетел в Вашингтон утром.',
].join('\n');
const URI = 'file:///tmp/visit.news';

describe('navigation, rename and semantic tokens over stdio', () => {
  let client: TestClient;
  const at = (needle: string, occurrence = 1) => ({ textDocument: { uri: URI }, position: positionOf(ARTICLE, needle, occurrence) });
  before(async () => {
    client = await startClient({ workspace: { configuration: true } });
    await openArticle(client, URI, ARTICLE);
  });
  after(async () => client.close());

  it('highlights every mention of the person under the cursor, the fullest as the write', async () => {
    const highlights = await client.connection.sendRequest('textDocument/documentHighlight', at('Уиткоффа встречал')) as DocumentHighlight[];
    assert.deepEqual(highlights.map((highlight) => textOf(ARTICLE, highlight.range)), ['Стив Уиткофф', 'Уиткоффа', 'Уиткоффом', 'Уиткоффа', 'Уиткофф']);
    assert.deepEqual(highlights.filter((highlight) => highlight.kind === 3).map((highlight) => textOf(ARTICLE, highlight.range)), ['Стив Уиткофф']);
  });

  it('goes to the fullest mention as the definition', async () => {
    const location = await client.connection.sendRequest('textDocument/definition', at('Уиткофф улетел')) as Location;
    assert.equal(location.uri, URI);
    assert.equal(textOf(ARTICLE, location.range), 'Стив Уиткофф');
  });

  it('finds every mention as a reference, without the fullest unless the declaration is asked for', async () => {
    const withDeclaration = await client.connection.sendRequest('textDocument/references', { ...at('Ушаков журналистам'), context: { includeDeclaration: true } }) as Location[];
    assert.deepEqual(withDeclaration.map((location) => textOf(ARTICLE, location.range)), ['Юрий Ушаков', 'Ушаков']);
    const without = await client.connection.sendRequest('textDocument/references', { ...at('Ушаков журналистам'), context: { includeDeclaration: false } }) as Location[];
    assert.deepEqual(without.map((location) => textOf(ARTICLE, location.range)), ['Ушаков']);
  });

  it('prepares a rename on the name word under the cursor with its nominative', async () => {
    const prepared = await client.connection.sendRequest('textDocument/prepareRename', at('Уиткоффом')) as { range: Range; placeholder: string };
    assert.equal(textOf(ARTICLE, prepared.range), 'Уиткоффом');
    assert.equal(prepared.placeholder, 'Уиткофф');
    assert.equal(await client.connection.sendRequest('textDocument/prepareRename', at('аэропорту')), null);
  });

  it('renames a foreign surname in every case by carrying the ending over', async () => {
    const edit = await client.connection.sendRequest('textDocument/rename', { ...at('Уиткоффом'), newName: 'Уиткоф' }) as WorkspaceEdit;
    const renamed = applyEdits(ARTICLE, edit.changes![URI]);
    for (const expected of ['Стив Уиткоф прилетел', 'Уиткофа встречал', 'с Уиткофом заняли', 'По словам Уиткофа,', '\nУиткоф улетел']) assert.ok(renamed.includes(expected), `${expected} in\n${renamed}`);
    assert.ok(!renamed.includes('Уиткофф'));
  });

  it('renames a Russian surname and a first name with the dictionary', async () => {
    const surname = await client.connection.sendRequest('textDocument/rename', { ...at('Ушаков. Переговоры'), newName: 'Лавров' }) as WorkspaceEdit;
    const renamed = applyEdits(ARTICLE, surname.changes![URI]);
    assert.ok(renamed.includes('Юрий Лавров. Переговоры') && renamed.includes('заявил Лавров журналистам'), renamed);
    const first = await client.connection.sendRequest('textDocument/rename', { ...at('Стив'), newName: 'Стивен' }) as WorkspaceEdit;
    assert.ok(applyEdits(ARTICLE, first.changes![URI]).startsWith('Специальный посланник президента США Стивен Уиткофф'));
  });

  it('renames a woman\'s surname in the feminine forms', async () => {
    const uri = 'file:///tmp/minister.news';
    const text = 'Министр финансов Ольга Иванова выступила в Думе. Депутаты задали Ивановой много вопросов.';
    await openArticle(client, uri, text);
    const edit = await client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: positionOf(text, 'Ивановой'), newName: 'Петрова' }) as WorkspaceEdit;
    assert.equal(applyEdits(text, edit.changes![uri]), 'Министр финансов Ольга Петрова выступила в Думе. Депутаты задали Петровой много вопросов.');
  });

  it('refuses to rename a word that is not a name', async () => {
    await assert.rejects(client.connection.sendRequest('textDocument/rename', { ...at('аэропорту'), newName: 'Вокзал' }));
  });

  it('colours people, roles, quotations and speech cues with the legend it announced', async () => {
    const legend = client.initializeResult.capabilities.semanticTokensProvider?.legend;
    assert.deepEqual(legend?.tokenTypes, ['person', 'role', 'quote', 'speechCue']);
    const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } }) as SemanticTokens;
    const decoded = decodeTokens(ARTICLE, tokens.data, legend!.tokenTypes);
    const find = (type: string, text: string) => decoded.some(([candidate, covered]) => candidate === type && covered === text);
    assert.ok(find('person', 'Стив Уиткофф'), JSON.stringify(decoded));
    assert.ok(find('person', 'Уиткоффом'));
    assert.ok(find('role', 'помощник президента России'));
    assert.ok(find('speechCue', 'заявил'));
    assert.ok(find('quote', '«Мы обсудили весь круг вопросов»'));
  });

  it('splits a quotation around a name inside it, since tokens may not overlap', async () => {
    const uri = 'file:///tmp/quoted-name.news';
    const text = '«Мы встретились с Юрием Ушаковым утром и всё обсудили», — сказал спецпосланник Стив Уиткофф.';
    await openArticle(client, uri, text);
    const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as SemanticTokens;
    const decoded = decodeTokens(text, tokens.data, client.initializeResult.capabilities.semanticTokensProvider!.legend.tokenTypes);
    assert.deepEqual(decoded.slice(0, 3), [['quote', '«Мы встретились с '], ['person', 'Юрием Ушаковым'], ['quote', ' утром и всё обсудили»']]);
  });
});
