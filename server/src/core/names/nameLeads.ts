/**
 * Which word may open a name of several words, and whether the next word still agrees with it.
 * A sentence-opening common noun ("Президент", "Солист") does not lead; a capitalised common noun
 * mid-sentence before a name does (Лори Кае); so does a short word as Chinese and Korean surnames
 * are (Ван Цзюнь), but not a preposition (В Гагаузии).
 */
import { formFact, formFlag, type Doc } from '../doc';
import { caseOf, genderOf, type WordParse } from '../morphology/morphology';
import { followsPersonCue, isAdjective } from './aloneWords';
import { nameKey, tokenKey } from './nameKeys';
import { tokenLength, wordReadings, type NameWord } from './nameWords';

// Parts of speech a short word cannot be if it is a surname; particles and interjections may be
// (Ли, Хо) when a word the dictionary does not know follows.
/** A given name of two capitalised parts (Касым-Жомарт, Ахмат-Хаджи). */
const COMPOUND_GIVEN = /^[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+$/u;
/** Russian-style surname endings (Токаев, Назарбаев, Путин). */
const SURNAME_ENDING = /(?:ов|ев|ёв|ин|ын)$/u;
const NEVER_SURNAME = new Set(['PREP', 'CONJ', 'NPRO', 'ADVB', 'PRED', 'ADJF', 'NUMR', 'VERB', 'PRTF']);
const SOMETIMES_SURNAME = new Set(['PRCL', 'INTJ']);
/** Below this share against a common-noun reading, a first name does not open a longer name (Герой: Гера). */
const LEAD_NAME_SHARE = 0.1;

/** Whether the word at `start` can open a name of several words. */
export function canLead(doc: Doc, run: readonly NameWord[], start: number, opening: boolean): boolean {
  const lead = run[start];
  const next = run[start + 1];
  // "Соединённые Штаты", "Второй": an adjective does not open a name, though a first name read as one may (Марком: марк / маркий).
  if (!lead.strong && lead.kind !== 'unknown' && isAdjective(doc, lead.token) && !(lead.kind === 'first' && (lead.share >= 0.5 || next?.kind === 'surname'))) return false;
  // Three short words in a row are a Korean name (Пан Ги Мун, Ким Чен Ын), whatever the dictionary says of each.
  if (shortWordName(doc, run, start) > 0) return true;
  switch (lead.kind) {
    case 'first':
      // "Романа Коноплева": a first name the dictionary reads mostly as a noun still leads a known surname.
      return lead.strong || lead.share >= LEAD_NAME_SHARE || (next?.kind === 'surname' && next.strong) || next?.kind === 'patronymic';
    case 'surname':
      // "Королева Елизавета": a word the dictionary prefers as a common noun does not lead a first name.
      return lead.strong || next?.kind !== 'first';
    case 'unknown':
      // At a sentence start an unknown word before a common noun is no name ("Бла Дом"), unless it is a compound given name
      // (two capitalised parts) before a word shaped like a surname (Касым-Жомарт Токаев).
      return !opening || next?.kind !== 'common' || (COMPOUND_GIVEN.test(doc.tokens[lead.token].text) && SURNAME_ENDING.test(doc.tokens[next.token].text));
    case 'common':
      // A short noun opening a sentence is the noun ("Дом Бхутто в Лахоре оцеплен"); mid-sentence it may be a surname (Ар Келли).
      if (!opening && isShortSurname(doc, lead, next)) return true;
      // "режиссёра Эмира Кустурицу", "предшественника Фрица Хендерсона": after a person noun, a noun-like first name.
      if (followsPersonCue(doc, lead.token) && wordReadings(doc, lead.token)[0]?.grammemes.has('anim') && (unknownWord(doc, next) || next?.kind === 'surname')) return true;
      // "актриса Ума Турман", "с кинокритиком Джином Сискелом": after a noun for a person, two capitalised words the
      // dictionary reads as things are a foreign name, not a thing the person is (an adjective is: актёр Большого театра).
      // A word only in the genitive or plural after a noun in another case is what the noun heads (губернатор Флориды, вождь Пляски,
      // маэстро Гран-при Конкурса).
      // Neither word is an adjective or participle (актёр Большого театра, президента Соединённых Штатов), a place or an
      // organisation (губернатор Флориды), nor the second a noun for a person (замглавы Администрации Президента).
      // A noun for a person as the second word is one only when inflected: "Турман" (a breed of pigeon) stands as written.
      if (!opening && followsPersonCue(doc, lead.token) && (next?.kind === 'unknown' || next?.kind === 'common' || next?.kind === 'surname') && thingNotName(doc, lead.token) && thingNotName(doc, next.token) && !headedGenitive(doc, lead.token) && !(onlyGenitive(doc, next.token) && !onlyGenitive(doc, lead.token)) && !(isDictionaryForm(doc, next) ? false : wordReadings(doc, next.token).some((parse) => parse.known && parse.pos === 'NOUN' && parse.grammemes.has('anim') && !parse.grammemes.has('Surn')))) return true;
      if (foreignPairAfterPersonNoun(doc, run, start, opening)) return true;
      // Not a title (Папа Франциск, Император Акихито): those are nouns for people.
      return !opening && !isAdjective(doc, lead.token) && isDictionaryForm(doc, lead) && !wordReadings(doc, lead.token)[0]?.grammemes.has('anim') && (next?.kind === 'first' || next?.kind === 'unknown');
    case 'place':
      // "о Владимире Маяковском": a first name the dictionary reads first as a town, before a known surname.
      if (next?.kind === 'surname' && next.strong && wordReadings(doc, lead.token).some((parse) => parse.grammemes.has('Name') && !parse.grammemes.has('plur'))) return true;
      return (isShortSurname(doc, lead, next) && unknownWord(doc, next)) || foreignPairAfterPersonNoun(doc, run, start, opening);
    case 'particle': {
      // Particles may follow one another before the name (фон дер Ляйен).
      let after = start + 1;
      while (run[after]?.kind === 'particle') after++;
      const word = run[after]?.kind;
      return word === 'unknown' || word === 'surname' || word === 'common' || word === 'first';
    }
    default:
      return false;
  }
}

/** Russian adjectives of places, in any case (Нижегородской, Кировского): no foreign first name ends so. */
const PLACE_ADJECTIVE = /(?:ск|цк)(?:ий|ая|ое|ого|ой|ому|им|ом|ую)$/u;

/**
 * "актриса Кара Делевинь", "кинорежиссёра Арно Деплешена", "биографом Полой Бродвелл": mid-sentence right after a noun
 * for a person, two words alone in their run, the first one the dictionary knows only as a place, a thing or an
 * adjective, in the noun's case other than the genitive (or one that does not decline), the second one it does not know
 * at all, are a foreign first name and surname. A genitive is what the noun heads (короля Таиланда, императора Японии),
 * and so is a place in another case (представитель Сербии).
 */
export function foreignPairAfterPersonNoun(doc: Doc, run: readonly NameWord[], start: number, opening: boolean): boolean {
  const lead = run[start];
  const next = run[start + 1];
  if (opening || run.length !== start + 2 || !unknownWord(doc, next) || !followsPersonCue(doc, lead.token)) return false;
  if (PLACE_ADJECTIVE.test(doc.tokens[lead.token].text) || PLACE_ADJECTIVE.test(doc.tokens[next.token].text)) return false;
  const nounReadings = wordReadings(doc, lead.token - 1);
  return wordReadings(doc, lead.token).some((parse) => parse.grammemes.has('Fixd') || (caseOf(parse) !== 'gent' && nounReadings.some((noun) => caseOf(noun) === caseOf(parse))));
}

/** Every reading of the word is genitive or plural (no first name), and the word before has no genitive reading. */
function headedGenitive(doc: Doc, index: number): boolean {
  return onlyGenitive(doc, index) && !wordReadings(doc, index - 1).some((parse) => caseOf(parse) === 'gent');
}

/**
 * The dictionary reads the word, if at all, only in the genitive or in a plural that may head or follow a noun (nominative,
 * accusative: Пляски); a dative plural (Салам) is no complement of the noun before.
 */
export function onlyGenitive(doc: Doc, index: number): boolean {
  const readings = wordReadings(doc, index);
  return readings.length > 0 && readings.every((parse) => caseOf(parse) === 'gent' || (parse.grammemes.has('plur') && (caseOf(parse) === 'nomn' || caseOf(parse) === 'accs')));
}

/** A capitalised word the dictionary reads, if at all, only as a common noun: no adjective, participle, place or organisation. */
function thingNotName(doc: Doc, index: number): boolean {
  return !wordReadings(doc, index).some((parse) => parse.pos === 'ADJF' || parse.pos === 'PRTF' || parse.grammemes.has('Geox') || parse.grammemes.has('Orgn'));
}

/**
 * How many short words (up to three letters, the last up to four) stand in a row from `start`
 * when there are three or four of them: an East Asian name (Пан Ги Мун, Ким Чен Ын, Аун Сан Су Чжи); else 0.
 */
export function shortWordName(doc: Doc, run: readonly NameWord[], start: number): number {
  let end = start;
  while (end < run.length && end - start < 4 && run[end].kind !== 'initial' && run[end].kind !== 'particle' && tokenLength(doc, run[end].token) <= 4) end++;
  for (let i = start; i < end - 1; i++) if (tokenLength(doc, run[i].token) > 3) return 0;
  return end - start >= 3 ? end - start : 0;
}

/**
 * A word of up to three letters written as it stands in the dictionary (Ван, Ар, Си), as Chinese
 * and Korean surnames are; not an inflected noun (Дня) nor a preposition or conjunction.
 */
export function isShortSurname(doc: Doc, word: NameWord, next: NameWord | undefined): boolean {
  if (tokenLength(doc, word.token) > 3) return false;
  const top = wordReadings(doc, word.token)[0];
  if (!top) return true;
  const pos = top.pos ?? '';
  if (NEVER_SURNAME.has(pos) || (SOMETIMES_SURNAME.has(pos) && !unknownWord(doc, next))) return false;
  // Short nouns for people (Муж, Сын, Зять) introduce a name, they are not one.
  if (pos === 'NOUN' && top.grammemes.has('anim') && !top.grammemes.has('Name') && !top.grammemes.has('Surn')) return false;
  return isDictionaryForm(doc, word);
}

/** A word the dictionary does not know at all (Цзюнь, Цзинцзин), whatever its shape made of it. */
function unknownWord(doc: Doc, word: NameWord | undefined): boolean {
  return word !== undefined && word.kind !== 'initial' && word.kind !== 'particle' && wordReadings(doc, word.token).length === 0 && doc.tokens[word.token].script === 'cyrillic';
}

/** The word is its own dictionary form ("Лори", "Шейк"), as a foreign name read as a Russian noun is; not "Института". */
export function isDictionaryForm(doc: Doc, word: NameWord): boolean {
  const top = wordReadings(doc, word.token)[0];
  return !top || nameKey(top.lemma) === tokenKey(doc, word.token);
}

const NAME_TAGS = ['Name', 'Surn', 'Patr'];

/**
 * The case-and-gender pairs a known name word can stand in ("gent male"); first names, surnames
 * and patronymics of one person share one. Undefined for words the dictionary does not know as a
 * name and for indeclinable ones, which fit any.
 */
export function nameCases(doc: Doc, word: NameWord): ReadonlySet<string> | undefined {
  if (word.kind !== 'first' && word.kind !== 'surname' && word.kind !== 'patronymic') return undefined;
  // A first name's own readings tell its case: "Роман" is also an indeclinable woman's surname, which would fit any case.
  if (word.kind === 'first' && hasGivenReadings(doc, word.token)) return givenCasePairs(doc, word.token) ?? undefined;
  return allNameCases(doc, word);
}

/** The case pairs of all the word's name readings (first name, surname, patronymic), whatever its kind. */
export function allNameCases(doc: Doc, word: NameWord): ReadonlySet<string> | undefined {
  return casePairs(doc, word.token) ?? undefined;
}

const hasGivenReadings = formFlag((doc: Doc, index: number): boolean => wordReadings(doc, index).some((parse) => parse.grammemes.has('Name') && !parse.grammemes.has('plur')));

/** The pairs of {@link nameCases} for the form, null when none; kept per form. */
const casePairs = formFact((doc: Doc, index: number): ReadonlySet<string> | null => pairsOf(wordReadings(doc, index).filter((parse) => NAME_TAGS.some((tag) => parse.grammemes.has(tag)) && !parse.grammemes.has('plur'))));

/** The pairs of the form's first-name readings only. */
const givenCasePairs = formFact((doc: Doc, index: number): ReadonlySet<string> | null => pairsOf(wordReadings(doc, index).filter((parse) => parse.grammemes.has('Name') && !parse.grammemes.has('plur'))));

function pairsOf(readings: readonly WordParse[]): ReadonlySet<string> | null {
  if (readings.length === 0 || readings.some((parse) => parse.grammemes.has('Fixd'))) return null;
  const pairs = new Set<string>();
  for (const parse of readings) {
    const value = caseOf(parse);
    if (!value) continue;
    const gender = genderOf(parse);
    // Surnames in -а (Обама) and common-gender ones serve both.
    const both = gender === null || parse.grammemes.has('Ms-f') || (parse.grammemes.has('Surn') && /[ая]$/.test(parse.lemma));
    for (const each of both ? ['male', 'female'] : [gender]) pairs.add(`${value} ${each}`);
  }
  return pairs;
}
