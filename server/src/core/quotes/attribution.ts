/**
 * Finds the words that attribute a quotation and resolves its speaker. After the quote:
 * «…», — заявил X / «…» — сказал он / «…», — цитирует дипломата агентство Reuters. Before it:
 * X заявил: «…» / По словам X, «…» / Как сообщил X, … «…» / X: «…».
 */
import type { Doc } from '../doc';
import { tokenIndexAt } from '../tokens/tokenIndex';
import { caseOf } from '../morphology/morphology';
import type { TextSpan } from '../types';
import { ATTRIBUTING_VERB, SPEECH_NOUN } from './cueWords';
import { countAtMost } from './mentionIndex';
import { describedAntecedent } from './descriptions';
import { isGroupPronoun, oneOfSpeaker, resolveGroup } from './groups';
import { nominativeText, phraseAround, quotedNameEnd } from './nounPhrases';
import { inCaseOf, isSpeakerPronoun, mentionAt, NOBODY, resolvePronoun, speakerOfPhrase, type Speaker, type SpeakerContext } from './speakers';
import { CHARACTERISING_VERBS, RELAY_VERBS, SPEECH_NOUNS, SPEECH_VERBS, STATEMENT_NOUNS, WEAK_SPEECH_VERBS, WORDS_RELAYED } from './speechVerbs';
import { subjectAfter, subjectBefore } from './subjects';
import { speakerOfSentence } from './reportedSpeech';
import { prepositionObjectEnd, PREPOSITIONS } from './places';
import { isFiniteVerb, isFunctionWord, isNounOf, isVerbOf, lower, verbAgreement } from './wordForms';

/** A speaker with the words that attribute the quote to them. */
export interface Attribution extends Speaker {
  cue: TextSpan | null;
}

/** Tells whether a token lies inside (or is a mark of) a quotation other than the one attributed. */
export type InQuote = (index: number) => boolean;

const DASHES = new Set(['—', '–', '-']);
// Apostrophes typed as emphasis around a quotation (wiki markup ''«…»'') part nothing from it.
const CLOSING_PUNCTUATION = new Set([',', '.', '!', '?', '…', "'"]);
const AFTER_WINDOW = 6;
const LATER_WINDOW = 3;
const MAX_SPEAKER_WORDS = 8;
// "— уверен он", "— убеждена Смирнова": short forms that attribute like verbs.
const CONVICTION = new Set(['уверенный', 'уверить', 'убеждённый', 'убежденный', 'убедить', 'согласный']);
const STRONG_SPEECH_VERBS = new Set([...SPEECH_VERBS].filter((lemma) => !WEAK_SPEECH_VERBS.has(lemma)));
const CONTINUING_VERBS = new Set(['продолжить', 'продолжать']);
// Whom an outlet cites is its object; what it brings ("приводит фотографию") is not a speaker.
const CITING_VERBS = new Set(['цитировать', 'процитировать']);
/** "по словам X", "согласно заявлению X". */
export const CUE_PREPOSITIONS = new Set(['по', 'согласно']);

/** «…», — заявил X: `after` is the first token after the closing mark. */
export function attributeAfter(context: SpeakerContext, after: number, inQuote: InQuote): Attribution | undefined {
  const { doc } = context;
  const { tokens } = doc;
  let i = after;
  while (i < tokens.length && CLOSING_PUNCTUATION.has(tokens[i].text)) i++;
  if (i >= tokens.length || tokens[i].lineBreakBefore) return undefined;
  // Without the dash ("«…», сказал он") a comma or the quote's own ! ? must part it from the verb, which comes first.
  const dashed = DASHES.has(tokens[i].text);
  if (!dashed && i === after) return undefined;
  const clauseStart = dashed ? i + 1 : i;
  const clauseEnd = sentenceEndAfter(doc, clauseStart);
  const window = dashed ? AFTER_WINDOW : 1;
  for (let j = clauseStart; j < Math.min(clauseEnd, clauseStart + window); j++) {
    if (inQuote(j) || [',', '.', ':', ';', '!', '?'].includes(tokens[j].text)) break;
    if (isVerbOf(doc, j, SPEECH_VERBS) && isVerbal(doc, j)) return attributeToVerb(context, j, clauseStart, clauseEnd, inQuote);
    // "— такое заявление сделал X", "— так прокомментировал ситуацию X"
    if (dashed && j > clauseStart && isFiniteVerb(doc, j) && doc.tokens.slice(clauseStart, j).some((_, offset) => isNounOf(doc, clauseStart + offset, STATEMENT_NOUNS) || lower(doc, clauseStart + offset) === 'так')) {
      return attributeToVerb(context, j, clauseStart, clauseEnd, inQuote);
    }
  }
  return undefined;
}

/** "X уверен, что …", "убеждена она": a short adjective of conviction, attributing like a verb. */
export function isConviction(doc: Doc, index: number): boolean {
  const best = doc.parses[index]?.[0];
  return best !== undefined && (best.pos === 'ADJS' || best.pos === 'PRTS') && doc.parses[index].some((parse) => CONVICTION.has(parse.lemma));
}

/** The word reads first as a verb form that can head an attribution, not a participle, noun or passive. */
export function isVerbal(doc: Doc, index: number): boolean {
  const best = doc.parses[index][0];
  // "На плакатах было написано: «…»", "— сказано в заявлении": the neuter short passive says that words were said or written.
  if (best?.pos === 'PRTS' && best.grammemes.has('neut') && best.grammemes.has('sing') && best.grammemes.has('perf')) return true;
  if (best !== undefined && (best.pos === 'ADJS' || best.pos === 'PRTS')) return doc.parses[index].some((parse) => CONVICTION.has(parse.lemma));
  return best !== undefined && ['VERB', 'INFN', 'GRND'].includes(best.pos ?? '') && lower(doc, index) !== 'благодаря';
}

/** X заявил: «…» / По словам X, «…» / X: «…»: `open` is the opening mark's token. */
export function attributeBefore(context: SpeakerContext, open: number, sentenceStart: number, inQuote: InQuote): Attribution | undefined {
  const { doc } = context;
  let first: Attribution | undefined;
  // Only tokens that can be cues are visited: any other finds nothing below.
  const tokens = cuesBefore(context);
  for (let k = countAtMost(tokens, open - 1) - 1; k >= 0 && tokens[k] >= sentenceStart; k--) {
    const j = tokens[k];
    if (inQuote(j)) continue;
    let found: Attribution | undefined;
    if (isVerbOf(doc, j, SPEECH_VERBS) && isVerbal(doc, j) && attributesFrom(doc, j, open)) {
      // "власти не отвечают на её просьбы, хотя …: «…»": a verb said not to happen names no
      // speaker of words further on ("не согласился: «…»" still does); a cue elsewhere may.
      found = lower(doc, j - 1) === 'не' && open - j > 2 ? withCue(NOBODY, textSpan(doc, j, j + 1)) : attributeToVerb(context, j, sentenceStart, open, inQuote);
    } else if (isSpeechNounCue(doc, j)) {
      found = attributeToNoun(context, j, open, inQuote);
    }
    if (!found) continue;
    // "рассказал, что назвали его так: «…»": a verb naming nobody may sit in a clause of one that does.
    if (found.speakerId || found.speakerText) return found;
    first ??= found;
  }
  if (first) return first;
  if (doc.tokens[open - 1]?.text === ':') {
    // "X отверг обвинения: «…»": any verb of the clause before the colon introduces the quote.
    for (let j = open - 2; j >= sentenceStart && !inQuote(j); j--) {
      if (isFiniteVerb(doc, j) && doc.parses[j][0]?.pos === 'VERB') {
        const speaker = subjectBefore(context, j, sentenceStart, inQuote);
        return speaker && (speaker.speakerId || speaker.speakerText) ? withCue(speaker, textSpan(doc, j, j + 1)) : undefined;
      }
    }
    // "X: «…»" with no verb: the words before the colon are the speaker, and nothing else.
    const speaker = subjectBefore(context, open - 1, sentenceStart, inQuote);
    const clauseStart = sentenceStart === 0 || doc.tokens[sentenceStart].lineBreakBefore || /[.!?…—–]/.test(doc.tokens[sentenceStart - 1]?.text ?? '');
    if (speaker && (speaker.speakerId || speaker.speakerText) && clauseStart && isSpeakerLabel(doc, sentenceStart, open - 1)) return withCue(speaker, null);
  }
  return undefined;
}

/**
 * "Кирилл Белов: «…»": the words before the colon are a short noun phrase opening the
 * sentence, not a phrase after a preposition ("Среди требований, выдвинутых участниками: «…»").
 */
function isSpeakerLabel(doc: Doc, first: number, colon: number): boolean {
  if (colon - first > MAX_SPEAKER_WORDS || doc.parses[first]?.[0]?.pos === 'PREP') return false;
  for (let j = first; j < colon; j++) if (doc.tokens[j].text === ',') return false;
  return true;
}

/**
 * A weak verb ("предлагали … за «голову Биби»") attributes only what directly follows it, or
 * a quote after a colon that ends its clause ("выразил соболезнования: «…»").
 */
/** A token that may attribute a quotation after it: a speech verb, or a "по словам" cue. */
function isCueBefore(doc: Doc, index: number): boolean {
  return (isVerbOf(doc, index, SPEECH_VERBS) && isVerbal(doc, index)) || isSpeechNounCue(doc, index);
}

/** The document's tokens that {@link isCueBefore}, ascending: found once per document, from its cue bits. */
function cuesBefore(context: SpeakerContext): Int32Array {
  if (context.cuesBefore) return context.cuesBefore;
  const { doc, cues } = context;
  const found: number[] = [];
  // isCueBefore by the bits: an attributing verb, or a speech noun after its preposition.
  for (let i = 0; i < cues.length; i++) if ((cues[i] & ATTRIBUTING_VERB) !== 0 || ((cues[i] & SPEECH_NOUN) !== 0 && isSpeechNounCue(doc, i))) found.push(i);
  return (context.cuesBefore = Int32Array.from(found));
}

function attributesFrom(doc: Doc, verb: number, open: number): boolean {
  if (isVerbOf(doc, verb, STRONG_SPEECH_VERBS)) return true;
  // "привели слова Рухани о том, что Израиль является «…»": the words relayed hold the quotation.
  if (isVerbOf(doc, verb, RELAY_VERBS) && isNounOf(doc, verb + 1, WORDS_RELAYED)) return true;
  // "продолжил: «…»" goes on speaking; "продолжит «трудиться в команде»" goes on doing.
  if (open - verb <= 2 && !(isVerbOf(doc, verb, CONTINUING_VERBS) && doc.tokens[open - 1]?.text !== ':')) return true;
  if (doc.tokens[open - 1]?.text !== ':' || open - verb > 6) return false;
  for (let j = verb + 1; j < open - 1; j++) if (doc.tokens[j].kind === 'punct') return false;
  return true;
}

/** Руководство «с большой озабоченностью» воспринимает …: a verb of saying or characterising right after the quote. */
export function attributeLater(context: SpeakerContext, after: number, sentenceStart: number, inQuote: InQuote): Attribution | undefined {
  const { doc } = context;
  const end = Math.min(sentenceEndAfter(doc, after), after + LATER_WINDOW);
  for (let j = after; j < end; j++) {
    // A capital starts a new sentence whose verb is not about this quote ("«…»  Отмечается, что …").
    if (inQuote(j) || doc.tokens[j].kind === 'punct' || doc.tokens[j].capitalized) return undefined;
    if ((isVerbOf(doc, j, STRONG_SPEECH_VERBS) || isVerbOf(doc, j, CHARACTERISING_VERBS)) && isVerbal(doc, j)) {
      const speaker = subjectBefore(context, j, sentenceStart, inQuote) ?? subjectAfter(context, j, sentenceEndAfter(doc, after), inQuote) ?? NOBODY;
      return withCue(speaker, textSpan(doc, j, j + 1));
    }
  }
  return undefined;
}

/** The speaker of a speech verb, before it, after it, or (for an outlet relaying) the one relayed. */
export function attributeToVerb(context: SpeakerContext, verb: number, from: number, to: number, inQuote: InQuote): Attribution {
  const cue = textSpan(context.doc, verb, verb + 1);
  if (isVerbOf(context.doc, verb, RELAY_VERBS)) {
    const relayed = relayedSpeaker(context, verb, to, inQuote);
    if (relayed) return withCue(relayed, cue);
  }
  if (context.doc.parses[verb][0]?.pos === 'GRND') return withCue(gerundSubject(context, verb, from, inQuote) ?? NOBODY, cue);
  const speaker = subjectBefore(context, verb, from, inQuote) ?? subjectAfter(context, verb, to, inQuote) ?? elidedSubject(context, verb, to, inQuote) ?? NOBODY;
  return withCue(speaker, cue);
}

let findingElided = false;

/**
 * "Песков сказал, что … «…», — и добавил, что …": a verb in the singular with no subject of its
 * own goes on with the speaker of the sentence before. Not when a capitalised word follows it in
 * its clause, which may be a subject the names stage did not know.
 */
function elidedSubject(context: SpeakerContext, verb: number, to: number, inQuote: InQuote): Speaker | undefined {
  const { doc } = context;
  const agreement = verbAgreement(doc, verb);
  if (findingElided || (agreement !== 'male' && agreement !== 'female') || doc.parses[verb][0]?.pos !== 'VERB') return undefined;
  const sentence = doc.sentenceOfToken[verb];
  // Only a verb that opens its clause after a quotation ("«…», — и добавил"): any other word
  // before it may be a subject the search missed.
  for (let j = doc.sentences[sentence].tokenStart; j < verb; j++) {
    const token = doc.tokens[j];
    const pos = doc.parses[j][0]?.pos;
    if (token.kind === 'word' && !context.isQuoted(token.start, token.end) && pos !== 'CONJ' && pos !== 'ADVB' && pos !== 'PRCL') return undefined;
  }
  const end = Math.max(to, sentenceEndAfter(doc, verb));
  for (let j = verb + 1; j < end; j++) if (!inQuote(j) && doc.tokens[j].capitalized && doc.tokens[j].kind === 'word') return undefined;
  if (sentence === 0) return undefined;
  findingElided = true;
  try {
    const previous = speakerOfSentence(context, sentence - 1, inQuote);
    if (!previous || (!previous.speakerId && !previous.speakerText)) return undefined;
    const gender = previous.speakerId ? context.personById.get(previous.speakerId)?.gender : null;
    if (gender && gender !== agreement) return undefined;
    // A description agrees too: "жители … жаловались" is no subject of "отметил".
    const cue = previous.cue ? doc.tokens[tokenIndexAt(doc.tokens, previous.cue.start)] : undefined;
    if (!previous.speakerId && cue && verbAgreement(doc, tokenIndexAt(doc.tokens, cue.start)) !== agreement) return undefined;
    return { speakerId: previous.speakerId, speakerText: previous.speakerText };
  } finally {
    findingElided = false;
  }
}

/** A gerund's subject is its clause's ("Комментируя …, Ушаков подтвердил"); what follows it is its object ("выкрикивая лозунги"). */
function gerundSubject(context: SpeakerContext, gerund: number, from: number, inQuote: InQuote): Speaker | undefined {
  const { doc } = context;
  const before = subjectBefore(context, gerund, from, inQuote);
  if (before) return before;
  // "Демонстранты прошли по городу, выкрикивая …": the verb before the gerund names the subject.
  for (let j = gerund - 1; j >= from; j--) {
    if (!inQuote(j) && doc.parses[j][0]?.pos === 'VERB') return subjectBefore(context, j, from, inQuote);
  }
  const end = sentenceEndAfter(doc, gerund);
  for (let j = gerund + 1; j < end; j++) {
    if (!inQuote(j) && doc.parses[j][0]?.pos === 'VERB') return subjectBefore(context, j, gerund + 1, inQuote) ?? subjectAfter(context, j, end, inQuote);
  }
  return undefined;
}

/** "По словам X, …", "По его мнению, …": the cue runs from "по" to the noun; the speaker follows or stands between. */
export function attributeToNoun(context: SpeakerContext, noun: number, to: number, inQuote: InQuote): Attribution {
  const { doc } = context;
  let start = noun - 1;
  if (!CUE_PREPOSITIONS.has(lower(doc, start))) start--;
  const cue = textSpan(doc, start, noun + 1);
  if (isSpeakerPronoun(doc, noun - 1)) return withCue(describedAntecedent(context, noun - 1) ?? resolvePronoun(context, noun - 1, null), cue);
  if (isGroupPronoun(doc, noun - 1)) return withCue(resolveGroup(context, noun - 1), cue);
  // "По данным «Интерфакса», …": the outlet's name in quotation marks, in the nominative.
  const nameEnd = quotedNameEnd(doc, noun + 1, to);
  if (nameEnd !== undefined && nameEnd - noun - 3 <= 2) {
    // Adjectives agree with the last word: "«Новой газеты»" → "Новая газета".
    const name = nominativeText(doc, { start: noun + 2, end: nameEnd - 1, head: nameEnd - 2 }, 'gent');
    return { speakerId: null, speakerText: name, cue };
  }
  for (let i = noun + 1; i < to && !inQuote(i) && doc.tokens[i].text !== ','; i++) {
    const mention = mentionAt(context, i);
    if (mention) return { speakerId: mention.personId, speakerText: null, cue };
    if (isSpeakerPronoun(doc, i)) return withCue(resolvePronoun(context, i, null), cue);
    if (doc.tokens[i].kind === 'word' && !isFunctionWord(doc, i) && doc.parses[i][0]?.pos !== 'ADJF') {
      const phrase = phraseAround(doc, i, noun + 1, to);
      const named = nameAfterPrepositions(context, phrase.head, phrase.end, to);
      if (named) return { speakerId: named, speakerText: null, cue };
      return withCue(speakerOfPhrase(context, phrase, null, 'gent'), cue);
    }
  }
  return withCue(NOBODY, cue);
}

/**
 * "По мнению члена комитета Совфеда по обороне и безопасности Валерия Шнякина": a person noun whose complement goes on in a
 * prepositional phrase or two (their objects perhaps joined by и) before a full name in the genitive is that name's apposition.
 */
function nameAfterPrepositions(context: SpeakerContext, head: number, end: number, to: number): string | undefined {
  const { doc } = context;
  if (!PREPOSITIONS.has(lower(doc, end)) || !doc.parses[head][0]?.grammemes.has('anim')) return undefined;
  for (let at = end + 1; at < Math.min(to, end + 1 + MAX_PREPOSITIONAL_WORDS); at++) {
    if (doc.tokens[at].kind !== 'word' || doc.tokens[at].lineBreakBefore) return undefined;
    const mention = mentionAt(context, at);
    if (!mention) continue;
    // In the genitive, the head's case, and not the object of a preposition (директора по связям с Иваном Петровым).
    const genitive = inCaseOf(context, mention, 'gent') && !PREPOSITIONS.has(lower(doc, at - 1)) && doc.parses[mention.tokenEnd - 1].some((parse) => parse.grammemes.has('gent'));
    return mention.tokenStart === at && mention.tokenEnd - mention.tokenStart >= 2 && genitive ? mention.personId : undefined;
  }
  return undefined;
}

/** Words a prepositional complement may take between a person noun and the name (по обороне и безопасности). */
const MAX_PREPOSITIONAL_WORDS = 6;

/** "по словам", "по его мнению", "по данным": the noun of such a cue. */
export function isSpeechNounCue(doc: Doc, index: number): boolean {
  if (!isNounOf(doc, index, SPEECH_NOUNS)) return false;
  return CUE_PREPOSITIONS.has(lower(doc, index - 1)) || (CUE_PREPOSITIONS.has(lower(doc, index - 2)) && (isSpeakerPronoun(doc, index - 1) || lower(doc, index - 1) === 'их'));
}

/** "цитирует дипломата агентство Reuters", "приводит AFP выдержку из заявления … Трампа". */
function relayedSpeaker(context: SpeakerContext, verb: number, to: number, inQuote: InQuote): Speaker | undefined {
  const { doc } = context;
  const end = sentenceEndAfter(doc, verb);
  for (let i = verb + 1; i < end && !inQuote(i); i++) {
    const mention = mentionAt(context, i);
    if (!mention) continue;
    const described = describedBeforeName(context, verb + 1, i, mention.personId);
    return described !== undefined ? speakerOfPhrase(context, phraseAround(doc, described, described, i), null, caseOf(doc.parses[described][0]) ?? 'gent') : { speakerId: mention.personId, speakerText: null };
  }
  for (let i = verb + 1; i < Math.min(end, to) && doc.tokens[i].text !== ','; i++) {
    // "— цитирует «Коммерсантъ» пресс-службу мэрии": past the outlet's name in marks.
    const nameEnd = quotedNameEnd(doc, i, to);
    if (nameEnd !== undefined) {
      i = nameEnd - 1;
      continue;
    }
    if (inQuote(i)) break;
    // "— цитирует его ТАСС", "— приводит ее слова РИА Новости": the pronoun is the one quoted.
    if (isSpeakerPronoun(doc, i)) return resolvePronoun(context, i, null);
    if (isGroupPronoun(doc, i)) return resolveGroup(context, i);
    const oneOf = oneOfSpeaker(context, i, end);
    if (oneOf) return oneOf;
    const best = doc.parses[i]?.[0];
    if (best?.pos === 'NOUN' && best.grammemes.has('anim') && !best.grammemes.has('nomn')) {
      // "цитирует дипломата" (accusative), "приводит слова главы региона" (genitive after the words).
      return speakerOfPhrase(context, phraseAround(doc, i, i, end), null, caseOf(best) === 'gent' ? 'gent' : 'accs');
    }
    // "— цитирует Infox.ru пресс-службу Минобороны": a body in the accusative, not the words ("выдержку").
    if (isVerbOf(doc, verb, CITING_VERBS) && isRelayedBody(doc, i)) return speakerOfPhrase(context, phraseAround(doc, i, i, end), null, 'accs');
  }
  return undefined;
}

/** A noun that can only be accusative here and is no word for what was said: the body quoted. */
function isRelayedBody(doc: Doc, index: number): boolean {
  const parses = doc.parses[index] ?? [];
  const nouns = parses.filter((parse) => parse.pos === 'NOUN');
  return nouns.length > 0 && parses[0].pos === 'NOUN' && nouns.every((parse) => parse.grammemes.has('accs') && !parse.grammemes.has('Name') && !parse.grammemes.has('Surn'))
    && !isNounOf(doc, index, STATEMENT_NOUNS) && !isNounOf(doc, index, SPEECH_NOUNS);
}

/**
 * "слова представителя генсека ООН Антониу Гутерриша": of two person nouns before a name, the
 * name belongs to the nearer one; the speaker is the first, unless the person named holds its
 * title ("слова пресс-секретаря президента Дмитрия Пескова"). The first noun's index, if so.
 */
function describedBeforeName(context: SpeakerContext, from: number, name: number, personId: string): number | undefined {
  const { doc } = context;
  const personNouns: number[] = [];
  for (let j = from; j < name; j++) {
    const best = doc.parses[j][0];
    if (best?.pos === 'NOUN' && best.grammemes.has('anim') && !['Name', 'Surn', 'Patr'].some((tag) => best.grammemes.has(tag)) && !mentionAt(context, j)) personNouns.push(j);
  }
  if (personNouns.length < 2) return undefined;
  const first = personNouns[0];
  const title = doc.parses[first][0].lemma;
  const roles = context.personById.get(personId)?.roles ?? [];
  const holds = roles.some((role) => role.normalized.split(/\s+/).some((word) => doc.morphology.parse(word)[0]?.lemma === title));
  return holds ? undefined : first;
}

/** One past the last token of the sentence holding `index`. */
export function sentenceEndAfter(doc: Doc, index: number): number {
  if (index >= doc.tokens.length) return doc.tokens.length;
  return doc.sentences[doc.sentenceOfToken[index]]?.tokenEnd ?? doc.tokens.length;
}

/**
 * The speaker with the words that attribute the quote to them. Fields by name, not a spread: speakers
 * of several shapes reach here (literals, a recent attribution), and a spread of those takes V8's slow path.
 */
function withCue(speaker: Speaker, cue: TextSpan | null): Attribution {
  return { speakerId: speaker.speakerId, speakerText: speaker.speakerText, cue };
}

/** A span over tokens [first, last). */
export function textSpan(doc: Doc, first: number, last: number): TextSpan {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}
