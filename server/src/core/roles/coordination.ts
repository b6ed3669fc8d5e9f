/**
 * Spreads a title to the titles listed with it: "мультипликатор, режиссёр и художник, народный
 * артист России Эдуард Назаров", "певица и актриса Селена Гомес", "Дарио Фо — драматург,
 * режиссёр, живописец". Only phrases no one else took, in a case the anchor may stand in.
 */
import type { Doc } from '../doc';
import type { Anchor } from './appositions';
import { casesMeet } from './nameIndex';
import type { RoleBook } from './roleBook';
import type { RolePhrase } from './rolePhrase';

const SEPARATORS = new Set([',', 'и']);

/** Attaches the unattached phrases coordinated with each anchor; returns those still unattached. */
export function attachCoordinated(doc: Doc, anchors: readonly Anchor[], unattached: readonly RolePhrase[], book: RoleBook): RolePhrase[] {
  const free = new Set(unattached);
  const byEnd = new Map(unattached.map((phrase) => [phrase.tokenEnd, phrase]));
  const byStart = new Map(unattached.map((phrase) => [phrase.tokenStart, phrase]));
  for (const anchor of anchors) {
    let current = anchor.phrase;
    for (;;) {
      const previous = byEnd.get(current.tokenStart) ?? (SEPARATORS.has(doc.tokens[current.tokenStart - 1]?.text) ? byEnd.get(current.tokenStart - 1) : undefined);
      if (!previous || !free.has(previous) || !casesMeet(previous.cases, anchor.phrase.cases)) break;
      book.attach(anchor.person, previous);
      free.delete(previous);
      current = previous;
    }
    if (!anchor.afterName) continue;
    current = anchor.phrase;
    for (;;) {
      // "Министр внутренних дел (2001—2003), Председатель Думы": years in brackets between the titles.
      const after = bracketEnd(doc, current.tokenEnd);
      const separator = doc.tokens[after]?.text;
      const start = separator !== undefined && SEPARATORS.has(separator) ? after + 1 : -1;
      const next = start < 0 ? undefined : byStart.get(start) ?? byStart.get(pastPersonNoun(doc, start));
      if (!next || !free.has(next) || !casesMeet(next.cases, anchor.phrase.cases)) break;
      book.attach(anchor.person, next);
      free.delete(next);
      current = next;
    }
  }
  return unattached.filter((phrase) => free.has(phrase));
}

/** The token after a bracketed aside that opens at the token, or the token itself when none does. */
function bracketEnd(doc: Doc, open: number): number {
  if (doc.tokens[open]?.text !== '(') return open;
  for (let index = open + 1; index < doc.tokens.length && index - open <= 12; index++) {
    if (doc.tokens[index].text === ')') return index + 1;
    if (doc.tokens[index].text === '(' || doc.tokens[index].lineBreakBefore) return open;
  }
  return open;
}

/**
 * "драматург, режиссёр, знаток театра, живописец": a person noun the vocabulary lacks stands in
 * the list too; the start of the item after it, or -1.
 */
function pastPersonNoun(doc: Doc, start: number): number {
  if (!doc.parses[start]?.some((parse) => parse.pos === 'NOUN' && parse.grammemes.has('anim'))) return -1;
  for (let index = start + 1; index < doc.tokens.length && index - start <= 5; index++) {
    const token = doc.tokens[index];
    if (token.lineBreakBefore) return -1;
    if (token.kind === 'punct') return SEPARATORS.has(token.text) ? index + 1 : -1;
    if (token.text === 'и') return index + 1;
  }
  return -1;
}
