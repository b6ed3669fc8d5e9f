/**
 * Finds who a speech verb's subject is: before the verb ("Ушаков заявил", "помощник президента
 * ответил") or after it ("— заявил он", "как сообщил Reuters представитель Белого дома"),
 * including impersonal forms that name the source by place ("сказали в министерстве",
 * "говорится в заявлении МИД").
 */
import type { Doc } from '../doc';
import { phraseAround } from './nounPhrases';
import { isSpeakerPronoun, mentionAt, NOBODY, resolvePronoun, speakerOfPhrase, type Speaker, type SpeakerContext } from './speakers';
import { STATEMENT_NOUNS } from './speechVerbs';
import { canBeNominative, isFiniteVerb, isFunctionWord, isNounOf, lower, verbAgreement, type VerbAgreement } from './wordForms';

const PREPOSITIONS = new Set(['в', 'во', 'на', 'по', 'с', 'со', 'к', 'ко', 'от', 'из', 'у', 'о', 'об', 'для', 'при', 'после', 'перед', 'за', 'под', 'над', 'между', 'через', 'без', 'до', 'про', 'против', 'среди', 'вместе']);
const NOMINATIVE_PRONOUNS = new Set(['он', 'она']);
const RELATIVE = /^(котор|чей|чья|чьё|чьи)/;
const BOUNDARIES = new Set([',', ':', ';', '(', ')', '«', '»', '"', '„', '“', '”', '.', '!', '?', '…', '—', '–']);
// Outlets relay more often than they speak: "как сообщил Reuters представитель" names the speaker second.
const OUTLETS = new Set(['reuters', 'afp', 'ap', 'bloomberg', 'cnn', 'bbc', 'тасс', 'интерфакс', 'риа', 'рбк', 'би-би-си', 'dpa', 'ansa', 'efe', 'униан', 'унн', 'bns', 'ria']);

/** The speaker named before the verb, within its clause; skips relative clauses set off by commas and prepositional phrases. */
export function subjectBefore(context: SpeakerContext, verb: number, from: number, inQuote: (index: number) => boolean): Speaker | undefined {
  const { doc } = context;
  const agreement = verbAgreement(doc, verb);
  let i = verb - 1;
  while (i >= from) {
    const token = doc.tokens[i];
    if (inQuote(i)) return undefined;
    if (token.text === ',') {
      const skipTo = relativeClauseStart(doc, i, from);
      if (skipTo === undefined) return undefined;
      i = skipTo - 1;
      continue;
    }
    if (BOUNDARIES.has(token.text) && !isInnerDot(doc, i)) return undefined;
    const found = candidateAt(context, i, from, verb, agreement);
    if (found && !PREPOSITIONS.has(lower(doc, found.start - 1))) return found.speaker;
    i = found ? found.start - 1 : i - 1;
  }
  return undefined;
}

/** A dot inside a web address or abbreviation (iz.ru), not a sentence end. */
function isInnerDot(doc: Doc, index: number): boolean {
  const next = doc.tokens[index + 1];
  return doc.tokens[index].text === '.' && !doc.tokens[index].spaceBefore && next !== undefined && !next.spaceBefore;
}

/** For ", … ," ending at `comma`: the index of the opening comma when the segment is a relative or participial clause. */
function relativeClauseStart(doc: Doc, comma: number, from: number): number | undefined {
  for (let j = comma - 1; j >= from; j--) {
    if (doc.tokens[j].text !== ',') continue;
    const words = doc.tokens.slice(j + 1, comma).map((token) => token.text.toLowerCase());
    const relative = words.slice(0, 4).some((word) => RELATIVE.test(word));
    const participle = doc.parses[j + 1]?.[0]?.pos === 'PRTF' || doc.parses[j + 1]?.[0]?.pos === 'GRND';
    return relative || participle ? j : undefined;
  }
  return undefined;
}

/** The speaker named after the verb, up to the end of its clause. */
export function subjectAfter(context: SpeakerContext, verb: number, to: number, inQuote: (index: number) => boolean): Speaker | undefined {
  const { doc } = context;
  const agreement = verbAgreement(doc, verb);
  let place: Speaker | undefined;
  for (let i = verb + 1; i < to; i++) {
    const token = doc.tokens[i];
    if (inQuote(i) || BOUNDARIES.has(token.text) || (i > verb + 1 && isFiniteVerb(doc, i))) break;
    const preposition = lower(doc, i);
    if ((preposition === 'в' || preposition === 'во') && place === undefined) {
      place = placeSpeaker(context, i + 1, to);
      continue;
    }
    if (isFunctionWord(doc, i)) continue;
    const found = candidateAt(context, i, i, to, agreement, true);
    if (!found) continue;
    if (isOutlet(doc, i)) {
      const next = subjectAfterOutlet(context, i, to, agreement, inQuote);
      if (next) return next;
    }
    return found.speaker;
  }
  return agreement === 'plural' || agreement === null ? place : undefined;
}

function subjectAfterOutlet(context: SpeakerContext, outlet: number, to: number, agreement: VerbAgreement, inQuote: (index: number) => boolean): Speaker | undefined {
  const { doc } = context;
  for (let i = outlet + 1; i < Math.min(to, outlet + 3); i++) {
    if (inQuote(i) || BOUNDARIES.has(doc.tokens[i].text)) return undefined;
    const found = candidateAt(context, i, i, to, agreement, true);
    if (found) return found.speaker;
  }
  return undefined;
}

function isOutlet(doc: Doc, index: number): boolean {
  return OUTLETS.has(lower(doc, index));
}

/** "в министерстве" → министерство; "в заявлении МИД" → МИД; "в сообщении" alone names nobody. */
function placeSpeaker(context: SpeakerContext, index: number, to: number): Speaker {
  const { doc } = context;
  if (index >= to || doc.tokens[index].kind !== 'word') return NOBODY;
  if (isNounOf(doc, index, STATEMENT_NOUNS)) {
    const author = index + 1 < to && doc.tokens[index + 1].kind === 'word' && !isFunctionWord(doc, index + 1) ? index + 1 : undefined;
    if (author === undefined) return NOBODY;
    const mention = mentionAt(context, author);
    if (mention) return { speakerId: mention.personId, speakerText: null };
    return speakerOfPhrase(context, phraseAround(doc, author, author, to), null);
  }
  const mention = mentionAt(context, index);
  if (mention) return { speakerId: mention.personId, speakerText: null };
  return speakerOfPhrase(context, phraseAround(doc, index, index, to), null);
}

/**
 * A speaker starting or ending at token `index`: a person mention, a nominative pronoun, or a
 * nominative noun phrase. Scanning left (`forward` false) the phrase head is the leftmost noun
 * of the run of words that ends at `index`.
 */
function candidateAt(context: SpeakerContext, index: number, from: number, to: number, agreement: VerbAgreement, forward = false): { speaker: Speaker; start: number } | undefined {
  const { doc } = context;
  const token = doc.tokens[index];
  if (token.kind !== 'word') return undefined;
  const mention = mentionAt(context, index);
  if (mention?.nominative) return { speaker: { speakerId: mention.personId, speakerText: null }, start: mention.tokenStart };
  if (NOMINATIVE_PRONOUNS.has(lower(doc, index)) && isSpeakerPronoun(doc, index)) return { speaker: resolvePronoun(context, index, agreement), start: index };
  if (lower(doc, index) === 'они') return { speaker: NOBODY, start: index };
  if (mention || !isNominativeNoun(doc, index)) return undefined;
  let head = index;
  if (!forward) {
    for (let j = index - 1; j >= from && isPhraseWord(doc, j); j--) if (isNominativeNoun(doc, j) && !mentionAt(context, j)) head = j;
  }
  const phrase = phraseAround(doc, head, from, to);
  return { speaker: speakerOfPhrase(context, phrase, agreement), start: phrase.start };
}

function isNominativeNoun(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || isFunctionWord(doc, index)) return false;
  if (token.script !== 'cyrillic') return token.capitalized || token.text === token.text.toUpperCase();
  const parses = doc.parses[index];
  const noun = parses.some((parse) => (parse.pos === 'NOUN' || (parse.pos === 'ADJF' && parse.grammemes.has('anim'))) && !parse.grammemes.has('Apro'));
  const best = parses[0]?.pos;
  return noun && canBeNominative(doc, index) && best !== 'ADVB' && best !== 'VERB' && best !== 'INFN' && best !== 'PRED';
}

function isPhraseWord(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || isFunctionWord(doc, index)) return false;
  const pos = doc.parses[index][0]?.pos;
  return pos === 'NOUN' || pos === 'ADJF' || pos === 'PRTF' || token.capitalized || token.script !== 'cyrillic';
}
