/**
 * Splits text into word, number and punctuation tokens. Whitespace is not a token; each token
 * records whether whitespace or a line break precedes it. Astral characters (emoji) and
 * combining marks never split a code point: every token boundary is a character boundary.
 */
import type { TextSpan } from '../types';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends TextSpan {
  kind: TokenKind;
  /** Whitespace stands right before the token (or it opens the text). */
  spaceBefore: boolean;
  /** A line break stands between the previous token and this one (or it opens the text). */
  lineBreakBefore: boolean;
  /** An empty line stands between the previous token and this one: a new paragraph. */
  paragraphBefore: boolean;
  /** The token's first letter is upper case. */
  capitalized: boolean;
  /** Letters of the word are Cyrillic, Latin, or mixed/other. */
  script: 'cyrillic' | 'latin' | 'other';
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
  const tokens: Token[] = [];
  let previousEnd = 0;
  // Sticky `test` calls, tried in the order of one alternation, instead of `exec`: they find
  // the same tokens without a match array and capture strings per token.
  for (;;) {
    SPACE.lastIndex = previousEnd;
    SPACE.test(text);
    const start = SPACE.lastIndex;
    if (start >= text.length) break;
    const kind: TokenKind = matchesAt(WORD, text, start) ? 'word' : matchesAt(NUMBER, text, start) ? 'number' : 'punct';
    const end = kind === 'word' ? WORD.lastIndex : kind === 'number' ? NUMBER.lastIndex : endOfOther(text, start);
    const tokenText = text.slice(start, end);
    const gap = text.slice(previousEnd, start);
    const first = tokens.length === 0;
    const lineBreaks = countLineBreaks(gap);
    tokens.push({
      start,
      end,
      text: tokenText,
      kind,
      spaceBefore: first || gap.length > 0,
      lineBreakBefore: first || lineBreaks > 0,
      paragraphBefore: first || lineBreaks > 1,
      capitalized: kind === 'word' && isUpper(tokenText.charCodeAt(0), tokenText[0]),
      script: kind !== 'word' ? 'other' : scriptOf(tokenText),
    });
    previousEnd = end;
  }
  return tokens;
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

function countLineBreaks(gap: string): number {
  let count = 0;
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i);
    if (code === 0x0a || code === 0x2028 || code === 0x2029) count++;
    else if (code === 0x0d && gap.charCodeAt(i + 1) !== 0x0a) count++;
  }
  return count;
}

function isUpper(code: number, character: string): boolean {
  if (code >= 0x0410 && code <= 0x042f) return true; // А-Я, the common case, without allocating
  if (code >= 0x0430 && code <= 0x044f) return false;
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code >= 0x61 && code <= 0x7a) return false;
  return character !== character.toLowerCase() && character === character.toUpperCase();
}

const SCRIPT_OF_REST = /^(?:([\p{Script=Cyrillic}\p{M}\-‐'’]+)|([\p{Script=Latin}\p{M}\-‐'’]+))$/u;

/** Cyrillic or Latin when every letter is; a fast path for plain Russian and English words. */
function scriptOf(word: string): Token['script'] {
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
