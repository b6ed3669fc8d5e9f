/**
 * A minimal LSP client for protocol tests: starts dist/server.js --stdio as a child process and
 * speaks JSON-RPC to it, collecting published diagnostics so tests can wait for them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams, type ClientCapabilities, type Position, type Range, type TextEdit, type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_NODE_FLAGS } from '../../server/src/nodeFlags';

export const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Resolves with the first diagnostics published for the uri that satisfy the predicate. */
  waitForDiagnostics(uri: string, predicate?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** The server's answer to initialize. */
  initializeResult: InitializeResult;
  /** Every configuration request is answered with this value (the `ruNewsLens` section). */
  configuration: Record<string, unknown>;
  close(): Promise<void>;
}

export async function startClient(capabilities: ClientCapabilities = {}, locale = 'en', initializationOptions?: unknown, workspaceFolders: { uri: string; name: string }[] | null = null): Promise<TestClient> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; predicate: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  const client: TestClient = {
    connection,
    process: child,
    configuration: {},
    initializeResult: { capabilities: {} },
    waitForDiagnostics(uri, predicate = () => true, timeoutMs = 10_000) {
      const earlier = published.find((params) => params.uri === uri && predicate(params));
      if (earlier) return Promise.resolve(earlier);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, predicate, resolve: (params) => { clearTimeout(timer); resolve(params); } });
      });
    },
    async close() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => { child.kill(); resolve(); }, 3000);
        child.once('exit', () => { clearTimeout(timer); resolve(); });
      });
      connection.dispose();
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.predicate(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => client.configuration));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  client.initializeResult = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders, capabilities, locale, initializationOptions }) as InitializeResult;
  await connection.sendNotification('initialized', {});
  return client;
}

/** The line and character of the occurrence-th `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 1): Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  return { line, character: index - (before.lastIndexOf('\n') + 1) };
}

/** The text a list of edits to one document makes. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edit', 'news-article', 1, text), edits);
}

/** The text a range covers. */
export function textOf(text: string, range: Range): string {
  const document = TextDocument.create('file:///range', 'news-article', 1, text);
  return text.slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

/** Opens a news article in the server. */
export async function openArticle(client: TestClient, uri: string, text: string, languageId = 'news-article'): Promise<void> {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
}

/** Semantic tokens as [type, covered text] pairs, decoded from LSP's relative encoding. */
export function decodeTokens(text: string, data: number[], tokenTypes: string[]): [string, string][] {
  const decoded: [string, string][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    decoded.push([tokenTypes[type], textOf(text, { start: { line, character }, end: { line, character: character + length } })]);
  }
  return decoded;
}
