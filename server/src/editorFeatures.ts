/**
 * Registers the request handlers of the editor features beyond diagnostics, hover and the
 * Outline: code actions, semantic tokens, highlights, definition, references, rename, inlay
 * hints, the summary code lens, workspace symbols and the `ruNewsLens/analysis` request. Each
 * handler fetches the one analysis of the document's version and hands it to its converter in
 * `features/`. Returns the capabilities to announce.
 */
import { ResponseError, type Connection, type ServerCapabilities } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Morphology } from './core/morphology/morphology';
import type { Analysis } from './core/types';
import { ANALYSIS_REQUEST, analysisExport, type AnalysisParams } from './features/analysisExport';
import { codeActions } from './features/codeActions';
import { summaryLens } from './features/codeLens';
import { definition } from './features/definition';
import { documentHighlights } from './features/documentHighlights';
import { speakerHints } from './features/inlayHints';
import { references } from './features/references';
import { prepareRename, rename } from './features/rename';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import { stringsFor } from './i18n';
import type { Settings } from './settings';

/** What the client told the server about itself at initialize. */
export interface ClientInfo {
  /** Commands the client implements (`initializationOptions.clientCommands`), e.g. `ruNewsLens.disableCheck`. */
  commands: Set<string>;
}

/** The commands listed in `initializationOptions.clientCommands`; none for clients that send no such list. */
export function clientCommands(initializationOptions: unknown): string[] {
  const listed = (initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands;
  return Array.isArray(listed) ? listed.filter((command): command is string => typeof command === 'string') : [];
}

/** A served document with its settings and the analysis of its current version. */
export interface AnalysedDocument {
  document: TextDocument;
  settings: Settings;
  analysis: Analysis;
}

/** How the handlers reach documents; the server owns their lifecycle. */
export interface DocumentSource {
  /** The document if it is open and served (language, size), with its analysis. */
  analysed(uri: string): Promise<AnalysedDocument | undefined>;
  /** Every open, served document, analysed. */
  openDocuments(): Promise<AnalysedDocument[]>;
  /** The open documents and the article files of the workspace folders that are not open. */
  workspaceDocuments(): Promise<{ document: AnalysedDocument['document']; analysis: AnalysedDocument['analysis'] }[]>;
  /** The dictionary, for rename and the fixes that inflect names. */
  morphology: Promise<Morphology>;
}

/** Installs the handlers on the connection; the returned capabilities go into the initialize result. */
export function registerEditorFeatures(connection: Connection, client: ClientInfo, source: DocumentSource): ServerCapabilities {
  connection.onCodeAction(async (params) => {
    const found = await source.analysed(params.textDocument.uri);
    if (!found) return [];
    const request = { range: params.range, diagnostics: params.context.diagnostics, clientCommands: client.commands, morphology: await source.morphology };
    return codeActions(found.document, found.analysis, request, found.settings, stringsFor(found.settings.uiLanguage));
  });

  connection.languages.semanticTokens.on(async (params) => {
    const found = await source.analysed(params.textDocument.uri);
    return found ? semanticTokens(found.document.getText(), found.analysis) : { data: [] };
  });

  connection.onDocumentHighlight(async (params) => {
    const found = await source.analysed(params.textDocument.uri);
    return found ? documentHighlights(found.document, found.analysis, found.document.offsetAt(params.position)) : [];
  });

  connection.onDefinition(async (params) => {
    const found = await source.analysed(params.textDocument.uri);
    return found ? definition(found.document, found.analysis, found.document.offsetAt(params.position)) : null;
  });

  connection.onReferences(async (params) => {
    const found = await source.analysed(params.textDocument.uri);
    return found ? references(found.document, found.analysis, found.document.offsetAt(params.position), params.context.includeDeclaration) : [];
  });

  connection.onPrepareRename(async (params) => {
    const found = await source.analysed(params.textDocument.uri);
    return found ? prepareRename(found.document, found.analysis, found.document.offsetAt(params.position)) : null;
  });

  connection.onRenameRequest(async (params) => {
    const found = await source.analysed(params.textDocument.uri);
    if (!found) return null;
    const strings = stringsFor(found.settings.uiLanguage);
    if (params.newName.trim() === '') throw new ResponseError(-32602, strings.renameEmpty);
    const edit = rename(found.document, found.analysis, found.document.offsetAt(params.position), params.newName, await source.morphology);
    if (!edit) throw new ResponseError(-32602, strings.renameNotAName);
    return edit;
  });

  connection.languages.inlayHint.on(async (params) => {
    const found = await source.analysed(params.textDocument.uri);
    return found && found.settings.speakerHints ? speakerHints(found.document, found.analysis, params.range) : [];
  });

  connection.onCodeLens(async (params) => {
    const found = await source.analysed(params.textDocument.uri);
    return found ? summaryLens(found.analysis, stringsFor(found.settings.uiLanguage), client.commands) : [];
  });

  connection.onWorkspaceSymbol(async (params) => workspaceSymbols(await source.workspaceDocuments(), params.query));

  connection.onRequest(ANALYSIS_REQUEST, async (params: AnalysisParams) => {
    const found = await source.analysed(params.textDocument.uri);
    return found ? analysisExport(found.document, found.analysis, params.format === 'csv' ? 'csv' : 'json') : null;
  });

  return {
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    semanticTokensProvider: { legend: LEGEND, full: true },
    documentHighlightProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    inlayHintProvider: true,
    codeLensProvider: {},
    workspaceSymbolProvider: true,
  };
}
