/**
 * The thin client: starts the bundled language server over IPC, hands it the documents of the
 * configured languages, and offers the commands that need VS Code's UI: Restart Server, Show
 * People, Export Analysis and the settings writer behind "Disable this check". Everything else is
 * the server's.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { disableCheck } from './disableCheck';
import { exportAnalysis } from './exportAnalysis';
import { restartPolicy } from './restartPolicy';
import { showPeople } from './showPeople';

/** Commands the server may put in code actions and code lenses; it offers them only when told. */
const CLIENT_COMMANDS = ['ruNewsLens.disableCheck', 'ruNewsLens.showPeople'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ru-news-lens', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions = (): LanguageClientOptions => ({
    documentSelector: servedLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'ruNewsLens' },
    initializationOptions: { clientCommands: CLIENT_COMMANDS },
    outputChannel: output,
    errorHandler: restartPolicy(output),
  });

  const start = async () => {
    client = new LanguageClient('ruNewsLens', 'ru-news-lens', serverOptions, clientOptions());
    await client.start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('ruNewsLens.restartServer', async () => {
      output.appendLine('Restarting the ru-news-lens server…');
      await client?.stop();
      await start();
    }),
    vscode.commands.registerCommand('ruNewsLens.disableCheck', disableCheck),
    vscode.commands.registerCommand('ruNewsLens.showPeople', () => showPeople(client)),
    vscode.commands.registerCommand('ruNewsLens.exportAnalysis', () => exportAnalysis(client)),
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

function servedLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration('ruNewsLens').get<string[]>('languages');
  return Array.isArray(configured) && configured.length > 0 ? configured : ['news-article'];
}
