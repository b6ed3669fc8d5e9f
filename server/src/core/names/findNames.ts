/**
 * Finds spans of text that name a person: first name, patronymic, surname and initials in the
 * orders Russian news uses them (Юрий Ушаков, Юрия Викторовича Ушакова, В. В. Путин, Путин В. В.,
 * Реджеп Тайип Эрдоган, Урсула фон дер Ляйен), a known surname or first name alone, and a word
 * that repeats the surname of a person named in full earlier (Уиткофф after Стив Уиткофф).
 */
import { spelledText } from '../tokens/tokenize';
import { forEachLine, type Doc } from '../doc';
import type { Gender } from '../types';
import { addEponyms } from './eponyms';
import { nameKey, stemKey, tokenStem } from './nameKeys';
import { classifyWord, isParticleKey, opensSentence, type NameWord } from './nameWords';
import { hersByNounBefore, nameCase, nameGender, nominativeParts, undeclinedAsHers, type NamePart } from './nominative';
import { NAME_PARTICLES } from './gazetteers';
import { findLatinNames } from './latinNames';
import { findCoordinatedNames } from './coordinatedNames';
import { findRepeatedNames, joinRepeatedFullNames, reinterpretLoneFirstNames, splitOwnerSurnames } from './repeatedNames';
import { segmentRun } from './segmentRun';
import { stemWritingOf } from './actingPerson';
import { addLineNames } from './lineNames';

/** One person-name span and its parts in the nominative. */
export interface NameMatch {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
  /** Given names, nominative ("Реджеп Тайип"). */
  first?: string;
  patronymic?: string;
  /** Surname with its particles, nominative ("фон дер Ляйен"). */
  surname?: string;
  /** Stem keys of the first given name and of the surname's last word, for linking mentions. */
  firstKey?: string;
  surnameKey?: string;
  /** Initials as written, without dots ("В", "Дж"). */
  initials: string[];
  /** Regnal numeral (Елизавета II). */
  numeral?: string;
  gender: Gender | null;
  /** The gender came from the masculine default or from an earlier name, not from this name's own words. */
  genderGuessed: boolean;
  /** The name in the nominative, parts in the order written, initials as "В.". */
  normalized: string;
  /** The start of the name this one spells out in another script (Анджело Роттоли (Angelo Rottoli)). */
  sameAsStart?: number;
}

/** Finds person names in the document, left to right, without overlaps. */
export function findNames(doc: Doc): NameMatch[] {
  // Line by line, each on its own (kept with the line by the editor's analyzer); then what reads the whole document.
  const found: NamePart[][] = [];
  const matches: NameMatch[] = [];
  const writtenStems = stemWritingOf(doc);
  forEachLine(doc, (tokenStart, tokenEnd, line) => addLineNames(doc, tokenStart, tokenEnd, line, writtenStems, localNames, found, matches));
  for (const index of reinterpretLoneFirstNames(doc, found, matches)) matches[index] = buildMatch(doc, found[index]);
  const owners = splitOwnerSurnames(doc, found, matches);
  for (const index of owners.changed) matches[index] = buildMatch(doc, found[index]);
  for (const parts of owners.added) {
    found.push(parts);
    matches.push(buildMatch(doc, parts));
  }
  const repeated = findRepeatedNames(doc, matches);
  const all = [...found.map((parts, index) => ({ parts, match: matches[index] })), ...repeated.map((parts) => ({ parts, match: buildMatch(doc, parts) }))];
  for (const latin of findLatinNames(doc, all.map(({ match }) => match))) {
    const match = buildMatch(doc, latin.parts);
    if (latin.sameAsStart !== undefined) match.sameAsStart = latin.sameAsStart;
    all.push({ parts: latin.parts, match });
  }
  for (const parts of findCoordinatedNames(doc, all.map(({ match }) => match))) all.push({ parts, match: buildMatch(doc, parts) });
  all.sort((a, b) => a.match.start - b.match.start);
  return withGenderFromContext(doc, joinRepeatedFullNames(doc, all, (parts) => buildMatch(doc, parts)));
}

/** The names of a document that is one line ({@link addLineNames}): runs of name words cut into names, eponyms, each built. */
function localNames(line: Doc): { found: NamePart[][]; matches: NameMatch[] } {
  const found: NamePart[][] = [];
  let index = 0;
  while (index < line.tokens.length) {
    const run = collectRun(line, index);
    if (run.length === 0) {
      index++;
      continue;
    }
    for (const parts of segmentRun(line, run)) found.push(parts);
    index = run[run.length - 1].tokenEnd;
  }
  addEponyms(line, found, 0, line.tokens.length);
  const matches: NameMatch[] = [];
  for (const parts of found) matches.push(buildMatch(line, parts));
  return { found, matches };
}

/**
 * A surname alone whose form leaves the gender open ("Путина": his genitive or her nominative)
 * takes the gender of the last earlier name with that surname, and is built again with it; a
 * first name and surname whose gender was guessed take the one any other mention of that first
 * name and surname shows.
 */
function withGenderFromContext(doc: Doc, found: readonly { parts: NamePart[]; match: NameMatch }[]): NameMatch[] {
  const genderOfSurname = new Map<string, Gender>();
  // Made at the first guessed full name: most documents have none, and the keys are joined strings.
  let genderOfFullName: Map<string, Gender | null> | undefined;
  // "писательница Колин Маккалоу": a full name a noun for a woman shows hers is hers in its other mentions too, where they may be.
  let hers: Set<string> | undefined;
  for (const { parts, match } of found) {
    if (parts.length > 1 && match.gender === 'female' && match.firstKey !== undefined && match.surnameKey !== undefined && hersByNounBefore(doc, parts)) {
      hers ??= new Set();
      hers.add(`${match.firstKey} ${match.surnameKey}`).add(`first ${match.firstKey}`).add(`surname ${match.surnameKey}`);
    }
  }
  return found.map(({ parts, match }) => {
    // Her first name or surname alone too ("Колин", "Маккалоу").
    const key = match.firstKey !== undefined && match.surnameKey !== undefined ? `${match.firstKey} ${match.surnameKey}` : match.firstKey !== undefined ? `first ${match.firstKey}` : `surname ${match.surnameKey}`;
    if (hers && match.gender === 'male' && hers.has(key) && undeclinedAsHers(doc, parts)) match = buildMatch(doc, parts, 'female', true);
    // A first name and surname whose gender only a guess gave ("Успех Юлия Зарипова объясняет": his genitive?) take the one another mention of that name shows.
    if (match.genderGuessed && match.firstKey !== undefined && match.surnameKey !== undefined) {
      genderOfFullName ??= shownGenderOfFullNames(found.map((each) => each.match));
      const known = genderOfFullName.get(`${match.firstKey} ${match.surnameKey}`);
      if (known && known !== match.gender) match = buildMatch(doc, parts, known);
    }
    if (match.genderGuessed && match.surnameKey !== undefined && parts.length === 1) {
      const known = genderOfSurname.get(match.surnameKey) ?? genderOfSurname.get(tokenStem(doc, parts[0].token));
      if (known && known !== match.gender) match = buildMatch(doc, parts, known);
    }
    if (match.gender !== null && !match.genderGuessed && match.surnameKey !== undefined) genderOfSurname.set(match.surnameKey, match.gender);
    return match;
  });
}

/** The gender that mentions with a first name and surname show (not guess), by their first-name and surname keys; none where they disagree. */
function shownGenderOfFullNames(matches: readonly NameMatch[]): Map<string, Gender | null> {
  const shown = new Map<string, Gender | null>();
  for (const match of matches) {
    if (match.genderGuessed || match.gender === null || match.firstKey === undefined || match.surnameKey === undefined) continue;
    const key = `${match.firstKey} ${match.surnameKey}`;
    const before = shown.get(key);
    shown.set(key, before === undefined || before === match.gender ? match.gender : null);
  }
  return shown;
}

const NO_RUN: readonly NameWord[] = [];

/** The longest stretch of name-like words from `start` on one line with no punctuation between (initials keep their dot). */
function collectRun(doc: Doc, start: number): readonly NameWord[] {
  // Most tokens start no run: the array is made only for a first word.
  let run: NameWord[] | undefined;
  let index = start;
  while (index < doc.tokens.length) {
    if (run !== undefined && doc.tokens[index].lineBreakBefore) break;
    let word = classifyWord(doc, index);
    // Inside a name a capitalised particle is still a particle (Марин Ле Пен, Люк Ван Велли).
    const previous = run?.[run.length - 1];
    if (word && previous && (previous.kind === 'first' || previous.kind === 'unknown' || previous.kind === 'surname') && word.tokenEnd === index + 1 && isParticleKey(doc, index) && doc.tokens[index + 1]?.capitalized) {
      word = { ...word, kind: 'particle' };
    }
    // A sentence opening with a surname's particle capitalises it (Фон дер Ляйен, Бен Салман, Де Голль).
    if (word && run === undefined && capitalisedParticleOpening(doc, index)) word = { ...word, kind: 'particle' };
    // A name may open with a particle (де Ниро, ван Гог, фон дер Ляйен) when a capitalised word follows it.
    const particleLead = word?.kind === 'particle' && particlesBeforeName(doc, index + 1);
    if (!word || (run === undefined && (word.kind === 'numeral' || (word.kind === 'particle' && !particleLead)))) break;
    (run ??= []).push(word);
    index = word.tokenEnd;
  }
  if (run === undefined) return NO_RUN;
  while (run.length > 0 && run[run.length - 1].kind === 'particle') run.pop();
  return run;
}

/** The capitalised word at `index` opens its sentence, is a name particle (not a conjunction), and particles lead on to a capitalised word. */
function capitalisedParticleOpening(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (!token.capitalized || token.kind !== 'word' || !isParticleKey(doc, index) || !opensSentence(doc, index)) return false;
  // "Да", "Ан" open sentences as conjunctions.
  if (doc.parses[index].some((parse) => parse.known && parse.pos === 'CONJ')) return false;
  return particlesBeforeName(doc, index + 1);
}

/** From `index`, lower-case particles (none or more) and then a capitalised word on the same line. */
function particlesBeforeName(doc: Doc, index: number): boolean {
  let at = index;
  while (doc.tokens[at] && !doc.tokens[at].capitalized && NAME_PARTICLES.has(doc.tokens[at].text) && !doc.tokens[at].lineBreakBefore) at++;
  const token = doc.tokens[at];
  return token !== undefined && token.kind === 'word' && token.capitalized && !token.lineBreakBefore && token.script === 'cyrillic';
}

/** The stem key of a part's nominative: the form's own when the nominative is the word as written (most are), kept per form. */
function partStem(doc: Doc, part: NamePart, nominative: string): string {
  return nominative === doc.tokens[part.token].text ? tokenStem(doc, part.token) : stemKey(nominative);
}

/** Builds a match from its parts: gender, case, the nominative of each part. */
export function buildMatch(doc: Doc, parts: readonly NamePart[], genderHint: Gender | null = null, forced = false): NameMatch {
  const { tokens } = doc;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const start = tokens[first.token].start;
  const end = tokens[last.tokenEnd - 1].end;
  const { gender: ownGender, guessed } = nameGender(doc, parts);
  const gender = (guessed || forced) && genderHint ? genderHint : ownGender ?? genderHint;
  const nominative = nominativeParts(doc, parts, gender, nameCase(doc, parts, gender));
  // One pass over the parts (this runs for every name): given names, patronymics, initials, the surname's words.
  const given: string[] = [];
  const patronymics: string[] = [];
  const initials: string[] = [];
  let firstGiven = -1;
  let lastSurname = -1;
  let numeral: string | undefined;
  for (let index = 0; index < parts.length; index++) {
    const role = parts[index].role;
    if (role === 'first') {
      if (firstGiven < 0) firstGiven = index;
      given.push(nominative[index]);
    } else if (role === 'patronymic') patronymics.push(nominative[index]);
    else if (role === 'initial') initials.push(tokens[parts[index].token].text);
    else if (role === 'surname') lastSurname = index;
    else if (role === 'numeral' && numeral === undefined) numeral = tokens[parts[index].token].text;
  }
  // The surname's words run from its first particle or word to the end, particles and surnames only.
  let surnameStart = -1;
  if (lastSurname >= 0) for (let index = 0; index <= lastSurname && surnameStart < 0; index++) if (parts[index].role === 'surname' || parts[index].role === 'particle') surnameStart = index;
  const surnameWords: string[] = [];
  if (surnameStart >= 0) for (let index = surnameStart; index < parts.length; index++) if (parts[index].role === 'surname' || parts[index].role === 'particle') surnameWords.push(nominative[index]);
  // Every field present, in one order, whatever the name has: matches of one shape keep the reads
  // of their fields in later stages fast (six shapes, one per set of parts, made them megamorphic).
  return {
    start, end, tokenStart: first.token, tokenEnd: last.tokenEnd, text: spelledText(doc.text.slice(start, end)),
    first: given.length > 0 ? given.join(' ') : undefined,
    patronymic: patronymics.length > 0 ? patronymics.join(' ') : undefined,
    surname: surnameWords.length > 0 ? surnameWords.join(' ') : undefined,
    firstKey: given.length > 0 ? partStem(doc, parts[firstGiven], nominative[firstGiven]) : undefined,
    surnameKey: surnameWords.length > 0 ? partStem(doc, parts[lastSurname], nominative[lastSurname]) : undefined,
    initials,
    numeral,
    gender,
    genderGuessed: guessed || ownGender === null,
    normalized: nominative.join(' '),
    sameAsStart: undefined,
  };
}

