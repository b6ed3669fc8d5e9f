/**
 * What one token can be inside a person's name, read from the dictionary's reliable readings
 * and a few word lists: a first name, patronymic, surname, an initial, a name particle, a
 * regnal numeral, or a capitalised word the dictionary does not know / knows as a common noun /
 * knows as a place or organisation.
 */
import { formBits, formFact, lowerText, type Doc } from '../doc';
import { AGE_ADJECTIVE, type WordParse } from '../morphology/morphology';
import { CAPITAL_ARTICLES, FOREIGN_FIRST_NAMES, HYPHENATED_ARTICLE, NAME_PARTICLES, NEVER_PERSON } from './gazetteers';
import { nameKey, tokenKey } from './nameKeys';

export type WordKind =
  | 'first' | 'patronymic' | 'surname' | 'initial' | 'particle' | 'numeral'
  | 'unknown' | 'common' | 'place';

export interface NameWord {
  /** Index of the word's first token; an initial spans two (letter and dot). */
  token: number;
  tokenEnd: number;
  kind: WordKind;
  /** The name reading outscores every reading that is not a name (Ирина: yes; Надежда, Любой: no). */
  strong: boolean;
  /** A first name or patronymic form the dictionary also knows as a surname (Ким, Джонсон, Абрамович). */
  alsoSurname: boolean;
  /** The dictionary also knows the word as a place or organisation (Милан, Китай). */
  alsoPlace: boolean;
  /** The name reading's score against the best other reading, 0..1 (Вера: 0.28, Ирина: 1; a listed foreign first name at least 0.6). */
  share: number;
}

const DOUBLE_NAME = /^([А-ЯЁ][а-яё]+)-([А-ЯЁ][а-яё]+)$/u;

/** Жан-Мари, Жан-Клод, Анна-Мария: two capitalised first names (not Эмилия-Романья). */
function isDoubleFirstName(doc: Doc, text: string): boolean {
  const parts = DOUBLE_NAME.exec(text);
  if (!parts) return false;
  const isFirst = (word: string) => isForeignFirstName(word) || reliableParses(word, doc.morphology.parse(word)).some((parse) => parse.grammemes.has('Name') && !parse.grammemes.has('plur'));
  return isFirst(parts[1]) && isFirst(parts[2]);
}

// Endings a foreign first name takes in Russian cases: Стива, Стиву, Стивом, Серены, Серене, Сереной.
const FIRST_NAME_ENDINGS = /(?:ом|ем|ой|ей|а|я|у|ю|е|ы|и)$/u;

/** The word is a foreign first name of the list in some case. */
export function isForeignFirstName(text: string): boolean {
  const key = nameKey(text);
  if (FOREIGN_FIRST_NAMES.has(key)) return true;
  const stem = key.replace(FIRST_NAME_ENDINGS, '');
  return stem !== key && stem.length >= 2 && (FOREIGN_FIRST_NAMES.has(stem) || FOREIGN_FIRST_NAMES.has(`${stem}а`) || FOREIGN_FIRST_NAMES.has(`${stem}я`) || FOREIGN_FIRST_NAMES.has(`${stem}й`));
}
// Regnal numerals up to XXXIX (Елизавета II, Карл XVI Густав).
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|VI{0,3}|I{1,3})?$/;
const PLACE_TAGS = ['Geox', 'Orgn'];

/** What a word form is, apart from where it stands; cached per form. */
type FormClass = Pick<NameWord, 'kind' | 'strong' | 'alsoSurname' | 'alsoPlace' | 'share'>;

const PARTICLE: FormClass = { kind: 'particle', strong: true, alsoSurname: false, alsoPlace: false, share: 1 };
const ARTICLE_PART: FormClass = { ...PARTICLE, kind: 'unknown' };
const INITIAL: FormClass = { ...PARTICLE, kind: 'initial' };
const NUMERAL: FormClass = { ...PARTICLE, kind: 'numeral' };

/** Classifies the word at `index` for name matching; undefined when it cannot be part of a name. */
export function classifyWord(doc: Doc, index: number): NameWord | undefined {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word') return undefined;
  const shape = wordShape(doc, index);
  if (!token.capitalized) {
    if ((shape & PARTICLE_SHAPE) !== 0) return place(PARTICLE, index, index + 1);
    return (shape & ARTICLE_SHAPE) !== 0 ? place(ARTICLE_PART, index, index + 1) : undefined;
  }
  const next = doc.tokens[index + 1];
  // Харальд V. at a sentence end: a regnal numeral after a name, not an initial.
  const afterName = doc.tokens[index - 1]?.capitalized && doc.tokens[index - 1].script === 'cyrillic' && doc.tokens[index - 1].end < token.start;
  if ((shape & ROMAN_SHAPE) !== 0 && afterName) return place(NUMERAL, index, index + 1);
  // "Хамад бен Халифа Аль Тани": an Arabic article written apart and capitalised, between two name words.
  if (afterName && next?.capitalized && next.start > token.end && CAPITAL_ARTICLES.has(lowerText(doc, index))) return place(PARTICLE, index, index + 1);
  const length = token.end - token.start;
  if (next !== undefined && next.start === token.end && next.end === next.start + 1 && doc.text.charCodeAt(next.start) === DOT && token.script !== 'other' && (length === 1 || (length === 2 && (shape & ALL_CAPS_SHAPE) === 0))) {
    return place(INITIAL, index, index + 2);
  }
  if ((shape & ROMAN_SHAPE) !== 0) return place(NUMERAL, index, index + 1);
  if (token.script !== 'cyrillic' || (shape & ALL_CAPS_SHAPE) !== 0) return undefined;
  const form = formClass(doc, index);
  return form ? place(form, index, index + 1) : undefined;
}

const DOT = 0x2e;
const ROMAN_SHAPE = 1;
const ALL_CAPS_SHAPE = 2;
const PARTICLE_SHAPE = 4;
const ARTICLE_SHAPE = 8;
const PARTICLE_KEY = 16;

/**
 * What the word's spelling says, as bits: capitalised, a regnal numeral and all capitals; in
 * lower case, a name particle (фон) or one hyphenated before a name (аль-Асад); in any case, a
 * name particle by its key (Фон, Ле). Kept in the form's flags, as every word asks.
 */
const wordShape = formBits(5, (doc: Doc, index: number): number => {
  const { text, capitalized } = doc.forms[index];
  const key = NAME_PARTICLES.has(tokenKey(doc, index)) ? PARTICLE_KEY : 0;
  if (!capitalized) return key | (NAME_PARTICLES.has(text) ? PARTICLE_SHAPE : 0) | (text.indexOf('-') > 0 && HYPHENATED_ARTICLE.test(text) ? ARTICLE_SHAPE : 0);
  return key | (ROMAN.test(text) ? ROMAN_SHAPE : 0) | (isAllCaps(text) ? ALL_CAPS_SHAPE : 0);
});

/** The token's key (lower case, ё as е) is a name particle (фон, Ле, Де): `NAME_PARTICLES.has(tokenKey(…))`, kept in the form's flags. */
export function isParticleKey(doc: Doc, index: number): boolean {
  return (wordShape(doc, index) & PARTICLE_KEY) !== 0;
}

// Field by field, not a spread: form classes come in several shapes, and a spread of them is slow.
function place(form: FormClass, token: number, tokenEnd: number): NameWord {
  return { token, tokenEnd, kind: form.kind, strong: form.strong, alsoSurname: form.alsoSurname, alsoPlace: form.alsoPlace, share: form.share };
}

const SURNAME_SHAPE = /(?:[ое]в|ёв|[иы]н)(?:а|у|ым|ом|е|ой|ы)?$|(?:енко|швили|дзе|ян|янц|чук|юк)(?:а|у|ом|е)?$|(?:ск|цк)(?:ий|ого|ому|им|ом)$/u;
// Hyphenated place names of the Romance and English world: Сан-Диего, Санта-Фе, Лос-Анджелес, Нью-Джерси.
const PLACE_PREFIX = /^(?:сан|санта|санто|сент|санкт|лос|лас|нью|порт|форт|буэнос|рио|пуэрто|коста|баден|усть|вест|ист|норт|саут)-/iu;

/** The class of the capitalised Cyrillic word at `index`, null when it cannot be part of a name; kept per form. */
const formClass = formFact(classifyForm);

function classifyForm(doc: Doc, index: number): FormClass | null {
  const text = doc.tokens[index].text;
  if (PLACE_PREFIX.test(text)) return { kind: 'place', strong: true, alsoSurname: false, alsoPlace: true, share: 1 };
  // An age opening the sentence (Восьмидесятилетний Маккейн) says who the name is, and is no part of it.
  if (AGE_ADJECTIVE.test(lowerText(doc, index))) return null;
  const parses = wordReadings(doc, index);
  // Months, weekdays, "Бог": never a name on their own, though they may end one (Виктор Понедельник).
  if (NEVER_PERSON.has(nameKey(text)) || parses.some((parse) => NEVER_PERSON.has(parse.lemma))) return { kind: 'common', strong: true, alsoSurname: false, alsoPlace: false, share: 1 };
  const nameScore = bestWith(parses, 'Name');
  const surnameScore = bestWith(parses, 'Surn');
  const placeScore = Math.max(bestWith(parses, 'Geox'), bestWith(parses, 'Orgn'));
  const bestOther = bestWithout(parses, NAME_TAGS);
  const alsoPlace = placeScore > 0;
  const form = (kind: WordKind, strong: boolean, share = 1): FormClass => ({ kind, strong, alsoSurname: kind === 'first' && surnameScore > 0, alsoPlace, share });
  // Абрамович: a patronymic form that is also a surname; alone it is the surname.
  if (bestWith(parses, 'Patr') > 0) return { ...form('patronymic', true), alsoSurname: surnameScore > 0 };
  const foreignFirst = isForeignFirstName(text) || isDoubleFirstName(doc, text);
  // A listed foreign first name the dictionary reads mostly otherwise ("Том" as a form of "тот") still counts as a name.
  // Карлос, Гонсалес: a listed foreign first name stays a first name though the dictionary also has the surname.
  if (foreignFirst && surnameScore > nameScore) return { ...form('first', true), alsoSurname: true };
  if (nameScore > 0 && nameScore >= placeScore) return form('first', nameScore > bestOther, Math.max(foreignFirst ? 0.6 : 0, nameScore / Math.max(nameScore, bestOther)));
  if (surnameScore > 0 && surnameScore >= placeScore) return form('surname', surnameScore > bestOther, surnameScore / Math.max(surnameScore, bestOther));
  if (foreignFirst) return form('first', parses.length === 0);
  if (alsoPlace && placeScore >= bestWithout(parses, PLACE_TAGS)) return form('place', true);
  // A word the dictionary does not know, shaped like a surname of the region (Аленчиев, Тажаяковым, Гацелицадзе,
  // Зеленский); not feminine -ская/-ской, which are mostly adjectives of places (Кропивницкой, Корнуольская).
  if (parses.length === 0 && SURNAME_SHAPE.test(text)) return form('surname', true);
  // Read only as a plural of a name (Керимов as "of Kerims", Марис as "of Marisas"), which a capitalised word
  // hardly ever means: a surname when shaped like one, else a foreign first name (Марис Янсонс).
  if (parses.length > 0 && parses.every(isPluralName)) return SURNAME_SHAPE.test(text) ? form('surname', true) : form('first', false, 0.5);
  return form(parses.length > 0 ? 'common' : 'unknown', true);
}

/** The best score of a singular reading with the tag: plural readings of names ("Лин" as genitive plural of Лина) are not what a capitalised word means. */
function bestWith(parses: readonly WordParse[], tag: string): number {
  let best = 0;
  for (const parse of parses) if (parse.score > best && parse.grammemes.has(tag) && !parse.grammemes.has('plur')) best = parse.score;
  return best;
}

/** The best score of a reading without the tags; possessive adjectives (Ленина as "Lenin's") are the surname, not a rival. */
function bestWithout(parses: readonly WordParse[], tags: readonly string[]): number {
  let best = 0;
  for (const parse of parses) {
    if (parse.score > best && !parse.grammemes.has('Poss') && !tags.some((tag) => parse.grammemes.has(tag))) best = parse.score;
  }
  return best;
}

const NAME_TAGS = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn'];

function isPluralName(parse: WordParse): boolean {
  return parse.grammemes.has('plur') && (parse.grammemes.has('Name') || parse.grammemes.has('Surn') || parse.grammemes.has('Patr'));
}

const GENERATION = /^(.+)-(?:младш|старш)[а-яё]+$/u;

/**
 * The reliable readings of a word, kept per form; for a hyphenated word the dictionary does
 * not know ("Поп-звезда", "Экс-министр"), those of its last part.
 */
export const wordReadings = formFact((doc: Doc, index: number): readonly WordParse[] => {
  const text = doc.tokens[index].text;
  let readings = reliableParses(text, doc.parses[index]);
  const hyphen = text.lastIndexOf('-');
  const generation = GENERATION.exec(text);
  if (generation) {
    // "Лукашенко-младший" reads as its head.
    readings = reliableParses(generation[1], doc.morphology.parse(generation[1]));
  } else if (readings.length === 0 && hyphen > 0 && text.length - hyphen > 4) {
    // Short tails are parts of names (Бернерс-Ли), long ones are words (поп-звезда).
    const tail = text.slice(hyphen + 1);
    readings = reliableParses(tail, doc.morphology.parse(tail));
  }
  return readings;
});

/** The token's length in UTF-16 units, read from the token rather than from its string, which lies elsewhere in memory. */
export function tokenLength(doc: Doc, index: number): number {
  const token = doc.tokens[index];
  return token.end - token.start;
}

/** The token opens its sentence, or a quotation or line inside it (only punctuation before it). */
export function opensSentence(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[doc.sentenceOfToken[index]];
  for (let i = index - 1; i >= sentence.tokenStart; i--) {
    const token = doc.tokens[i];
    if (token.kind !== 'punct') return false;
    if (token.text === ',' || token.text === ')') return false;
  }
  return true;
}

/**
 * Dictionary readings that really belong to this spelling. az corrects typos and guesses unknown
 * words from their endings; a guessed "Name" or a corrected "Маккаррик → макарик" is not evidence.
 */
export function reliableParses(text: string, parses: readonly WordParse[]): readonly WordParse[] {
  const lower = nameKey(text);
  // Vocative and informal readings ("Илон" as a vocative of Илона) are not how news names anyone.
  return parses.filter((parse) => parse.known && !parse.grammemes.has('voct') && !parse.grammemes.has('Infr') && sharesStem(nameKey(parse.lemma), lower));
}

function sharesStem(lemma: string, form: string): boolean {
  const needed = Math.max(1, Math.min(lemma.length, form.length) - 4);
  for (let i = 0; i < needed; i++) if (lemma[i] !== form[i]) return false;
  return true;
}

function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}
