/**
 * The person a place, institution or prize is named after: «театр имени Вахтангова», «училище
 * им. Шадра», «институт им. Гнесиных», «стадион имени Кирова». NEREL and factRuEval both mark
 * that person as a person (NEREL train: 54 of the 57 capitalised words after «имени»/«им.»,
 * acronyms aside; the other 3 are an organisation, Моссовета, and words that name no one), so
 * the names stage finds them even where the dictionary knows the word only as a place (Кирова,
 * Шереметьева), only in the plural (Гнесиных), or not at all (Шадра).
 * What follows «имени» here is a name in the genitive, not «по имени Анна» nor «от имени
 * министерства»: the word before «имени» must be a noun, or a capitalised word the dictionary
 * does not know (an acronym, a name).
 */
import { lowerText, type Doc } from '../doc';
import type { WordParse } from '../morphology/morphology';
import { classifyWord, wordReadings, type NameWord } from './nameWords';
import { namePart, type NamePart } from './nominative';

/** Longest eponym read, in words after the initials (Шарля де Голля, Алишера Навои). */
const MAX_WORDS = 4;

/**
 * Adds to `found` (name parts in text order, as findNames collects them from the tokens in
 * [tokenStart, tokenEnd), one line) the eponyms it does not already hold, keeping the order.
 * An eponym, «имени» and the noun before it stand on one line.
 */
export function addEponyms(doc: Doc, found: NamePart[][], tokenStart: number, tokenEnd: number): void {
  // One flag per token of the line (not a Set), made at the first eponym: most lines have none.
  let taken: Uint8Array | undefined;
  for (let index = Math.max(1, tokenStart + 1); index < tokenEnd; index++) {
    const start = nameStartAfter(doc, index);
    if (start !== undefined) taken = addEponymAt(doc, found, start, taken, tokenStart, tokenEnd);
  }
}

/**
 * Adds the eponym starting at `start`, if there is one and it is new; returns the token flags,
 * made at the first eponym. A function of its own, so that the loop over every token above
 * captures nothing in the closures here (a captured loop variable costs an allocation per token).
 */
function addEponymAt(doc: Doc, found: NamePart[][], start: number, taken: Uint8Array | undefined, tokenStart: number, tokenEnd: number): Uint8Array | undefined {
  const parts = eponymAt(doc, start);
  if (parts.length === 0) return taken;
  const flags = taken ?? tokensTaken(found, tokenStart, tokenEnd);
  if (parts.some((part) => flags[part.token - tokenStart] === 1)) {
    // Found already (И. Д. Шадра): only the genitive of its surname is news.
    const same = found.find((other) => other[0].token === start && other[other.length - 1].token === parts[parts.length - 1].token);
    const surname = same?.[same.length - 1];
    if (surname?.role === 'surname' && surname.nominative === undefined && parts[parts.length - 1].nominative !== undefined) surname.nominative = parts[parts.length - 1].nominative;
    return flags;
  }
  const at = found.findIndex((other) => other[0].token > start);
  found.splice(at < 0 ? found.length : at, 0, parts);
  return flags;
}

/** A flag for each token of the line [tokenStart, tokenEnd) inside one of the names found there. */
function tokensTaken(found: readonly NamePart[][], tokenStart: number, tokenEnd: number): Uint8Array {
  const taken = new Uint8Array(tokenEnd - tokenStart);
  for (const parts of found) for (const part of parts) for (let token = part.token; token < part.tokenEnd; token++) taken[token - tokenStart] = 1;
  return taken;
}

/** Where a name starts when the token at `index` is «имени» or «им.» after a noun; else undefined. */
function nameStartAfter(doc: Doc, index: number): number | undefined {
  const { tokens } = doc;
  const token = tokens[index];
  // Most tokens fail on length or first letter alone, read from the token and the document's text (not the word's own string).
  const length = token.end - token.start;
  const first = doc.text.charCodeAt(token.start);
  if ((length !== 5 && length !== 2) || (first !== 0x438 && first !== 0x418)) return undefined;
  const word = lowerText(doc, index);
  let start: number;
  if (word === 'имени') start = index + 1;
  else if (word === 'им' && tokens[index + 1]?.text === '.' && tokens[index + 1].start === tokens[index].end) start = index + 2;
  else return undefined;
  const before = tokens[index - 1];
  if (before.kind !== 'word' || tokens[index].lineBreakBefore) return undefined;
  const pos = doc.parses[index - 1][0]?.pos;
  const named = pos === 'NOUN' || (pos === undefined && before.capitalized);
  return named && tokens[start]?.kind === 'word' && !tokens[start].lineBreakBefore ? start : undefined;
}

/** Initials, then words that can be a person's name, the last of them the surname. */
function eponymAt(doc: Doc, start: number): NamePart[] {
  const parts: NamePart[] = [];
  let index = start;
  let words = 0;
  while (index < doc.tokens.length && words < MAX_WORDS) {
    if (index > start && doc.tokens[index].lineBreakBefore) break;
    const word = classifyWord(doc, index);
    if (!word) break;
    if (word.kind === 'initial') {
      if (words > 0) break;
      parts.push(namePart(word.token, word.tokenEnd, 'initial'));
    } else if (word.kind === 'particle' && words > 0) {
      parts.push(namePart(word.token, word.tokenEnd, 'particle'));
    } else if (canNamePerson(doc, word)) {
      parts.push(namePart(word.token, word.tokenEnd, word.kind === 'patronymic' ? 'patronymic' : 'first'));
      words++;
    } else break;
    index = word.tokenEnd;
  }
  while (parts.length > 0 && parts[parts.length - 1].role !== 'first' && parts[parts.length - 1].role !== 'patronymic') parts.pop();
  if (words === 0) return [];
  const last = parts[parts.length - 1];
  if (last.role === 'first' && !(words > 1 && wordIs(doc, last.token, 'Name') && !wordIs(doc, last.token, 'Surn'))) last.role = 'surname';
  if (last.role === 'surname') {
    const nominative = genitiveSurnameNominative(doc, last.token);
    if (nominative !== undefined) last.nominative = nominative;
  }
  return parts;
}

/**
 * The nominative of a surname in the genitive that the dictionary reads only in the plural
 * (Гнесиных → Гнесины) or not at all (Шадра → Шадр); undefined leaves it to nominative.ts.
 */
function genitiveSurnameNominative(doc: Doc, token: number): string | undefined {
  const text = doc.tokens[token].text;
  const readings = wordReadings(doc, token);
  if (readings.length === 0) return /[бвгдзклмнпрстфхцчшщ]а$/u.test(text) ? text.slice(0, -1) : undefined;
  if (readings.some((parse) => parse.grammemes.has('Surn') && !parse.grammemes.has('plur'))) return undefined;
  const plural = readings.find((parse) => parse.grammemes.has('Surn') && parse.grammemes.has('gent'))?.inflect(['nomn', 'plur']);
  return plural ? text[0] + plural.slice(1) : undefined;
}

/**
 * A word that can be (part of) the name: one the names stage reads as a name or does not know;
 * a place only if it is no organisation (Кирова, Навои; not Моссовета); a common word only if
 * the dictionary also has it as a surname or first name (Гнесиных), never an adjective or a
 * plain noun (имени Ленинского комсомола, имени Героя Советского Союза).
 */
function canNamePerson(doc: Doc, word: NameWord): boolean {
  switch (word.kind) {
    case 'first': case 'patronymic': case 'surname': case 'unknown': return true;
    case 'place': return !wordIs(doc, word.token, 'Orgn') || wordIs(doc, word.token, 'Surn');
    case 'common': return wordIs(doc, word.token, 'Surn') || wordIs(doc, word.token, 'Name');
    default: return false;
  }
}

function wordIs(doc: Doc, token: number, tag: string): boolean {
  return wordReadings(doc, token).some((parse: WordParse) => parse.grammemes.has(tag));
}
