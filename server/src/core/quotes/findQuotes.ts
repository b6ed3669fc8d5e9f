/**
 * Finds direct quotations (words in quotation marks) and attributes each to its speaker: a
 * named person, a pronoun resolved to the nearest earlier person of the same gender, or the
 * words that describe an unnamed speaker.
 */
import type { Doc } from '../doc';
import { tokenIndexAt } from '../tokens/tokenIndex';
import type { Person, Quote, Span, TextSpan } from '../types';
import { pairQuotationMarks, type QuotedSpan } from './quotationMarks';
import { SPEECH_NOUNS, SPEECH_VERBS } from './speechVerbs';

export interface QuoteResult {
  quotes: Quote[];
  /** Quotation marks with no partner in their paragraph. */
  unbalancedMarks: Span[];
}

interface PersonSpan extends Span {
  personId: string;
}

interface Attribution {
  cue: TextSpan | null;
  speakerId: string | null;
  speakerText: string | null;
}

const DASHES = new Set(['—', '–', '-']);

/** Finds the document's direct quotations and their speakers. */
export function findQuotes(doc: Doc, people: readonly Person[]): QuoteResult {
  const marks = pairQuotationMarks(doc.text);
  const mentions = collectMentions(people);
  const quotes: Quote[] = [];
  for (const pair of marks.pairs) {
    if (pair.depth > 0 || !isSpeech(doc, pair)) continue;
    const start = pair.open.end;
    const end = pair.close.start;
    const attribution = attribute(doc, pair, mentions, people);
    quotes.push({
      start, end, text: doc.text.slice(start, end), kind: 'direct',
      ...attribution,
      openMark: pair.open, closeMark: pair.close,
    });
  }
  return { quotes, unbalancedMarks: marks.unbalanced };
}

function collectMentions(people: readonly Person[]): PersonSpan[] {
  const spans: PersonSpan[] = [];
  for (const person of people) {
    for (const mention of person.mentions) spans.push({ start: mention.start, end: mention.end, personId: person.id });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Names in quotation marks («Газпром», «Единая Россия») are not speech; fragments and sentences are. */
function isSpeech(doc: Doc, pair: QuotedSpan): boolean {
  const first = tokenIndexAt(doc.tokens, pair.open.end);
  const last = tokenIndexAt(doc.tokens, pair.close.start);
  const inner = doc.tokens.slice(first, last);
  const words = inner.filter((token) => token.kind === 'word');
  if (words.length === 0) return false;
  const hasSentencePunctuation = inner.some((token) => ['.', '!', '?', ',', '…', ':'].includes(token.text));
  if (words.length >= 5 || hasSentencePunctuation) return true;
  if (words[0].capitalized) return false;
  return words.length >= 2;
}

function attribute(doc: Doc, pair: QuotedSpan, mentions: PersonSpan[], people: readonly Person[]): Attribution {
  return attributeAfter(doc, pair, mentions, people)
    ?? attributeBefore(doc, pair, mentions, people)
    ?? { cue: null, speakerId: null, speakerText: null };
}

/** «…», — заявил X. / «…» — сказал он. */
function attributeAfter(doc: Doc, pair: QuotedSpan, mentions: PersonSpan[], people: readonly Person[]): Attribution | undefined {
  const { tokens } = doc;
  let i = tokenIndexAt(tokens, pair.close.end);
  while (i < tokens.length && [',', '.', '!', '?', '…'].includes(tokens[i].text)) i++;
  if (i >= tokens.length || !DASHES.has(tokens[i].text)) return undefined;
  i++;
  for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
    if (tokens[j].lineBreakBefore) break;
    if (!isSpeechVerb(doc, j)) continue;
    const cue = textSpan(doc, tokens[j].start, tokens[j].end);
    const speaker = speakerAround(doc, j + 1, Math.min(tokens.length, j + 8), mentions, people);
    return { cue, ...speaker };
  }
  return undefined;
}

/** X заявил: «…» / По словам X, «…» */
function attributeBefore(doc: Doc, pair: QuotedSpan, mentions: PersonSpan[], people: readonly Person[]): Attribution | undefined {
  const { tokens } = doc;
  const openIndex = tokenIndexAt(tokens, pair.open.start);
  const sentence = doc.sentences[doc.sentenceOfToken[Math.min(openIndex, tokens.length - 1)]];
  if (!sentence) return undefined;
  for (let j = openIndex - 1; j >= sentence.tokenStart; j--) {
    if (isSpeechVerb(doc, j) || isSpeechNoun(doc, j)) {
      const cue = textSpan(doc, tokens[j].start, tokens[j].end);
      const before = speakerBefore(doc, sentence.tokenStart, j, mentions, people);
      const speaker = before.speakerId || before.speakerText ? before : speakerAround(doc, j + 1, openIndex, mentions, people);
      return { cue, ...speaker };
    }
  }
  return undefined;
}

function speakerBefore(doc: Doc, from: number, to: number, mentions: PersonSpan[], people: readonly Person[]) {
  for (let k = to - 1; k >= from; k--) {
    const found = speakerAt(doc, k, mentions, people);
    if (found) return found;
  }
  return { speakerId: null, speakerText: null };
}

function speakerAround(doc: Doc, from: number, to: number, mentions: PersonSpan[], people: readonly Person[]) {
  for (let k = from; k < to; k++) {
    if (['.', '!', '?', '«', '»'].includes(doc.tokens[k].text)) break;
    const found = speakerAt(doc, k, mentions, people);
    if (found) return found;
  }
  return { speakerId: null, speakerText: null };
}

function speakerAt(doc: Doc, index: number, mentions: PersonSpan[], people: readonly Person[]) {
  const token = doc.tokens[index];
  const mention = mentions.find((span) => span.start <= token.start && token.end <= span.end);
  if (mention) return { speakerId: mention.personId, speakerText: null };
  const lower = token.text.toLowerCase();
  if (lower === 'он' || lower === 'она') {
    const gender = lower === 'он' ? 'male' : 'female';
    const antecedent = [...mentions].reverse().find((span) => span.end <= token.start
      && people.find((person) => person.id === span.personId)?.gender !== (gender === 'male' ? 'female' : 'male'));
    return { speakerId: antecedent?.personId ?? null, speakerText: antecedent ? null : token.text };
  }
  return undefined;
}

function isSpeechVerb(doc: Doc, index: number): boolean {
  return doc.parses[index].some((parse) => (parse.pos === 'VERB' || parse.pos === 'INFN' || parse.pos === 'GRND' || parse.pos === 'PRTF') && SPEECH_VERBS.has(parse.lemma));
}

function isSpeechNoun(doc: Doc, index: number): boolean {
  const previous = doc.tokens[index - 1];
  return previous?.text.toLowerCase() === 'по' && doc.parses[index].some((parse) => parse.pos === 'NOUN' && SPEECH_NOUNS.has(parse.lemma));
}

function textSpan(doc: Doc, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}
