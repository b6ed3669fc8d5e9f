/**
 * The third look: a lone capitalised word listed with a person's name, joined to it by a comma or
 * «и», names a person too (Моцарта, Брамса и Бетховена; Дженнифер Лопес, Энрике Иглесиас и Стинг;
 * дочери Виктория и Кристина). News lists people with people; a place, an organisation, a word the
 * dictionary knows as something a person is not, or a word the text also writes in lower case is
 * left alone.
 */
import type { Doc } from '../doc';
import { caseOf } from '../morphology/morphology';
import { mayActAsPerson, writtenInLowerCase } from './actingPerson';
import { isAdjective } from './aloneWords';
import type { NameMatch } from './findNames';
import { classifyWord, opensSentence, wordReadings } from './nameWords';
import { namePart, type NamePart } from './nominative';

/** One-word names listed next to the names of `matches` (and to each other), outside them; parts ready for `buildMatch`. */
export function findCoordinatedNames(doc: Doc, matches: readonly NameMatch[]): NamePart[][] {
  if (matches.length === 0) return [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const match of matches) covered.fill(1, match.tokenStart, match.tokenEnd);
  const found: NamePart[][] = [];
  const take = (index: number, beside: number): boolean => {
    const part = listedName(doc, index, covered);
    if (!part || !shareCase(doc, index, beside)) return false;
    covered[index] = 1;
    found.push([part]);
    return true;
  };
  for (const match of matches) {
    // Rightwards: ", Брамса", " и Стинг", then on along the list.
    for (let end = match.tokenEnd; ;) {
      const next = itemAfter(doc, end);
      if (next < 0 || covered[next] || !take(next, end - 1)) break;
      end = next + 1;
    }
    // Leftwards: "Куман, " before "Роналдо".
    for (let start = match.tokenStart; ;) {
      const previous = itemBefore(doc, start);
      // Only a list's first item: after a dash, colon, bracket or comma (другие — Куман, Роналдо), not a word of the clause before.
      if (previous < 0 || covered[previous] || !LIST_OPENERS.has(doc.tokens[previous - 1]?.text ?? '') || !take(previous, start)) break;
      start = previous;
    }
  }
  return found;
}

const LIST_OPENERS = new Set(['—', '–', ':', '(', ',']);

/** Words that both show a case share one (Моцарта, Брамса), so that "кандидатуры Сенатом, Сотомайор" is no list. */
function shareCase(doc: Doc, index: number, beside: number): boolean {
  const cases = (at: number) => new Set(wordReadings(doc, at).map(caseOf).filter((value) => value !== undefined));
  const own = cases(index);
  const other = cases(beside);
  return own.size === 0 || other.size === 0 || [...own].some((value) => other.has(value));
}

/** The token right after a list separator (",", "и", ", и") that follows `end`, or -1. */
function itemAfter(doc: Doc, end: number): number {
  let at = end;
  if (doc.tokens[at]?.text === ',') at++;
  if (doc.tokens[at]?.kind === 'word' && doc.tokens[at].text === 'и') at++;
  return at > end && at < doc.tokens.length && doc.sentenceOfToken[at] === doc.sentenceOfToken[end - 1] ? at : -1;
}

/** The token right before a list separator that precedes `start`, or -1. */
function itemBefore(doc: Doc, start: number): number {
  let at = start - 1;
  if (doc.tokens[at]?.kind === 'word' && doc.tokens[at].text === 'и') at--;
  if (doc.tokens[at]?.text === ',') at--;
  return at < start - 1 && at >= 0 && doc.sentenceOfToken[at] === doc.sentenceOfToken[start] ? at : -1;
}

/** The word at `index` as a listed one-word name, or undefined. */
function listedName(doc: Doc, index: number, covered: Uint8Array): NamePart | undefined {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || !token.capitalized || token.script !== 'cyrillic' || opensSentence(doc, index)) return undefined;
  // After a preposition it is a place or thing listed with a person's (Рэнд Пол из Кентукки и …).
  if (wordReadings(doc, index - 1).some((parse) => parse.pos === 'PREP')) return undefined;
  // A word of its own, not part of a longer capitalised name.
  const capitalisedWord = (at: number) => doc.tokens[at]?.kind === 'word' && doc.tokens[at].capitalized;
  if (capitalisedWord(index - 1) || capitalisedWord(index + 1) || covered[index + 1] || covered[index - 1]) return undefined;
  const word = classifyWord(doc, index);
  if (!word || (word.kind !== 'first' && word.kind !== 'surname' && word.kind !== 'unknown' && word.kind !== 'common')) return undefined;
  if (!mayActAsPerson(doc, index) || isAdjective(doc, index)) return undefined;
  if (wordReadings(doc, index).some((parse) => parse.grammemes.has('Geox') || parse.grammemes.has('Orgn') || parse.grammemes.has('Abbr') || parse.grammemes.has('plur'))) return undefined;
  if (word.kind === 'common' && writtenInLowerCase(doc, index)) return undefined;
  return namePart(index, index + 1, word.kind === 'first' ? 'first' : 'surname');
}
