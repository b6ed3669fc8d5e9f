/**
 * A quotation interrupted by its attribution inside one pair of marks:
 * «Первая часть, — сказал он, — вторая часть». Russian typography keeps the marks around the
 * whole; the words said are the two parts, and the attribution between them names the speaker.
 */
import type { Doc } from '../doc';
import { tokenIndexAt } from '../tokens/tokenIndex';
import type { Span } from '../types';
import { SPEECH_VERBS } from './speechVerbs';
import { isVerbOf } from './wordForms';

/** The two quoted parts and the attribution clause (tokens, half-open) between them. */
export interface Interruption {
  parts: [Span, Span];
  verb: number;
  clauseStart: number;
  clauseEnd: number;
}

const DASHES = new Set(['—', '–']);

/** A dash, or a hyphen typed for one (", - сказал он, - "): set off by a space. */
function isDash(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  return DASHES.has(token.text) || (token.text === '-' && token.spaceBefore);
}
const BEFORE_DASH = new Set([',', '.', '!', '?', '…']);
const MAX_CLAUSE = 24;

/** Finds the first interruption inside the quoted span, if any. */
export function findInterruption(doc: Doc, quoted: Span): Interruption | undefined {
  const { tokens } = doc;
  const first = tokenIndexAt(tokens, quoted.start);
  const last = tokenIndexAt(tokens, quoted.end);
  for (let dash = first + 1; dash < last - 2; dash++) {
    if (!isDash(doc, dash) || !BEFORE_DASH.has(tokens[dash - 1].text)) continue;
    let verb = -1;
    for (let j = dash + 1; j < Math.min(last, dash + 4); j++) if (isVerbOf(doc, j, SPEECH_VERBS)) { verb = j; break; }
    if (verb < 0) continue;
    for (let close = verb + 1; close < Math.min(last - 1, dash + MAX_CLAUSE); close++) {
      if (!isDash(doc, close) || !BEFORE_DASH.has(tokens[close - 1].text)) continue;
      const firstPart = { start: quoted.start, end: tokens[dash - 1].text === ',' ? tokens[dash - 1].start : tokens[dash - 1].end };
      const secondPart = { start: tokens[close + 1].start, end: quoted.end };
      return { parts: [firstPart, secondPart], verb, clauseStart: dash + 1, clauseEnd: close - 1 };
    }
  }
  return undefined;
}
