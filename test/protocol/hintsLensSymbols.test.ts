import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, InlayHint, SymbolInformation } from 'vscode-languageserver-protocol';
import { openArticle, startClient, textOf, type TestClient } from './lspClient';

const BUDGET = [
  'Глава Минфина Антон Силуанов выступил в Госдуме с отчётом об исполнении бюджета.',
  '',
  '«Дефицит оказался меньше, чем мы ожидали», — заявил он депутатам.',
  '',
  'Председатель комитета по бюджету Андрей Макаров поддержал выводы Минфина.',
].join('\n');
const HARVEST = 'Министр сельского хозяйства Оксана Лут посетила Кубань. «Урожай будет рекордным», — сказала Лут аграриям.';
const BUDGET_URI = 'file:///tmp/budget.news';
const HARVEST_URI = 'file:///tmp/harvest.news';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

describe('inlay hints, code lens and workspace symbols over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ workspace: { configuration: true } }, 'en', { clientCommands: ['ruNewsLens.showPeople'] });
    await openArticle(client, BUDGET_URI, BUDGET);
    await openArticle(client, HARVEST_URI, HARVEST);
  });
  after(async () => client.close());

  it('names the speaker after the pronoun that stands for them', async () => {
    const hints = await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: BUDGET_URI }, range: WHOLE }) as InlayHint[];
    assert.equal(hints.length, 1, JSON.stringify(hints));
    assert.equal(hints[0].label, 'Антон Силуанов');
    assert.equal(textOf(BUDGET, { start: { line: 2, character: 0 }, end: hints[0].position }), '«Дефицит оказался меньше, чем мы ожидали», — заявил он');
  });

  it('gives no hint where the speaker is named next to the cue', async () => {
    const hints = await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: HARVEST_URI }, range: WHOLE }) as InlayHint[];
    assert.deepEqual(hints, []);
  });

  it('shows no hints when ruNewsLens.inlayHints.speakers is false', async () => {
    client.configuration = { inlayHints: { speakers: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const hints = await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: BUDGET_URI }, range: WHOLE }) as InlayHint[];
    assert.deepEqual(hints, []);
    client.configuration = { 'inlayHints.speakers': false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const flat = await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: BUDGET_URI }, range: WHOLE }) as InlayHint[];
    assert.deepEqual(flat, [], 'a dotted key, as Neovim users may write it, works too');
    client.configuration = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  it('sums up the article in a code lens on its first line that opens the people list', async () => {
    const lenses = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: BUDGET_URI } }) as CodeLens[];
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 0);
    assert.match(lenses[0].command?.title ?? '', /^2 people · \d+ quotes?$/);
    assert.equal(lenses[0].command?.command, 'ruNewsLens.showPeople');
  });

  it('lists the people of every open article as workspace symbols, filtered by the query', async () => {
    const all = await client.connection.sendRequest('workspace/symbol', { query: '' }) as SymbolInformation[];
    assert.deepEqual(all.map((symbol) => symbol.name).sort(), ['Андрей Макаров', 'Антон Силуанов', 'Оксана Лут']);
    const some = await client.connection.sendRequest('workspace/symbol', { query: 'макар' }) as SymbolInformation[];
    assert.equal(some.length, 1);
    assert.equal(some[0].location.uri, BUDGET_URI);
    assert.equal(some[0].containerName, 'budget.news');
    assert.equal(textOf(BUDGET, some[0].location.range), 'Андрей Макаров');
  });
});

describe('inlay hints after role speakers', () => {
  it('names the person after each role phrase that stands for them as a speaker', async () => {
    const uri = 'file:///tmp/consultations.news';
    const text = [
      'Помощник президента России Юрий Ушаков провёл встречу с послом Китая.',
      '',
      '«Мы договорились продолжить консультации», — заявил он после переговоров.',
      '',
      'Позднее помощник президента добавил, что следующая встреча пройдёт в Пекине.',
      '',
      '«Это важный шаг», — сказал помощник президента журналистам.',
    ].join('\n');
    const client = await startClient({ workspace: { configuration: false } });
    try {
      await openArticle(client, uri, text);
      const hints = await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE }) as InlayHint[];
      const before = hints.map((hint) => textOf(text, { start: { line: hint.position.line, character: 0 }, end: hint.position }).split(' ').slice(-2).join(' '));
      assert.deepEqual(before, ['заявил он', 'помощник президента', 'помощник президента']);
      assert.ok(hints.every((hint) => hint.label === 'Юрий Ушаков'));
    } finally {
      await client.close();
    }
  });
});
