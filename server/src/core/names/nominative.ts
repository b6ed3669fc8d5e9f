/**
 * Gender and nominative form of a name. The dictionary inflects the parts it knows; for the
 * parts it does not know (mostly foreign surnames) the case the known parts agree on tells
 * which ending to take off: "Стива Уиткоффа" is genitive because "Стива" is, so "Уиткофф".
 */
import { formFact, lowerAt, type Doc } from '../doc';
import { caseOf, genderOf, type Case, type WordParse } from '../morphology/morphology';
import type { Gender } from '../types';
import { isRelationalHead, isRoleHeadParse } from '../roles/roleLexicon';
import { partnerCase } from './actingPerson';
import { CAPITAL_ARTICLES, FOREIGN_FIRST_NAMES } from './gazetteers';
import { nameKey } from './nameKeys';
import { isForeignFirstName, opensSentence, reliableParses, wordReadings } from './nameWords';

export type PartRole = 'first' | 'patronymic' | 'surname' | 'initial' | 'particle' | 'numeral';

export interface NamePart {
  token: number;
  tokenEnd: number;
  role: PartRole;
  /** The nominative when the context already tells it (a repeat of an earlier full name). */
  nominative?: string;
}

/** A part with every field set, so that all parts share one shape (parts of several shapes slow each stage that reads them). */
export function namePart(token: number, tokenEnd: number, role: PartRole, nominative?: string): NamePart {
  return { token, tokenEnd, role, nominative };
}

/** The singular readings of a form with the tag, kept per form: one person's name is singular; plural readings ("Марковны" as nominative plural) mislead the case. */
const readingsTagged = (tag: string) => formFact((doc: Doc, index: number): readonly WordParse[] => wordReadings(doc, index).filter((parse) => parse.grammemes.has(tag) && !parse.grammemes.has('plur')));
const FIRST_NAME_READINGS = readingsTagged('Name');
const READINGS_OF_ROLE: Partial<Record<PartRole, (doc: Doc, index: number) => readonly WordParse[]>> = { first: FIRST_NAME_READINGS, patronymic: readingsTagged('Patr'), surname: readingsTagged('Surn') };
const NO_READINGS: readonly WordParse[] = [];
const ALL_CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** A reading fits the gender, or is a surname in -а/-я that both genders share (Обама, Шойгу). */
function agrees(parse: WordParse, gender: Gender | null): boolean {
  const own = genderOf(parse);
  return gender === null || own === null || own === gender || parse.grammemes.has('Ms-f') || (parse.grammemes.has('Surn') && /[ая]$/.test(parse.lemma));
}

/**
 * A woman's first name in -а (Авила, Роза; not Христя, which «Христе» reads as besides Христос): a surname the dictionary knows only as such a first name declines as it
 * whoever bears it, as a man's surname in -а does (Хосе Авила, Хосе Авилы), so it agrees with either gender.
 */
function feminineInA(parse: WordParse): boolean {
  return parse.grammemes.has('femn') && parse.lemma.endsWith('а');
}

function nameReadings(doc: Doc, part: NamePart): readonly WordParse[] {
  return READINGS_OF_ROLE[part.role]?.(doc, part.token) ?? NO_READINGS;
}

/**
 * Readings that tell a part's case: its name readings, or for a surname the dictionary knows only
 * as a first name (Джонсону, Томасу) those first-name readings, which decline the same way.
 */
function caseReadings(doc: Doc, part: NamePart): readonly WordParse[] {
  const own = nameReadings(doc, part);
  if (own.length > 0 || part.role !== 'surname') return own;
  return FIRST_NAME_READINGS(doc, part.token);
}

/**
 * The gender every known part allows; surnames like Обама / Шойгу (either gender) do not vote.
 * `guessed` when only the masculine default of {@link genderByCase} decided it.
 */
export function nameGender(doc: Doc, parts: readonly NamePart[]): { gender: Gender | null; guessed: boolean } {
  if (hersByNounBefore(doc, parts)) return { gender: 'female', guessed: false };
  const votes = { male: 0, female: 0 };
  // An indeclinable foreign first name (Эммануэль, Мишель) may be either gender whatever the dictionary says: a predicate decides first.
  let indeclinableFirst = false;
  for (const part of parts) {
    const vote = genderVote(doc, part);
    if (vote.indeclinable) {
      indeclinableFirst = true;
      continue;
    }
    if (vote.gender) votes[vote.gender] += part.role === 'first' ? 2 : 1;
  }
  if (indeclinableFirst && votes.male === votes.female) {
    const predicate = predicateGender(doc, parts, true);
    if (predicate) return { gender: predicate, guessed: false };
    for (const part of parts) {
      if (part.role !== 'first') continue;
      const only = genderVote(doc, part).gender;
      if (only) votes[only] += 2;
    }
  }
  if (votes.male > votes.female) return { gender: 'male', guessed: false };
  if (votes.female > votes.male) return { gender: 'female', guessed: false };
  const predicate = predicateGender(doc, parts);
  if (predicate) return { gender: predicate, guessed: false };
  // A surname alone with nothing to show the gender ("Кадырова", "Громова") is read as his, guessed.
  // A first name alone is most often in the nominative: "Раиса" is she, not his genitive.
  if (parts.length === 1 && parts[0].role === 'first') {
    const nominative = nameReadings(doc, parts[0]).filter((parse) => caseOf(parse) === 'nomn').map(genderOf);
    if (nominative.length > 0 && nominative.every((gender) => gender === nominative[0]) && nominative[0]) return { gender: nominative[0], guessed: true };
  }
  return { gender: parts.some((part) => part.role === 'first' || part.role === 'surname') ? genderByCase(doc, parts) : null, guessed: true };
}

/**
 * "Журналистка Смит заявила", "с певицей Мартин": a noun for a woman right before a lone name
 * ending in a consonant, which only a man's name declines and a woman's keeps, makes it her
 * surname whatever first name the dictionary knows it as. The noun is feminine in all its
 * readings and only animate (not "звезда", "жертва", which name men too), no common-gender
 * one (судья), and no relation's ("соседка Макафи" is his genitive).
 */
export function hersByNounBefore(doc: Doc, parts: readonly NamePart[]): boolean {
  if (!undeclinedAsHers(doc, parts)) return false;
  const token = parts[0].token;
  if (parts.length === 1 && !/[бвгджзклмнпрстфхцчшщ]$/u.test(lowerAt(doc, token))) return false;
  // A whole name with no verb of his next to it ("Актриса Иван Петров выступил" is a slip the verb corrects).
  if (parts.length > 1 && predicateGender(doc, parts) === 'male') return false;
  const before = doc.tokens[token - 1];
  if (!before || before.kind !== 'word' || doc.sentenceOfToken[token - 1] !== doc.sentenceOfToken[token]) return false;
  if (before.capitalized && !opensSentence(doc, token - 1)) return false;
  return feminineMemberNoun(doc, token - 1);
}

/**
 * Each word of the name, no patronymic among them, as a man's would stand in the nominative, so as
 * hers it may be any case: it ends in a consonant or a vowel no case of his shows (Колин Маккалоу),
 * not in -а/-я/-й or an oblique ending (Ивану Петрову).
 */
export function undeclinedAsHers(doc: Doc, parts: readonly NamePart[]): boolean {
  return parts.every((part) => part.role !== 'patronymic' && /[бвгджзклмнпрстфхцчшщьоуюиеэ]$/u.test(lowerAt(doc, part.token)) && !OBLIQUE_ENDING.test(lowerAt(doc, part.token)));
}

/** Every reading of the word is a known animate singular feminine noun, none common-gender or a relation's. */
const feminineMemberNoun = formFact((doc: Doc, index: number): boolean => {
  const readings = doc.parses[index];
  return readings.length > 0 && readings.every((parse) => parse.known && parse.pos === 'NOUN' && parse.grammemes.has('anim') && parse.grammemes.has('femn')
    && parse.grammemes.has('sing') && !parse.grammemes.has('Ms-f') && !['Name', 'Surn', 'Patr', 'Geox', 'Orgn'].some((tag) => parse.grammemes.has(tag)) && !isRelationalHead(parse.lemma));
});

/** What a part's form says of the gender in its role: the one gender all its name readings share, and whether it is an indeclinable first name. */
interface GenderVote {
  gender: Gender | null;
  indeclinable: boolean;
}

const NO_VOTE: GenderVote = { gender: null, indeclinable: false };

/** The {@link GenderVote} of a form in a role, kept per form: every name asks it of each of its parts. */
const genderVoteIn = (role: PartRole) => formFact((doc: Doc, index: number): GenderVote => {
  const readings = READINGS_OF_ROLE[role]?.(doc, index) ?? NO_READINGS;
  if (role === 'first' && readings.length > 0 && readings.every((parse) => parse.grammemes.has('Fixd'))) return { gender: onlyGender(readings), indeclinable: true };
  let only = onlyGender(readings);
  if (role === 'first' && readings.length === 0 && declinedForeignFirst(doc.tokens[index].text) !== undefined) only = 'male';
  // "Аркади", "Оливье": a foreign name that does not decline, which the dictionary reads only as her oblique case (Аркадя, Оливья), tells no gender.
  if (role === 'first' && only === 'female' && !readings.some((parse) => caseOf(parse) === 'nomn') && indeclinableForeignFirst(doc, index)) only = null;
  if (role === 'surname' && readings.length === 0) only = genderOfUnknownSurname(doc.tokens[index].text);
  // Surnames in -а/-я are tagged masculine but serve both genders (Обама, Шойгу is Ms-f).
  if (role === 'surname' && only && /[ая]$/.test(readings[0]?.lemma ?? '')) only = null;
  return { gender: only, indeclinable: false };
});

const GENDER_VOTE_OF_ROLE: Partial<Record<PartRole, (doc: Doc, index: number) => GenderVote>> = { first: genderVoteIn('first'), patronymic: genderVoteIn('patronymic'), surname: genderVoteIn('surname') };

function genderVote(doc: Doc, part: NamePart): GenderVote {
  return GENDER_VOTE_OF_ROLE[part.role]?.(doc, part.token) ?? NO_VOTE;
}

/** Case endings a man's first name ending in a consonant takes: Эммерсона, Эммерсону, Эммерсоном, Эммерсоне; Мишеля, Мишелю, Мишелем. */
const HARD_STEM_ENDINGS: readonly [string, Case][] = [['ом', 'ablt'], ['а', 'gent'], ['у', 'datv'], ['е', 'loct']];
const SOFT_STEM_ENDINGS: readonly [string, Case][] = [['ем', 'ablt'], ['я', 'gent'], ['ю', 'datv'], ['е', 'loct']];

/**
 * The case of a listed foreign first name ending in a consonant written with a case ending (Эммерсона, Мишелю): only a man's
 * such name declines (Эллен, Мишель as hers keep their form), so it is his, in that case.
 */
function declinedForeignFirst(text: string): Case | undefined {
  const key = nameKey(text);
  // A listed name as written is its own nominative (Бингу, not a dative of Бинг).
  if (FOREIGN_FIRST_NAMES.has(key)) return undefined;
  for (const [ending, value] of HARD_STEM_ENDINGS) {
    const stem = key.slice(0, key.length - ending.length);
    if (key.endsWith(ending) && /[бвгджзклмнпрстфхцчшщ]$/u.test(stem) && FOREIGN_FIRST_NAMES.has(stem)) return value;
  }
  for (const [ending, value] of SOFT_STEM_ENDINGS) {
    const stem = `${key.slice(0, key.length - ending.length)}ь`;
    if (key.endsWith(ending) && FOREIGN_FIRST_NAMES.has(stem)) return value;
  }
  return undefined;
}

/** A name opened by such a declined first name (Стэна Ли, Эммерсоном Мнангагвой) is in its case. */
function caseOfDeclinedFirst(doc: Doc, parts: readonly NamePart[]): Case | undefined {
  const first = parts[0];
  if (first.role !== 'first' || FIRST_NAME_READINGS(doc, first.token).length > 0) return undefined;
  const value = declinedForeignFirst(doc.tokens[first.token].text);
  // His -а is the genitive and the accusative alike; a surname in -у after a consonant shows which (Эмира Кустурицу).
  const last = doc.tokens[parts[parts.length - 1].token].text;
  return value === 'gent' && parts.length > 1 && /[бвгджзклмнпрстфхцчшщ]у$/u.test(last) ? 'accs' : value;
}

/** The one gender all the readings have (common-gender ones counting as none), or null. */
function onlyGender(readings: readonly WordParse[]): Gender | null {
  const genders = new Set(readings.map((parse) => (parse.grammemes.has('Ms-f') ? null : genderOf(parse))));
  return genders.size === 1 ? [...genders][0] : null;
}

/** Endings no nominative of a name has: -у, -ю, -ом, -ым after a consonant, -ому, -ого. */
const OBLIQUE_ENDING = /(?:[бвгджзклмнпрстфхцчшщ](?:у|ю|ом|ым)|ому|ого)$/u;

/** The gender of a past-tense verb or short adjective next to the name: "Мишель Обама приехала", "сказала Мишель"; `adjacentOnly`: not one word further on. */
function predicateGender(doc: Doc, parts: readonly NamePart[], adjacentOnly = false): Gender | null {
  const first = parts[0].token;
  const last = parts[parts.length - 1].tokenEnd;
  // After a noun for a thing the name is its genitive ("ресурсов Громова была возможность"): the verb is not its.
  const before = doc.tokens[first - 1];
  // A noun capitalised only because it opens the sentence counts too ("Улица Ленина перекрыта").
  const beforeTop = before && before.kind === 'word' && (!before.capitalized || opensSentence(doc, first - 1)) ? wordReadings(doc, first - 1)[0] : undefined;
  // Not when that noun and its preposition open the sentence, an adverbial before the subject ("На турнире Юлия Зарипова показала").
  if (beforeTop?.pos === 'NOUN' && beforeTop.grammemes.has('inan') && !openingAdverbial(doc, first - 1)) return null;
  // After a noun for someone's relation in the nominative a surname alone is its genitive (Прислуга Макафи дала интервью): the verb is the noun's.
  if (parts.length === 1 && parts[0].role === 'surname' && beforeTop?.pos === 'NOUN' && beforeTop.grammemes.has('nomn') && isRelationalHead(beforeTop.lemma)) return null;
  // A verb before a name ending in an oblique case (поддержал Набиуллину) is its subject's, not the name's.
  const oblique = OBLIQUE_ENDING.test(doc.tokens[last - 1].text);
  // A word the dictionary knows only as a noun in an oblique case (Трампу понравилась идея): the verb after it is not its.
  const knownOblique = parts.length === 1 && obliqueNounCase(doc, parts[0].token) !== undefined;
  // The object of a preposition is no subject: the verb after "у Кими Райкконена" is another's (пресс-конференция … прошла).
  const afterPreposition = beforeTop?.pos === 'PREP';
  for (const index of adjacentOnly ? [last, first - 1] : [last, last + 1, first - 1]) {
    if ((index === first - 1 && oblique) || (index !== first - 1 && (knownOblique || afterPreposition))) continue;
    const token = doc.tokens[index];
    if (!token || token.kind !== 'word' || doc.sentenceOfToken[index] !== doc.sentenceOfToken[first]) continue;
    const top = doc.parses[index][0];
    if (!top || !top.known || !top.grammemes.has('sing')) continue;
    const predicate = (top.pos === 'VERB' && top.grammemes.has('past')) || top.pos === 'ADJS' || top.pos === 'PRTS';
    if (predicate) return genderOf(top);
  }
  return null;
}

/** The noun at `index` follows a preposition that opens the sentence (На турнире, В финале). */
function openingAdverbial(doc: Doc, index: number): boolean {
  const preposition = index - 1;
  if (preposition < 0 || doc.tokens[preposition].kind !== 'word' || doc.sentenceOfToken[preposition] !== doc.sentenceOfToken[index]) return false;
  return wordReadings(doc, preposition)[0]?.pos === 'PREP' && opensSentence(doc, preposition);
}

/**
 * Parts that allow both genders ("Дмитрия Медведева": his genitive or her nominative) take the
 * gender under which they share a case; when both do, the masculine reading, as news names men more often.
 */
function genderByCase(doc: Doc, parts: readonly NamePart[]): Gender | null {
  const male = sharedCases(doc, parts, 'male');
  const female = sharedCases(doc, parts, 'female');
  // His reading has no nominative, hers has one: "Дмитрия Медведева", "Юлия Зарипова".
  const hisObliqueOrHerNominative = male !== undefined && (male & NOMINATIVE) === 0 && female !== undefined && (female & NOMINATIVE) !== 0;
  // "Евгения Альбац", "Юлия Скрипаль": a man's surname ending in a consonant or -ь would take an ending outside the nominative (Скрипаля); without one, she.
  const last = parts[parts.length - 1];
  const bareSurname = last.role === 'surname' && nameReadings(doc, last).length === 0 && /[бвгджзклмнпрстфхцчшщь]$/u.test(doc.tokens[last.token].text);
  if (bareSurname && male !== undefined && (male & NOMINATIVE) === 0 && female !== undefined && female !== 0) return 'female';
  // "Марина Цветаева": her nominative, not the genitive of a rare man's name, when the dictionary reads the first name mostly as hers
  // and nothing before asks for a genitive (книга Евгения Петрова).
  if (hisObliqueOrHerNominative && mostlyFeminineFirstName(doc, parts) && !governedBefore(doc, parts[0].token) && !pluralVerbAt(doc, parts[parts.length - 1].tokenEnd)
    && (!pluralVerbAt(doc, parts[0].token - 1) || coordinatedWithNominative(doc, parts[parts.length - 1].tokenEnd))
    && !coordinatedWithOblique(doc, parts[parts.length - 1].tokenEnd)) return 'female';
  // "Анастасия Ракова, которая работала": a relative word agrees in gender with the name it follows, so a feminine one makes her
  // nominative of his genitive, unless a common noun before may own the name and be what the relative word stands for (дочь Евгения Петрова, которая).
  if (hisObliqueOrHerNominative && feminineFirstName(doc, parts) && feminineRelativeAfter(doc, parts[parts.length - 1].tokenEnd)
    && (!governedBefore(doc, parts[0].token) || properNounBefore(doc, parts[0].token))) return 'female';
  // "Юлия Зарипова" opening the sentence, or joined by "и" to a name that does, is its subject: her nominative, not his genitive.
  if (hisObliqueOrHerNominative && feminineFirstName(doc, parts) && subjectPlace(doc, parts)) return 'female';
  // "пловчиха Юлия Ефимова", "министр Юлия Зарипова": a title in the nominative is followed by its holder's name in the same case, not by a genitive.
  if (hisObliqueOrHerNominative && feminineFirstName(doc, parts) && nominativeTitleBefore(doc, parts[0].token)) return 'female';
  // "встретились Виктория Смирнова и Анна Белова": joined by "и" to a word only ever in the nominative, the name is in it too;
  // so before "и", another name and their plural verb (Вчера Анжелина Петрова и Виктория Смирнова выступили).
  if (hisObliqueOrHerNominative && feminineFirstName(doc, parts) && !governedBefore(doc, parts[0].token)
    && (coordinatedWithNominative(doc, parts[parts.length - 1].tokenEnd) || namesBeforePluralVerb(doc, parts[parts.length - 1].tokenEnd))) return 'female';
  // "но Виктория Смирнова полагает", "Когда Анжелина Петрова выйдет": a verb in the third person singular right after an ungoverned name is its.
  if (hisObliqueOrHerNominative && feminineFirstName(doc, parts) && !governedBefore(doc, parts[0].token) && singularVerbAfter(doc, parts[parts.length - 1].tokenEnd)) return 'female';
  // "Али Хаменеи", "Тони Ивоби": a first name in -и/-е/-о/-у that reads as a man's indeclinable name, or only as an oblique case of
  // hers (Аля, Тоня), before a surname that shows no case, is his nominative, not her genitive or dative.
  if (male === undefined && female !== undefined && (female & NOMINATIVE) === 0 && parts[0].role === 'first' && indeclinableForeignFirst(doc, parts[0].token)
    && sharedCases(doc, parts.slice(1), 'female') === undefined) return 'male';
  if (male !== undefined && male !== 0) return 'male';
  if (female !== undefined && female !== 0) return 'female';
  return null;
}

/**
 * A first name ending in -и/-е/-о/-у that the dictionary also reads as an indeclinable word (Али, Тони; Аркади as a surname),
 * or one of the listed foreign first names as written (Оливье): a foreign name that does not decline.
 */
const indeclinableForeignFirst = formFact((doc: Doc, index: number): boolean => {
  const text = doc.tokens[index].text;
  if (!/[иеоу]$/u.test(text)) return false;
  return FOREIGN_FIRST_NAMES.has(nameKey(text)) || wordReadings(doc, index).some((parse) => parse.grammemes.has('Fixd') && parse.grammemes.has('anim') && !parse.grammemes.has('femn'));
});

/** At least this share of a first name's readings are a woman's (Марина 0.67, Александра 0.71; Валерия 0.5 is not). */
const FEMININE_FIRST_SHARE = 0.6;

function mostlyFeminineFirstName(doc: Doc, parts: readonly NamePart[]): boolean {
  const first = parts.find((part) => part.role === 'first');
  if (!first) return false;
  let female = 0;
  let all = 0;
  for (const parse of nameReadings(doc, first)) {
    all += parse.score;
    if (genderOf(parse) === 'female') female += parse.score;
  }
  return all > 0 && female / all >= FEMININE_FIRST_SHARE;
}

/** The name has a first name the dictionary reads as a woman's nominative (Юлия, Виктория; not Дмитрия). */
function feminineFirstName(doc: Doc, parts: readonly NamePart[]): boolean {
  const first = parts.find((part) => part.role === 'first');
  return first !== undefined && nameReadings(doc, first).some((parse) => genderOf(parse) === 'female' && caseOf(parse) === 'nomn');
}

/**
 * The name opens its sentence, or follows "и" after a row of capitalised words (names, commas
 * between them) that opens it (Анна Белова и Юлия Зарипова …): where the subject stands.
 */
function subjectPlace(doc: Doc, parts: readonly NamePart[]): boolean {
  const index = parts[0].token;
  // Alone before a plural verb it is the object (Евгения Петрова наградили); a row of names shares one plural verb.
  if (opensSentence(doc, index)) return !pluralVerbAt(doc, parts[parts.length - 1].tokenEnd);
  const and = doc.tokens[index - 1];
  if (!and || and.kind !== 'word' || and.text !== 'и' || doc.sentenceOfToken[index - 1] !== doc.sentenceOfToken[index]) return false;
  const start = doc.sentences[doc.sentenceOfToken[index]].tokenStart;
  let words = 0;
  for (let i = index - 2; i >= start; i--) {
    const token = doc.tokens[i];
    if (token.kind === 'word') {
      if (!token.capitalized) return false;
      words++;
    } else if ((token.text !== '.' && token.text !== ',') || words === 0) {
      return opensSentence(doc, i + 1) && words > 0;
    }
  }
  return words > 0;
}

/**
 * The word before is a title in the nominative singular and in no other case (журналистка, министр),
 * one that does not ask for a complement (not сестра, помощница: "сестра Юлия Кравцова" may be his).
 */
function nominativeTitleBefore(doc: Doc, index: number): boolean {
  const before = doc.tokens[index - 1];
  if (!before || before.kind !== 'word' || doc.sentenceOfToken[index - 1] !== doc.sentenceOfToken[index]) return false;
  if (before.capitalized && !opensSentence(doc, index - 1)) return false;
  const readings = wordReadings(doc, index - 1);
  const titles = readings.filter((parse) => isRoleHeadParse(parse, true));
  return titles.length > 0 && titles.length === readings.length
    && titles.every((parse) => caseOf(parse) === 'nomn' && parse.grammemes.has('sing') && !isRelationalHead(parse.lemma));
}

const POSSESSIVES = new Set(['её', 'ее', 'его', 'их']);

/** "и" at `index`, then (past a possessive pronoun) a word every reading of which is a nominative: Анна, тренер. */
function coordinatedWithNominative(doc: Doc, index: number): boolean {
  if (doc.tokens[index]?.text !== 'и' || doc.sentenceOfToken[index] !== doc.sentenceOfToken[index - 1]) return false;
  let at = index + 1;
  while (doc.tokens[at] && POSSESSIVES.has(doc.tokens[at].text)) at++;
  if (!doc.tokens[at] || doc.tokens[at].kind !== 'word' || doc.sentenceOfToken[at] !== doc.sentenceOfToken[index]) return false;
  const readings = wordReadings(doc, at);
  return readings.length > 0 && readings.every((parse) => caseOf(parse) === 'nomn');
}

/** "и" at `index`, then a word the dictionary never reads as a nominative (и Анну Белову): the name shares that oblique case. */
function coordinatedWithOblique(doc: Doc, index: number): boolean {
  if (doc.tokens[index]?.text !== 'и' || doc.sentenceOfToken[index] !== doc.sentenceOfToken[index - 1]) return false;
  const next = index + 1;
  if (!doc.tokens[next] || doc.tokens[next].kind !== 'word' || doc.sentenceOfToken[next] !== doc.sentenceOfToken[index]) return false;
  const readings = wordReadings(doc, next);
  return readings.length > 0 && readings.every((parse) => caseOf(parse) !== 'nomn' && parse.pos === 'NOUN');
}

/** "и", a name that may be nominative and a plural verb right after it (и Виктория Смирнова выступили): the two names are its subjects. */
function namesBeforePluralVerb(doc: Doc, index: number): boolean {
  if (doc.tokens[index]?.text !== 'и' || doc.sentenceOfToken[index] !== doc.sentenceOfToken[index - 1]) return false;
  const first = index + 1;
  if (!doc.tokens[first]?.capitalized || !wordReadings(doc, first).some((parse) => caseOf(parse) === 'nomn')) return false;
  let at = first;
  while (doc.tokens[at] && doc.sentenceOfToken[at] === doc.sentenceOfToken[index] && (doc.tokens[at].capitalized || doc.tokens[at].text === '.')) at++;
  return doc.sentenceOfToken[at] === doc.sentenceOfToken[index] && pluralVerbAt(doc, at);
}

/** A verb in the present or future, third person singular, right after the name (полагает, выйдет). */
function singularVerbAfter(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word' || token.capitalized || doc.sentenceOfToken[index] !== doc.sentenceOfToken[index - 1]) return false;
  const top = wordReadings(doc, index)[0];
  return top !== undefined && top.pos === 'VERB' && top.grammemes.has('sing') && top.grammemes.has('3per') && !top.grammemes.has('past');
}

/** A plural verb right after or before the name has no subject there: the name is its object (Евгения Петрова наградили, поздравили Евгения Петрова). */
function pluralVerbAt(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word') return false;
  const top = wordReadings(doc, index)[0];
  return top !== undefined && top.pos === 'VERB' && top.grammemes.has('plur');
}

const FEMININE_RELATIVES = new Set(['которая', 'которой', 'которую', 'которою']);

/** A comma at `index`, then a feminine singular form of «который» (, которая …). */
function feminineRelativeAfter(doc: Doc, index: number): boolean {
  if (doc.tokens[index]?.text !== ',' || doc.sentenceOfToken[index] !== doc.sentenceOfToken[index - 1]) return false;
  const next = doc.tokens[index + 1];
  return next !== undefined && next.kind === 'word' && doc.sentenceOfToken[index + 1] === doc.sentenceOfToken[index] && FEMININE_RELATIVES.has(lowerAt(doc, index + 1));
}

/** The word before the name is a proper noun written with a capital inside the sentence (правительства России Анастасия Ракова): no owner of a person. */
function properNounBefore(doc: Doc, index: number): boolean {
  const before = doc.tokens[index - 1];
  return before !== undefined && before.kind === 'word' && before.capitalized && !opensSentence(doc, index - 1)
    && wordReadings(doc, index - 1).some((parse) => parse.grammemes.has('Geox') || parse.grammemes.has('Orgn'));
}

/** The word before the name is a noun or preposition, which may govern a genitive (книга Евгения Петрова, у Александра Петрова). */
function governedBefore(doc: Doc, index: number): boolean {
  const before = doc.tokens[index - 1];
  if (!before || before.kind !== 'word' || doc.sentenceOfToken[index - 1] !== doc.sentenceOfToken[index]) return false;
  const top = wordReadings(doc, index - 1)[0];
  return top === undefined || top.pos === 'NOUN' || top.pos === 'PREP' || top.pos === 'NUMR' || top.pos === 'ADJF' || top.pos === 'PRTF';
}

/** The cases all parts that show one can stand in for the gender, as bits of {@link ALL_CASES}; undefined when no part shows a case. */
function sharedCases(doc: Doc, parts: readonly NamePart[], gender: Gender | null): number | undefined {
  let shared: number | undefined;
  for (const part of parts) {
    const cases = CASES_OF_ROLE[part.role]?.(doc, part.token)[GENDERS.indexOf(gender)] ?? SHOWS_NO_CASE;
    if (cases === SHOWS_NO_CASE) continue;
    shared = shared === undefined ? cases : shared & cases;
  }
  return shared;
}

const GENDERS: readonly (Gender | null)[] = [null, 'male', 'female'];
const NOMINATIVE = 1 << ALL_CASES.indexOf('nomn');
/** A part whose readings for the gender tell no case: none, or all indeclinable. */
const SHOWS_NO_CASE = -1;

/**
 * The cases a form's readings in its role stand in, for each of {@link GENDERS} (bits of
 * {@link ALL_CASES}, or SHOWS_NO_CASE); kept per form and role, as every name asks for each part.
 */
const casesIn = (role: PartRole) => formFact((doc: Doc, index: number): readonly number[] => {
  const own = READINGS_OF_ROLE[role]?.(doc, index) ?? NO_READINGS;
  // A surname the dictionary knows only as a first name (Джонсону, Томасу) declines as that first name.
  const all = own.length > 0 || role !== 'surname' ? own : FIRST_NAME_READINGS(doc, index);
  return GENDERS.map((gender) => {
    const readings = all.filter((parse) => agrees(parse, gender) || (all !== own && feminineInA(parse)));
    if (readings.length === 0 || readings.every((parse) => parse.grammemes.has('Fixd'))) return SHOWS_NO_CASE;
    let cases = 0;
    for (const parse of readings) {
      const value = caseOf(parse);
      if (value !== undefined) cases |= 1 << ALL_CASES.indexOf(value);
    }
    return cases;
  });
});

const CASES_OF_ROLE: Partial<Record<PartRole, (doc: Doc, index: number) => readonly number[]>> = { first: casesIn('first'), patronymic: casesIn('patronymic'), surname: casesIn('surname') };

/** Endings of Russian-style surnames that show the gender; "-ова" does not (her nominative, his genitive). */
function genderOfUnknownSurname(text: string): Gender | null {
  if (/(?:ов|ев|ёв|ин|ын|овым|евым|иным|ский|цкий|ского|цкого|скому|цкому|ским|цким)$/u.test(text)) return 'male';
  if (/(?:овой|евой|ёвой|иной|ской|цкой|скую|цкую|ская|цкая)$/u.test(text)) return 'female';
  return null;
}

/** The case all known parts share (nominative first when possible), or undefined when nothing is known. */
export function nameCase(doc: Doc, parts: readonly NamePart[], gender: Gender | null): Case | undefined {
  const shared = sharedCases(doc, parts, gender);
  if (shared === undefined || shared === 0) {
    const guessed = guessCaseOfUnknown(doc.tokens[parts[parts.length - 1].token].text, gender) ?? caseAllWordsShow(doc, parts, gender) ?? caseOfDeclinedFirst(doc, parts) ?? genitiveAfterGovernor(doc, parts, gender);
    if (guessed || parts.length !== 1 || gender === 'female') return guessed;
    // A surname alone that the sentence shows met or spoken to (позвонил Шольцу) is in that case.
    return obliqueNounCase(doc, parts[0].token) ?? (nameReadings(doc, parts[0]).length === 0 ? partnerCase(doc, parts[0].token) : undefined);
  }
  return ALL_CASES.find((_, bit) => (shared & (1 << bit)) !== 0);
}

/**
 * Every word of a man's name the dictionary does not know ends in one oblique ending after a
 * consonant: "Эммануэлю Макрону" is dative, "Эммануэлем Макроном" instrumental (not "Жоау Лоуренсу").
 */
function caseAllWordsShow(doc: Doc, parts: readonly NamePart[], gender: Gender | null): Case | undefined {
  const words = parts.filter((part) => part.role === 'first' || part.role === 'surname');
  if (gender === 'female' || words.length < 2) return undefined;
  const texts = words.map((part) => doc.tokens[part.token].text);
  // Portuguese names end so in the nominative (Криштиану Роналду): the first name without the ending must be a known one (Эммануэль, Милош).
  if (texts.every((text) => /[бвгджзклмнпрстфхцчшщ][ую]$/u.test(text)) && knownFirstName(doc, undeclineUnknown(texts[0], 'datv', gender))) return 'datv';
  if (texts.every((text) => /[бвгджзклмнпрстфхцчшщ](?:ом|ем)$/u.test(text))) return 'ablt';
  // "Карлоса Тевеса", "Акселя Вебера": a man's name both words of which end in -а/-я after a consonant, its first name a known one without
  // that ending, is in the genitive or accusative (not "Никола Тесла", whose first name without it is none).
  if (texts.every((text) => /[бвгджзклмнпрстфхцчшщ][ая]$/u.test(text)) && knownFirstName(doc, undeclineUnknown(texts[0], 'gent', gender))) return 'gent';
  return undefined;
}

/**
 * "против Энрике Каприлеса", "соперника Энрике Каприлеса": a man's name whose surname the dictionary does not know ends in -а after a
 * consonant, its first name showing no case, is that surname's genitive or accusative after a preposition, or after a noun for a person
 * that has no nominative reading when no verb follows: neither leaves the name in the nominative (as "Сейджи Маехара" would be).
 */
function genitiveAfterGovernor(doc: Doc, parts: readonly NamePart[], gender: Gender | null): Case | undefined {
  const last = parts[parts.length - 1];
  if (gender === 'female' || parts.length < 2 || last.role !== 'surname' || nameReadings(doc, last).length > 0) return undefined;
  if (!/[бвгджзклмнпрстфхцчшщ]а$/u.test(doc.tokens[last.token].text)) return undefined;
  let before = parts[0].token - 1;
  // "обоих его преследователей — Кими Райкконена и …": an apposition after a dash takes the case of the noun before it.
  const dashed = DASHES.has(doc.tokens[before]?.text ?? '');
  if (dashed) {
    before--;
    // Without a verb before it in the sentence the dash stands for "is" («Главный секретарь кабинета министров — Ёсихидэ Суга»): the name is nominative.
    if (!verbBefore(doc, before)) return undefined;
  }
  const token = doc.tokens[before];
  if (!token || token.kind !== 'word' || token.capitalized || doc.sentenceOfToken[before] !== doc.sentenceOfToken[parts[0].token]) return undefined;
  const readings = wordReadings(doc, before);
  if (readings.length === 0) return undefined;
  if (readings[0].pos === 'PREP' && !dashed) return 'gent';
  // Not before a verb: a genitive before may be another noun's complement, the name the subject in apposition (помощник заместителя госсекретаря Мэтью Брайза призвал).
  const after = doc.tokens[last.tokenEnd];
  if (after?.kind === 'word' && wordReadings(doc, last.tokenEnd)[0]?.pos === 'VERB') return undefined;
  return readings.every((parse) => parse.pos === 'NOUN' && parse.grammemes.has('anim') && caseOf(parse) !== 'nomn') ? 'gent' : undefined;
}

const DASHES = new Set(['—', '–', '-']);
/** How far back a dash's clause is searched for its verb. */
const DASH_CLAUSE_WORDS = 12;

/** A verb among the few words of the sentence up to `index`. */
function verbBefore(doc: Doc, index: number): boolean {
  const sentence = doc.sentenceOfToken[index];
  for (let at = index; at >= 0 && at > index - DASH_CLAUSE_WORDS && doc.sentenceOfToken[at] === sentence; at--) {
    if (doc.tokens[at].kind === 'word' && wordReadings(doc, at)[0]?.pos === 'VERB') return true;
  }
  return false;
}

/** A first name the dictionary knows in this form, or one of the listed foreign first names. */
function knownFirstName(doc: Doc, text: string): boolean {
  return isForeignFirstName(text) || reliableParses(text, doc.morphology.parse(text)).some((parse) => parse.grammemes.has('Name') && caseOf(parse) === 'nomn');
}

/** With nothing known, only the unmistakable masculine endings tell the case: "Локхарту", "Кушнером". */
function guessCaseOfUnknown(text: string, gender: Gender | null): Case | undefined {
  if (text.length < 5) return undefined;
  // No nominative of one person's name ends in -ы after a consonant: "Маехары", "Сато Ямады" are genitives of names in -а, his or hers.
  if (/[бвдзлмнпрстфц]ы$/u.test(text)) return 'gent';
  if (gender === 'female') return undefined;
  if (/[бвгджзклмнпрстфхцчшщ]ом$/u.test(text) || /(?:ов|ев|ин)ым$/u.test(text)) return 'ablt';
  if (/(?:ов|ев|ин)а$/u.test(text)) return 'gent';
  // Adjectival surnames show their case (Зеленского, Зеленскому, Зеленским).
  if (/(?:ск|цк)ого$/u.test(text)) return 'gent';
  if (/(?:ск|цк)ому$/u.test(text)) return 'datv';
  if (/(?:ск|цк)им$/u.test(text)) return 'ablt';
  return undefined;
}

/** Each part in the nominative, capitalised as written; initials as "В.". */
export function nominativeParts(doc: Doc, parts: readonly NamePart[], gender: Gender | null, nameCaseValue: Case | undefined): string[] {
  return parts.map((part, index) => {
    const text = doc.tokens[part.token].text;
    if (part.nominative !== undefined) return part.nominative;
    if (part.role === 'initial') return `${text}.`;
    // A particle capitalised only because it opens the sentence (Фон дер Ляйен) is written small.
    if (part.role === 'particle' && index === 0 && text.indexOf('-') < 0 && opensSentence(doc, part.token)) return text.toLowerCase();
    if (part.role === 'patronymic') return undeclinePatronymic(text);
    if (part.role === 'particle' || part.role === 'numeral' || nameCaseValue === 'nomn' || nameCaseValue === undefined) return text;
    // The word after an Arabic article written apart does not decline (Тамима бен Хамада Аль Тани: Тани, not Таня).
    if (index > 0 && parts[index - 1].role === 'particle' && doc.tokens[parts[index - 1].token].capitalized && CAPITAL_ARTICLES.has(lowerAt(doc, parts[index - 1].token))) return text;
    // A listed foreign first name as written is a man's nominative (Гурбангулы, not a genitive of Гурбангула; Тони, not of Тоня),
    // unless without the case's ending it is another listed one (Пита of Пит).
    if (part.role === 'first' && gender !== 'female' && FOREIGN_FIRST_NAMES.has(nameKey(text))) {
      const undeclined = undeclineUnknown(text, nameCaseValue, gender);
      if (undeclined === text || !FOREIGN_FIRST_NAMES.has(nameKey(undeclined))) return text;
    }
    const own = nameReadings(doc, part);
    const readings = caseReadings(doc, part).filter((parse) => caseOf(parse) === nameCaseValue && (agrees(parse, gender) || (own.length === 0 && part.role === 'surname' && feminineInA(parse))));
    if (readings.length > 0) {
      if (readings[0].grammemes.has('Fixd')) return text;
      const wanted = gender === 'female' && part.role !== 'first' ? ['nomn', 'femn'] : ['nomn'];
      const inflected = readings[0].inflect(wanted) ?? readings[0].inflect(['nomn']);
      return inflected ? keepHyphenated(capitalizeLike(inflected, text), text) : text;
    }
    // A surname the dictionary knows only as a noun (Трампа, Христа) declines as that noun.
    const noun = wordReadings(doc, part.token).find((parse) => parse.pos === 'NOUN' && caseOf(parse) === nameCaseValue && !NOT_A_NOUN_TO_DECLINE.some((tag) => parse.grammemes.has(tag)));
    const inflected = noun?.inflect(['nomn']);
    if (inflected) return keepHyphenated(capitalizeLike(inflected, text), text);
    if (caseReadings(doc, part).length > 0) return text;
    // "Бернерсом-Ли": a short last part after a hyphen does not decline, the part before it does (Бернерс-Ли).
    const hyphen = text.lastIndexOf('-');
    if (part.role === 'surname' && hyphen > 0 && text.length - hyphen - 1 <= 3 && /^-[А-ЯЁ]/u.test(text.slice(hyphen))) {
      return undeclineUnknown(text.slice(0, hyphen), nameCaseValue, gender) + text.slice(hyphen);
    }
    return undeclineUnknown(text, nameCaseValue, gender);
  });
}

const NOT_A_NOUN_TO_DECLINE = ['plur', 'Geox', 'Orgn', 'Name', 'Surn', 'Patr'];

/**
 * The one oblique case of a word the dictionary knows only as a masculine noun, none of whose
 * readings is a nominative (Трампу, Трампом): the case a surname that declines like it stands in.
 */
function obliqueNounCase(doc: Doc, index: number): Case | undefined {
  const readings = wordReadings(doc, index);
  if (readings.length === 0 || readings.some((parse) => caseOf(parse) === 'nomn' || parse.pos !== 'NOUN' || NOT_A_NOUN_TO_DECLINE.some((tag) => parse.grammemes.has(tag)) || !parse.grammemes.has('masc'))) return undefined;
  const cases = new Set(readings.map(caseOf));
  return cases.size === 1 ? [...cases][0] : undefined;
}

/**
 * A hyphenated word read through one of its parts (Ахмат-Хаджи through Хаджи, Лукашенко-младшего
 * through Лукашенко) keeps the other part as written.
 */
function keepHyphenated(nominative: string, text: string): string {
  const hyphen = text.indexOf('-');
  if (hyphen < 0 || nominative.includes('-')) return nominative;
  const head = text.slice(0, hyphen);
  if (nameKey(nominative).startsWith(nameKey(head).slice(0, Math.max(1, head.length - 2)))) return nominative + text.slice(text.lastIndexOf('-'));
  return `${text.slice(0, text.lastIndexOf('-'))}-${nominative}`;
}

/** The dictionary inflects a patronymic into its first name, so the ending comes off by rule. */
function undeclinePatronymic(text: string): string {
  return text.replace(/(ич)(?:а|у|ем|е)$/u, '$1').replace(/(ичн|вн)(?:ы|е|у|ой)$/u, '$1а');
}

const MASCULINE_ENDINGS: Partial<Record<Case, [RegExp, string][]>> = {
  gent: [[/(ск|цк)ого$/u, '$1ий'], [/([^аеёиоуыэюя])а$/u, '$1'], [/([бвдзлмнпрстфц])ы$/u, '$1а'], [/ии$/u, 'ия'], [/([аеёиоуыэюя])я$/u, '$1й'], [/([^аеёиоуыэюя])я$/u, '$1ь']],
  accs: [[/(ск|цк)ого$/u, '$1ий'], [/([^аеёиоуыэюя])а$/u, '$1'], [/([^аеёиоуыэюя])у$/u, '$1а'], [/([аеёиоуыэюя])я$/u, '$1й'], [/([^аеёиоуыэюя])я$/u, '$1ь']],
  datv: [[/(ск|цк)ому$/u, '$1ий'], [/([^аеёиоуыэюя])у$/u, '$1'], [/ии$/u, 'ия'], [/([аеёиоуыэюя])ю$/u, '$1й'], [/([^аеёиоуыэюя])ю$/u, '$1ь']],
  ablt: [[/(ск|цк)им$/u, '$1ий'], [/(ов|ев|ин|ын)ым$/u, '$1'], [/([^аеёиоуыэюя])ом$/u, '$1'], [/([^аеёиоуыэюяжшщчц])ой$/u, '$1а'], [/([аеёиоуыэюя])ем$/u, '$1й'], [/([^аеёиоуыэюяжшщчц])[её]м$/u, '$1ь'], [/([жшщчц])ем$/u, '$1']],
  loct: [[/(ск|цк)ом$/u, '$1ий'], [/([^аеёиоуыэюя])е$/u, '$1'], [/ии$/u, 'ия']],
};
const FEMININE_ENDINGS: Partial<Record<Case, [RegExp, string][]>> = {
  gent: [[/(ск|цк)ой$/u, '$1ая'], [/(ов|ев|ин|ын)ой$/u, '$1а'], [/([^аеёиоуыэюя])ы$/u, '$1а'], [/([гкхжшщчц])и$/u, '$1а'], [/ии$/u, 'ия']],
  accs: [[/(ск|цк)ую$/u, '$1ая'], [/([^аеёиоуыэюя])у$/u, '$1а'], [/ию$/u, 'ия']],
  datv: [[/(ск|цк)ой$/u, '$1ая'], [/(ов|ев|ин|ын)ой$/u, '$1а'], [/([^аеёиоуыэюя])е$/u, '$1а'], [/ии$/u, 'ия']],
  ablt: [[/([^аеёиоуыэюя])ой$/u, '$1а'], [/ией$/u, 'ия']],
  loct: [[/(ск|цк)ой$/u, '$1ая'], [/(ов|ев|ин|ын)ой$/u, '$1а'], [/([^аеёиоуыэюя])е$/u, '$1а'], [/ии$/u, 'ия']],
};

/** Takes a Russian case ending off a foreign name the dictionary does not know ("Уиткоффа" → "Уиткофф"). */
export function undeclineUnknown(text: string, nameCaseValue: Case, gender: Gender | null): string {
  // Hyphenated Arabic and Korean-style parts (аш-Шараа) and vowel-final names do not decline.
  const rules = (gender === 'female' ? FEMININE_ENDINGS : MASCULINE_ENDINGS)[nameCaseValue] ?? [];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(text)) return text.replace(pattern, replacement);
  }
  return text;
}

function capitalizeLike(word: string, model: string): string {
  const modelParts = model.split('-');
  const wordParts = word.split('-');
  // The dictionary may read a hyphenated word through one part (Буш-младшего → буш, аль-Гайсом →
  // гайс): take the capitals from the parts of the model that the word starts like.
  const head = wordParts[0].slice(0, 3).toLowerCase();
  const found = modelParts.findIndex((part) => part.toLowerCase().startsWith(head));
  const shift = wordParts.length < modelParts.length && found > 0 ? Math.min(found, modelParts.length - wordParts.length) : 0;
  return wordParts.map((part, index) => {
    const source = modelParts[index + shift] ?? modelParts[modelParts.length - 1];
    return source && source[0] !== source[0].toLowerCase() ? part.charAt(0).toUpperCase() + part.slice(1) : part;
  }).join('-');
}
