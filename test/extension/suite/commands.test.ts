// The client's commands (client/src), run through vscode.commands.executeCommand. Their quick
// picks and the save dialog are answered with the workbench's own commands
// (workbench.action.acceptSelectedQuickOpenItem accepts the active item, as Enter does).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeWithoutSaving, diagCodes, openFixture, openUntitledArticle, PEOPLE, poll, show, rangeOf, sleep, STRAIGHT_QUOTED, STRAIGHT_QUOTES_FIX, inside } from './helpers';

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      (record = []), (field = ''), i++;
    } else field += c;
  }
  assert.ok(!quoted && field === '' && record.length === 0, 'the CSV ends with a whole record and CRLF');
  return records;
}

/**
 * Runs a command that waits for the user, and accepts whatever quick input it shows (the first
 * item of a quick pick; the proposed path of the simple save dialog) until it finishes.
 * `onStep` runs on every round (e.g. to close a notification the command waits on).
 */
async function runAccepting<T>(command: string, what: string, onStep?: () => Promise<void>, timeoutMs = 30_000): Promise<T> {
  let settled = false;
  let value: T | undefined;
  let error: unknown;
  void Promise.resolve(vscode.commands.executeCommand<T>(command)).then(
    (v) => {
      value = v;
      settled = true;
    },
    (e: unknown) => {
      error = e;
      settled = true;
    },
  );
  const deadline = Date.now() + timeoutMs;
  while (!settled) {
    if (Date.now() > deadline) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.fail(`${command} did not finish within ${timeoutMs} ms (${what})`);
    }
    await sleep(300);
    if (settled) break;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    if (onStep) await onStep();
  }
  if (error) throw error;
  return value as T;
}

describe('client commands', function () {
  let doc: vscode.TextDocument;

  before(async function () {
    doc = await openFixture();
    await poll('diagnostics', () => diagCodes(doc.uri), (cs) => cs.includes('straight-quotes') && cs.includes('unattributed-quote'), (cs) => JSON.stringify(cs));
  });

  describe('ruNewsLens.disableCheck (behind the "Disable … (settings)" quick fix)', function () {
    const configuration = () => vscode.workspace.getConfiguration('ruNewsLens');

    after(async function () {
      await configuration().update('checks', undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('writes ruNewsLens.checks["straight-quotes"] = "off" to the workspace, and the finding goes; removing it brings it back', async function () {
      assert.equal(configuration().inspect<Record<string, string>>('checks')?.workspaceValue, undefined, 'the workspace starts with no check settings');
      // run the command exactly as the quick fix carries it
      const at = inside(doc, STRAIGHT_QUOTED);
      const actions = await poll(
        'the disable-in-settings action',
        async () => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at))) ?? [],
        (as) => as.some((a) => a.command?.command === 'ruNewsLens.disableCheck'),
        (as) => JSON.stringify((as ?? []).map((a) => a.title)),
      );
      assert.ok(actions.some((a) => STRAIGHT_QUOTES_FIX.test(a.title)));
      const command = actions.find((a) => a.command?.command === 'ruNewsLens.disableCheck')!.command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));

      assert.deepEqual(configuration().inspect<Record<string, string>>('checks')?.workspaceValue, { 'straight-quotes': 'off' });
      assert.equal(configuration().inspect<Record<string, string>>('checks')?.globalValue, undefined, 'the user settings were touched');
      const off = await poll(
        'the straight-quotes finding to go',
        () => diagCodes(doc.uri),
        (cs) => !cs.includes('straight-quotes'),
        (cs) => JSON.stringify(cs),
      );
      assert.ok(off.includes('unattributed-quote'), `the other checks went too: ${JSON.stringify(off)}`);

      // a second code is added next to the first, not in its place
      await vscode.commands.executeCommand('ruNewsLens.disableCheck', 'unattributed-quote');
      assert.deepEqual(configuration().inspect<Record<string, string>>('checks')?.workspaceValue, { 'straight-quotes': 'off', 'unattributed-quote': 'off' });
      await poll('no findings', () => diagCodes(doc.uri), (cs) => cs.length === 0, (cs) => JSON.stringify(cs));

      // anything but a non-empty string is ignored
      await vscode.commands.executeCommand('ruNewsLens.disableCheck', '');
      await vscode.commands.executeCommand('ruNewsLens.disableCheck', 42);
      assert.equal(Object.keys(configuration().inspect<Record<string, string>>('checks')?.workspaceValue ?? {}).length, 2);

      await configuration().update('checks', undefined, vscode.ConfigurationTarget.Workspace);
      await poll(
        'the findings to come back',
        () => diagCodes(doc.uri),
        (cs) => cs.includes('straight-quotes') && cs.includes('unattributed-quote'),
        (cs) => JSON.stringify(cs),
      );
    });
  });

  describe('ruNewsLens.showPeople', function () {
    it('lists the people; picking the first selects their first mention', async function () {
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(doc.lineCount - 1, 0, doc.lineCount - 1, 0);
      await runAccepting('ruNewsLens.showPeople', 'the people quick pick');
      const selected = vscode.window.activeTextEditor?.selection;
      assert.ok(selected, 'no active editor');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
      assert.equal(show(doc, selected), show(doc, rangeOf(doc, PEOPLE[0])));
    });
  });

  describe('ruNewsLens.exportAnalysis with a format and a target (as a keybinding passes them)', function () {
    const article = [
      'Министр культуры Ольга Лебедева открыла выставку в Казани. «Мы ждём гостей, всех до одного», — сказала Лебедева.',
      '',
      'Директор музея Пётр Соколов добавил, что выставка продлится до весны.',
      '',
    ].join('\n');
    let folder: string;

    before(function () {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-news-lens-export-'));
    });

    after(async function () {
      await vscode.commands.executeCommand('notifications.clearAll');
      fs.rmSync(folder, { recursive: true, force: true });
    });

    it('writes a CSV of the article without asking: a row per person, mention, role and quote', async function () {
      const written = await openUntitledArticle(article);
      try {
        const target = path.join(folder, 'lebedeva.csv');
        const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('ruNewsLens.exportAnalysis', { format: 'csv', target });
        assert.equal(saved?.fsPath, target);
        const [header, ...rows] = parseCsv(fs.readFileSync(target, 'utf8'));
        assert.deepEqual(header, ['type', 'id', 'person', 'start', 'end', 'kind', 'text', 'normalized', 'speaker', 'speakerText', 'cue', 'severity', 'message']);
        const column = (row: string[], name: string) => row[header.indexOf(name)];
        const ofType = (type: string) => rows.filter((row) => column(row, 'type') === type);
        assert.deepEqual(ofType('person').map((row) => [column(row, 'id'), column(row, 'kind'), column(row, 'text')]), [
          ['p1', 'female', 'Ольга Лебедева'],
          ['p2', 'male', 'Пётр Соколов'],
        ]);
        assert.deepEqual(ofType('mention').map((row) => [column(row, 'person'), column(row, 'text'), column(row, 'normalized')]), [
          ['p1', 'Ольга Лебедева', 'Ольга Лебедева'],
          ['p1', 'Лебедева', 'Лебедева'],
          ['p2', 'Пётр Соколов', 'Пётр Соколов'],
        ]);
        assert.deepEqual(ofType('role').map((row) => [column(row, 'person'), column(row, 'normalized')]), [
          ['p1', 'министр культуры'],
          ['p2', 'директор музея'],
        ]);
        assert.deepEqual(ofType('quote').map((row) => [column(row, 'id'), column(row, 'kind'), column(row, 'text'), column(row, 'speaker'), column(row, 'cue')]), [
          ['q1', 'direct', 'Мы ждём гостей, всех до одного', 'p1', 'сказала'],
          ['q2', 'indirect', 'выставка продлится до весны', 'p2', 'добавил'],
        ]);
        assert.deepEqual(ofType('diagnostic'), []);
        // every offset points into the article written here
        for (const row of rows.filter((r) => column(r, 'start') !== '')) {
          assert.equal(article.slice(Number(column(row, 'start')), Number(column(row, 'end'))), column(row, 'text'), row.join(','));
        }

        // a relative target of an unsaved article lands in the workspace folder; json is the contract
        const relative = `ru-news-lens-export-${process.pid}.json`;
        const json = await vscode.commands.executeCommand<vscode.Uri | undefined>('ruNewsLens.exportAnalysis', { format: 'json', target: relative });
        assert.ok(json);
        try {
          assert.equal(json.toString(), vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, relative).toString());
          const contract = JSON.parse(fs.readFileSync(json.fsPath, 'utf8')) as { people: { name: string }[]; quotes: unknown[] };
          assert.deepEqual(contract.people.map((p) => p.name), ['Ольга Лебедева', 'Пётр Соколов']);
          assert.equal(contract.quotes.length, 2);
        } finally {
          fs.rmSync(json.fsPath, { force: true });
        }
      } finally {
        await closeWithoutSaving(written);
      }
    });
  });

  describe('ruNewsLens.exportAnalysis', function () {
    const saved = () => doc.uri.with({ path: doc.uri.path.replace(/\.news$/, '.analysis.json') });
    const files = () => vscode.workspace.getConfiguration('files');

    before(async function () {
      // VS Code desktop would show the OS save dialog, which no command can answer; code-server
      // always shows VS Code's own (simple) dialog, a quick input
      await files().update('simpleDialog.enable', true, vscode.ConfigurationTarget.Global);
    });

    after(async function () {
      await files().update('simpleDialog.enable', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('notifications.clearAll');
      try {
        await vscode.workspace.fs.delete(saved());
      } catch {
        // not written
      }
    });

    it('saves the analysis as JSON next to the article (the first format, the proposed path) and opens it', async function () {
      await vscode.window.showTextDocument(doc);
      const target = saved();
      assert.ok(!fs.existsSync(target.fsPath), `${target.fsPath} exists before the export`);
      await runAccepting('ruNewsLens.exportAnalysis', 'format pick, save dialog, "Open" in the notification', async () => {
        // once saved, the command waits on its notification: press its "Open"
        if (fs.existsSync(target.fsPath)) await vscode.commands.executeCommand('notification.acceptPrimaryAction');
      });
      assert.ok(fs.existsSync(target.fsPath), `${target.fsPath} was not written`);
      const contract = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as {
        file: string;
        people: { name: string; mentions: unknown[] }[];
        quotes: { text: string; speaker: string | null }[];
        diagnostics: { code: string }[];
      };
      assert.equal(contract.file, 'peregovory.news');
      assert.deepEqual(contract.people.map((p) => p.name), PEOPLE);
      assert.equal(contract.people[0].mentions.length, 4);
      assert.equal(contract.quotes.length, 9);
      assert.equal(contract.quotes.filter((q) => q.speaker === null).length, 1);
      assert.deepEqual(contract.diagnostics.map((d) => d.code).sort(), ['straight-quotes', 'unattributed-quote']);
      // "Open" showed the saved file
      await poll(
        'the saved file in the active editor',
        () => vscode.window.activeTextEditor?.document.uri.fsPath,
        (p) => p === target.fsPath,
        (p) => String(p),
        10_000,
      );
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });
});
