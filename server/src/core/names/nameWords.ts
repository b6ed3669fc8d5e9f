/**
 * What one token can be inside a person's name, read from the dictionary's reliable readings
 * and a few word lists: a first name, patronymic, surname, an initial, a name particle, a
 * regnal numeral, or a capitalised word the dictionary does not know / knows as a common noun /
 * knows as a place or organisation.
 */
import type { Doc } from '../doc';
import type { WordParse } from '../morphology/morphology';
import { FOREIGN_FIRST_NAMES, HYPHENATED_ARTICLE, NAME_PARTICLES, NEVER_PERSON } from './gazetteers';
import { nameKey, stemKey } from './nameKeys';

export type WordKind =
  | 'first' | 'patronymic' | 'surname' | 'initial' | 'particle' | 'numeral'
  | 'unknown' | 'common' | 'place';

export interface NameWord {
  /** Index of the word's first token; an initial spans two (letter and dot). */
  token: number;
  tokenEnd: number;
  kind: WordKind;
  /** The dictionary's best reading of the word is the name reading (Надежда: no; Ирина: yes). */
  strong: boolean;
  /** A first name the dictionary also knows as a surname (Ким, Джонсон), or the other way round. */
  alsoSurname: boolean;
  alsoFirst: boolean;
}

const FOREIGN_FIRST_STEMS = new Set([...FOREIGN_FIRST_NAMES].map(stemKey));
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}I{0,3})$/;
const PLACE_TAGS = ['Geox', 'Orgn'];

/** Classifies the word at `index` for name matching; undefined when it cannot be part of a name. */
export function classifyWord(doc: Doc, index: number): NameWord | undefined {
  const token = doc.tokens[index];
  if (token.kind !== 'word') return undefined;
  const word = (kind: WordKind, strong = true, alsoSurname = false, alsoFirst = false, tokenEnd = index + 1): NameWord =>
    ({ token: index, tokenEnd, kind, strong, alsoSurname, alsoFirst });
  if (!token.capitalized) {
    if (NAME_PARTICLES.has(token.text)) return word('particle');
    return HYPHENATED_ARTICLE.test(token.text) ? word('unknown') : undefined;
  }
  const next = doc.tokens[index + 1];
  if (token.text.length <= 2 && next?.text === '.' && next.start === token.end && token.script !== 'other' && !isAllCaps(token.text)) {
    return word('initial', true, false, false, index + 2);
  }
  if (token.text.length === 1 && next?.text === '.' && next.start === token.end && token.script !== 'other') {
    return word('initial', true, false, false, index + 2);
  }
  if (ROMAN.test(token.text)) return word('numeral');
  if (token.script !== 'cyrillic' || isAllCaps(token.text)) return undefined;
  const parses = reliableParses(token.text, doc.parses[index]);
  if (parses.some((parse) => NEVER_PERSON.has(parse.lemma))) return undefined;
  const best = (tag: string) => Math.max(0, ...parses.filter((parse) => parse.grammemes.has(tag)).map((parse) => parse.score));
  const top = parses[0];
  const nameScore = best('Name');
  const surnameScore = best('Surn');
  const placeScore = Math.max(...PLACE_TAGS.map(best));
  if (best('Patr') > 0) return word('patronymic');
  if (nameScore > 0 && nameScore >= placeScore) return word('first', top.grammemes.has('Name'), surnameScore > 0);
  if (surnameScore > 0 && surnameScore >= placeScore) return word('surname', top.grammemes.has('Surn'), false, false);
  if (FOREIGN_FIRST_STEMS.has(stemKey(token.text))) {
    return word('first', parses.length === 0, false);
  }
  if (placeScore > 0) return word('place');
  return word(parses.length > 0 ? 'common' : 'unknown', true);
}

/** The token opens its sentence, or a quotation or line inside it (only punctuation before it). */
export function opensSentence(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[doc.sentenceOfToken[index]];
  for (let i = index - 1; i >= sentence.tokenStart; i--) {
    const token = doc.tokens[i];
    if (token.kind !== 'punct') return false;
    if (token.text === ',' || token.text === ')') return false;
  }
  return true;
}

/**
 * Dictionary readings that really belong to this spelling. az corrects typos and guesses unknown
 * words from their endings; a guessed "Name" or a corrected "Маккаррик → макарик" is not evidence.
 */
export function reliableParses(text: string, parses: readonly WordParse[]): readonly WordParse[] {
  const lower = nameKey(text);
  return parses.filter((parse) => parse.known && sharesStem(nameKey(parse.lemma), lower));
}

function sharesStem(lemma: string, form: string): boolean {
  const needed = Math.max(1, Math.min(lemma.length, form.length) - 2);
  for (let i = 0; i < needed; i++) if (lemma[i] !== form[i]) return false;
  return true;
}

function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}
