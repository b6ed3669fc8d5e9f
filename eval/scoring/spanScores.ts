/**
 * Precision, recall and F1 over spans, two ways: exact spans (a predicted span counts only when
 * a gold span has the same start and end) and per token the way naeval scores NER (every token
 * is inside or outside a span, in gold and in prediction, and tokens are counted).
 */

/** A half-open `[start, end)` range of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/** Counts from which precision and recall follow; counts from several documents add up. */
export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** An empty tally to add documents into. */
export function emptyCounts(): Counts {
  return { truePositives: 0, predicted: 0, gold: 0 };
}

/** Adds `more` into `total` in place. */
export function addCounts(total: Counts, more: Counts): void {
  total.truePositives += more.truePositives;
  total.predicted += more.predicted;
  total.gold += more.gold;
}

/** Precision, recall and F1 of a tally; a ratio with nothing to divide by is 0. */
export function scoresOf(counts: Counts): Scores {
  const precision = counts.predicted > 0 ? counts.truePositives / counts.predicted : 0;
  const recall = counts.gold > 0 ? counts.truePositives / counts.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const key = (range: Range) => `${range.start}:${range.end}`;

/** Exact-span matching; duplicate spans on either side count once. */
export function countExactSpans(gold: readonly Range[], predicted: readonly Range[]): Counts {
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  let truePositives = 0;
  for (const candidate of predictedKeys) if (goldKeys.has(candidate)) truePositives++;
  return { truePositives, predicted: predictedKeys.size, gold: goldKeys.size };
}

// naeval's tokenizer: runs of word characters, or any single other non-space character.
const TOKEN = /[\p{L}\p{N}_]+|[^\p{L}\p{N}_\s]/gu;

/** The text's tokens as naeval cuts them. */
export function scoringTokens(text: string): Range[] {
  const tokens: Range[] = [];
  for (const match of text.matchAll(TOKEN)) tokens.push({ start: match.index, end: match.index + match[0].length });
  return tokens;
}

/** Per-token matching: a token is inside when some span covers it whole. */
export function countTokens(tokens: readonly Range[], gold: readonly Range[], predicted: readonly Range[]): Counts {
  const goldInside = insideMask(tokens, gold);
  const predictedInside = insideMask(tokens, predicted);
  const counts = emptyCounts();
  for (let i = 0; i < tokens.length; i++) {
    if (predictedInside[i]) counts.predicted++;
    if (goldInside[i]) counts.gold++;
    if (predictedInside[i] && goldInside[i]) counts.truePositives++;
  }
  return counts;
}

function insideMask(tokens: readonly Range[], spans: readonly Range[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const span of spans) {
    // Tokens are sorted, so a binary search finds the first one that can lie inside the span.
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (tokens[middle].start < span.start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < tokens.length && tokens[i].end <= span.end; i++) mask[i] = 1;
  }
  return mask;
}
