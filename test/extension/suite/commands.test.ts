// The client's commands (client/src), run through vscode.commands.executeCommand. Their quick
// picks and the save dialog are answered with the workbench's own commands
// (workbench.action.acceptSelectedQuickOpenItem accepts the active item, as Enter does).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { diagCodes, openFixture, PEOPLE, poll, show, rangeOf, sleep, STRAIGHT_QUOTED, STRAIGHT_QUOTES_FIX, inside } from './helpers';

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
