import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-protocol';
import type { ContractResult } from '../../server/src/core/serialize';
import { openArticle, startClient, type TestClient } from './lspClient';

const ARTICLE = [
  'Мэр Казани Ильсур Метшин открыл после ремонта городской парк "Черное озеро".',
  '',
  '«Парк стал лучше, чем был, и это заслуга горожан», — сказал Метшин на открытии.',
].join('\n');
const URI = 'file:///tmp/park.news';

describe('the ruNewsLens/analysis request', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ workspace: { configuration: false } });
    await openArticle(client, URI, ARTICLE);
  });
  after(async () => client.close());

  it('answers with the CLI contract JSON of the article', async () => {
    const result = await client.connection.sendRequest('ruNewsLens/analysis', { textDocument: { uri: URI } }) as ContractResult;
    assert.equal(result.file, 'park.news');
    const person = result.people.find((candidate) => candidate.name === 'Ильсур Метшин');
    assert.ok(person, JSON.stringify(result.people));
    assert.equal(ARTICLE.slice(person.mentions[0].start, person.mentions[0].end), 'Ильсур Метшин');
    assert.ok(result.quotes.some((quote) => quote.speaker === person.id && quote.text.startsWith('Парк стал лучше')));
    assert.ok(result.diagnostics.some((diagnostic) => diagnostic.code === 'straight-quotes'));
  });

  it('answers with CSV rows, quoting fields that hold commas', async () => {
    const csv = await client.connection.sendRequest('ruNewsLens/analysis', { textDocument: { uri: URI }, format: 'csv' }) as string;
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], 'type,id,person,start,end,kind,text,normalized,speaker,speakerText,cue,severity,message');
    assert.ok(lines.some((line) => line.startsWith('person,p') && line.includes('Ильсур Метшин')));
    assert.ok(lines.some((line) => line.startsWith('quote,q1,') && line.includes('"Парк стал лучше, чем был, и это заслуга горожан"')), csv);
    assert.ok(lines.some((line) => line.startsWith('diagnostic,') && line.includes('straight-quotes')));
  });

  it('answers null for a document it does not analyse', async () => {
    const uri = 'file:///tmp/notes.txt';
    await openArticle(client, uri, 'Plain English notes, nothing to see.', 'plaintext');
    assert.equal(await client.connection.sendRequest('ruNewsLens/analysis', { textDocument: { uri } }), null);
  });
});

describe('server strings in Russian', () => {
  it('titles the code lens, the quick fixes and the diagnostics in Russian for a Russian client', async () => {
    const client = await startClient({ workspace: { configuration: false } }, 'ru');
    try {
      await openArticle(client, URI, ARTICLE);
      const lenses = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: URI } }) as CodeLens[];
      assert.match(lenses[0].command?.title ?? '', /^людей: 1 · цитат: \d+$/);
      const line = ARTICLE.split('\n')[0];
      const start = line.indexOf('"');
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: URI }, range: { start: { line: 0, character: start }, end: { line: 0, character: start + 1 } }, context: { diagnostics: [] },
      }) as { title: string }[];
      assert.ok(actions.some((action) => action.title === 'Заменить на « »'), actions.map((action) => action.title).join(' | '));
      const diagnostics = (await client.waitForDiagnostics(URI)).diagnostics;
      const straight = diagnostics.find((diagnostic) => diagnostic.code === 'straight-quotes');
      assert.match(String(straight?.message ?? ''), /^Прямые кавычки в русском тексте/);
    } finally {
      await client.close();
    }
  });
});
