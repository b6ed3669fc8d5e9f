/**
 * Splits text into word, number and punctuation tokens. Whitespace is not a token; each token
 * records whether whitespace or a line break precedes it. Astral characters (emoji) and
 * combining marks never split a code point: every token boundary is a character boundary.
 */
import type { TextSpan } from '../types';

export type TokenKind = 'word' | 'number' | 'punct';
export type Script = 'cyrillic' | 'latin' | 'other';

export interface Token extends TextSpan {
  readonly kind: TokenKind;
  /** Whitespace stands right before the token (or it opens the text). */
  spaceBefore: boolean;
  /** A line break stands between the previous token and this one (or it opens the text). */
  lineBreakBefore: boolean;
  /** An empty line stands between the previous token and this one: a new paragraph. */
  paragraphBefore: boolean;
  /** The token's first letter is upper case. */
  readonly capitalized: boolean;
  /** Letters of the word are Cyrillic, Latin, or mixed/other. */
  readonly script: Script;
}

/** What a token's text alone decides: a record that tokens of the same text can share. */
export interface Spelling {
  readonly text: string;
  readonly kind: TokenKind;
  readonly capitalized: boolean;
  readonly script: Script;
}

/** Spellings kept across texts (the word forms): the one written at text[start, end), of that kind, made if new. */
export interface Spellings<S extends Spelling> {
  spellingAt(text: string, start: number, end: number, kind: TokenKind): S;
}

// A word: letters and combining marks, optionally joined by inner hyphens or apostrophes
// (экс-президент, аш-Шараа, О'Нил). A number: digits with inner separators (8,1; 02.12.2025).
const WORD = /\p{L}[\p{L}\p{M}]*(?:[-‐'’][\p{L}\p{M}]+)*/uy;
const NUMBER = /\p{N}+(?:[.,:/-]\p{N}+)*/uy;
const OTHER = /\S/uy;
// What lies between tokens: no token kind starts with a whitespace character.
const SPACE = /\s*/uy;

/** Tokenizes the whole text. Never throws; linear in the text length. */
export function tokenize(text: string): Token[] {
  return scanTokens(text, undefined, undefined);
}

/**
 * Tokenizes as {@link tokenize}, each token taking its text, capitalisation and script from
 * `spellings` (no string cut out of the text for a spelling met before); `spelled` receives
 * each token's spelling, in token order.
 */
export function tokenizeSpelled<S extends Spelling>(text: string, spellings: Spellings<S>, spelled: S[]): Token[] {
  return scanTokens(text, spellings, spelled);
}

function scanTokens<S extends Spelling>(text: string, spellings: Spellings<S> | undefined, spelled: S[] | undefined): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (;;) {
    const start = skipSpace(text, previousEnd);
    if (start >= text.length) break;
    // Plain Cyrillic and Latin words, ASCII numbers and ASCII punctuation are scanned by
    // character code; any other character hands the token to the patterns, which define it.
    let kind: TokenKind;
    let end = scanWord(text, start);
    if (end > 0) kind = 'word';
    else if (end === NOT_HERE && (end = scanNumber(text, start)) > 0) kind = 'number';
    else if (end === NOT_HERE) {
      // Not a letter nor a digit, and (by scanWord) ASCII or common punctuation: one code unit.
      kind = 'punct';
      end = start + 1;
    } else {
      // Sticky `test` calls, tried in the order of one alternation, instead of `exec`: they find
      // the same tokens without a match array and capture strings per token.
      kind = matchesAt(WORD, text, start) ? 'word' : matchesAt(NUMBER, text, start) ? 'number' : 'punct';
      end = kind === 'word' ? WORD.lastIndex : kind === 'number' ? NUMBER.lastIndex : endOfOther(text, start);
    }
    let tokenText: string;
    let capitalized: boolean;
    let script: Script;
    if (spellings !== undefined) {
      const spelling = spellings.spellingAt(text, start, end, kind);
      spelled!.push(spelling);
      tokenText = spelling.text;
      capitalized = spelling.capitalized;
      script = spelling.script;
    } else {
      tokenText = kind === 'word' ? spelledAs(text.slice(start, end)) : text.slice(start, end);
      capitalized = isCapitalized(tokenText, kind);
      script = scriptOf(tokenText, kind);
    }
    const first = tokens.length === 0;
    const lineBreaks = countLineBreaks(text, previousEnd, start);
    const bits = KIND_BITS[kind] | SCRIPT_BITS[script] | (capitalized ? CAPITALIZED : 0)
      | (first || start > previousEnd ? SPACE_BEFORE : 0) | (first || lineBreaks > 0 ? LINE_BREAK_BEFORE : 0) | (first || lineBreaks > 1 ? PARAGRAPH_BEFORE : 0);
    tokens.push(new PackedToken(start, end, tokenText, bits));
    previousEnd = end;
  }
  return tokens;
}

const KINDS: readonly TokenKind[] = ['word', 'number', 'punct'];
const KIND_BITS: Record<TokenKind, number> = { word: 0, number: 1, punct: 2 };
const SCRIPTS: readonly Script[] = ['cyrillic', 'latin', 'other'];
const SCRIPT_BITS: Record<Script, number> = { cyrillic: 0, latin: 4, other: 8 };
const CAPITALIZED = 16;
const SPACE_BEFORE = 32;
const LINE_BREAK_BEFORE = 64;
const PARAGRAPH_BEFORE = 128;

/**
 * A token as the tokenizer makes it: its kind, script and yes/no facts packed in one small
 * integer, read through getters, so that a token takes four fields instead of nine (a 1 MB text
 * has some 200,000 tokens, which live as long as its analysis).
 */
class PackedToken implements Token {
  constructor(
    public start: number,
    public end: number,
    public text: string,
    private bits: number,
  ) {}

  get kind(): TokenKind {
    return KINDS[this.bits & 3];
  }

  get script(): Script {
    return SCRIPTS[(this.bits >> 2) & 3];
  }

  get capitalized(): boolean {
    return (this.bits & CAPITALIZED) !== 0;
  }

  get spaceBefore(): boolean {
    return (this.bits & SPACE_BEFORE) !== 0;
  }

  set spaceBefore(value: boolean) {
    this.bits = value ? this.bits | SPACE_BEFORE : this.bits & ~SPACE_BEFORE;
  }

  get lineBreakBefore(): boolean {
    return (this.bits & LINE_BREAK_BEFORE) !== 0;
  }

  set lineBreakBefore(value: boolean) {
    this.bits = value ? this.bits | LINE_BREAK_BEFORE : this.bits & ~LINE_BREAK_BEFORE;
  }

  get paragraphBefore(): boolean {
    return (this.bits & PARAGRAPH_BEFORE) !== 0;
  }

  set paragraphBefore(value: boolean) {
    this.bits = value ? this.bits | PARAGRAPH_BEFORE : this.bits & ~PARAGRAPH_BEFORE;
  }
}

// What a scan returns when the token is not of its kind, or when a character it cannot
// classify by code stands in the way (then the patterns decide).
const NOT_HERE = -1;
const UNSURE = -2;

/** Where the whitespace from `at` ends. */
function skipSpace(text: string, at: number): number {
  let i = at;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) i++;
    else if (code < 0x80 || isCyrillic(code) || isCommonPunctuation(code) || i >= text.length) return i;
    else {
      SPACE.lastIndex = i;
      SPACE.test(text);
      return SPACE.lastIndex;
    }
  }
}

/** The end of the word of plain Cyrillic or Latin letters at `at`: NOT_HERE when no letter starts there, UNSURE when another character decides. */
function scanWord(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (!isPlainLetter(first)) return first < 0x80 || isCommonPunctuation(first) ? NOT_HERE : UNSURE;
  let i = at + 1;
  for (;;) {
    const code = text.charCodeAt(i);
    if (isPlainLetter(code)) i++;
    else if (isJoiner(code)) {
      const next = text.charCodeAt(i + 1);
      if (isPlainLetter(next)) i += 2;
      else if (i + 1 >= text.length || (next < 0x80 && !isAsciiLetter(next)) || isCommonPunctuation(next)) return i;
      else return UNSURE;
    } else if (i >= text.length || code < 0x80 || isCommonPunctuation(code)) return i;
    else return UNSURE;
  }
}

/** The end of the number of ASCII digits at `at`: NOT_HERE when no digit starts there, UNSURE when another character decides. */
function scanNumber(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (!isDigit(first)) return first < 0x80 || isCommonPunctuation(first) ? NOT_HERE : UNSURE;
  let i = at + 1;
  for (;;) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) i++;
    else if (code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f || code === 0x2d) {
      const next = text.charCodeAt(i + 1);
      if (isDigit(next)) i += 2;
      else if (i + 1 >= text.length || next < 0x80 || isCyrillic(next) || isCommonPunctuation(next)) return i;
      else return UNSURE;
    } else if (i >= text.length || code < 0x80 || isCyrillic(code) || isCommonPunctuation(code)) return i;
    else return UNSURE;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Ѐ–џ: letters all, none of them a mark, digit or space. */
function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x045f;
}

function isPlainLetter(code: number): boolean {
  return isCyrillic(code) || isAsciiLetter(code);
}

/** The joiners of WORD: - ‐ ' ’. */
function isJoiner(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x27 || code === 0x2019;
}

/** Non-ASCII punctuation of Russian news, none of it a letter, mark, digit or space: « » „ “ ” — – … №. */
function isCommonPunctuation(code: number): boolean {
  return code === 0xab || code === 0xbb || code === 0x201e || code === 0x201c || code === 0x201d || code === 0x2014 || code === 0x2013 || code === 0x2026 || code === 0x2116;
}

/** One non-space code point (a surrogate pair whole). */
function endOfOther(text: string, at: number): number {
  matchesAt(OTHER, text, at);
  return OTHER.lastIndex;
}

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Line breaks in text[from, to): \n, \r\n and a lone \r count one each. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x2028 || code === 0x2029) count++;
    else if (code === 0x0d && (i + 1 >= to || text.charCodeAt(i + 1) !== 0x0a)) count++;
  }
  return count;
}

/** Whether a token of this text and kind is capitalized: a word whose first letter is upper case. */
export function isCapitalized(text: string, kind: TokenKind): boolean {
  if (kind !== 'word') return false;
  const code = text.charCodeAt(0);
  if (code >= 0x0410 && code <= 0x042f) return true; // А-Я, the common case, without allocating
  if (code >= 0x0430 && code <= 0x044f) return false;
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code >= 0x61 && code <= 0x7a) return false;
  const character = text[0];
  return character !== character.toLowerCase() && character === character.toUpperCase();
}

const SCRIPT_OF_REST = /^(?:([\p{Script=Cyrillic}\p{M}\-‐'’]+)|([\p{Script=Latin}\p{M}\-‐'’]+))$/u;

/** The script of a token of this text and kind: for a word, Cyrillic or Latin when every letter is; a fast path for plain Russian and English words. */
export function scriptOf(word: string, kind: TokenKind): Script {
  if (kind !== 'word') return 'other';
  let cyrillic = true;
  let latin = true;
  for (let i = 0; i < word.length && (cyrillic || latin); i++) {
    const code = word.charCodeAt(i);
    const isCyrillic = (code >= 0x0410 && code <= 0x044f) || code === 0x0401 || code === 0x0451;
    const isLatin = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    const joiner = code === 0x2d || code === 0x2010 || code === 0x27 || code === 0x2019;
    if (!isCyrillic && !isLatin && !joiner) {
      const match = SCRIPT_OF_REST.exec(word);
      return match?.[1] ? 'cyrillic' : match?.[2] ? 'latin' : 'other';
    }
    cyrillic &&= isCyrillic || joiner;
    latin &&= isLatin || joiner;
  }
  return cyrillic ? 'cyrillic' : latin ? 'latin' : 'other';
}

/**
 * The text a word token carries: the word as written, or all in Cyrillic when Latin lookalikes
 * are mixed into a Cyrillic word ("Cолист" with a Latin C), so that every stage reads the Russian
 * word it spells. Each lookalike is one code unit, as its Cyrillic letter is: offsets stay the same.
 */
export function spelledAs(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return lookalikesToCyrillic(word) ?? word;
  }
  return word;
}

// Latin letters drawn like Cyrillic ones, which a Russian word typed on a mixed keyboard may hold: "Cолист" with a Latin C.
const LOOKALIKES = new Map([...'AaBCcEeHKMOoPpTXxy'].map((latin, i) => [latin, 'АаВСсЕеНКМОоРрТХху'[i]]));

/**
 * A word of Cyrillic letters with Latin ones that look the same ("Cолист", "Франcиско"), written
 * all in Cyrillic; undefined when it has no Cyrillic letter or a Latin letter with no lookalike.
 */
/** A stretch of text with each of its words as {@link spelledAs} gives it ("Бeшара Бутрос" with a Latin e, all in Cyrillic). */
export function spelledText(text: string): string {
  return !hasLatinLetter(text) ? text : text.replace(/[\p{L}'’‐-]+/gu, spelledAs);
}

function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  }
  return false;
}

function lookalikesToCyrillic(word: string): string | undefined {
  let cyrillic = false;
  let spelled = '';
  for (const char of word) {
    const code = char.charCodeAt(0);
    if ((code >= 0x0410 && code <= 0x044f) || code === 0x0401 || code === 0x0451) cyrillic = true;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      const lookalike = LOOKALIKES.get(char);
      if (lookalike === undefined) return undefined;
      spelled += lookalike;
      continue;
    } else if (code !== 0x2d && code !== 0x2010 && code !== 0x27 && code !== 0x2019) return undefined;
    spelled += char;
  }
  return cyrillic ? spelled : undefined;
}
