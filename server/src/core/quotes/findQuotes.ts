/**
 * The quotation stage: direct quotations (words in quotation marks, dash-led lines of dialogue)
 * and reported speech ("X сообщил, что …", "По словам X, …"), each with its speaker. Runs after
 * the roles stage, so role mentions ("помощник президента рассказал") already name people; it
 * adds a 'pronoun' mention to a person for each speaker pronoun resolved to them.
 */
import type { Doc } from '../doc';
import { tokenIndexAt } from '../tokens/tokenIndex';
import type { Person, Quote, Span } from '../types';
import { attributeAfter, attributeBefore, attributeLater, attributeToVerb, type Attribution, type InQuote } from './attribution';
import { findDialogueLines } from './dialogue';
import { findInterruption, type Interruption } from './interruptions';
import { CHARACTERISING_VERB } from './cueWords';
import { countAtMost } from './mentionIndex';
import { pairQuotationMarks, type QuotedSpan } from './quotationMarks';
import { isQuotedSpeech, type Licence } from './quotedSpeech';
import { findReportedSpeech, speakerOfSentence } from './reportedSpeech';
import { addPronounMentions, speakerContext, type SpeakerContext } from './speakers';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from './speechVerbs';
import { lower } from './wordForms';
import { titledPairs } from './titles';

/** The stage's output: quotes in text order, and the marks left without a partner. */
export interface QuoteResult {
  quotes: Quote[];
  /** Quotation marks with no partner in their paragraph. */
  unbalancedMarks: Span[];
}

// An attribution before the quote is adjacent when the quote follows "заявил:", "…, что" or "По словам X,".
const ADJACENT_CUE_ENDS = new Set([':', ',', 'что', '—', '–']);

interface DirectCandidate {
  pair: QuotedSpan;
  parts: Span[];
  attribution: Attribution | undefined;
}

/** Finds the document's quotations and their speakers. */
export function findQuotes(doc: Doc, people: readonly Person[]): QuoteResult {
  const marks = pairQuotationMarks(doc.text);
  const outer = marks.pairs.filter((pair) => pair.depth === 0);
  // For each token, 1 + the index of the outermost quotation holding it, or 0.
  const quoteOfToken = new Int32Array(doc.tokens.length);
  outer.forEach((pair, index) => {
    const first = tokenIndexAt(doc.tokens, pair.open.start);
    const last = tokenIndexAt(doc.tokens, pair.close ? pair.close.end : pair.end);
    quoteOfToken.fill(index + 1, first, last);
  });
  // The attribution inside «…, — сказал он, — …» is not quoted: its names are antecedents.
  const interruptions = outer.map((pair) => findInterruption(doc, pair));
  const quoted: Span[] = [];
  outer.forEach(({ start, end }, index) => { quoted.push(...(interruptions[index]?.parts ?? [{ start, end }])); });
  const context = speakerContext(doc, people, quoted);
  const anyQuote: InQuote = (index) => quoteOfToken[index] > 0;
  const { titled, listedAfterPrevious } = titledPairs(context, outer);
  const candidates = outer.map((pair, index) => {
    const candidate = directCandidate(context, pair, interruptions[index], (token) => quoteOfToken[token] > 0 && quoteOfToken[token] !== index + 1, anyQuote, titled[index]);
    if (candidate.attribution && candidate.parts.length > 0) {
      context.recentSpeakers.push({ sentence: doc.sentenceOfToken[tokenIndexAt(doc.tokens, pair.open.start)], speaker: candidate.attribution });
    }
    return candidate;
  });
  shareAlongChains(marks.pairs, outer, candidates);
  shareAlongLists(doc, outer, candidates, titled, listedAfterPrevious);
  const quotes: Quote[] = [];
  candidates.forEach((candidate, index) => {
    if (candidate.parts.length === 0) return;
    const attribution = candidate.attribution ?? fallbackAttribution(context, outer, candidates, index, anyQuote);
    if (attribution.speakerId || attribution.speakerText) candidate.attribution = attribution;
    for (const part of candidate.parts) {
      const quote: Quote = {
        start: part.start, end: part.end, text: doc.text.slice(part.start, part.end), kind: 'direct',
        speakerId: attribution.speakerId, speakerText: attribution.speakerText, cue: attribution.cue,
        openMark: candidate.pair.open,
      };
      if (candidate.pair.close && candidate.pair.close.start >= part.end) quote.closeMark = candidate.pair.close;
      quotes.push(quote);
    }
  });
  quotes.push(...findDialogueLines(context, anyQuote));
  quotes.push(...findReportedSpeech(context, anyQuote, quotes));
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  addPronounMentions(context, people);
  return { quotes, unbalancedMarks: marks.unbalanced };
}

/** Classifies one pair of marks and finds its attribution; a pair that is a name gets no parts. */
function directCandidate(context: SpeakerContext, pair: QuotedSpan, interruption: Interruption | undefined, inQuote: InQuote, anyQuote: InQuote, titled: boolean): DirectCandidate {
  const { doc } = context;
  const open = tokenIndexAt(doc.tokens, pair.open.start);
  const sentence = doc.sentences[doc.sentenceOfToken[Math.min(open, doc.tokens.length - 1)]];
  const inner = interruption ? attributeToVerb(context, interruption.verb, interruption.clauseStart, interruption.clauseEnd, inQuote) : undefined;
  const after = pair.close ? attributeAfter(context, tokenIndexAt(doc.tokens, pair.close.end), inQuote) : undefined;
  const before = sentence ? attributeBefore(context, open, sentence.tokenStart, inQuote) : undefined;
  const later = !after && !before && pair.close && sentence ? attributeLater(context, tokenIndexAt(doc.tokens, pair.close.end), sentence.tokenStart, anyQuote) : undefined;
  // "X: «…»" without a verb licenses as little as a cue elsewhere: «Созвездие Козлотура» after "автор произведений:" is a title.
  const adjacent = before?.cue != null && ADJACENT_CUE_ENDS.has(lower(doc, open - 1));
  const elsewhere = Boolean(before || later) || (sentence !== undefined && characterisedInSentence(context, clauseBound(doc, open, sentence.tokenStart, -1), pair.close ? clauseBound(doc, tokenIndexAt(doc.tokens, pair.close.start), sentence.tokenEnd, 1) : sentence.tokenEnd, inQuote));
  const dashed = pair.close !== null && /^[,.!?…']*\s*[—–-]/.test(doc.text.slice(pair.close.end, pair.close.end + 6));
  let licence: Licence = inner || (after && dashed) ? 'strong' : adjacent || after ? 'adjacent' : elsewhere ? 'weak' : 'none';
  if (licence === 'none' && !titled && sentence && standsAsSentence(doc, pair, sentence.tokenStart) && introducedBefore(context, open, inQuote)) licence = 'adjacent';
  if (!isQuotedSpeech(doc, pair, licence, titled)) return { pair, parts: [], attribution: undefined };
  // An outlet "reporting" after the quote ("— сообщает ТАСС") yields to a person named before it.
  const chosen = inner ?? (before?.speakerId && after && !after.speakerId ? before : after ?? before ?? later);
  return { pair, parts: interruption ? interruption.parts : [{ start: pair.start, end: pair.end }], attribution: chosen };
}

/** The quotation is its sentence: it opens it and only closing punctuation follows ("X прокомментировал. «…»."). */
function standsAsSentence(doc: Doc, pair: QuotedSpan, sentenceStart: number): boolean {
  if (!pair.close || tokenIndexAt(doc.tokens, pair.open.start) !== sentenceStart) return false;
  const next = doc.tokens[tokenIndexAt(doc.tokens, pair.close.end)];
  return next === undefined || next.lineBreakBefore || ['.', '!', '?', '…'].includes(next.text);
}

/** The sentence before, in the same paragraph, names a speaker with a speech verb: the quotation is what they said. */
function introducedBefore(context: SpeakerContext, open: number, inQuote: InQuote): boolean {
  const { doc } = context;
  const sentenceIndex = doc.sentenceOfToken[open];
  if (sentenceIndex === 0 || doc.tokens[open].lineBreakBefore) return false;
  const speaker = speakerOfSentence(context, sentenceIndex - 1, inQuote);
  if (!speaker?.cue || (speaker.speakerId === null && speaker.speakerText === null)) return false;
  // A verb of saying itself ("прокомментировал"), not one that needs its object ("требовали проверки").
  const cue = tokenIndexAt(doc.tokens, speaker.cue.start);
  return doc.parses[cue].some((parse) => SPEECH_VERBS.has(parse.lemma) && !WEAK_SPEECH_VERBS.has(parse.lemma));
}

/**
 * Where the quotation's clause ends on one side within the sentence: at a dash or semicolon set
 * off by spaces (признал виновным в «…» — подчиненные считали …: "считали" is another clause's).
 * A dash that introduces the quotation's own attribution («…» — так назвал …) was read before.
 */
function clauseBound(doc: Doc, mark: number, sentenceBound: number, step: 1 | -1): number {
  for (let j = mark + step; step > 0 ? j < sentenceBound : j >= sentenceBound; j += step) {
    const token = doc.tokens[j];
    if (token.text === ';' || ((token.text === '—' || token.text === '–') && token.spaceBefore)) return step > 0 ? j : j + 1;
  }
  return sentenceBound;
}

function characterisedInSentence(context: SpeakerContext, from: number, to: number, inQuote: InQuote): boolean {
  const verbs = characterisingVerbs(context);
  for (let k = countAtMost(verbs, from - 1); k < verbs.length && verbs[k] < to; k++) if (!inQuote(verbs[k])) return true;
  return false;
}

/** The document's characterising verbs, ascending: found once for all its quotations, from its cue bits. */
function characterisingVerbs(context: SpeakerContext): Int32Array {
  if (!context.characterisingVerbs) {
    const found: number[] = [];
    for (let i = 0; i < context.cues.length; i++) if ((context.cues[i] & CHARACTERISING_VERB) !== 0) found.push(i);
    context.characterisingVerbs = Int32Array.from(found);
  }
  return context.characterisingVerbs;
}

/**
 * The paragraphs of one spanning quotation share the attribution found at either end.
 * `continuedBy` indexes all pairs (nested ones too), so it is mapped to the outermost ones here.
 */
function shareAlongChains(pairs: readonly QuotedSpan[], outer: readonly QuotedSpan[], candidates: DirectCandidate[]): void {
  const outerIndex = new Map(outer.map((pair, index) => [pair, index]));
  const next = outer.map((pair, index) => {
    const following = pair.continuedBy === undefined ? undefined : outerIndex.get(pairs[pair.continuedBy]);
    return following !== undefined && following > index ? following : undefined;
  });
  const continues = new Set(next.filter((index) => index !== undefined));
  for (let start = 0; start < outer.length; start++) {
    if (next[start] === undefined || continues.has(start)) continue;
    const chain = [start];
    for (let index = next[start]; index !== undefined; index = next[index]) chain.push(index);
    const shared = candidates[chain[chain.length - 1]].attribution ?? candidates[start].attribution;
    for (const index of chain) {
      candidates[index].attribution ??= shared;
      if (candidates[index].parts.length === 0) candidates[index].parts = [{ start: outer[index].start, end: outer[index].end }];
    }
  }
}

/**
 * скандировали: «Отставка!», «Свободу!» и «…»; назвал реформу «провальной» и «бессмысленной»:
 * the items listed after a quotation with a cue share it, when they read as said: a fragment in
 * lower case or an exclamation or sentence, not a capitalised name («Адам и Ева»).
 */
function shareAlongLists(doc: Doc, outer: readonly QuotedSpan[], candidates: DirectCandidate[], titled: readonly boolean[], listedAfterPrevious: readonly boolean[]): void {
  for (let index = 1; index < outer.length; index++) {
    const previous = candidates[index - 1];
    if (!listedAfterPrevious[index] || titled[index] || candidates[index].parts.length > 0 || previous.parts.length === 0 || !previous.attribution?.cue) continue;
    const first = doc.tokens[tokenIndexAt(doc.tokens, outer[index].start)];
    const closing = doc.text.slice(outer[index].start, outer[index].end).trimEnd().slice(-1);
    if (first?.capitalized && !['!', '?', '.', '…'].includes(closing)) continue;
    candidates[index].parts = [{ start: outer[index].start, end: outer[index].end }];
    candidates[index].attribution ??= previous.attribution;
  }
}

/**
 * A quotation with no attribution of its own: the one of the quotation right after it, in the
 * same or the next paragraph («…». «…», — сказал он), else the speaker of the sentence before it when that sentence
 * attributes speech ("Мюллер привёл данные … «…»") or is itself a quotation.
 */
function fallbackAttribution(context: SpeakerContext, outer: readonly QuotedSpan[], candidates: readonly DirectCandidate[], index: number, inQuote: InQuote): Attribution {
  const { doc } = context;
  const pair = outer[index];
  const next = candidates[index + 1];
  if (next?.attribution && next.parts.length > 0 && pair.close && /^[\s.,!?…]*$/.test(doc.text.slice(pair.close.end, next.pair.open.start))) {
    return next.attribution;
  }
  if (pair.close) {
    // «…». Об этом заявил X. / Так прокомментировал ситуацию X.
    const closeSentence = doc.sentenceOfToken[tokenIndexAt(doc.tokens, pair.close.start)];
    const following = doc.sentences[closeSentence + 1];
    if (following && refersBack(doc, following.tokenStart)) {
      const named = speakerOfSentence(context, closeSentence + 1, inQuote);
      if (named && (named.speakerId || named.speakerText)) return named;
    }
  }
  const open = tokenIndexAt(doc.tokens, pair.open.start);
  const sentenceIndex = doc.sentenceOfToken[Math.min(open, doc.tokens.length - 1)];
  const opensSentence = doc.sentences[sentenceIndex]?.tokenStart === open;
  if (opensSentence && sentenceIndex > 0) {
    const previous = speakerOfSentence(context, sentenceIndex - 1, inQuote);
    if (previous) return previous;
    // «…», сказал X. «…». «…»: a run of quotations keeps its speaker.
    const before = candidates[index - 1];
    const beforeClose = before?.pair.close ? tokenIndexAt(doc.tokens, before.pair.close.start) : -1;
    if (before?.attribution && before.parts.length > 0 && beforeClose >= 0 && doc.sentenceOfToken[beforeClose] === sentenceIndex - 1) return before.attribution;
  }
  return { speakerId: null, speakerText: null, cue: null };
}

const BACK_REFERENCES: Record<string, string[] | null> = {
  'об': ['этом'], 'так': null, 'такое': null, 'такие': null, 'такую': null, 'таким': null, 'эти': null, 'этими': null,
  'это': ['заявление', 'мнение', 'сообщение'], 'подобное': null, 'подобные': null, 'с': ['таким', 'такими', 'этим', 'этими'],
};

/** A sentence opening with "Об этом", "Так", "Такое мнение", "Эти слова" speaks about what came before. */
function refersBack(doc: Doc, first: number): boolean {
  const word = lower(doc, first);
  if (!(word in BACK_REFERENCES)) return false;
  const next = BACK_REFERENCES[word];
  return next === null || next.includes(lower(doc, first + 1));
}
