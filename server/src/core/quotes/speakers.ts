/**
 * Turns the words that name a speaker into a speaker: a person of the analysis (by a name,
 * role or pronoun mention, or by resolving a pronoun or a role noun to an earlier person),
 * or the text of an unnamed description or an organisation, in the nominative.
 */
import type { Doc } from '../doc';
import type { LemmaRole } from './roleSpeakers';
import type { Case } from '../morphology/morphology';
import { tokenIndexAt } from '../tokens/tokenIndex';
import type { Mention, Person, Span } from '../types';
import { cueKindsOfTokens } from './cueWords';
import { genericGroupSpeaker } from './groups';
import { countStartingBefore, insideAnyOf } from './mentionIndex';
import { nominativeText, type NounPhrase } from './nounPhrases';
import { organisationFor } from './organisations';
import { holderOfRole, SUBSTANTIVE_ROLES } from './roleSpeakers';
import { STATEMENT_NOUNS, WRITTEN_TEXT_NOUNS } from './speechVerbs';
import { isNounOf, lower, type VerbAgreement } from './wordForms';

/** Who said it: exactly one of the two is set, or neither when nobody is named. */
export interface Speaker {
  speakerId: string | null;
  speakerText: string | null;
}


/** Nobody named. */
export const NOBODY: Speaker = { speakerId: null, speakerText: null };

/** A mention with its person, placed in the token stream. */
export interface PlacedMention extends Mention {
  personId: string;
  tokenStart: number;
  tokenEnd: number;
  /** The mention is written in the nominative, so it can be a subject. */
  nominative: boolean;
}

/** What speaker resolution needs besides the words themselves. */
export interface SpeakerContext {
  doc: Doc;
  people: readonly Person[];
  /** Every mention of every person, in text order. */
  mentions: PlacedMention[];
  /** For each token, the index in `mentions` of the mention covering it, or -1. */
  mentionOfToken: Int32Array;
  /** Quoted text: mentions inside are poor antecedents for a pronoun outside. */
  quoted: Span[];
  /** Pronoun tokens resolved to a person, by token index. */
  resolvedPronouns: Map<number, string>;
  /** Speakers of the quotations attributed so far, by sentence index, in text order. */
  recentSpeakers: { sentence: number; speaker: Speaker }[];
  /** Whether `[start, end)` lies inside a span of `quoted`. */
  isQuoted: (start: number, end: number) => boolean;
  /** For each entry of `mentions`: it lies inside a quotation. */
  mentionQuoted: Uint8Array;
  /** The first person with each id, and each person's entries of `mentions` in text order. */
  personById: Map<string, Person>;
  mentionsOfPerson: Map<string, PlacedMention[]>;
  /** For each token, the cue bits of its form (see cueWords). */
  cues: Uint8Array;
  /** The tokens that may attribute a quotation after them, ascending; found on first use (see `attributeBefore`). */
  cuesBefore: Int32Array | undefined;
  /** The tokens that are characterising verbs ("назвал"), ascending; found on first use. */
  characterisingVerbs: Int32Array | undefined;
  /** Every person's roles by the lemmas of their words; made on first use (see `roleSpeakers.ts`). */
  rolesByLemma: Map<string, LemmaRole[]> | undefined;
}

const PRONOUN_GENDER: Record<string, VerbAgreement> = {
  'он': 'male', 'она': 'female', 'его': 'male', 'её': 'female', 'ее': 'female', 'ему': 'male', 'ей': 'female', 'нему': 'male', 'ней': 'female', 'него': 'male', 'неё': 'female', 'нее': 'female',
};

/** Builds the context, placing every mention of every person. */
export function speakerContext(doc: Doc, people: readonly Person[], quoted: Span[]): SpeakerContext {
  const mentions: PlacedMention[] = [];
  for (const person of people) {
    for (const mention of person.mentions) {
      const tokenStart = tokenIndexAt(doc.tokens, mention.start);
      const tokenEnd = Math.max(tokenStart + 1, tokenIndexAt(doc.tokens, mention.end - 1) + 1);
      // Fields by name, not a spread: mentions of three kinds reach here, and a spread of
      // objects of several shapes takes V8's slow path (it was most of this function's time).
      const { start, end, text, kind, normalized } = mention;
      mentions.push({ start, end, text, kind, normalized, personId: person.id, tokenStart, tokenEnd, nominative: isNominativeMention(mention) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  // Speaker search asks "which mention covers this token?" for most tokens it passes.
  const mentionOfToken = new Int32Array(doc.tokens.length).fill(-1);
  mentions.forEach((mention, index) => { if (mention.tokenStart < mentionOfToken.length) mentionOfToken.fill(index, mention.tokenStart, mention.tokenEnd); });
  const isQuoted = insideAnyOf(quoted);
  const mentionQuoted = new Uint8Array(mentions.length);
  mentions.forEach((mention, index) => { if (isQuoted(mention.start, mention.end)) mentionQuoted[index] = 1; });
  const personById = new Map<string, Person>();
  for (const person of people) if (!personById.has(person.id)) personById.set(person.id, person);
  const mentionsOfPerson = new Map<string, PlacedMention[]>();
  for (const mention of mentions) {
    const own = mentionsOfPerson.get(mention.personId);
    if (own) own.push(mention);
    else mentionsOfPerson.set(mention.personId, [mention]);
  }
  return {
    doc, people, mentions, mentionOfToken, quoted, resolvedPronouns: new Map(), recentSpeakers: [],
    isQuoted, mentionQuoted, personById, mentionsOfPerson, cues: cueKindsOfTokens(doc),
    cuesBefore: undefined, characterisingVerbs: undefined, rolesByLemma: undefined,
  };
}

// The people stage gives each name mention its nominative form: a mention written that way is
// nominative ("Ушаков"), one written otherwise is not ("Путина", "Ушакову").
// A role mention is nominative when its head, the first word, is ("главы администрации" is not).
function isNominativeMention(mention: Mention): boolean {
  if (mention.kind === 'pronoun' || mention.text === mention.normalized) return true;
  if (mention.kind === 'role') return edgeWord(mention.text, false) === edgeWord(mention.normalized, false);
  // Initials may be written close up to the surname ("С.Буянский"): its last word is the surname all the same.
  return edgeWord(mention.text, true) === edgeWord(mention.normalized, true);
}

/**
 * The first or last word of a text in lower case, ё as е ('' when it has none). Words are parted
 * by white space and dots; found by scanning, as every mention asks this of two texts.
 */
function edgeWord(text: string, last: boolean): string {
  const lower = text.toLowerCase();
  let start = 0;
  let end = lower.length;
  if (last) {
    while (end > 0 && partsWords(lower.charCodeAt(end - 1))) end--;
    start = end;
    while (start > 0 && !partsWords(lower.charCodeAt(start - 1))) start--;
  } else {
    while (start < end && partsWords(lower.charCodeAt(start))) start++;
    end = start;
    while (end < lower.length && !partsWords(lower.charCodeAt(end))) end++;
  }
  return lower.slice(start, end).replace(/ё/g, 'е');
}

/** A dot or a white-space character (the code units of `\s` in a JavaScript regular expression). */
function partsWords(code: number): boolean {
  return code === 0x2e || code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The mention covering the token, if any. */
export function mentionAt(context: SpeakerContext, index: number): PlacedMention | undefined {
  const at = index >= 0 && index < context.mentionOfToken.length ? context.mentionOfToken[index] : -1;
  return at >= 0 ? context.mentions[at] : undefined;
}

/** A third-person pronoun that can name a speaker ("заявил он", "по его словам"). */
export function isSpeakerPronoun(doc: Doc, index: number): boolean {
  return lower(doc, index) in PRONOUN_GENDER;
}

/** Resolves a pronoun to the nearest earlier person agreeing with it and with the verb. */
export function resolvePronoun(context: SpeakerContext, index: number, agreement: VerbAgreement): Speaker {
  const gender = PRONOUN_GENDER[lower(context.doc, index)] ?? agreement;
  const person = relativeClauseAntecedent(context, index, gender) ?? nearestPerson(context, context.doc.tokens[index].start, gender, new Set());
  if (person) context.resolvedPronouns.set(index, person);
  return person ? { speakerId: person, speakerText: null } : NOBODY;
}

/** Relative words of place and time that open a clause about the event just named ("где он заявил"). */
const RELATIVE_ADVERBS = new Set(['где', 'когда', 'куда', 'откуда']);

/**
 * "… на инаугурации президента Эммерсона Мнангагвы, где он заявил": the subject "он"/"она" right
 * after a relative adverb stands for the last person of its gender named before the adverb in the
 * same sentence, when that mention is in an oblique case and no person of that gender is named in
 * the nominative earlier in the sentence (in "Путин встретился с Байденом, где он заявил" either
 * may be meant, and the nearest subject rule keeps Путин).
 */
function relativeClauseAntecedent(context: SpeakerContext, pronoun: number, gender: VerbAgreement): string | undefined {
  const { doc } = context;
  const word = lower(doc, pronoun);
  if ((word !== 'он' && word !== 'она') || (gender !== 'male' && gender !== 'female')) return undefined;
  const adverb = pronoun - 1;
  if (!RELATIVE_ADVERBS.has(lower(doc, adverb)) || doc.tokens[adverb - 1]?.text !== ',') return undefined;
  const sentenceStart = doc.sentences[doc.sentenceOfToken[pronoun]].tokenStart;
  if (adverb <= sentenceStart) return undefined;
  const opposite = gender === 'male' ? 'female' : 'male';
  let candidate: PlacedMention | undefined;
  for (let i = countStartingBefore(context.mentions, doc.tokens[adverb].start) - 1; i >= 0; i--) {
    const mention = context.mentions[i];
    if (mention.tokenStart < sentenceStart) break;
    if (mention.kind === 'pronoun' || context.mentionQuoted[i] === 1) continue;
    const own = context.personById.get(mention.personId)?.gender ?? null;
    if (own === opposite) continue;
    if (mention.nominative) return undefined;
    // Only a person whose gender is known, so that the pronoun's agrees with it.
    if (!candidate && own === gender && mention.kind === 'name') candidate = mention;
  }
  // "Он выступил на инаугурации президента X, где он заявил": the subject named by a pronoun.
  if (candidate) for (let i = sentenceStart; i < adverb; i++) if (lower(doc, i) === word && !context.isQuoted(doc.tokens[i].start, doc.tokens[i].end)) return undefined;
  return candidate?.personId;
}

/**
 * Adds a mention of kind 'pronoun' to each person a speaker pronoun was resolved to ("заявил он",
 * "по его словам"), keeping every person's mentions in text order.
 */
export function addPronounMentions(context: SpeakerContext, people: readonly Person[]): void {
  for (const [index, personId] of context.resolvedPronouns) {
    const person = people.find((candidate) => candidate.id === personId);
    const token = context.doc.tokens[index];
    if (!person || person.mentions.some((mention) => mention.start < token.end && token.start < mention.end)) continue;
    const normalized = PRONOUN_GENDER[lower(context.doc, index)] === 'female' ? 'она' : 'он';
    person.mentions.push({ start: token.start, end: token.end, text: token.text, kind: 'pronoun', normalized });
    person.mentions.sort((a, b) => a.start - b.start);
  }
}

/**
 * The nearest earlier person (by a mention outside quotations) not known to disagree in gender.
 */
export function nearestPerson(context: SpeakerContext, before: number, gender: VerbAgreement, exclude: ReadonlySet<string>): string | undefined {
  if (gender === 'plural') return undefined;
  const genderOf = (id: string) => context.personById.get(id)?.gender ?? null;
  const opposite = gender === 'male' ? 'female' : 'male';
  // A subject is the likelier antecedent: the latest nominative mention, else the latest one.
  // Walking back from `before` finds both without filtering every mention of the document.
  let latest: string | undefined;
  for (let i = countStartingBefore(context.mentions, before) - 1; i >= 0; i--) {
    const mention = context.mentions[i];
    if (mention.end > before || exclude.has(mention.personId) || context.mentionQuoted[i] === 1) continue;
    if (gender !== null && genderOf(mention.personId) === opposite) continue;
    if (mention.nominative) return mention.personId;
    latest ??= mention.personId;
  }
  return latest;
}

/**
 * Whether a name stands in the case the phrase is written in. A nominative first name
 * ("Мартин Куба", "Юлия Ефимова") reads as nominative even where the surname's nominative form
 * was guessed otherwise; "Джейкоба Зумы" is genitive.
 */
export function inCaseOf(context: SpeakerContext, mention: PlacedMention, written: Case): boolean {
  const firstNominative = context.doc.parses[mention.tokenStart]?.some((parse) => parse.known && parse.grammemes.has('Name') && parse.grammemes.has('nomn') && !parse.grammemes.has('plur')) ?? false;
  const nominative = mention.nominative || firstNominative;
  return written === 'nomn' ? nominative : !mention.nominative;
}

/**
 * The speaker a noun phrase names: a person mentioned inside it ("посол Ричард Гренелл"), the
 * person holding a role ("помощник президента"), or the phrase itself ("представитель МИД Франции").
 */
export function speakerOfPhrase(context: SpeakerContext, phrase: NounPhrase, agreement: VerbAgreement, written: Case = 'nomn'): Speaker {
  const { doc } = context;
  for (let i = phrase.start; i < phrase.end; i++) {
    const mention = mentionAt(context, i);
    // "глава Минкомсвязи Игорь Щеголёв" names the person in apposition, in any case; "помощник Путина" names another.
    // The apposed name stands in the head's case: "канцелярия президента Джейкоба Зумы" names the president's office.
    const apposition = mention !== undefined && mention.tokenEnd >= phrase.end && mention.text.trim().split(/\s+/).length >= 2 && inCaseOf(context, mention, written);
    // "Слова Соколова из интервью: «…»": the author of words or a statement is who speaks.
    if (mention && (mention.nominative || i === phrase.head || apposition || isNounOf(doc, phrase.head, STATEMENT_NOUNS))) return { speakerId: mention.personId, speakerText: null };
  }
  const head = doc.parses[phrase.head]?.[0];
  // "Надпись гласит: «…»": a text by itself, with no author after it, names no speaker.
  if (phrase.end === phrase.head + 1 && isNounOf(doc, phrase.head, WRITTEN_TEXT_NOUNS)) return NOBODY;
  // A name the names stage did not take for a person (По данным Рейтер: the outlet) is no role noun standing for someone named before.
  // Nor is an abbreviation in capitals (ФИФА сообщила), whatever animacy the dictionary guesses for it.
  const headText = doc.tokens[phrase.head].text;
  const abbreviation = headText.length >= 2 && headText === headText.toUpperCase() && headText !== headText.toLowerCase();
  const animate = head !== undefined && !abbreviation && ((head.pos === 'NOUN' && head.grammemes.has('anim')) || SUBSTANTIVE_ROLES.has(head.lemma)) && !['Orgn', 'Name', 'Surn', 'Patr'].some((tag) => head.grammemes.has(tag));
  if (animate && !head.grammemes.has('plur')) {
    const holder = holderOfRole(context, phrase, agreement);
    if (holder) return { speakerId: holder, speakerText: null };
  }
  // "в компании сообщили" stands for the one company named before; "газеты называют" for no one paper.
  if (phrase.end - phrase.start === 1 && head && !head.grammemes.has('plur') && agreement !== 'plural') {
    const named = organisationFor(doc, head.lemma, phrase.start, (index) => context.isQuoted(doc.tokens[index].start, doc.tokens[index].end));
    if (named) return { speakerId: null, speakerText: named };
  }
  // "женщины заявили" after "вместе с соседками": the general plural stands for the group named before.
  const group = written === 'nomn' ? genericGroupSpeaker(context, phrase) : undefined;
  if (group) return group;
  return { speakerId: null, speakerText: nominativeText(doc, phrase, written) };
}
