import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits, openArticle, startClient, textOf, type TestClient } from './lspClient';

const ARTICLE = [
  'Губернатор области Пётр Савельев открыл в четверг новый мост через реку.',
  '',
  '"Мост простоит сто лет", - сказал Савельев на церемонии.',
  '',
  'Подрядчик назвал сроки "вполне реальными".',
].join('\n');
const URI = 'file:///tmp/bridge.news';

async function actionsFor(client: TestClient, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  }) as Promise<CodeAction[]>;
}

describe('code actions in a client with the disable command (VS Code)', () => {
  let client: TestClient;
  let diagnostics: Diagnostic[];
  before(async () => {
    client = await startClient({ workspace: { configuration: true } }, 'en', { clientCommands: ['ruNewsLens.disableCheck'] });
    await openArticle(client, URI, ARTICLE);
    diagnostics = (await client.waitForDiagnostics(URI)).diagnostics;
  });
  after(async () => client.close());

  it('converts straight quotes to guillemets', async () => {
    const diagnostic = diagnostics.find((candidate) => candidate.code === 'straight-quotes' && textOf(ARTICLE, candidate.range).startsWith('"Мост'));
    assert.ok(diagnostic, `codes: ${diagnostics.map((candidate) => candidate.code).join(', ')}`);
    const actions = await actionsFor(client, diagnostic);
    const convert = actions.find((action) => action.title === 'Convert to « »');
    assert.ok(convert?.isPreferred);
    assert.deepEqual(convert.diagnostics, [diagnostic]);
    const fixed = applyEdits(ARTICLE, convert.edit!.changes![URI]);
    assert.match(fixed, /«Мост простоит сто лет», - сказал/);
    const all = actions.find((action) => action.title.startsWith('Convert to « » (all 2'));
    assert.ok(all, actions.map((action) => action.title).join(' | '));
    assert.match(applyEdits(ARTICLE, all.edit!.changes![URI]), /сроки «вполне реальными»/);
  });

  it('replaces the hyphen before the attribution with an em dash', async () => {
    const diagnostic = diagnostics.find((candidate) => candidate.code === 'hyphen-dash');
    assert.ok(diagnostic);
    const action = (await actionsFor(client, diagnostic)).find((candidate) => candidate.title === 'Replace with an em dash');
    assert.ok(action);
    assert.match(applyEdits(ARTICLE, action.edit!.changes![URI]), /лет", — сказал Савельев/);
  });

  it('offers to disable the check in settings through the client command, and in the article', async () => {
    const diagnostic = diagnostics.find((candidate) => candidate.code === 'hyphen-dash')!;
    const actions = await actionsFor(client, diagnostic);
    const settings = actions.find((action) => action.command?.command === 'ruNewsLens.disableCheck');
    assert.deepEqual(settings?.command?.arguments, ['hyphen-dash']);
    const directive = actions.find((action) => action.title === 'Disable hyphen-dash in this article');
    assert.ok(directive);
    assert.ok(applyEdits(ARTICLE, directive.edit!.changes![URI]).startsWith('<!-- ru-news-lens-disable hyphen-dash -->\n'));
  });

  it('stops reporting a check once the article carries its directive', async () => {
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '<!-- ru-news-lens-disable hyphen-dash -->\n' }],
    });
    const params = await client.waitForDiagnostics(URI, (candidate) => candidate.version === 2);
    assert.ok(params.diagnostics.every((diagnostic) => diagnostic.code !== 'hyphen-dash'));
    assert.ok(params.diagnostics.some((diagnostic) => diagnostic.code === 'straight-quotes'));
  });
});

describe('code actions in a client without the command (Neovim)', () => {
  it('offers only the in-text directive to disable a check', async () => {
    const client = await startClient({ workspace: { configuration: false } });
    try {
      await openArticle(client, URI, ARTICLE);
      const diagnostic = (await client.waitForDiagnostics(URI)).diagnostics.find((candidate) => candidate.code === 'hyphen-dash')!;
      const actions = await actionsFor(client, diagnostic);
      assert.ok(actions.every((action) => action.command === undefined));
      assert.ok(actions.some((action) => action.title === 'Disable hyphen-dash in this article'));
    } finally {
      await client.close();
    }
  });
});

describe('the name-variants quick fix', () => {
  it('respells every mention of the rarer spelling, inflected', async () => {
    const uri = 'file:///tmp/envoy.news';
    const text = [
      'Спецпосланник президента США Стив Уиткофф прибыл в Москву. Уиткоффа встретили в аэропорту.',
      '',
      '«Мы привезли новые предложения», — сказал Стив Уиткоф журналистам. Встреча со Стивом Уиткофом продлилась три часа.',
    ].join('\n');
    const client = await startClient({ workspace: { configuration: false } });
    try {
      await openArticle(client, uri, text);
      const diagnostic = (await client.waitForDiagnostics(uri)).diagnostics.find((candidate) => candidate.code === 'name-variants');
      assert.ok(diagnostic);
      const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
      const respell = actions.find((action) => action.title === 'Spell as Уиткофф everywhere');
      assert.ok(respell, actions.map((action) => action.title).join(' | '));
      const fixed = applyEdits(text, respell.edit!.changes![uri]);
      assert.ok(fixed.includes('сказал Стив Уиткофф журналистам') && fixed.includes('со Стивом Уиткоффом продлилась'), fixed);
    } finally {
      await client.close();
    }
  });
});

describe('the ambiguous-speaker quick fix', () => {
  it('offers to name each person the pronoun could mean', async () => {
    const uri = 'file:///tmp/call.news';
    const text = 'Владимир Путин и Дональд Трамп провели телефонный разговор.\n\n«Мы договорились продолжить контакты», — сказал он журналистам.';
    const client = await startClient({ workspace: { configuration: false } });
    try {
      await openArticle(client, uri, text);
      const diagnostic = (await client.waitForDiagnostics(uri)).diagnostics.find((candidate) => candidate.code === 'ambiguous-speaker');
      assert.ok(diagnostic, 'no ambiguous-speaker diagnostic');
      assert.equal(textOf(text, diagnostic.range), 'он');
      const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
      const titles = actions.map((action) => action.title);
      assert.ok(titles.includes('Name the speaker: Путин') && titles.includes('Name the speaker: Трамп'), titles.join(' | '));
      const fix = actions.find((action) => action.title === 'Name the speaker: Трамп')!;
      assert.ok(applyEdits(text, fix.edit!.changes![uri]).endsWith('— сказал Трамп журналистам.'));
    } finally {
      await client.close();
    }
  });
});
