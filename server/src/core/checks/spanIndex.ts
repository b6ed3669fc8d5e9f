/**
 * Containment queries over many spans in O(log n): "is this span inside any of them?" and "which
 * of them start within this range?". Checks run once per quotation over every mention, so
 * linear scans there would make long articles quadratic.
 */
import type { Span } from '../types';

/** Spans sorted by start, with the running maximum of their ends. */
export class SpanIndex<T extends Span> {
  private readonly spans: T[];
  private readonly maxEnd: number[];

  constructor(spans: Iterable<T>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let max = -Infinity;
    this.maxEnd = this.spans.map((span) => (max = Math.max(max, span.end)));
  }

  /** Whether some span of the index contains the given one. */
  covers(span: Span): boolean {
    const last = this.lastStartingAtOrBefore(span.start);
    return last >= 0 && this.maxEnd[last] >= span.end;
  }

  /** The spans lying wholly inside the range, in start order. */
  within(range: Span): T[] {
    const result: T[] = [];
    for (let i = this.lastStartingAtOrBefore(range.start - 1) + 1; i < this.spans.length && this.spans[i].start < range.end; i++) {
      if (this.spans[i].end <= range.end) result.push(this.spans[i]);
    }
    return result;
  }

  /** The spans that contain the given one. */
  containing(span: Span): T[] {
    const result: T[] = [];
    // The running maximum only falls going left, so once it is short of the span, nothing further left contains it.
    for (let i = this.lastStartingAtOrBefore(span.start); i >= 0 && this.maxEnd[i] >= span.end; i--) {
      if (this.spans[i].end >= span.end) result.push(this.spans[i]);
    }
    return result;
  }

  private lastStartingAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.spans.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.spans[middle].start <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }
}
