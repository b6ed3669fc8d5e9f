/**
 * Pairs quotation marks within a paragraph: « » with „ “ or nested « » inside, „ “ alone, “ ”
 * and straight " ". A mark left without its partner is reported, never allowed to swallow the
 * text after it. The one exception is Russian typography's paragraph-spanning quotation, where
 * every paragraph opens with « and only the last one closes: an opener left open at the end of
 * a paragraph whose next paragraph starts with « continues there instead of being unbalanced.
 * A quotation whose closing mark comes a few lines later, with no mark between, spans them too.
 */
import type { Span } from '../types';

/** One pair of marks, or one paragraph of a spanning quotation. */
export interface QuotedSpan {
  /** The opening mark. */
  open: Span;
  /** The closing mark; null for a paragraph that a spanning quotation leaves open. */
  close: Span | null;
  /** The quoted text between the marks (or up to the paragraph end). */
  start: number;
  end: number;
  /** Nesting depth: 0 for an outermost quotation. */
  depth: number;
  /** For a paragraph of a spanning quotation: the index (in `pairs`) of the next piece. */
  continuedBy?: number;
}

/** All pairs in text order, and the marks without a partner. */
export interface QuotationMarks {
  pairs: QuotedSpan[];
  /** Marks with no partner in their paragraph. */
  unbalanced: Span[];
}

const PAIRS: Record<string, string> = { '«': '»', '„': '“', '“': '”' };
// Closers typists put after „ instead of “ (a „…” pair is common in pasted text).
const LOOSE_CLOSERS: Record<string, string> = { '„': '”' };

interface OpenMark { mark: string; at: number }

/** Every character the pairing acts on: the quotation marks and the line breaks. */
const RELEVANT = /[«»„“”"\n\r\u2029]/;
/** The quotation marks alone. */
const MARKS = /[«»„“”"]/;

/** Scans the text once; line breaks bound every pair except paragraph-spanning quotations. */
export function pairQuotationMarks(text: string): QuotationMarks {
  const pairs: QuotedSpan[] = [];
  const unbalanced: Span[] = [];
  let stack: OpenMark[] = [];
  const lineEnd = (from: number) => {
    let end = from;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    return end;
  };
  const endLine = (at: number) => {
    // Only an outermost « left open, with the next paragraph opening with «, spans paragraphs.
    const spanning = stack.length === 1 && stack[0].mark === '«' && nextLineOpensWith(text, at, '«');
    const shared = stack.length === 1 && stack[0].mark === '«' ? sharedCloser(pairs, stack[0].at, text) : -1;
    if (spanning) {
      const open = stack[0];
      pairs.push({ open: mark(open.at), close: null, start: open.at + 1, end: lineEnd(at), depth: 0, continuedBy: -1 });
    } else if (shared >= 0) {
      // «Мы работаем с «Газпромом», — сказал он: one » closes both, as typists often leave it.
      const inner = pairs[shared];
      pairs.push({ open: mark(stack[0].at), close: inner.close, start: stack[0].at + 1, end: inner.end + 1, depth: 0 });
      inner.depth = 1;
      inner.end = inner.close!.start;
    } else {
      for (const open of stack) unbalanced.push(mark(open.at));
    }
    stack = [];
  };
  // Only marks and line breaks change the state: jumping between them skips the JS loop over
  // every other character, the bulk of any text. With no mark open, line breaks change nothing
  // either, so the jump goes to the next mark.
  const relevant = new RegExp(RELEVANT.source, 'g');
  const marks = new RegExp(MARKS.source, 'g');
  for (let next = 0; ;) {
    const pattern = stack.length === 0 ? marks : relevant;
    pattern.lastIndex = next;
    if (!pattern.test(text)) break;
    // Every character either pattern matches is one code unit.
    const i = pattern.lastIndex - 1;
    const character = relevantCharacter(text.charCodeAt(i));
    next = i + 1;
    if (character === '\n' || character === '\r' || character === '\u2029') {
      // A quotation over paragraphs that closes in a later one (“…\n\n…”) carries on.
      if (stack.length === 1 && !nextLineOpensWith(text, i, '«') && closesLater(text, i, stack[0].mark)) continue;
      if (stack.length > 0) endLine(i);
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && closes(top.mark, character, text, i)) {
      stack.pop();
      pairs.push({ open: mark(top.at), close: mark(i), start: top.at + 1, end: i, depth: stack.length });
      continue;
    }
    if (character in PAIRS || (character === '"' && opensStraight(text, i))) {
      stack.push({ mark: character, at: i });
      continue;
    }
    if (character === '»' || character === '”' || character === '"') {
      // A closing mark whose opener is deeper in the stack closes it and reports the ones between.
      const index = findOpener(stack, character, text, i);
      if (index >= 0) {
        for (const skipped of stack.splice(index + 1)) unbalanced.push(mark(skipped.at));
        const open = stack.pop()!;
        pairs.push({ open: mark(open.at), close: mark(i), start: open.at + 1, end: i, depth: stack.length });
      } else if (character !== '"') {
        unbalanced.push(mark(i));
      }
    }
  }
  if (stack.length > 0) endLine(text.length);
  pairs.sort((a, b) => a.open.start - b.open.start);
  linkSpanningPieces(pairs);
  unbalanced.sort((a, b) => a.start - b.start);
  return { pairs, unbalanced };
}

/**
 * For an outer « left open at the line end: the index of the last pair inside it whose » ends
 * the quotation (an attribution dash, or the sentence's end, follows it), or -1.
 */
function sharedCloser(pairs: readonly QuotedSpan[], outerAt: number, text: string): number {
  for (let i = pairs.length - 1; i >= 0; i--) {
    const pair = pairs[i];
    if (!pair.close || pair.open.start <= outerAt) return -1;
    if (pair.depth !== 1) continue;
    return /^[,.!?…]?\s*([—–]|$|\n)/.test(text.slice(pair.close.end, pair.close.end + 4)) ? i : -1;
  }
  return -1;
}

const CARRY_LINES = 3;
const CARRY_CHARACTERS = 3000;

/** The first quotation mark within the next few lines closes `open` (and nothing opens before it). */
function closesLater(text: string, from: number, open: string): boolean {
  let lines = 0;
  for (let j = from; j < Math.min(text.length, from + CARRY_CHARACTERS); j++) {
    const character = text[j];
    if (character === '\n' && ++lines > CARRY_LINES) return false;
    if (!'«»„“”"'.includes(character)) continue;
    return closes(open, character, text, j) && !(character in PAIRS && character !== '“');
  }
  return false;
}

/**
 * The character the pairing met, as the literal of this module: `text[i]` would make a new string
 * of each mark outside Latin-1 („ “ ”), which the lookups below would then hash anew.
 */
function relevantCharacter(code: number): string {
  switch (code) {
    case 0xab: return '«';
    case 0xbb: return '»';
    case 0x201e: return '„';
    case 0x201c: return '“';
    case 0x201d: return '”';
    case 0x22: return '"';
    case 0x0a: return '\n';
    case 0x0d: return '\r';
    default: return '\u2029';
  }
}

function mark(at: number): Span {
  return { start: at, end: at + 1 };
}

/** Points each open paragraph piece at the next outermost quotation, which continues it. */
function linkSpanningPieces(pairs: QuotedSpan[]): void {
  pairs.forEach((pair, index) => {
    if (pair.continuedBy === undefined) return;
    const next = pairs.findIndex((other, otherIndex) => otherIndex > index && other.depth === 0);
    if (next >= 0) pair.continuedBy = next;
    else delete pair.continuedBy;
  });
}

function nextLineOpensWith(text: string, at: number, opener: string): boolean {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  return text[i] === opener;
}

function closes(open: string, character: string, text: string, at: number): boolean {
  if (open === '"') return character === '"' && !opensStraight(text, at);
  return PAIRS[open] === character || LOOSE_CLOSERS[open] === character;
}

function findOpener(stack: readonly OpenMark[], closing: string, text: string, at: number): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i].mark;
    if (open === '"' ? closing === '"' && !opensStraight(text, at) : PAIRS[open] === closing || LOOSE_CLOSERS[open] === closing) return i;
  }
  return -1;
}

/** A straight quote opens when it follows a space, an opening bracket or the line start, and a word follows. */
function opensStraight(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1];
  const after = text[at + 1] ?? ' ';
  return /[\s(\[«„—–-]/.test(before) && !/[\s.,;:!?)]/.test(after);
}
