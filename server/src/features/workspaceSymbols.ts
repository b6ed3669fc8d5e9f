/** Workspace symbols: the people of every open article, matched by a case- and ё-insensitive substring of their name. */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import { fullestMention } from './personAt';
import { toRange } from './ranges';
import { nameKey } from '../core/names/nameKeys';

/** One symbol per person whose name contains the query, placed at their fullest mention. */
export function workspaceSymbols(documents: readonly { document: TextDocument; analysis: Analysis }[], query: string): SymbolInformation[] {
  const wanted = nameKey(query.trim());
  const symbols: SymbolInformation[] = [];
  for (const { document, analysis } of documents) {
    const file = decodeURIComponent(document.uri.split('/').pop() ?? document.uri);
    for (const person of analysis.people) {
      const mention = fullestMention(person);
      if (!mention || !nameKey(person.name).includes(wanted)) continue;
      symbols.push({ name: person.name, kind: SymbolKind.Class, containerName: file, location: { uri: document.uri, range: toRange(document, mention) } });
    }
  }
  return symbols;
}
