/**
 * Reported speech: "X сообщил, что …", "как заявил X, …", "По словам X, …", "…, уточнил X".
 * Each becomes a quote of kind `indirect` whose span is the reported content. A sentence whose
 * reported content carries a direct quotation is left to that quotation.
 */
import type { Doc } from '../doc';
import type { Quote } from '../types';
import { attributeToNoun, attributeToVerb, CUE_PREPOSITIONS, isConviction, isSpeechNounCue, type Attribution, type InQuote } from './attribution';
import { CONVICTION_WORD, SPEECH_NOUN, SPEECH_VERB, STRONG_SPEECH_LEMMA } from './cueWords';
import { namesSomeone } from './descriptions';
import type { SpeakerContext } from './speakers';
import { RELAY_VERBS, SPEECH_VERBS, WORDS_RELAYED } from './speechVerbs';
import { isNounOf, isVerbOf, lower } from './wordForms';

const CONJUNCTIONS = new Set(['что', 'будто', 'чтобы']);
const FIRST_PERSONS = new Set(['я', 'мы', 'ты', 'вы']);
const TRAILING = new Set(['.', '!', '?', '…', ',', ';', ':', '—', '–', '»', '"', '“', '”', ')']);
const MIN_CONTENT_WORDS = 3;
/** The cue bits of a word that may report speech: a speech verb or noun, or a word of conviction. */
const REPORTING_CUES = SPEECH_VERB | SPEECH_NOUN | CONVICTION_WORD;
// "…, уточнил помощник президента России Юрий Ушаков.": the verb and its subject end the sentence.
const MAX_INVERTED_TAIL = 8;

/** Finds reported speech in every sentence, skipping content that a direct quotation covers. */
export function findReportedSpeech(context: SpeakerContext, inQuote: InQuote, direct: readonly Quote[]): Quote[] {
  const found: Quote[] = [];
  context.doc.sentences.forEach((sentence) => {
    const quote = reportedIn(context, sentence.tokenStart, sentence.tokenEnd, inQuote);
    if (!quote) return;
    if (direct.some((other) => other.start < quote.end && quote.start < other.end)) return;
    found.push(quote);
  });
  return found;
}

/** The speaker a sentence gives to its speech verb or "по словам" cue, if it has one. */
export function speakerOfSentence(context: SpeakerContext, sentenceIndex: number, inQuote: InQuote): Attribution | undefined {
  const { doc } = context;
  const sentence = doc.sentences[sentenceIndex];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if ((context.cues[i] & (SPEECH_VERB | SPEECH_NOUN)) === 0 || inQuote(i)) continue;
    if (isSpeechVerb(context, i, true)) return attributeToVerb(context, i, sentence.tokenStart, sentence.tokenEnd, inQuote);
    if (isSpeechNounCue(doc, i)) return attributeToNoun(context, i, sentence.tokenEnd, inQuote);
  }
  return undefined;
}

function reportedIn(context: SpeakerContext, from: number, to: number, inQuote: InQuote): Quote | undefined {
  const { doc } = context;
  const end = contentEnd(context, from, to);
  for (let i = from; i < to; i++) {
    // Most words are no cue of any kind (see cueWords).
    if ((context.cues[i] & REPORTING_CUES) === 0 || inQuote(i)) continue;
    if (isSpeechNounCue(doc, i)) {
      const comma = nextComma(context, i, to);
      if (comma === undefined) continue;
      // "По словам X, …" opens the sentence (perhaps after "Так,"); in mid-sentence the whole sentence is reported.
      const preposition = CUE_PREPOSITIONS.has(lower(doc, i - 1)) ? i - 1 : i - 2;
      const content = preposition - from <= 3 ? comma + 1 : from;
      return build(context, inQuote, content, end, attributeToNoun(context, i, comma, inQuote));
    }
    // "X уверен, что …": conviction reports what X holds as X's words.
    if (isConviction(doc, i)) {
      // "Я уверен, что …" is the writer's or a quoted speaker's own voice, not reported.
      if (firstPersonBefore(doc, i, 0)) continue;
      const conjunction = conjunctionAfter(context, i, to);
      if (conjunction !== undefined) return build(context, inQuote, conjunction + 1, end, attributeToVerb(context, i, from, conjunction, inQuote));
      continue;
    }
    if (!isSpeechVerb(context, i, true)) continue;
    // "Я сказала, что …", "Мы считаем, что …": a speaker's own voice in their words, as for conviction above.
    if (firstPersonBefore(doc, i, from)) continue;
    const strong = isSpeechVerb(context, i, false);
    // "как заявил X, …"
    if (strong && lower(context.doc, i - 1) === 'как') {
      const comma = nextComma(context, i, to);
      if (comma !== undefined) return build(context, inQuote, comma + 1, end, attributeToVerb(context, i, i, comma, inQuote));
    }
    // "X сообщил, что …" / "X сообщил о том, что …" / "СМИ привели слова X о том, что …"
    const conjunction = conjunctionAfter(context, i, to) ?? conjunctionAfterWords(context, i, to);
    if (conjunction !== undefined) {
      const attribution = attributeToVerb(context, i, from, conjunction, inQuote);
      if (indicatesOnly(context, i, conjunction, attribution)) continue;
      return build(context, inQuote, conjunction + 1, end, attribution);
    }
    // "…, уточнил X." at the end of the sentence
    const previous = doc.tokens[i - 1]?.text === '—' || doc.tokens[i - 1]?.text === '–' ? i - 2 : i - 1;
    const tailIsSubject = to - i <= MAX_INVERTED_TAIL && !breakInTail(doc, i + 1, to, inQuote);
    if (strong && doc.tokens[previous]?.text === ',' && !inQuote(previous - 1) && tailIsSubject) {
      return build(context, inQuote, from, previous, attributeToVerb(context, i, i, to, inQuote));
    }
  }
  return undefined;
}

/**
 * Whether one of the two words before the cue, from `from` on, is a first-person pronoun. The
 * loop over every token in reportedIn calls this rather than holding a closure over its index,
 * which would cost an allocation per token.
 */
function firstPersonBefore(doc: Doc, cue: number, from: number): boolean {
  return (cue - 1 >= from && FIRST_PERSONS.has(lower(doc, cue - 1))) || (cue - 2 >= from && FIRST_PERSONS.has(lower(doc, cue - 2)));
}

/** Whether a colon, a comma or a quoted token stands in [start, end). */
function breakInTail(doc: Doc, start: number, end: number, inQuote: InQuote): boolean {
  for (let index = start; index < Math.min(end, doc.tokens.length); index++) {
    const text = doc.tokens[index].text;
    if (text === ':' || text === ',' || inQuote(index)) return true;
  }
  return false;
}

function isSpeechVerb(context: SpeakerContext, index: number, weakToo: boolean): boolean {
  const { doc } = context;
  if (!isVerbOf(doc, index, SPEECH_VERBS)) return false;
  // A finite verb or gerund of the third person: "считающему" describes, "напомним" is the editor, "как говорится" an idiom.
  const best = doc.parses[index][0];
  if (!best || (best.pos !== 'VERB' && best.pos !== 'GRND') || best.grammemes.has('1per') || best.grammemes.has('impr')) return false;
  if (lower(doc, index - 1) === 'как' && lower(doc, index) === 'говорится') return false;
  return weakToo || (context.cues[index] & STRONG_SPEECH_LEMMA) !== 0;
}

/**
 * "Это говорит о том, что …", "неосведомленность говорит о том, что …": a thing that "speaks of"
 * something only indicates it. Someone must be saying it: a person, a description of people,
 * or a body named by its proper name.
 */
function indicatesOnly(context: SpeakerContext, verb: number, conjunction: number, attribution: Attribution): boolean {
  const { doc } = context;
  if (conjunction !== verb + 4 || !doc.parses[verb].some((parse) => parse.lemma === 'говорить')) return false;
  if (attribution.speakerId) return false;
  const text = attribution.speakerText;
  return !text || (text[0] === text[0].toLowerCase() && !namesSomeone(doc, text));
}

/** ", что" / "что" / "о том, что" right after the verb: the index of the conjunction. */
function conjunctionAfter(context: SpeakerContext, verb: number, to: number): number | undefined {
  const words = (offset: number) => lower(context.doc, verb + offset);
  for (const offset of [1, 2]) {
    if (verb + offset < to && CONJUNCTIONS.has(words(offset)) && (offset === 1 || words(1) === ',')) return verb + offset;
  }
  if (words(1) === 'о' && words(2) === 'том' && words(3) === ',' && CONJUNCTIONS.has(words(4))) return verb + 4;
  return undefined;
}

const MAX_RELAYED_OBJECT = 8;

/**
 * "привели слова министра Ивана Зорина о том, что …": a verb relaying words, their noun right
 * after it and whose they are, then "о том, что": the index of "что".
 */
function conjunctionAfterWords(context: SpeakerContext, verb: number, to: number): number | undefined {
  const { doc } = context;
  if (!isVerbOf(doc, verb, RELAY_VERBS) || !isNounOf(doc, verb + 1, WORDS_RELAYED)) return undefined;
  for (let j = verb + 2; j < Math.min(to - 3, verb + 2 + MAX_RELAYED_OBJECT); j++) {
    if (lower(doc, j) === 'о' && lower(doc, j + 1) === 'том' && lower(doc, j + 2) === ',' && CONJUNCTIONS.has(lower(doc, j + 3))) return j + 3;
    if (doc.tokens[j].kind === 'punct' && doc.tokens[j].text !== '.') return undefined;
  }
  return undefined;
}

function nextComma(context: SpeakerContext, from: number, to: number): number | undefined {
  for (let i = from + 1; i < to; i++) if (context.doc.tokens[i].text === ',') return i;
  return undefined;
}

/** The sentence's last token worth keeping: trailing punctuation and marks trimmed. */
function contentEnd(context: SpeakerContext, from: number, to: number): number {
  let end = to;
  while (end > from && TRAILING.has(context.doc.tokens[end - 1].text)) end--;
  return end;
}

function build(context: SpeakerContext, inQuote: InQuote, from: number, last: number, attribution: Attribution): Quote | undefined {
  const { doc } = context;
  // "предположили, что, как и …": the content starts at a word.
  let first = from;
  while (first < last && (doc.tokens[first].text === ',' || doc.tokens[first].text === '—' || doc.tokens[first].text === '–')) first++;
  let end = last;
  while (end > first && TRAILING.has(doc.tokens[end - 1].text)) end--;
  // "…, сообщает «Лента.ру».": an outlet's attribution closing the content is not part of it.
  for (let j = end - 1; j > first && j >= end - MAX_INVERTED_TAIL; j--) {
    if (doc.tokens[j].text !== ',' || !isSpeechVerb(context, j + 1, false) || doc.parses[j + 1][0]?.grammemes.has('past')) continue;
    end = j;
    while (end > first && TRAILING.has(doc.tokens[end - 1].text)) end--;
    // "Сообщается, что …, сообщает РБК": an impersonal cue leaves the speaker to the outlet closing the sentence.
    if (!attribution.speakerId && !attribution.speakerText) {
      const tail = attributeToVerb(context, j + 1, j + 1, Math.min(j + 1 + MAX_INVERTED_TAIL, doc.sentences[doc.sentenceOfToken[j]].tokenEnd), inQuote);
      if (tail.speakerId || tail.speakerText) attribution = tail;
    }
    break;
  }
  // A quotation opened in the content ends in it: "остаются «неясными»", "клуб «Реал»".
  end = closingMarksKept(doc, first, end, Math.max(last, doc.sentences[doc.sentenceOfToken[first]]?.tokenEnd ?? last));
  const words = doc.tokens.slice(first, end).filter((token) => token.kind === 'word').length;
  if (words < MIN_CONTENT_WORDS) return undefined;
  const start = doc.tokens[first].start;
  const stop = doc.tokens[end - 1].end;
  return { start, end: stop, text: doc.text.slice(start, stop), kind: 'indirect', ...attribution };
}

const OPENING = new Set(['«', '„', '“']);
const CLOSING = new Set(['»', '“', '”']);

/** One past the closing marks trimmed from [first, end) whose opening mark the span holds, and a bracket it opened. */
function closingMarksKept(doc: SpeakerContext['doc'], first: number, end: number, last: number): number {
  let open = 0;
  let straight = 0;
  let brackets = 0;
  for (let j = first; j < end; j++) {
    const text = doc.tokens[j].text;
    if (text === '«' || text === '„') open++;
    else if (text === '»' && open > 0) open--;
    else if (text === '"') straight ^= 1;
    else if (text === '(') brackets++;
    else if (text === ')' && brackets > 0) brackets--;
  }
  let kept = end;
  while (kept < last && (open > 0 || straight > 0 || brackets > 0)) {
    const text = doc.tokens[kept].text;
    if (CLOSING.has(text) && open > 0) open--;
    else if (text === '"' && straight > 0) straight = 0;
    else if (text === ')' && brackets > 0) brackets--;
    else if (!OPENING.has(text) && text !== '.' && text !== ',') break;
    kept++;
  }
  // Only the marks themselves: punctuation passed on the way is trimmed again.
  while (kept > end && (doc.tokens[kept - 1].text === '.' || doc.tokens[kept - 1].text === ',')) kept--;
  return kept;
}
