/**
 * Pairs quotation marks within a paragraph: « » with „ “ or nested « » inside, “ ” and straight
 * " ". A mark left without its partner is reported, never allowed to swallow the text after it.
 */
import type { Span } from '../types';

export interface QuotedSpan {
  /** The opening and closing marks. */
  open: Span;
  close: Span;
  /** Nesting depth: 0 for an outermost quotation. */
  depth: number;
}

export interface QuotationMarks {
  pairs: QuotedSpan[];
  /** Marks with no partner in their paragraph. */
  unbalanced: Span[];
}

const PAIRS: Record<string, string> = { '«': '»', '„': '“', '“': '”' };

/** Scans the text once; paragraphs (blank-line separated, or single lines) bound every pair. */
export function pairQuotationMarks(text: string): QuotationMarks {
  const pairs: QuotedSpan[] = [];
  const unbalanced: Span[] = [];
  let stack: { mark: string; at: number }[] = [];
  const flush = () => {
    for (const open of stack) unbalanced.push({ start: open.at, end: open.at + 1 });
    stack = [];
  };
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (character === '\n' || character === '\r' || character === '\u2029') {
      flush();
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && closes(top.mark, character, text, i)) {
      stack.pop();
      pairs.push({ open: { start: top.at, end: top.at + 1 }, close: { start: i, end: i + 1 }, depth: stack.length });
      continue;
    }
    if (character in PAIRS || (character === '"' && opensStraight(text, i))) {
      stack.push({ mark: character, at: i });
      continue;
    }
    if (character === '»' || character === '”' || character === '"') {
      // A closing mark whose opener is deeper in the stack closes it and reports the ones between.
      const index = findOpener(stack, character);
      if (index >= 0) {
        for (const skipped of stack.splice(index + 1)) unbalanced.push({ start: skipped.at, end: skipped.at + 1 });
        const open = stack.pop()!;
        pairs.push({ open: { start: open.at, end: open.at + 1 }, close: { start: i, end: i + 1 }, depth: stack.length });
      } else if (character !== '"') {
        unbalanced.push({ start: i, end: i + 1 });
      }
    }
  }
  flush();
  pairs.sort((a, b) => a.open.start - b.open.start);
  unbalanced.sort((a, b) => a.start - b.start);
  return { pairs, unbalanced };
}

function closes(open: string, character: string, text: string, at: number): boolean {
  if (open === '"') return character === '"' && !opensStraight(text, at);
  return PAIRS[open] === character;
}

function findOpener(stack: { mark: string }[], closing: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const mark = stack[i].mark;
    if ((mark === '"' && closing === '"') || PAIRS[mark] === closing) return i;
  }
  return -1;
}

/** A straight quote opens when it follows a space, an opening bracket or the line start. */
function opensStraight(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1];
  const after = text[at + 1] ?? ' ';
  return /[\s(\[«„—–-]/.test(before) && !/\s/.test(after);
}
