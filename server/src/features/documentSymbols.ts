/**
 * The Outline of speakers: speakers in order of first appearance with their quotes nested,
 * then people who never speak, then a group of quotations with no speaker.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Person, Quote } from '../core/types';
import { stringsFor, type UiLanguage } from '../i18n';
import { toRange } from './ranges';

export function documentSymbols(document: TextDocument, analysis: Analysis, language: UiLanguage): DocumentSymbol[] {
  const strings = stringsFor(language);
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const quote of analysis.quotes) {
    if (quote.speakerId) quotesBySpeaker.set(quote.speakerId, [...(quotesBySpeaker.get(quote.speakerId) ?? []), quote]);
  }
  const firstAppearance = (person: Person) => Math.min(person.mentions[0]?.start ?? Infinity, quotesBySpeaker.get(person.id)?.[0]?.start ?? Infinity);
  const speakers = analysis.people.filter((person) => quotesBySpeaker.has(person.id)).sort((a, b) => firstAppearance(a) - firstAppearance(b));
  const silent = analysis.people.filter((person) => !quotesBySpeaker.has(person.id));
  const symbols: DocumentSymbol[] = [];
  for (const person of [...speakers, ...silent]) {
    const quotes = quotesBySpeaker.get(person.id) ?? [];
    const spans = [...person.mentions, ...quotes];
    const start = Math.min(...spans.map((span) => span.start));
    const end = Math.max(...spans.map((span) => span.end));
    const first = person.mentions[0] ?? quotes[0];
    symbols.push({
      name: person.name,
      detail: person.roles[0]?.normalized ?? '',
      kind: SymbolKind.Class,
      range: toRange(document, { start, end }),
      selectionRange: toRange(document, first),
      children: quotes.map((quote) => quoteSymbol(document, quote, strings.direct, strings.reported)),
    });
  }
  const unattributed = analysis.quotes.filter((quote) => quote.speakerId === null);
  if (unattributed.length > 0) {
    symbols.push({
      name: strings.quotationsWithoutSpeaker,
      kind: SymbolKind.Namespace,
      range: toRange(document, { start: unattributed[0].start, end: unattributed[unattributed.length - 1].end }),
      selectionRange: toRange(document, unattributed[0]),
      children: unattributed.map((quote) => quoteSymbol(document, quote, strings.direct, strings.reported, quote.speakerText ?? undefined)),
    });
  }
  return symbols;
}

function quoteSymbol(document: TextDocument, quote: Quote, direct: string, reported: string, speaker?: string): DocumentSymbol {
  const flat = quote.text.replace(/\s+/g, ' ');
  const name = quote.kind === 'direct' ? `«${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}»` : flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
  return {
    name: name.trim() || '«»',
    detail: [quote.kind === 'direct' ? direct : reported, speaker].filter(Boolean).join(' · '),
    kind: quote.kind === 'direct' ? SymbolKind.String : SymbolKind.Event,
    range: toRange(document, { start: quote.openMark?.start ?? quote.start, end: quote.closeMark?.end ?? quote.end }),
    selectionRange: toRange(document, quote),
  };
}
