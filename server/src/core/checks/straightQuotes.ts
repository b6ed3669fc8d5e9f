import type { Check } from './check';
import type { Finding } from '../types';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A pair of " marks: offsets of the opening and closing mark, and how deep it is nested. */
interface StraightPair {
  open: number;
  close: number;
  depth: number;
}

/**
 * Straight quotation marks "…" around Russian words, where Russian typography uses « » (and „ “
 * inside them). `data.replacement` is the span with its marks converted, for the quick fix.
 */
export const straightQuotes: Check = {
  code: 'straight-quotes',
  defaultSeverity: 'information',
  description: 'Straight quotation marks "…" in Russian prose, where « » is the norm.',
  run({ text }) {
    const findings: Finding[] = [];
    const pairs = pairStraightQuotes(text);
    for (const outer of pairs) {
      if (outer.depth > 0 || !CYRILLIC.test(text.slice(outer.open + 1, outer.close))) continue;
      const inner = pairs.filter((pair) => pair.open > outer.open && pair.close < outer.close);
      findings.push({
        start: outer.open,
        end: outer.close + 1,
        code: 'straight-quotes',
        severity: 'information',
        message: 'Straight quotation marks in Russian text: use « » (and „ “ inside them).',
        data: { replacement: convert(text, outer, inner) },
      });
    }
    return findings;
  },
};

/** Pairs " marks line by line: a mark after a space or bracket that touches a word opens, any other closes. */
export function pairStraightQuotes(text: string): StraightPair[] {
  const pairs: StraightPair[] = [];
  // Russian texts mostly have no straight mark at all.
  if (!text.includes('"')) return pairs;
  let stack: number[] = [];
  // Jump between the marks and line breaks: indexing every character made a string of each
  // Cyrillic one (20 MB of garbage for a 1 MB text).
  const relevant = /["\n]/g;
  for (let found = relevant.exec(text); found !== null; found = relevant.exec(text)) {
    const i = found.index;
    if (found[0] === '\n') {
      stack = [];
      continue;
    }
    const before = i === 0 ? ' ' : text[i - 1];
    const after = text[i + 1] ?? ' ';
    const opens = /[\s(\[«„—–-]/.test(before) && !/\s/.test(after);
    if (opens) stack.push(i);
    else if (stack.length > 0) pairs.push({ open: stack.pop()!, close: i, depth: stack.length });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

function convert(text: string, outer: StraightPair, inner: StraightPair[]): string {
  // Code units, not code points: the marks' offsets are code-unit offsets.
  const chars = text.slice(outer.open, outer.close + 1).split('');
  chars[0] = '«';
  chars[chars.length - 1] = '»';
  for (const pair of inner) {
    chars[pair.open - outer.open] = '„';
    chars[pair.close - outer.open] = '“';
  }
  return chars.join('');
}
