/**
 * The second look: a capitalised word that repeats the surname or first name of a person named
 * earlier in full is a mention of a person even when the dictionary does not know it
 * ("Уиткоффа" after "Стив Уиткофф") or knows it as something else ("Трамп", "Коми").
 */
import type { Doc } from '../doc';
import type { NameMatch } from './findNames';
import { tokenKey, tokenStem } from './nameKeys';
import { classifyWord, wordReadings } from './nameWords';
import type { NamePart } from './nominative';

/** Single-word names repeating a name part of `matches`, outside them; parts ready for `buildMatch`. */
export function findRepeatedNames(doc: Doc, matches: readonly NameMatch[]): NamePart[][] {
  const roleOfKey = new Map<string, { role: 'first' | 'surname'; nominative?: string }>();
  for (const match of matches) {
    const full = match.tokenEnd - match.tokenStart > 1;
    const lastWord = match.surname?.split(' ').pop();
    if (match.surnameKey && (full || match.first === undefined)) roleOfKey.set(match.surnameKey, { role: 'surname', nominative: full ? lastWord : undefined });
    if (match.firstKey && full && !roleOfKey.has(match.firstKey)) roleOfKey.set(match.firstKey, { role: 'first', nominative: match.first?.split(' ')[0] });
  }
  if (roleOfKey.size === 0) return [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const match of matches) covered.fill(1, match.tokenStart, match.tokenEnd);
  const found: NamePart[][] = [];
  doc.tokens.forEach((token, index) => {
    if (covered[index] || token.kind !== 'word' || !token.capitalized || token.script !== 'cyrillic' || token.text.length < 2) return;
    const known = roleOfKey.get(tokenStem(doc, index));
    if (!known) return;
    const word = classifyWord(doc, index);
    if (!word || word.kind === 'initial' || word.kind === 'numeral' || word.kind === 'patronymic') return;
    // A word the dictionary does not know as a name takes its nominative from the full name it repeats.
    const knownName = (word.kind === 'first' || word.kind === 'surname') && wordReadings(doc, index).length > 0;
    // A word without a case ending is its own nominative (Рейсман), whatever the full name made of it.
    const bare = tokenStem(doc, index) === tokenKey(doc, index);
    const nominative = knownName ? undefined : bare ? token.text : known.nominative;
    found.push([{ token: index, tokenEnd: index + 1, role: known.role, ...(nominative ? { nominative } : {}) }]);
  });
  return found;
}

/**
 * A single word read as a first name that repeats the surname of a full name in the text is that
 * surname ("Питер Данн … По словам Данна"). Changes `found` in place; returns the changed indexes.
 */
export function reinterpretLoneFirstNames(doc: Doc, found: NamePart[][], matches: readonly NameMatch[]): number[] {
  const surnames = new Map<string, string | undefined>();
  for (const match of matches) {
    if (match.surnameKey && match.tokenEnd - match.tokenStart > 1) surnames.set(match.surnameKey, match.surname?.split(' ').pop());
  }
  const changed: number[] = [];
  found.forEach((parts, index) => {
    if (parts.length !== 1 || parts[0].role !== 'first') return;
    const key = tokenStem(doc, parts[0].token);
    if (!surnames.has(key)) return;
    const nominative = surnames.get(key);
    found[index] = [{ ...parts[0], role: 'surname', ...(nominative ? { nominative } : {}) }];
    changed.push(index);
  });
  return changed;
}
