// The client's restart policy against a real crash: the test kills the server process (its id
// from ruNewsLens.serverStatus) and checks that the client starts a new one that answers hovers
// and publishes diagnostics, that it says why (the status carries the policy's output-channel
// lines), and that after 4 restarts in 3 minutes it leaves the server stopped until
// "Restart Server". Runs last (files load in name order): it restarts the server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeWithoutSaving, diagCodes, hoverText, inside, openUntitledArticle, poll } from './helpers';

interface ServerStatus {
  state: 'starting' | 'running' | 'stopped';
  pid: number | undefined;
  restartLog: string[];
}

/** A person named twice, and a quotation in straight quotes (the straight-quotes check). */
const ARTICLE = [
  'Министр культуры Ольга Лебедева открыла выставку в Казани. «Мы ждём гостей», — сказала Лебедева.',
  '',
  'Посетители оставили в книге отзывов запись: "Очень понравилось".',
  '',
].join('\n');
const straightQuotes = (codes: string[]) => codes.filter((code) => code === 'straight-quotes').length;

const status = async (): Promise<ServerStatus> => (await vscode.commands.executeCommand<ServerStatus>('ruNewsLens.serverStatus'))!;
const describeStatus = (s: ServerStatus | undefined): string => JSON.stringify(s);

/** Waits for a running server whose process is not `previous`. */
function runningServer(previous?: number): Promise<ServerStatus> {
  return poll('a running server' + (previous ? ` other than ${previous}` : ''), status, (s) => s.state === 'running' && s.pid !== undefined && s.pid !== previous, describeStatus);
}

/** Kills the running server and waits until the restart policy has said what it did. */
async function killServer(): Promise<{ killed: number; said: string }> {
  const before = await runningServer();
  process.kill(before.pid!, 'SIGKILL');
  const after = await poll('the restart policy to speak', status, (s) => s.restartLog.length > before.restartLog.length, describeStatus);
  return { killed: before.pid!, said: after.restartLog[after.restartLog.length - 1] };
}

describe('the server restart policy (a killed server)', function () {
  let doc: vscode.TextDocument;

  before(async function () {
    doc = await openUntitledArticle(ARTICLE);
    await poll('diagnostics', () => diagCodes(doc.uri), (cs) => straightQuotes(cs) === 1, (cs) => JSON.stringify(cs));
  });

  after(async function () {
    if ((await status()).state !== 'running') await vscode.commands.executeCommand('ruNewsLens.restartServer');
    await closeWithoutSaving(doc);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  const hoverAtSurname = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside(doc, 'Лебедева', 1)));

  it('starts the server with its Node flags (server/src/nodeFlags.ts)', async function () {
    const { pid } = await runningServer();
    const cmdline = `/proc/${pid}/cmdline`;
    if (!fs.existsSync(cmdline)) this.skip(); // no /proc on this platform
    const args = fs.readFileSync(cmdline, 'utf8').split('\0');
    assert.ok(args.includes('--max-semi-space-size=8'), args.join(' '));
    assert.ok(args.some((arg) => arg.endsWith('server.js')), args.join(' '));
  });

  it('restarts a killed server, which answers hovers and publishes diagnostics again, and says why', async function () {
    const { killed, said } = await killServer();
    assert.match(said, /^ru-news-lens server stopped unexpectedly \(killed by SIGKILL\); restarting \(1 of 4 in 3 minutes\)/);
    const restarted = await runningServer(killed);
    assert.ok(restarted.pid !== killed);
    assert.throws(() => process.kill(killed, 0), 'the killed process is gone');

    const hover = await poll('a hover from the new server', hoverAtSurname, (t) => t.includes('Ольга Лебедева'), (t) => JSON.stringify(t));
    assert.match(hover, /Ольга Лебедева/);
    // an edit after the restart is analysed by the new server: a second straight-quoted quotation
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '"Выставку продлят", — пообещал директор.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await poll('diagnostics for both straight-quoted quotations', () => diagCodes(doc.uri), (cs) => straightQuotes(cs) === 2, (cs) => JSON.stringify(cs));
  });

  it('after 4 restarts in 3 minutes leaves the server stopped and says so; "Restart Server" brings it back', async function () {
    // a fresh client (and so a fresh restart budget), as a user's restart would give
    await vscode.commands.executeCommand('ruNewsLens.restartServer');
    for (let attempt = 1; attempt <= 4; attempt++) {
      const { said } = await killServer();
      assert.match(said, new RegExp(`\\(killed by SIGKILL\\); restarting \\(${attempt} of 4 in 3 minutes\\)`));
    }
    const { killed, said } = await killServer();
    assert.match(said, /^ru-news-lens server stopped \(killed by SIGKILL\), 5 times in 3 minutes; not restarting\..*"ru-news-lens: Restart Server"/);
    const stopped = await poll('the client to stop', status, (s) => s.state === 'stopped', describeStatus, 10_000);
    assert.equal(stopped.pid, undefined);

    await vscode.commands.executeCommand('ruNewsLens.restartServer');
    await runningServer(killed);
    const hover = await poll('a hover after "Restart Server"', hoverAtSurname, (t) => t.includes('Ольга Лебедева'), (t) => JSON.stringify(t));
    assert.match(hover, /Ольга Лебедева/);
  });
});
