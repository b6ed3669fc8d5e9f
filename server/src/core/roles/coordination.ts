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
      const separator = doc.tokens[current.tokenEnd]?.text;
      const next = separator !== undefined && SEPARATORS.has(separator) ? byStart.get(current.tokenEnd + 1) : undefined;
      if (!next || !free.has(next) || !casesMeet(next.cases, anchor.phrase.cases)) break;
      book.attach(anchor.person, next);
      free.delete(next);
      current = next;
    }
  }
  return unattached.filter((phrase) => free.has(phrase));
}
