/**
 * The thin client: starts the bundled language server over IPC, hands it the documents of the
 * configured languages, and offers the commands that need VS Code's UI: Restart Server, Show
 * People, Export Analysis and the settings writer behind "Disable this check". Everything else is
 * the server's.
 */
import type { ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { disableCheck } from './disableCheck';
import { exportAnalysis } from './exportAnalysis';
import type { ServerExit } from './restartBudget';
import { restartPolicy } from './restartPolicy';
import { showPeople } from './showPeople';
import { SERVER_NODE_FLAGS } from '../../server/src/nodeFlags';

/** Commands the server may put in code actions and code lenses; it offers them only when told. */
const CLIENT_COMMANDS = ['ruNewsLens.disableCheck', 'ruNewsLens.showPeople'];

let client: LanguageClient | undefined;
let serverProcess: ChildProcess | undefined;
/** The restart policy's lines since activation, oldest first (the status command returns them). */
const restartLog: string[] = [];

/** What `ruNewsLens.serverStatus` answers. */
export interface ServerStatus {
  state: 'starting' | 'running' | 'stopped';
  /** The server's process id while it runs. */
  pid: number | undefined;
  restartLog: string[];
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ru-news-lens', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6010'] } },
  };
  const clientOptions = (): LanguageClientOptions => ({
    documentSelector: servedLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'ruNewsLens' },
    initializationOptions: { clientCommands: CLIENT_COMMANDS },
    outputChannel: output,
    errorHandler: restartPolicy(output, serverExit, (line) => restartLog.push(line)),
  });

  const start = async () => {
    const started = new LanguageClient('ruNewsLens', 'ru-news-lens', serverOptions, clientOptions());
    client = started;
    // The client forgets its process before the restart policy runs; keep it to say how it ended.
    started.onDidChangeState((event) => {
      if (event.newState === State.Running) serverProcess = started.serverProcess;
    });
    await started.start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('ruNewsLens.restartServer', async () => {
      output.appendLine('Restarting the ru-news-lens server…');
      // A start under way (the restart policy's) cannot be stopped: let it finish first.
      if (client?.state === State.Starting) await client.start().catch(() => undefined);
      if (client?.isRunning()) await client.stop();
      await start();
    }),
    vscode.commands.registerCommand('ruNewsLens.disableCheck', disableCheck),
    vscode.commands.registerCommand('ruNewsLens.showPeople', () => showPeople(client)),
    vscode.commands.registerCommand('ruNewsLens.exportAnalysis', (options?: unknown) => exportAnalysis(client, options)),
    // Not in the Command Palette: a read-only status for tests, keybindings and other extensions.
    vscode.commands.registerCommand('ruNewsLens.serverStatus', serverStatus),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The document selector is fixed at start, so a new language list needs a new client.
      if (event.affectsConfiguration('ruNewsLens.languages')) await vscode.commands.executeCommand('ruNewsLens.restartServer');
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** How the current server process ended, once it has (read by the restart policy on a close). */
function serverExit(): ServerExit | undefined {
  if (!serverProcess || (serverProcess.exitCode === null && serverProcess.signalCode === null)) return undefined;
  return { code: serverProcess.exitCode, signal: serverProcess.signalCode };
}

function serverStatus(): ServerStatus {
  const state = client?.state === State.Running ? 'running' : client?.state === State.Starting ? 'starting' : 'stopped';
  return { state, pid: state === 'running' ? client?.serverProcess?.pid : undefined, restartLog: [...restartLog] };
}

function servedLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration('ruNewsLens').get<string[]>('languages');
  return Array.isArray(configured) && configured.length > 0 ? configured : ['news-article'];
}
