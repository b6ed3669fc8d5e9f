import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover, MarkupContent, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { positionOf, SERVER, startClient, type TestClient } from './lspClient';

const ARTICLE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'samples', 'energy-talks.news'), 'utf8');
const URI = 'file:///tmp/energy-talks.news';


describe('language server over stdio (push diagnostics, as Neovim < 0.10)', () => {
  let client: TestClient;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), 'dist/server.js missing: run npm run build');
    client = await startClient({ workspace: { configuration: true } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news-article', version: 1, text: ARTICLE } });
  });
  after(async () => client.close());

  it('publishes diagnostics for the opened article, including an unattributed quote', async () => {
    const params = await client.waitForDiagnostics(URI);
    assert.equal(params.version, 1);
    const codes = params.diagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(codes.includes('unattributed-quote'), `codes: ${codes.join(', ')}`);
    const unattributed = params.diagnostics.find((diagnostic) => diagnostic.code === 'unattributed-quote')!;
    assert.equal(unattributed.source, 'ru-news-lens');
    assert.match(unattributed.codeDescription?.href ?? '', /docs\/checks\/unattributed-quote\.md$/);
  });

  it('hovers a surname-only mention with the full name', async () => {
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'Шульгин журналистам') }) as Hover;
    assert.ok(hover, 'no hover');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Николай Шульгин\*\*/);
    assert.match(value, /Мы не видим причин/);
  });

  it('returns no hover on a plain word', async () => {
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'переговоры') });
    assert.equal(hover, null);
  });

  it('lists speakers first, with their quotes nested, in the document symbols', async () => {
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } }) as DocumentSymbol[];
    assert.equal(symbols[0].name, 'Николай Шульгин');
    assert.ok((symbols[0].children ?? []).some((child) => child.name.startsWith('«Мы не видим')));
    assert.ok(symbols.some((symbol) => symbol.name === 'Анна Воронцова'));
  });

  it('re-publishes after an incremental edit that removes the unattributed quote', async () => {
    const lines = ARTICLE.split('\n');
    const line = lines.findIndex((candidate) => candidate.startsWith('«Цены на бензин'));
    assert.ok(line >= 0);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, text: 'Заседание продолжится завтра.' }],
    });
    const params = await client.waitForDiagnostics(URI, (candidate) => candidate.version === 2);
    const unattributed = params.diagnostics.filter((diagnostic) => diagnostic.code === 'unattributed-quote');
    assert.ok(unattributed.every((diagnostic) => diagnostic.range.start.line !== line));
  });

  it('does not analyse a plaintext document that is mostly Latin', async () => {
    const uri = 'file:///tmp/english.txt';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'Mr. "Smith" said nothing "at all' } });
    const params = await client.waitForDiagnostics(uri);
    assert.deepEqual(params.diagnostics, []);
  });
});

describe('language server with pull diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
    client.configuration = { checks: { 'unattributed-quote': 'off' } };
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news-article', version: 1, text: ARTICLE } });
  });
  after(async () => client.close());

  it('answers textDocument/diagnostic and honours a check switched off in settings', async () => {
    const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } }) as DocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    assert.ok('items' in report);
    assert.ok(report.items.every((diagnostic) => diagnostic.code !== 'unattributed-quote'));
  });

  it('answers in Russian when the client locale is Russian', async () => {
    const russian = await startClient({ workspace: { configuration: false } }, 'ru');
    try {
      await russian.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news-article', version: 1, text: ARTICLE } });
      const hover = await russian.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'Шульгин журналистам') }) as Hover;
      assert.match((hover.contents as MarkupContent).value, /упоминаний: \d+/);
    } finally {
      await russian.close();
    }
  });
});
