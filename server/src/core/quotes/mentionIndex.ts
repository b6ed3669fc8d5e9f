/**
 * Indexes that keep speaker search linear in document size: a long document has thousands of
 * quotes and mentions, and answering "is this inside a quotation?" or "which mentions come
 * before this offset?" by scanning every span or mention made a 1 MB text take seconds.
 */
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
