/**
 * When one word alone names a person: a surname or first name the dictionary knows, unless the
 * context says otherwise (a title in quotation marks, "в Милане"), or a capitalised word right
 * after a person noun ("президент Трамп", "господин Уиткофф").
 */
import { formFact, formFlag, type Doc } from '../doc';
import { caseOf } from '../morphology/morphology';
import { actsAsPerson, titledSurname } from './actingPerson';
import { PERSON_TITLES, PLACE_NOUNS, ROLE_OF_ORGANISATION } from './gazetteers';
import { nameKey, tokenKey } from './nameKeys';
import { sentenceOpeningNoun, surnameAsSubject } from './nounNames';
import { classifyWord, opensSentence, wordReadings, type NameWord } from './nameWords';

// Prepositions after which a place, not a person, stands in the locative or genitive.
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'под', 'до']);
const LONGEST_PLACE_PREPOSITION = 3;
const ADJECTIVE_SHAPE = /(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$/u;
/** Below this share against a common-noun reading, a first name alone is taken as the noun (Вера, Олимпиада). */
const WEAK_NAME_SHARE = 0.5;

/** Nouns after which a surname in the genitive names a disease, not the person it is named after. */
const DISEASE_NOUNS = new Set(['болезнь', 'синдром']);
/** Nouns for a settlement or district, whose name follows them. */
const SETTLEMENT_NOUNS = new Set(['город', 'район', 'провинция', 'село', 'деревня', 'посёлок', 'поселок', 'станица', 'округ', 'кишлак', 'аул']);

/** "мэр города Лужков": after a title and the town's noun, a nominative word that ends the names there is the title's holder, not the town. */
function holderAfterSettlement(doc: Doc, index: number): boolean {
  const next = doc.tokens[index + 1];
  return followsPersonCue(doc, index - 1) && wordReadings(doc, index).some((parse) => caseOf(parse) === 'nomn') && !(next?.kind === 'word' && next.capitalized);
}

/** Whether a single word stands as a person's name. */
export function acceptsAlone(doc: Doc, word: NameWord): boolean {
  // A title or a brand («Рома», «Честь и Слава»), though a known surname may open one («Алексеев и другие против России»).
  if (nextToQuotationMark(doc, word.token) && !(word.kind === 'surname' && word.strong && !beforeClosingQuote(doc, word.token))) return false;
  const cue = followsPersonCue(doc, word.token);
  if (inApposition(doc, word.token)) return false;
  // "Курской областной", "Второй мировой": an adjective before a lower-case word is not a name.
  const next = doc.tokens[word.token + 1];
  // After a title too when the dictionary prefers the adjective (Папа Римский), not for a first name (капитан Том).
  const adjectiveFirst = word.kind === 'surname' && !word.strong;
  if ((!cue || adjectiveFirst) && next?.kind === 'word' && !next.capitalized && isAdjective(doc, word.token)) return false;
  // An unknown word shaped like "-ский" before a lower-case noun is the adjective of a place (Знаменского района), not Зеленский.
  if (ADJECTIVE_SHAPE.test(doc.tokens[word.token].text) && next?.kind === 'word' && !next.capitalized && wordReadings(doc, word.token + 1)[0]?.pos === 'NOUN') return false;
  const previous = doc.tokens[word.token - 1];
  // Prepositions are short words: the length is read from the token before the form's key.
  if (previous && !cue && previous.end - previous.start <= LONGEST_PLACE_PREPOSITION && PLACE_PREPOSITIONS.has(tokenKey(doc, word.token - 1))) return false;
  const nounBefore = previous?.kind === 'word' && !previous.capitalized ? wordReadings(doc, word.token - 1)[0]?.lemma : undefined;
  // "болезнь Паркинсона", "синдром Дауна": a surname alone after a word for a disease names the disease.
  if (nounBefore !== undefined && DISEASE_NOUNS.has(nounBefore)) return false;
  // "в городе Сирт", "района Фатих", "города Иванова": a word alone after a word for a town or district is the town's
  // name, unless it is a title's holder ("мэр города Лужков"). A street keeps its person: улица Навои.
  if (nounBefore !== undefined && !cue && SETTLEMENT_NOUNS.has(nounBefore) && !holderAfterSettlement(doc, word.token)) return false;
  switch (word.kind) {
    case 'first':
    case 'surname':
      if (!cue && sentenceOpeningNoun(doc, word)) return false;
      // "в Милане", "моделей Китая": a first name that is also a place stands alone as the place;
      // a surname that is also a town (памятник Пушкину, улица Гагарина) stays the person.
      if (word.alsoPlace && word.kind === 'first' && !cue) return false;
      // "агентство Франс Пресс": a first name written before a capitalised word for a thing is part of that thing's name, not a person.
      if (word.kind === 'first' && beforeCapitalisedThing(doc, word.tokenEnd)) return false;
      if (word.strong) return true;
      if (cue || surnameAsSubject(doc, word) || afterTitleComplement(doc, word)) return true;
      return !opensSentence(doc, word.token) && word.share > WEAK_NAME_SHARE && !isAdjective(doc, word.token);
    case 'patronymic':
      return word.alsoSurname && !opensSentence(doc, word.token);
    case 'unknown':
      return (cue && !looksAdjectival(doc, word.token) && agreesWithCue(doc, word.token) && !beforeName(doc, word.token)) || actsAsPerson(doc, word);
    case 'common':
      // "президент Трамп", but not "пилота Формулы": a noun read as a name stands in its dictionary form or names a being.
      // An inflected noun for a person after another is a capitalised role ("помощник Президента"), not a name.
      if (surnameAsSubject(doc, word) || actsAsPerson(doc, word) || (cue && titledSurname(doc, word))) return true;
      return cue && isNoun(doc, word.token) && !isAdjective(doc, word.token) && isUninflected(doc, word.token);
    default:
      return false;
  }
}

/** A word capitalised inside the sentence at `index` that names no person and that the dictionary reads first as a noun for a thing (Пресс). */
function beforeCapitalisedThing(doc: Doc, index: number): boolean {
  const next = doc.tokens[index];
  if (!next || next.kind !== 'word' || !next.capitalized || next.lineBreakBefore || doc.sentenceOfToken[index] !== doc.sentenceOfToken[index - 1]) return false;
  if (classifyWord(doc, index)?.kind !== 'common') return false;
  const top = wordReadings(doc, index)[0];
  return top !== undefined && top.pos === 'NOUN' && top.grammemes.has('inan') && !top.grammemes.has('Name') && !top.grammemes.has('Surn');
}

/** The word before is a person title or a noun for a person ("господин", "президент", "футболист"), not an organisation's head. */
export function followsPersonCue(doc: Doc, index: number): boolean {
  const previous = doc.tokens[index - 1];
  if (!previous || previous.kind !== 'word' || doc.tokens[index].lineBreakBefore) return false;
  if (doc.sentenceOfToken[index - 1] !== doc.sentenceOfToken[index]) return false;
  return isPersonCue(doc, index - 1);
}

/**
 * "пресс-секретарь президента России Песков", "министр обороны Шойгу": a surname the dictionary reads mostly otherwise
 * (Песков, a plural of песок), in the nominative, after a title and the genitive words that complete it (up to three).
 */
function afterTitleComplement(doc: Doc, word: NameWord): boolean {
  if (word.kind !== 'surname' || !wordReadings(doc, word.token).some((parse) => parse.grammemes.has('Surn') && caseOf(parse) === 'nomn')) return false;
  for (let index = word.token - 1; index >= 0 && index >= word.token - 3; index--) {
    if (doc.sentenceOfToken[index] !== doc.sentenceOfToken[word.token] || doc.tokens[index].kind !== 'word') return false;
    if (!wordReadings(doc, index).some((parse) => caseOf(parse) === 'gent')) return isPersonCue(doc, index) && index < word.token - 1;
  }
  return false;
}

/** The form is a person title or a noun for a person, not an organisation's head; kept per form, as every lone name asks it of the word before. */
const isPersonCue = formFlag((doc: Doc, index: number): boolean => {
  if (PERSON_TITLES.has(tokenKey(doc, index))) return true;
  // Capitalised titles count too (Император Акихито, Папа Франциск), names do not.
  const parses = wordReadings(doc, index);
  if (parses.length === 0 || ROLE_OF_ORGANISATION.has(parses[0].lemma)) return false;
  const top = parses[0].grammemes;
  return parses[0].pos === 'NOUN' && top.has('anim') && top.has('sing') && !top.has('Name') && !top.has('Surn') && !top.has('Patr');
});

/** Right after an opening quotation mark or right before a closing one: a title or a brand («Рома», «Честь и Слава»). */
export function afterOpeningQuote(doc: Doc, index: number): boolean {
  const previous = doc.tokens[index - 1];
  return previous !== undefined && (previous.text === '«' || previous.text === '"' || previous.text === '„');
}

function nextToQuotationMark(doc: Doc, index: number): boolean {
  return afterOpeningQuote(doc, index) || beforeClosingQuote(doc, index);
}

function beforeClosingQuote(doc: Doc, index: number): boolean {
  const next = doc.tokens[index + 1];
  return next !== undefined && (next.text === '»' || next.text === '“') && next.start === doc.tokens[index].end;
}

/** The dictionary knows the word as an adjective (not a possessive one); kept per form. */
export const isAdjective = formFlag((doc, index) => doc.parses[index].some((parse) => parse.known && parse.pos === 'ADJF' && !parse.grammemes.has('Poss')));

function isNoun(doc: Doc, index: number): boolean {
  const top = wordReadings(doc, index)[0];
  return top !== undefined && top.pos === 'NOUN';
}

/** The word can stand in the case of the person noun before it ("лидер Меджлиса" cannot: nominative, genitive). */
function agreesWithCue(doc: Doc, index: number): boolean {
  const cueCases = new Set(wordReadings(doc, index - 1).map(caseOf));
  if (cueCases.size === 0 || PERSON_TITLES.has(tokenKey(doc, index - 1))) return true;
  return doc.parses[index].some((parse) => parse.pos === 'NOUN' && cueCases.has(caseOf(parse)));
}

/** After a place noun in the same case, not genitive: "штат Вирджиния", "в городе Пауэй" (but улица Ленина, улицы Лобачевского). */
function inApposition(doc: Doc, index: number): boolean {
  const previous = doc.tokens[index - 1];
  if (!previous || previous.kind !== 'word' || previous.capitalized || !isAppositionNoun(doc, index - 1)) return false;
  const cases = appositionCases(doc, index - 1);
  if (cases === null) return false;
  const own = doc.parses[index];
  if (own.length === 0 || own.every((parse) => parse.grammemes.has('Fixd') || !parse.known)) return cases.size > 0;
  return own.some((parse) => parse.known && cases.has(caseOf(parse)));
}

/** The form is a place noun with {@link appositionCases}; in the form's flags, as every lone name asks it of the word before. */
const isAppositionNoun = formFlag((doc: Doc, index: number): boolean => appositionCases(doc, index) !== null);

/** The cases a place noun in the singular (штат, городе) takes a name in apposition in; null for none; kept per form. */
const appositionCases = formFact((doc: Doc, index: number): ReadonlySet<string | undefined> | null => {
  // Abbreviations do not count: "с" is read as "село" too.
  const placeNoun = wordReadings(doc, index).filter((parse) => PLACE_NOUNS.has(parse.lemma) && !parse.grammemes.has('plur') && !parse.grammemes.has('Abbr'));
  // Genitive and accusative forms of a surname coincide with the possessive use (улицы Лобачевского).
  const cases = new Set<string | undefined>(placeNoun.map(caseOf).filter((value) => value !== 'gent' && value !== 'accs'));
  return cases.size > 0 ? cases : null;
});

/** A name follows: the word between a role and a name is the organisation ("пресс-секретаря Роскомнадзора Вадима Ампелонского"). */
function beforeName(doc: Doc, index: number): boolean {
  const next = classifyWord(doc, index + 1);
  return next !== undefined && (next.kind === 'first' || next.kind === 'surname' || next.kind === 'initial');
}

function isUninflected(doc: Doc, index: number): boolean {
  const top = wordReadings(doc, index)[0];
  return top !== undefined && (nameKey(top.lemma) === tokenKey(doc, index) || top.grammemes.has('Fixd'));
}

function looksAdjectival(doc: Doc, index: number): boolean {
  return /(?:ский|ская|ской|ского|ском|ному|ной|ный|ная|ого|ому)$/u.test(doc.tokens[index].text);
}
