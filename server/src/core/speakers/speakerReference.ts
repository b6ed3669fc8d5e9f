/**
 * Where the text refers to a quotation's speaker without naming them: the pronoun or role phrase
 * next to the speech cue ("— заявил он", "помощник президента добавил"). Editors show the
 * resolved name there. A name next to the cue needs no such help, so then there is none.
 */
import { personWithId } from '../people/personWithId';
import type { Mention, Person, Quote, Span } from '../types';

/** How far from the cue, in characters and on the same line, the speaker's words are looked for. */
const REACH = 40;
const PRONOUN = /(?<!\p{L})(он|она|его|её|ее)(?!\p{L})/giu;

/** The words standing for the speaker, and who they stand for. */
export interface SpeakerReference extends Span {
  kind: 'pronoun' | 'role';
  personId: string;
}

/** The pronoun or role phrase that stands for the quote's (resolved) speaker, if the text uses one. */
export function speakerReference(text: string, quote: Quote, people: readonly Person[]): SpeakerReference | undefined {
  if (!quote.speakerId || !quote.cue) return undefined;
  const person = personWithId(people, quote.speakerId);
  if (!person) return undefined;
  const window = windowAround(text, quote);
  const outsideQuote = (span: Span) => span.end <= quoteStart(quote) || span.start >= quoteEnd(quote);
  const near = person.mentions.filter((mention) => window.start <= mention.start && mention.end <= window.end && outsideQuote(mention));
  if (near.some((mention) => mention.kind === 'name')) return undefined;
  const cue = quote.cue;
  const distance = (span: Span) => Math.min(Math.abs(span.start - cue.end), Math.abs(cue.start - span.end));
  const referring = near.filter((mention): mention is Mention & { kind: 'pronoun' | 'role' } => mention.kind !== 'name');
  const closest = referring.sort((a, b) => distance(a) - distance(b))[0];
  if (closest) return { start: closest.start, end: closest.end, kind: closest.kind, personId: person.id };
  let best: Span | undefined;
  for (const match of text.slice(window.start, window.end).matchAll(PRONOUN)) {
    const span = { start: window.start + match.index, end: window.start + match.index + match[0].length };
    if (outsideQuote(span) && (!best || distance(span) < distance(best))) best = span;
  }
  return best && { ...best, kind: 'pronoun', personId: person.id };
}

/** REACH characters either side of the cue, cut at line ends. */
function windowAround(text: string, quote: Quote): Span {
  const cue = quote.cue!;
  let start = Math.max(0, cue.start - REACH);
  let end = Math.min(text.length, cue.end + REACH);
  const lineBefore = text.lastIndexOf('\n', cue.start - 1);
  if (lineBefore >= start) start = lineBefore + 1;
  const lineAfter = text.indexOf('\n', cue.end);
  if (lineAfter >= 0 && lineAfter < end) end = lineAfter;
  return { start, end };
}

function quoteStart(quote: Quote): number {
  return quote.openMark?.start ?? quote.start;
}

function quoteEnd(quote: Quote): number {
  return quote.closeMark?.end ?? quote.end;
}
