/**
 * Finds spans of text that name a person: first name, patronymic, surname and initials in the
 * orders Russian news uses them (Юрий Ушаков, Юрия Викторовича Ушакова, В. В. Путин, Путин В. В.).
 */
import type { Doc } from '../doc';
import { caseOf, genderOf, type WordParse } from '../morphology/morphology';
import type { Gender } from '../types';

/** One person-name span and its parts in the nominative. */
export interface NameMatch {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
  first?: string;
  patronymic?: string;
  surname?: string;
  initials: string[];
  gender: Gender | null;
  /** The name in the nominative, parts in the order written, initials as "В. В.". */
  normalized: string;
}

type Part = 'first' | 'patronymic' | 'surname' | 'initial';

interface Candidate {
  token: number;
  parts: Set<Part>;
}

/** Finds person names in the document, left to right, without overlaps. */
export function findNames(doc: Doc): NameMatch[] {
  const matches: NameMatch[] = [];
  const { tokens } = doc;
  let i = 0;
  while (i < tokens.length) {
    const run: Candidate[] = [];
    let j = i;
    while (j < tokens.length) {
      const candidate = classify(doc, j);
      if (!candidate) break;
      if (run.length > 0 && tokens[j].lineBreakBefore) break;
      run.push(candidate);
      j += candidate.parts.has('initial') ? 2 : 1;
    }
    const match = run.length > 0 ? buildMatch(doc, run) : undefined;
    if (match) {
      matches.push(match);
      i = match.tokenEnd;
    } else {
      i = Math.max(j, i + 1);
    }
  }
  return matches;
}

function classify(doc: Doc, index: number): Candidate | undefined {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || !token.capitalized) return undefined;
  const next = doc.tokens[index + 1];
  if (token.text.length <= 2 && next?.text === '.' && next.start === token.end && token.text === token.text.toUpperCase()) {
    return { token: index, parts: new Set<Part>(['initial']) };
  }
  if (token.script !== 'cyrillic') return undefined;
  const parts = new Set<Part>();
  for (const parse of doc.parses[index]) {
    if (!parse.known) continue;
    if (parse.grammemes.has('Name')) parts.add('first');
    if (parse.grammemes.has('Patr')) parts.add('patronymic');
    if (parse.grammemes.has('Surn')) parts.add('surname');
  }
  if (parts.size === 0 && !isKnownWord(doc.parses[index]) && !opensSentence(doc, index)) {
    parts.add('first');
    parts.add('surname');
  }
  return parts.size > 0 ? { token: index, parts } : undefined;
}

function isKnownWord(parses: readonly WordParse[]): boolean {
  return parses.some((parse) => parse.known);
}

function opensSentence(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[doc.sentenceOfToken[index]];
  let first = sentence.tokenStart;
  while (first < index && doc.tokens[first].kind === 'punct') first++;
  return first === index;
}

function buildMatch(doc: Doc, run: Candidate[]): NameMatch | undefined {
  const { tokens } = doc;
  const initials = run.filter((candidate) => candidate.parts.has('initial'));
  const words = run.filter((candidate) => !candidate.parts.has('initial'));
  if (words.length === 0) return undefined;
  if (words.length === 1 && initials.length === 0) {
    const only = words[0];
    if (!only.parts.has('surname') || opensSentence(doc, only.token) && !isSurnameFirst(doc, only.token)) return undefined;
  }
  const last = run[run.length - 1];
  const tokenEnd = last.token + (last.parts.has('initial') ? 2 : 1);
  const start = tokens[run[0].token].start;
  const end = tokens[tokenEnd - 1].end;
  const gender = agreeGender(doc, words.map((word) => word.token));
  const match: NameMatch = {
    start, end, tokenStart: run[0].token, tokenEnd, text: doc.text.slice(start, end),
    initials: initials.map((candidate) => tokens[candidate.token].text), gender, normalized: '',
  };
  const normalizedParts: string[] = [];
  for (const candidate of run) {
    if (candidate.parts.has('initial')) {
      normalizedParts.push(tokens[candidate.token].text + '.');
      continue;
    }
    const role = pickPart(candidate, words, match);
    const nominative = nominativeOf(doc, candidate.token, role, gender);
    if (role === 'first') match.first = nominative;
    else if (role === 'patronymic') match.patronymic = nominative;
    else match.surname = nominative;
    normalizedParts.push(nominative);
  }
  match.normalized = normalizedParts.join(' ');
  return match;
}

function isSurnameFirst(doc: Doc, index: number): boolean {
  return doc.parses[index][0]?.grammemes.has('Surn') ?? false;
}

function pickPart(candidate: Candidate, words: Candidate[], match: NameMatch): Part {
  const position = words.indexOf(candidate);
  const isLast = position === words.length - 1;
  if (candidate.parts.has('patronymic') && position > 0) return 'patronymic';
  if (candidate.parts.has('first') && !isLast && match.first === undefined) return 'first';
  if (candidate.parts.has('first') && words.length === 1 && !candidate.parts.has('surname')) return 'first';
  return 'surname';
}

function agreeGender(doc: Doc, indexes: number[]): Gender | null {
  const votes = { male: 0, female: 0 };
  for (const index of indexes) {
    const parses = doc.parses[index].filter((parse) => parse.grammemes.has('Name') || parse.grammemes.has('Surn') || parse.grammemes.has('Patr'));
    const genders = new Set(parses.map(genderOf));
    if (genders.size === 1) {
      const only = [...genders][0];
      if (only) votes[only]++;
    }
  }
  if (votes.male > votes.female) return 'male';
  if (votes.female > votes.male) return 'female';
  return null;
}

function nominativeOf(doc: Doc, index: number, part: Part, gender: Gender | null): string {
  const token = doc.tokens[index];
  const tag = part === 'first' ? 'Name' : part === 'patronymic' ? 'Patr' : 'Surn';
  const parses = doc.parses[index];
  const fitting = parses.find((parse) => parse.grammemes.has(tag) && (gender === null || genderOf(parse) === gender || genderOf(parse) === null))
    ?? parses.find((parse) => parse.grammemes.has(tag))
    ?? parses.find((parse) => !parse.known && parse.pos === 'NOUN' && parse.grammemes.has('anim') && (gender === null || genderOf(parse) === gender));
  if (!fitting || caseOf(fitting) === 'nomn') return token.text;
  const nominative = fitting.inflect(gender === 'female' ? ['nomn', 'femn'] : ['nomn']) ?? fitting.inflect(['nomn']);
  return nominative ? matchCapitalization(nominative, token.text) : token.text;
}

function matchCapitalization(word: string, model: string): string {
  return model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}
