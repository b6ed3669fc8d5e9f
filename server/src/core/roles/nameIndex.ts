/**
 * Where the people's name mentions stand in the token stream, and which cases each may be in:
 * what the roles stage needs to tie a role phrase to the name beside it.
 */
import type { Doc } from '../doc';
import { caseOf, CASES, type Case, type WordParse } from '../morphology/morphology';
import { tokenIndexAt } from '../tokens/tokenIndex';
import type { Mention, Person } from '../types';
import type { NameTokens } from './rolePhrase';

/** A name mention of a person, placed in the token stream. */
export interface NamedMention {
  person: Person;
  mention: Mention;
  tokenStart: number;
  tokenEnd: number;
  /** Cases the name may stand in (every case for an indeclinable name). */
  cases: ReadonlySet<Case>;
  /** The mention is a lone surname ("Путина"), not a full name. */
  bareSurname: boolean;
}

/** The name mentions of a document, looked up by where they start and end. */
export interface NameIndex extends NameTokens {
  /** Name mentions in text order. */
  mentions: NamedMention[];
  startingAt(token: number): NamedMention | undefined;
  endingAt(tokenEnd: number): NamedMention | undefined;
}

/** Indexes the name mentions of the people by their first and one-past-last tokens. */
export function indexNames(doc: Doc, people: readonly Person[]): NameIndex {
  const mentions: NamedMention[] = [];
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.kind !== 'name') continue;
      const tokenStart = tokenIndexAt(doc.tokens, mention.start);
      const tokenEnd = Math.max(tokenStart + 1, tokenIndexAt(doc.tokens, mention.end));
      const words = doc.tokens.slice(tokenStart, tokenEnd).filter((token) => token.kind === 'word');
      const cases = nameCases(doc, tokenStart, tokenEnd, person.gender, mention.text === mention.normalized);
      mentions.push({ person, mention, tokenStart, tokenEnd, cases, bareSurname: words.length === 1 && tokenEnd - tokenStart === 1 });
    }
  }
  mentions.sort((a, b) => a.tokenStart - b.tokenStart);
  const byStart = new Map(mentions.map((named) => [named.tokenStart, named]));
  const byEnd = new Map(mentions.map((named) => [named.tokenEnd, named]));
  const covered = new Uint8Array(doc.tokens.length);
  for (const named of mentions) covered.fill(1, named.tokenStart, named.tokenEnd);
  return {
    mentions,
    startingAt: (token) => byStart.get(token),
    endingAt: (tokenEnd) => byEnd.get(tokenEnd),
    inName: (token) => covered[token] === 1,
  };
}

/**
 * Cases every word of the name can be in, as a singular of the person's gender; a name the
 * dictionary cannot decline may be in any. A name written as its own nominative that also reads
 * as an oblique case does not decline ("Харуки Мураками", "Джули Гербердинг"): any case.
 */
function nameCases(doc: Doc, tokenStart: number, tokenEnd: number, gender: Person['gender'], writtenNominative: boolean): ReadonlySet<Case> {
  let cases = new Set<Case>(CASES);
  for (let index = tokenStart; index < tokenEnd; index++) {
    const own = wordCases(doc.parses[index], gender);
    if (own.size === 0) continue;
    const both = new Set([...cases].filter((value) => own.has(value)));
    if (both.size > 0) cases = both;
  }
  if (writtenNominative && (!cases.has('nomn') || indeclinable(doc, tokenStart, tokenEnd, gender))) return ALL_CASES;
  // A man's name in the accusative is spelled as in the genitive; a guessed reading may list only one.
  if (cases.has('gent') && gender !== 'female') cases.add('accs');
  return cases;
}

const ALL_CASES: ReadonlySet<Case> = new Set<Case>(CASES);

/**
 * Whether every word of a name written in the nominative keeps that form in all cases: it ends
 * in a vowel other than а/я (Мураками, Павлюченко, Мальро), or it is not a man's and ends in a
 * consonant (Гарриет Табмен).
 */
function indeclinable(doc: Doc, tokenStart: number, tokenEnd: number, gender: Person['gender']): boolean {
  for (let index = tokenStart; index < tokenEnd; index++) {
    const token = doc.tokens[index];
    if (token.kind !== 'word' || token.text.length < 2) continue;
    const last = token.text[token.text.length - 1].toLowerCase();
    if ('оеиуюэё'.includes(last)) continue;
    if (gender !== 'male' && !'аяьй'.includes(last) && /[а-яё]/.test(last)) continue;
    return false;
  }
  return true;
}

/**
 * The cases in which every word of the name reads as a woman's name ("Юлия Зарипова": nominative;
 * "Викторию Азаренко": accusative, the surname being either gender's),
 * whatever gender the names stage gave the person; empty when some word never does ("Иван").
 */
export function womanNameCases(doc: Doc, named: NamedMention): Set<Case> {
  let cases: Set<Case> | undefined;
  for (let index = named.tokenStart; index < named.tokenEnd; index++) {
    if (doc.tokens[index].kind !== 'word' || foreignIndeclinable(doc, index)) continue;
    const own = new Set<Case>();
    for (const parse of doc.parses[index]) {
      const value = caseOf(parse);
      // A surname of either gender (Ms-f: Азаренко) is a woman's as well; an unknown foreign one says nothing.
      const feminine = parse.grammemes.has('femn') || parse.grammemes.has('Ms-f');
      if (value && feminine && !parse.grammemes.has('plur') && (parse.grammemes.has('Name') || parse.grammemes.has('Surn') || parse.grammemes.has('Patr'))) own.add(value);
    }
    cases = cases ? new Set([...cases].filter((value) => own.has(value))) : own;
    if (cases.size === 0) return cases;
  }
  return cases ?? new Set();
}

/** A capitalised word the dictionary does not know, ending in a vowel other than а/я (Джоли, Ферреро): it does not decline and says nothing of gender. */
function foreignIndeclinable(doc: Doc, index: number): boolean {
  const { text, capitalized } = doc.tokens[index];
  return capitalized && text.length > 2 && 'оеиуюэё'.includes(text[text.length - 1]) && !doc.parses[index].some((parse) => parse.known);
}

/** Whether a phrase in one of `a` cases can stand in apposition to a name in one of `b`. */
export function casesMeet(a: ReadonlySet<Case>, b: ReadonlySet<Case>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

// Names repeat through an article and across articles: the cases of a word form are kept per gender.
const casesByGender = { male: new WeakMap<readonly WordParse[], Set<Case>>(), female: new WeakMap<readonly WordParse[], Set<Case>>(), unknown: new WeakMap<readonly WordParse[], Set<Case>>() };

function wordCases(parses: readonly WordParse[], gender: Person['gender']): Set<Case> {
  const cache = casesByGender[gender ?? 'unknown'];
  let cases = cache.get(parses);
  if (cases) return cases;
  const named = parses.filter((parse) => parse.grammemes.has('Name') || parse.grammemes.has('Surn') || parse.grammemes.has('Patr'));
  // One person is one singular noun of one gender: "Мингазов" is not the genitive plural of "Мингазова".
  const otherGender = gender === 'male' ? 'femn' : gender === 'female' ? 'masc' : undefined;
  // A guessed reading's gender is the declension's, not the person's ("Акияма" declines like "папа").
  const readings = named.length > 0
    ? named.filter((parse) => !parse.grammemes.has('Fixd') && !parse.grammemes.has('plur') && (!otherGender || !parse.grammemes.has(otherGender)))
    : parses.filter((parse) => parse.pos === 'NOUN' && !parse.grammemes.has('Fixd') && !parse.grammemes.has('plur'));
  cases = new Set(readings.map(caseOf).filter((value): value is Case => value !== undefined));
  cache.set(parses, cases);
  return cases;
}
