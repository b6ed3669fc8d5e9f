import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { ShowMessageRequestParams } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lspClient';

const ARTICLE = 'Министр Николай Шульгин заявил журналистам: «Квоты останутся прежними». ';

describe('ruNewsLens.maxDocumentSize', () => {
  let client: TestClient;
  const asked: ShowMessageRequestParams[] = [];
  let answer: { title: string } | null = null;

  before(async () => {
    client = await startClient({ workspace: { configuration: true } });
    client.configuration = { maxDocumentSize: 1000 };
    client.connection.onRequest('window/showMessageRequest', (params: ShowMessageRequestParams) => {
      asked.push(params);
      return answer;
    });
  });
  after(async () => client.close());

  it('does not analyse a document over the limit, says so once, and analyses it when asked to', async () => {
    const uri = 'file:///size/long.news';
    const text = ARTICLE.repeat(20);
    answer = { title: 'Analyse anyway' };
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    const first = await client.waitForDiagnostics(uri);
    assert.deepEqual(first.diagnostics, []);
    const analysed = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0 || asked.length > 0 && params !== first);
    assert.equal(asked.length, 1);
    assert.match(asked[0].message, /over ruNewsLens\.maxDocumentSize \(1,000\)/);
    assert.deepEqual(asked[0].actions, [{ title: 'Analyse anyway' }]);
    assert.ok(analysed !== first, 'diagnostics published again after "Analyse anyway"');
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } });
    assert.ok(hover, 'the document is analysed after "Analyse anyway"');
  });

  it('analyses a document under the limit without asking', async () => {
    const before = asked.length;
    const uri = 'file:///size/short.news';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: ARTICLE } });
    await client.waitForDiagnostics(uri);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } });
    assert.ok(hover);
    assert.equal(asked.length, before);
  });
});
