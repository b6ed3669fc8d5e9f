import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startClient, type TestClient } from '../protocol/lspClient';

const ARTICLE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'samples', 'energy-talks.news'), 'utf8');
const SNIPPETS = ['«', '»', '„', '“', '"', ' — ', ', — заявил он', 'Анна Петрова', ' сказала: ', '\n', '\r\n', '\n\n', '😀', 'е\u0301', 'Шульгин', ' ', '.', 'По словам министра, ', '\u0000', 'x'];
const EDITS = 2000;

describe('protocol soak: thousands of random incremental edits', () => {
  let client: TestClient;
  before(async () => { client = await startClient({ workspace: { configuration: false } }); });
  after(async () => client.close());

  it('never crashes, and the final diagnostics equal a fresh analysis of the final text', async () => {
    const uri = 'file:///soak/edited.news';
    let document = TextDocument.create(uri, 'news-article', 1, ARTICLE);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: ARTICLE } });
    const random = fc.sample(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 40 }), fc.constantFrom(...SNIPPETS), fc.boolean()), { numRuns: EDITS, seed: 20261125 });
    for (const [where, length, snippet, insert] of random) {
      const text = document.getText();
      const start = Math.floor(where * text.length);
      const end = Math.min(text.length, start + (insert ? 0 : length));
      const range = { start: document.positionAt(start), end: document.positionAt(end) };
      const change = { range, text: insert || length % 3 === 0 ? snippet : '' };
      document = TextDocument.update(document, [change], document.version + 1);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
    }
    const edited = await client.waitForDiagnostics(uri, (params) => params.version === document.version, 30_000);
    assert.equal(client.process.exitCode, null, 'the server exited');

    const freshUri = 'file:///soak/fresh.news';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: freshUri, languageId: 'news-article', version: 1, text: document.getText() } });
    const fresh = await client.waitForDiagnostics(freshUri, () => true, 30_000);
    assert.deepEqual(edited.diagnostics, fresh.diagnostics);
    assert.ok(document.getText().length > 0);
  });
});
