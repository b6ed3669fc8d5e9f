import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lspClient';

describe('workspace symbols over the workspace folder', () => {
  let client: TestClient;
  let folder: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rnl-ws-'));
    fs.mkdirSync(path.join(folder, 'archive'));
    fs.mkdirSync(path.join(folder, 'node_modules'));
    fs.writeFileSync(path.join(folder, 'archive', 'budget.news'), 'Министр финансов Антон Силуанов заявил: «Бюджет сбалансирован».\n');
    fs.writeFileSync(path.join(folder, 'open.news'), 'Губернатор Олег Кувшинников открыл мост.\n');
    fs.writeFileSync(path.join(folder, 'node_modules', 'ignored.news'), 'Писатель Захар Прилепин выступил.\n');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'Депутат Ирина Яровая выступила.\n');
    client = await startClient({ workspace: { configuration: false } }, 'en', undefined, [{ uri: pathToFileURL(folder).href, name: 'news' }]);
  });
  after(async () => {
    await client.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('finds people in article files that are not open, and prefers the open text of an open file', async () => {
    const openUri = pathToFileURL(path.join(folder, 'open.news')).href;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: openUri, languageId: 'news-article', version: 1, text: 'Мэр Сергей Собянин открыл станцию.\n' } });
    const all = await client.connection.sendRequest('workspace/symbol', { query: '' }) as SymbolInformation[];
    const names = all.map((symbol) => symbol.name).sort();
    assert.deepEqual(names, ['Антон Силуанов', 'Сергей Собянин']);
    const siluanov = all.find((symbol) => symbol.name === 'Антон Силуанов')!;
    assert.equal(siluanov.location.uri, pathToFileURL(path.join(folder, 'archive', 'budget.news')).href);
    assert.equal(siluanov.location.range.start.line, 0);
    const filtered = await client.connection.sendRequest('workspace/symbol', { query: 'силуан' }) as SymbolInformation[];
    assert.deepEqual(filtered.map((symbol) => symbol.name), ['Антон Силуанов']);
  });

  it('sees a file changed on disk', async () => {
    const file = path.join(folder, 'archive', 'budget.news');
    fs.writeFileSync(file, 'Министр Максим Решетников выступил.\n');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const all = await client.connection.sendRequest('workspace/symbol', { query: '' }) as SymbolInformation[];
    assert.ok(all.some((symbol) => symbol.name === 'Максим Решетников'));
    assert.ok(!all.some((symbol) => symbol.name === 'Антон Силуанов'));
  });
});
