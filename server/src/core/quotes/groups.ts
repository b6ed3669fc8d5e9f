/**
 * Groups of people named by a plural noun ("продавщицы рынка", "пилоты", "бастующие") as the
 * antecedents of a plural speaker: "заявили они", "по их словам", "одна из них заявила". News
 * names a group once and then speaks of it by pronoun; the speaker is the group's description.
 */
import type { Doc } from '../doc';
import { caseOf } from '../morphology/morphology';
import { inflectedText, type NounPhrase, oneOfText, phraseAround } from './nounPhrases';
import type { Speaker, SpeakerContext } from './speakers';
import { mentionAt, NOBODY } from './speakers';
import { isSubstantive } from './subjects';
import { lower } from './wordForms';

/** Sentences back to a group's description; further away "они" is rarely that group. */
const GROUP_REACH = 2;
const PLURAL_PRONOUNS = new Set(['они', 'их', 'них']);

/** A third-person plural pronoun: "они", "их", "них". */
export function isGroupPronoun(doc: Doc, index: number): boolean {
  return PLURAL_PRONOUNS.has(lower(doc, index));
}

/** "заявили они", "по их словам": the group named last before the pronoun, in the nominative; nobody when none. */
export function resolveGroup(context: SpeakerContext, pronoun: number): Speaker {
  const group = nearestGroup(context, pronoun, false);
  if (!group) return NOBODY;
  return { speakerId: null, speakerText: inflectedText(context.doc, group.phrase, group.written, 'nomn', true) };
}

/** "одна из них", "один из чиновников": one of a group, the group given by name when a pronoun stands for it. */
export function oneOfSpeaker(context: SpeakerContext, index: number, to: number): Speaker | undefined {
  const { doc } = context;
  const oneOf = oneOfText(doc, index, to);
  if (!oneOf) return undefined;
  if (lower(doc, index + 2) === 'них') {
    const feminine = ['одна', 'одной', 'одну'].includes(lower(doc, index));
    const group = nearestGroup(context, index, feminine);
    if (group) return { speakerId: null, speakerText: `${oneOf.text.split(' ')[0]} из ${inflectedText(doc, group.phrase, group.written, 'gent', true)}` };
  }
  return { speakerId: null, speakerText: oneOf.text };
}

/** The nearest plural animate noun before `before`, outside quotations, within reach: its phrase and written case. */
function nearestGroup(context: SpeakerContext, before: number, feminine: boolean, reach = GROUP_REACH) {
  const { doc } = context;
  const sentence = doc.sentenceOfToken[Math.min(before, doc.tokens.length - 1)];
  const firstSentence = doc.sentences[Math.max(0, sentence - reach)];
  for (let i = before - 1; i >= (firstSentence?.tokenStart ?? 0); i--) {
    const token = doc.tokens[i];
    if (token.kind !== 'word' || context.isQuoted(token.start, token.end) || mentionAt(context, i)) continue;
    const reading = groupReading(doc, i, feminine);
    if (!reading) continue;
    const bounds = doc.sentences[doc.sentenceOfToken[i]];
    return { phrase: phraseAround(doc, i, bounds.tokenStart, bounds.tokenEnd), written: caseOf(reading) ?? 'nomn' };
  }
  return undefined;
}

/** The word's best reading as a plural animate noun (or a substantive adjective) that is not a name. */
function groupReading(doc: Doc, index: number, feminine: boolean) {
  const best = doc.parses[index][0];
  if (!best || !best.grammemes.has('plur') || best.grammemes.has('Apro')) return undefined;
  if (best.pos === 'NOUN' ? !best.grammemes.has('anim') : !(best.pos === 'ADJF' && isSubstantive(doc, index))) return undefined;
  if (['Name', 'Surn', 'Patr', 'Geox', 'Orgn'].some((tag) => best.grammemes.has(tag))) return undefined;
  return !feminine || best.grammemes.has('femn') || best.pos === 'ADJF' ? best : undefined;
}

/** Sentences back to the group a general plural stands for: a story may tell of it in between. */
const GENERIC_GROUP_REACH = 3;
/** Plural nouns too general to tell a group apart: news uses them for a group it has just named. */
const GENERIC_GROUP_LEMMAS = new Set(['женщина', 'мужчина', 'человек']);

/**
 * "Женщина собирала ягоды с соседками. … женщины заявили": a bare general plural ("женщины",
 * "мужчины", "люди") stands for the more specific group named in the sentences before it, in the
 * nominative; undefined when the word is not such a plural or no other group is near.
 */
export function genericGroupSpeaker(context: SpeakerContext, phrase: NounPhrase): Speaker | undefined {
  const { doc } = context;
  if (phrase.end - phrase.start !== 1) return undefined;
  const head = doc.parses[phrase.head]?.[0];
  if (!head || head.pos !== 'NOUN' || !head.grammemes.has('plur') || !GENERIC_GROUP_LEMMAS.has(head.lemma)) return undefined;
  const group = nearestGroup(context, phrase.start, head.lemma === 'женщина', GENERIC_GROUP_REACH);
  if (!group) return undefined;
  const groupHead = doc.parses[group.phrase.head]?.[0];
  if (!groupHead || GENERIC_GROUP_LEMMAS.has(groupHead.lemma)) return undefined;
  return { speakerId: null, speakerText: inflectedText(doc, group.phrase, group.written, 'nomn', true) };
}
