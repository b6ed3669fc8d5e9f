/**
 * Indexes that keep speaker search linear in document size: a long document has thousands of
 * quotes and mentions, and answering "is this inside a quotation?" or "which mentions come
 * before this offset?" by scanning every span or mention made a 1 MB text take seconds.
 */
import type { Doc } from '../doc';
import type { Span } from '../types';

/** Whether `[start, end)` lies inside one of the spans (spans may overlap and come in any order). */
export function insideAnyOf(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((span) => span.start);
  // The furthest end among the spans starting at or before each one: a span containing
  // [start, end) exists exactly when that furthest end reaches `end`.
  const reach: number[] = [];
  for (const span of sorted) reach.push(Math.max(span.end, reach[reach.length - 1] ?? -Infinity));
  return (start, end) => {
    const count = countAtMost(starts, start);
    return count > 0 && reach[count - 1] >= end;
  };
}

/** How many of the ascending `values` are ≤ `limit`. */
export function countAtMost(values: ArrayLike<number>, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many of the items, ascending by `start`, start before `offset`. */
export function countStartingBefore(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

type TokenTest = (doc: Doc, index: number) => boolean;
const sentenceHits = new WeakMap<Doc, Map<TokenTest, Map<number, number[]>>>();

/**
 * The tokens of the sentence starting at `sentenceStart` that pass `test`, computed once per
 * document, test and sentence. Each quotation of a sentence walks it for speech cues; cues are
 * rare, so a sentence holding thousands of quotation marks no longer costs a walk per mark.
 * `test` must depend on the document alone (it is the cache key, so a module-level function).
 */
export function sentenceTokensWhere(doc: Doc, sentenceStart: number, test: TokenTest): readonly number[] {
  let byTest = sentenceHits.get(doc);
  if (!byTest) sentenceHits.set(doc, (byTest = new Map()));
  let bySentence = byTest.get(test);
  if (!bySentence) byTest.set(test, (bySentence = new Map()));
  let hits = bySentence.get(sentenceStart);
  if (!hits) {
    hits = [];
    for (let i = sentenceStart; i < sentenceEndFrom(doc, sentenceStart); i++) if (test(doc, i)) hits.push(i);
    bySentence.set(sentenceStart, hits);
  }
  return hits;
}

/** One past the last token of the sentence holding `index`. */
export function sentenceEndFrom(doc: Doc, index: number): number {
  return doc.sentences[doc.sentenceOfToken[index]]?.tokenEnd ?? doc.tokens.length;
}
