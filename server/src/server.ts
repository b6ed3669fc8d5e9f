/**
 * The language server: the LSP adapter around the analysis core. It keeps documents in
 * incremental sync, reads settings through workspace/configuration, analyses each document
 * version once (documentAnalyses.ts) and answers every feature from that one result.
 * Runs over IPC (VS Code) or stdio (`node dist/server.js --stdio`, for Neovim and others).
 */
import {
  createConnection, DocumentDiagnosticReportKind, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { setFlagsFromString } from 'node:v8';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadMorphology } from './core/morphology/azMorphology';
import { DocumentAnalyses } from './documentAnalyses';
import { WorkspaceArticles } from './workspaceArticles';
import { diagnostics } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { clientCommands, registerEditorFeatures, type ClientInfo } from './editorFeatures';
import { isServed } from './servedDocuments';
import { DEFAULT_SETTINGS, toSettings, type Settings } from './settings';
import { typingDelay } from './typingDelay';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const morphology = loadMorphology();
  morphology.catch((error: unknown) => connection.console.error(String(error)));
  const analyses = new DocumentAnalyses(morphology);
  const workspaceArticles = new WorkspaceArticles(morphology);
  const settingsByUri = new Map<string, Promise<Settings>>();
  const pending = new Map<string, NodeJS.Timeout>();
  /** When each document's diagnostics were last scheduled: the pause before an edit. */
  const lastScheduled = new Map<string, number>();
  let canReadConfiguration = false;
  let pullDiagnostics = false;
  let inlayHintRefresh = false;
  let displayLanguage: string | undefined;
  const client: ClientInfo = { commands: new Set() };

  function settingsFor(uri: string): Promise<Settings> {
    if (!canReadConfiguration) return Promise.resolve(toSettings(undefined, displayLanguage));
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'ruNewsLens' })
        .then((raw) => toSettings(raw, displayLanguage), () => toSettings(undefined, displayLanguage));
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  const tooLargeWarned = new Set<string>();
  const allowedLarge = new Set<string>();

  async function servedDocument(uri: string): Promise<{ document: TextDocument; settings: Settings } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const settings = await settingsFor(uri);
    if (!isServed(document, settings)) return undefined;
    if (document.getText().length > settings.maxDocumentSize && !allowedLarge.has(uri)) {
      warnTooLarge(uri, document.getText().length, settings.maxDocumentSize);
      return undefined;
    }
    return { document, settings };
  }

  /** Says once per document that it is over the size limit, and offers to analyse it anyway. */
  function warnTooLarge(uri: string, length: number, limit: number): void {
    if (tooLargeWarned.has(uri)) return;
    tooLargeWarned.add(uri);
    const message = `ru-news-lens: ${uri.split('/').pop()} has ${length.toLocaleString('en')} characters, over ruNewsLens.maxDocumentSize (${limit.toLocaleString('en')}); it is not analysed.`;
    connection.window.showWarningMessage(message, { title: 'Analyse anyway' }).then((choice) => {
      if (!choice) return;
      allowedLarge.add(uri);
      if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
      else schedule(uri);
    }, () => undefined);
  }

  async function publish(uri: string): Promise<void> {
    const served = await servedDocument(uri);
    const document = documents.get(uri);
    if (!document) return;
    if (!served) {
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const version = document.version;
    const analysis = await analyses.get(served.document);
    if (documents.get(uri)?.version !== version) return; // a newer edit will publish its own
    await connection.sendDiagnostics({ uri, version, diagnostics: diagnostics(served.document, analysis, served.settings) });
  }

  function debounceFor(uri: string): number {
    const now = performance.now();
    const pause = now - (lastScheduled.get(uri) ?? -Infinity);
    lastScheduled.set(uri, now);
    return typingDelay(analyses.lastDuration(uri), pause);
  }

  function schedule(uri: string): void {
    if (pullDiagnostics) return;
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(() => {
      pending.delete(uri);
      publish(uri).catch((error: unknown) => connection.console.error(`diagnostics failed for ${uri}: ${String(error)}`));
    }, debounceFor(uri)));
  }

  async function openDocuments() {
    const result = [];
    for (const document of documents.all()) {
      const served = await servedDocument(document.uri);
      if (served) result.push({ ...served, analysis: await analyses.get(served.document) });
    }
    return result;
  }

  const editorCapabilities = registerEditorFeatures(connection, client, {
    async analysed(uri) {
      const served = await servedDocument(uri);
      return served && { ...served, analysis: await analyses.get(served.document) };
    },
    openDocuments,
    async workspaceDocuments() {
      const onDisk = await workspaceArticles.analysed(new Set(documents.keys()), DEFAULT_SETTINGS.maxDocumentSize);
      return [...(await openDocuments()), ...onDisk];
    },
    morphology,
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    inlayHintRefresh = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    displayLanguage = params.locale;
    workspaceArticles.setFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    for (const command of clientCommands(params.initializationOptions)) client.commands.add(command);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'ru-news-lens' },
        ...editorCapabilities,
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'ru-news-lens', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'ru-news-lens' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settingsByUri.clear();
    if (inlayHintRefresh) connection.languages.inlayHint.refresh().catch(() => undefined);
    if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
    else for (const document of documents.all()) schedule(document.uri);
  });

  documents.onDidOpen((event) => schedule(event.document.uri));
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    lastScheduled.delete(event.document.uri);
    analyses.forget(event.document.uri);
    settingsByUri.delete(event.document.uri);
    tooLargeWarned.delete(event.document.uri);
    allowedLarge.delete(event.document.uri);
    if (!pullDiagnostics) connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.languages.diagnostics.on(async (params) => {
    const served = await servedDocument(params.textDocument.uri);
    if (!served) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const analysis = await analyses.get(served.document);
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnostics(served.document, analysis, served.settings) };
  });

  connection.onHover(async (params) => {
    const served = await servedDocument(params.textDocument.uri);
    if (!served) return null;
    const analysis = await analyses.get(served.document);
    return hover(served.document, analysis, served.document.offsetAt(params.position), served.settings.uiLanguage);
  });

  connection.onDocumentSymbol(async (params) => {
    const served = await servedDocument(params.textDocument.uri);
    if (!served) return [];
    const analysis = await analyses.get(served.document);
    return documentSymbols(served.document, analysis, served.settings.uiLanguage);
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * By default V8 lets the old generation grow to several times its live size before a full
 * collection (up to four times on a busy machine). Analysing a 1 MB article allocates about
 * 260 MB, much of it living long enough to be promoted, for some 30 MB kept: the server grew
 * from 120 to about 500 MB. Collecting when the old generation has grown by a fifth keeps the
 * peak near half that, for a few more full collections (marked mostly off the main thread). It
 * changes when V8 collects, not how much it may hold, so a 2 MB document cannot run out of memory
 * because of it; and the server sets it itself, so it holds however a client starts the server.
 */
const HEAP_GROWING_PERCENT = 20;

if (require.main === module) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  startServer(createConnection(ProposedFeatures.all));
}
