/**
 * Where the people's name mentions stand in the token stream, and which cases each may be in:
 * what the roles stage needs to tie a role phrase to the name beside it.
 */
import { formFact, type Doc } from '../doc';
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
  /** The mentions' start offsets ascend too (not so only where two mentions start inside one token). */
  startsAscending: boolean;
  startingAt(token: number): NamedMention | undefined;
  endingAt(tokenEnd: number): NamedMention | undefined;
  /** What {@link mostNamed} found, once it has been asked (undefined before). */
  topic: Person | null | undefined;
}

/** Indexes the name mentions of the people by their first and one-past-last tokens. */
export function indexNames(doc: Doc, people: readonly Person[]): NameIndex {
  const mentions: NamedMention[] = [];
  const { tokens } = doc;
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.kind !== 'name') continue;
      const tokenStart = tokenIndexAt(tokens, mention.start);
      const tokenEnd = Math.max(tokenStart + 1, tokenIndexAt(tokens, mention.end));
      const cases = nameCases(doc, tokenStart, tokenEnd, person.gender, mention.text === mention.normalized);
      mentions.push({ person, mention, tokenStart, tokenEnd, cases, bareSurname: tokenEnd - tokenStart === 1 && tokens[tokenStart]?.kind === 'word' });
    }
  }
  mentions.sort((a, b) => a.tokenStart - b.tokenStart);
  // The mention (its place in `mentions`, plus one) starting and ending at each token: asked for every token near a title.
  const byStart = new Int32Array(tokens.length + 2);
  const byEnd = new Int32Array(tokens.length + 2);
  const covered = new Uint8Array(tokens.length);
  mentions.forEach((named, index) => {
    byStart[named.tokenStart] = index + 1;
    byEnd[named.tokenEnd] = index + 1;
    covered.fill(1, named.tokenStart, named.tokenEnd);
  });
  return {
    mentions,
    startsAscending: mentions.every((named, index) => index === 0 || mentions[index - 1].mention.start <= named.mention.start),
    startingAt: (token) => mentionAt(mentions, byStart, token),
    endingAt: (tokenEnd) => mentionAt(mentions, byEnd, tokenEnd),
    inName: (token) => covered[token] === 1,
    topic: undefined,
  };
}

/** The last name mention starting before the token (binary search: a long document has thousands). */
export function lastNamedBefore(names: NameIndex, token: number): NamedMention | undefined {
  return names.mentions[mentionsBefore(names, token) - 1];
}

/** How many name mentions start before the token. */
export function mentionsBefore(names: NameIndex, token: number): number {
  const { mentions } = names;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle].tokenStart < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The person named most often in the text, and more than once (whom it is about); `null` when
 * another is named as often, or no one twice. Found once per index (kept on it, not in a WeakMap
 * keyed by it: see `DocScratch`): titles ask it one after another.
 */
export function mostNamed(names: NameIndex): Person | null {
  if (names.topic === undefined) names.topic = findMostNamed(names.mentions);
  return names.topic;
}

function findMostNamed(mentions: readonly NamedMention[]): Person | null {
  const counts = new Map<Person, number>();
  for (const named of mentions) counts.set(named.person, (counts.get(named.person) ?? 0) + 1);
  let best: Person | null = null;
  let bestCount = 0;
  for (const [person, count] of counts) {
    if (count > bestCount) [best, bestCount] = [person, count];
    else if (count === bestCount) best = null;
  }
  return bestCount < 2 ? null : best;
}

function mentionAt(mentions: readonly NamedMention[], places: Int32Array, token: number): NamedMention | undefined {
  const place = places[token];
  return place ? mentions[place - 1] : undefined;
}

/**
 * Cases every word of the name can be in, as a singular of the person's gender; a name the
 * dictionary cannot decline may be in any. A name written as its own nominative that also reads
 * as an oblique case does not decline ("Харуки Мураками", "Джули Гербердинг"): any case.
 */
function nameCases(doc: Doc, tokenStart: number, tokenEnd: number, gender: Person['gender'], writtenNominative: boolean): ReadonlySet<Case> {
  let cases = ALL_CASE_BITS;
  for (let index = tokenStart; index < tokenEnd; index++) {
    const own = wordCaseBits(doc, index, gender);
    if (own !== 0 && (cases & own) !== 0) cases &= own;
  }
  if (writtenNominative && ((cases & CASE_BIT.nomn) === 0 || indeclinable(doc, tokenStart, tokenEnd, gender))) return ALL_CASES;
  // A man's name in the accusative is spelled as in the genitive; a guessed reading may list only one.
  if ((cases & CASE_BIT.gent) !== 0 && gender !== 'female') cases |= CASE_BIT.accs;
  return caseSet(cases);
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
    if (doc.tokens[index].kind !== 'word' || foreignIndeclinable(doc, index) || foreignWomansSurname(doc, named, index)) continue;
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

/**
 * "Джейн Остин", "Кэтрин Зита-Джонс": after a woman's first name, a surname the dictionary knows
 * only as a man's that ends in a consonant is a foreign woman's, which does not decline.
 */
function foreignWomansSurname(doc: Doc, named: NamedMention, index: number): boolean {
  if (index === named.tokenStart) return false;
  const parses = doc.parses[index];
  const text = doc.tokens[index].text;
  if (/[аяоеиыуюэё]$/i.test(text) || !parses.some((parse) => parse.grammemes.has('Surn')) || parses.some((parse) => parse.grammemes.has('femn'))) return false;
  return doc.parses[named.tokenStart].some((parse) => parse.grammemes.has('Name') && parse.grammemes.has('femn')) && !doc.parses[named.tokenStart].some((parse) => parse.grammemes.has('Name') && parse.grammemes.has('masc'));
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

// Cases as bits, so that a name's cases are met by masks and not by sets made per mention.
const CASE_BIT: Record<Case, number> = { nomn: 1, gent: 2, datv: 4, accs: 8, ablt: 16, loct: 32 };
const ALL_CASE_BITS = 63;
// One set per combination of cases, shared by every mention that may stand in them (never changed).
const caseSets: ReadonlySet<Case>[] = [];

function caseSet(bits: number): ReadonlySet<Case> {
  return (caseSets[bits] ??= new Set(CASES.filter((value) => (bits & CASE_BIT[value]) !== 0)));
}

const GENDER_SHIFT = { male: 0, female: 6, unknown: 12 };

// Names repeat through an article and across articles: the cases of a word form, as a singular of each gender, are kept per form (six bits a gender).
const nameWordCases = formFact((doc: Doc, index: number): number => {
  const parses = doc.parses[index];
  return (wordCases(parses, 'male') << GENDER_SHIFT.male) | (wordCases(parses, 'female') << GENDER_SHIFT.female) | (wordCases(parses, null) << GENDER_SHIFT.unknown);
});

function wordCaseBits(doc: Doc, index: number, gender: Person['gender']): number {
  return (nameWordCases(doc, index) >> GENDER_SHIFT[gender ?? 'unknown']) & ALL_CASE_BITS;
}

function wordCases(parses: readonly WordParse[], gender: Person['gender']): number {
  const named = parses.filter((parse) => parse.grammemes.has('Name') || parse.grammemes.has('Surn') || parse.grammemes.has('Patr'));
  // One person is one singular noun of one gender: "Мингазов" is not the genitive plural of "Мингазова".
  const otherGender = gender === 'male' ? 'femn' : gender === 'female' ? 'masc' : undefined;
  // A guessed reading's gender is the declension's, not the person's ("Акияма" declines like "папа").
  const readings = named.length > 0
    ? named.filter((parse) => !parse.grammemes.has('Fixd') && !parse.grammemes.has('plur') && (!otherGender || !parse.grammemes.has(otherGender)))
    : parses.filter((parse) => parse.pos === 'NOUN' && !parse.grammemes.has('Fixd') && !parse.grammemes.has('plur'));
  let cases = 0;
  for (const reading of readings) {
    const value = caseOf(reading);
    if (value !== undefined) cases |= CASE_BIT[value];
  }
  return cases;
}
