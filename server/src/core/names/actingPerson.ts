/**
 * A capitalised word the dictionary does not know as a name (Байден, Нетаньяху) or knows only as
 * a common noun (Трамп, Макрон, Милей), taken as a person's surname when the sentence shows it
 * acting as one: the subject of a past-tense verb a person does (Байден встретился, Нетаньяху
 * ответил), the one spoken to or met (позвонил Шольцу, встретился с Макроном), or whose words are
 * reported (по словам Байдена, слова Байдена). Russian news names the famous by surname alone, with no full name
 * anywhere in the article.
 */
import { formFact, formFlag, lowerText, type Doc } from '../doc';
import { AGE_ADJECTIVE, caseOf } from '../morphology/morphology';
import { SPEECH_VERBS } from '../quotes/speechVerbs';
import type { Token } from '../tokens/tokenize';
import { NEVER_PERSON, ORGANISATION_WORDS, PLACE_NOUNS } from './gazetteers';
import { keyLetter, tokenKey, tokenStem } from './nameKeys';
import { opensSentence, wordReadings, type NameWord } from './nameWords';

/** Verbs of meeting, talking to and contending with someone: their subject and partner are people. */
const CONTACT_VERBS = new Set([
  'встретиться', 'встречаться', 'позвонить', 'звонить', 'созвониться', 'поговорить', 'переговорить', 'побеседовать',
  'беседовать', 'обсудить', 'обсуждать', 'договориться', 'поспорить', 'поздравить', 'поздравлять', 'победить',
  'проиграть', 'выиграть', 'пригласить', 'принять', 'посетить', 'прибыть', 'приехать', 'поддержать', 'поддерживать',
  'подписать', 'отказаться', 'пообедать', 'поужинать', 'извиниться', 'понравиться', 'помочь', 'пожать',
]);
/** Verbs whose dative is a person: позвонил Шольцу, ответил Зеленскому, понравилась Трампу. */
const DATIVE_VERBS = new Set([
  'позвонить', 'звонить', 'ответить', 'отвечать', 'сказать', 'написать', 'пообещать', 'обещать', 'пригрозить',
  'угрожать', 'предложить', 'предлагать', 'посоветовать', 'понравиться', 'нравиться', 'помочь', 'помогать',
  'поручить', 'возразить', 'направить', 'передать', 'уступить', 'проиграть', 'признаться', 'пожаловаться',
]);
/** Words between a subject and its verb that do not break the link (Макрон вчера позвонил, Трамп не заявил). */
const BETWEEN = new Set(['не', 'уже', 'также', 'тоже', 'же', 'ещё', 'еще', 'лично', 'вчера', 'сегодня', 'позже', 'затем', 'сам', 'сама', 'первым', 'первой']);
/** The shapes of an organisation's name: Сбербанк, Газпром, Роснефть, Минфин, Госдума, Роскомнадзор, Евросоюз. */
const ORGANISATION_SHAPE = /^(?:рос|мин|гос|евро|интер|мос|соц|нац|авиа|агро|энерго|проф)|(?:банк|пром|нефть|нефт|газ|ком|строй|тех|торг|холдинг|инвест|союз|надзор|фин|стат|здрав|флот|сеть|связь|телеком|ойл|сервис|трест|центр|фонд|транс)/u;

/** Whether the word, not taken as a name otherwise, acts as a person in its sentence. */
export function actsAsPerson(doc: Doc, word: NameWord): boolean {
  if (word.kind !== 'unknown' && word.kind !== 'common') return false;
  const index = word.token;
  if (!mayActAsPerson(doc, index)) return false;
  // Part of a longer proper name (Верховная Рада, Хань Гоюй), or a place after its noun (района Вестминстер, города Вустера).
  if (besideCapitalised(doc, index) || (index > 0 && isPlaceNoun(doc, index - 1))) return false;
  // A common noun opening its sentence is capitalised anyway (Суд заявил): it is a name only where it cannot be the
  // noun (Милей: no nominative) or where the text writes it capitalised inside a sentence too.
  if (word.kind === 'common' && nominativeReading(doc, index) && !capitalisedInside(doc, index)) return false;
  // Nor is a noun the text also writes in lower case (Суд признал … в суде).
  if (word.kind === 'common' && writtenInLowerCase(doc, index)) return false;
  return actingSubject(doc, index) || partner(doc, index) || wordsOf(doc, index) || agedBefore(doc, index);
}

/** An age right before it (62-летний Писсаридис, восьмидесятилетний Маккейн): said of a person. */
function agedBefore(doc: Doc, index: number): boolean {
  return index > 0 && doc.tokens[index - 1].kind === 'word' && !doc.tokens[index].lineBreakBefore && AGE_ADJECTIVE.test(lowerText(doc, index - 1));
}

/**
 * What the form alone says against acting as a person: too short, hyphenated, never a person,
 * an organisation by its word or shape, a noun for a person, a function word; kept per form, as
 * this is asked of every capitalised word the dictionary does not know as a name.
 */
export const mayActAsPerson = formFlag((doc: Doc, index: number): boolean => {
  const text = doc.forms[index].text;
  if (text.length < 3 || text.includes('-')) return false;
  const key = tokenKey(doc, index);
  return !NEVER_PERSON.has(key) && !ORGANISATION_WORDS.has(key) && !surnameNeverNoun(doc, index);
});

/** The form is no noun that may be a surname: never a person, an organisation's shape, a noun for a person, a function word; kept per form. */
const surnameNeverNoun = formFlag((doc: Doc, index: number): boolean => {
  const key = tokenKey(doc, index);
  return NEVER_PERSON.has(key) || ORGANISATION_SHAPE.test(key) || isPersonNoun(doc, index) || functionWord(doc, index);
});

/** The dictionary reads the form as a noun for a place (района, города), not an abbreviation ("с" is read as "село" too); kept per form. */
const isPlaceNoun = formFlag((doc: Doc, index: number): boolean => wordReadings(doc, index).some((parse) => PLACE_NOUNS.has(parse.lemma) && !parse.grammemes.has('Abbr')));

/** Nouns of what a person says or thinks, in "по словам X", "по мнению X" (not "по данным", which outlets and bodies have). */
const PERSONAL_WORDS = new Set(['слово', 'мнение', 'утверждение', 'признание', 'убеждение']);

/** Nouns of what a person said, whose genitive is the speaker without "по" too (слова Байдена, высказывание Шольца; not утверждение Порядка, an approval). */
const SAID_WORDS = new Set(['слово', 'высказывание', 'реплика', 'мнение']);

/** "по словам Байдена", "по мнению Шольца", "слова Байдена": the one whose words they are, in the genitive. */
function wordsOf(doc: Doc, index: number): boolean {
  const words = index >= 2 && tokenKey(doc, index - 2) === 'по' ? PERSONAL_WORDS : SAID_WORDS;
  if (index < 1 || !wordReadings(doc, index - 1).some((parse) => words.has(parse.lemma))) return false;
  return inCase(doc, index, 'gent', /[бвгджзклмнпрстфхцчшщ][ая]$|[аеиоуыэюя]$/u);
}

/**
 * After a person's title (премьером Макроном, президенту Трампу), a noun the dictionary knows only
 * for a thing, in the title's case and masculine singular, that the text never writes in lower
 * case: the person's surname. Not a feminine or plural thing (пилота Формулы, фанаты Спартака).
 */
export function titledSurname(doc: Doc, word: NameWord): boolean {
  const index = word.token;
  if (word.kind !== 'common' || index === 0 || surnameNeverNoun(doc, index)) return false;
  if (writtenInLowerCase(doc, index) || doc.tokens[index + 1]?.capitalized) return false;
  // In the genitive a noun after a title is as often what the title heads (начальника Генштаба): only other cases are apposition.
  const titleCases = new Set<string | undefined>(wordReadings(doc, index - 1).map(caseOf).filter((value) => value !== 'gent'));
  const readings = wordReadings(doc, index);
  return readings.length > 0 && readings.every((parse) => parse.pos === 'NOUN' && parse.grammemes.has('masc') && parse.grammemes.has('inan') && !parse.grammemes.has('plur'))
    && readings.some((parse) => titleCases.has(caseOf(parse)));
}

/** The dictionary reads the word as a function word too (Как, Затем, Причём): capitalised only by where it stands. */
function functionWord(doc: Doc, index: number): boolean {
  return wordReadings(doc, index).some((parse) => parse.pos !== undefined && FUNCTION_POS.has(parse.pos));
}

const FUNCTION_POS = new Set(['CONJ', 'PREP', 'PRCL', 'ADVB', 'NPRO', 'PRED', 'INTJ', 'NUMR']);

/** A capitalised word right before or after it, other than a preposition opening the sentence (С Трампом). */
function besideCapitalised(doc: Doc, index: number): boolean {
  const capitalisedWord = (at: number) => doc.tokens[at]?.kind === 'word' && doc.tokens[at].capitalized && !doc.tokens[at].lineBreakBefore;
  // A word the dictionary knows opening the sentence (Вечером Макрон, С Трампом) is no part of a name.
  const opener = (at: number) => opensSentence(doc, at) && wordReadings(doc, at).some((parse) => !parse.grammemes.has('Name') && !parse.grammemes.has('Surn') && !parse.grammemes.has('Geox') && !parse.grammemes.has('Orgn'));
  if (index > 0 && capitalisedWord(index - 1) && !doc.tokens[index].lineBreakBefore && !opener(index - 1)) return true;
  return capitalisedWord(index + 1);
}

/** The dictionary reads the word as an animate noun of its own (Президент, Министр): a role, not a name. */
function isPersonNoun(doc: Doc, index: number): boolean {
  return wordReadings(doc, index).some((parse) => parse.pos === 'NOUN' && parse.grammemes.has('anim'));
}

/** A reading in the nominative singular; kept per form. */
const nominativeReading = formFlag((doc: Doc, index: number): boolean => wordReadings(doc, index).some((parse) => caseOf(parse) === 'nomn' && !parse.grammemes.has('plur')));

/** The text writes a word of this stem in lower case somewhere (Суд признал … в суде). */
export function writtenInLowerCase(doc: Doc, index: number): boolean {
  return stemsOf(doc).has(tokenStem(doc, index), LOWER_CASE);
}

/** The text writes a word of this stem capitalised inside a sentence, after running text. */
function capitalisedInside(doc: Doc, index: number): boolean {
  return stemsOf(doc).has(tokenStem(doc, index), CAPITALISED_INSIDE);
}

function lowerCaseWord(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  return token.kind === 'word' && token.script === 'cyrillic' && !token.capitalized;
}

function capitalisedAfterRunningText(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  return token.kind === 'word' && token.script === 'cyrillic' && token.capitalized && !token.lineBreakBefore && index > 0 && afterRunningText(doc, index);
}

/** The two ways of writing a stem asked about, as bits. */
export const LOWER_CASE = 1;
export const CAPITALISED_INSIDE = 2;

/**
 * How the document writes the stems asked about (`LOWER_CASE`, `CAPITALISED_INSIDE`), kept per
 * document and stem. A document that keeps its own index ({@link Doc.writtenStems}) is asked. A
 * short text is searched for each stem asked: a word's stem key starts its lower-cased, ё-folded
 * text, so only the words whose own letters start so are tried, and a few stems are asked per
 * article (taking the stem of every word cost more).
 * A long text (a book-length document asks about thousands of stems, and each search reads the
 * whole text) takes the stem of every word once instead.
 */
class StemWriting {
  /** Per way of writing (`LOWER_CASE`, `CAPITALISED_INSIDE`): the stems searched for, and whether one was found. */
  private readonly searched = new Map<number, Map<string, boolean>>();
  private everyStem: Map<string, number> | undefined;

  constructor(private readonly doc: Doc) {}

  has(stem: string, way: number): boolean {
    if (this.doc.writtenStems) return this.doc.writtenStems(stem, way);
    if (this.doc.text.length > WHOLE_INDEX_FROM) {
      if (this.everyStem === undefined) {
        const ways = new Map<string, number>();
        stemWritings(this.doc, 0, this.doc.tokens.length, (written, way) => ways.set(written, (ways.get(written) ?? 0) | way));
        this.everyStem = ways;
      }
      return ((this.everyStem.get(stem) ?? 0) & way) !== 0;
    }
    let known = this.searched.get(way);
    if (known === undefined) this.searched.set(way, known = new Map());
    let found = known.get(stem);
    if (found === undefined) {
      found = someWordWithStem(this.doc, stem, way === LOWER_CASE ? lowerCaseWord : capitalisedAfterRunningText);
      known.set(stem, found);
    }
    return found;
  }
}

/**
 * Each word's stem and how it is written (`LOWER_CASE`, `CAPITALISED_INSIDE`), for the tokens in
 * [tokenStart, tokenEnd), words written neither way left out. Over one line this depends on the
 * line alone: a capital counts as the word's own only after a word on the same line.
 */
export function stemWritings(doc: Doc, tokenStart: number, tokenEnd: number, each: (stem: string, way: number) => void): void {
  for (let index = tokenStart; index < tokenEnd; index++) {
    const way = (lowerCaseWord(doc, index) ? LOWER_CASE : 0) | (capitalisedAfterRunningText(doc, index) ? CAPITALISED_INSIDE : 0);
    if (way !== 0) each(tokenStem(doc, index), way);
  }
}

/** Texts longer than this (in UTF-16 units) index every word's stem at once rather than search per stem. */
const WHOLE_INDEX_FROM = 50_000;

/** How the document writes each stem, as {@link Doc.writtenStems} asks it: for a line's own document (see `lineView`). */
export function stemWritingOf(doc: Doc): (stem: string, way: number) => boolean {
  if (doc.writtenStems) return doc.writtenStems;
  const writing = stemsOf(doc);
  return (stem, way) => writing.has(stem, way);
}

function stemsOf(doc: Doc): NonNullable<Doc['scratch']['stemWriting']> {
  return (doc.scratch.stemWriting ??= new StemWriting(doc));
}

/** Some word for which `holds` is true has the stem; see {@link StemWriting}. */
function someWordWithStem(doc: Doc, stem: string, holds: (doc: Doc, index: number) => boolean): boolean {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (mayStartWith(doc.text, doc.tokens[i], stem) && holds(doc, i) && tokenStem(doc, i) === stem) return true;
  }
  return false;
}

/**
 * Whether the token's text, lower-cased with ё as е, may start with the stem: read from the
 * document's own text, without a lower-case copy of the word or of the text. Only the letters
 * А–я, Ё and ё are compared; any other character may fold to anything, so it rules nothing out.
 */
function mayStartWith(text: string, token: Token, stem: string): boolean {
  if (token.end - token.start < stem.length) return false;
  for (let k = 0; k < stem.length; k++) {
    const letter = keyLetter(text.charCodeAt(token.start + k));
    if (letter >= 0 && letter !== stem.charCodeAt(k)) return false;
  }
  return true;
}

/** The word before is a lower-case word or a preposition: the capital is the word's own, not the sentence's. */
function afterRunningText(doc: Doc, index: number): boolean {
  const previous = doc.tokens[index - 1];
  return previous.kind === 'word' && (!previous.capitalized || wordReadings(doc, index - 1).some((parse) => parse.pos === 'PREP'));
}

/** The next word after `index` in the sentence, skipping adverbs that stand between a subject and its verb. */
function verbAfter(doc: Doc, index: number): number | undefined {
  let at = index + 1;
  while (doc.tokens[at] && BETWEEN.has(tokenKey(doc, at)) && !doc.tokens[at].capitalized) at++;
  const token = doc.tokens[at];
  if (!token || token.kind !== 'word' || token.capitalized || token.lineBreakBefore || doc.sentenceOfToken[at] !== doc.sentenceOfToken[index]) return undefined;
  return at;
}

/** A finite past-tense verb in the singular of the class a person does (заявил, встретилась, победил), by its top reading. */
const personVerb = formFact((doc: Doc, index: number): 'masc' | 'femn' | null => {
  const top = doc.parses[index][0];
  if (!top || !top.known || top.pos !== 'VERB' || !top.grammemes.has('past') || !top.grammemes.has('sing')) return null;
  if (!SPEECH_VERBS.has(top.lemma) && !CONTACT_VERBS.has(top.lemma)) return null;
  return top.grammemes.has('masc') ? 'masc' : top.grammemes.has('femn') ? 'femn' : null;
});

/** X заявил / X не ответил / заявил X (the verb before, the word ending its clause): the word names who acts. */
function actingSubject(doc: Doc, index: number): boolean {
  if (!canBeSubject(doc, index)) return false;
  const verb = verbAfter(doc, index);
  if (verb !== undefined && personVerb(doc, verb) !== null) return true;
  // Inverted: "…, — ответил Макрон." / "говорил Си" — the verb right before, the word closing the clause.
  const before = doc.tokens[index - 1];
  const after = doc.tokens[index + 1];
  if (before === undefined || before.kind !== 'word' || before.capitalized || personVerb(doc, index - 1) === null) return false;
  if (after !== undefined && !after.lineBreakBefore && !CLAUSE_END.has(after.text)) return false;
  // After a transitive verb an inanimate noun's nominative is its accusative too (подписал Указ).
  const transitive = doc.parses[index - 1][0].grammemes.has('tran');
  return !transitive || !wordReadings(doc, index).some((parse) => caseOf(parse) === 'accs');
}

const CLAUSE_END = new Set(['.', ',', '!', '?', ';', '…']);

/** A nominative: a dictionary reading in it, or for an unknown word a bare stem or an indeclinable ending (Шольц, Нетаньяху). */
function canBeSubject(doc: Doc, index: number): boolean {
  const readings = wordReadings(doc, index);
  if (readings.length > 0 && nominativeReading(doc, index)) return true;
  const text = doc.tokens[index].text;
  // A noun the dictionary knows only in another case (Милей: of miles) stands before a verb as a name.
  if (readings.length > 0) return readings.every((parse) => parse.pos !== 'NOUN' || caseOf(parse) !== 'nomn')&& /[йь]$|[бвгджзклмнпрстфхцчшщ]$/u.test(text);
  return !/(?:ом|ем|ым|ой|ей|ого|ему|ам|ям|ах|ях|ами|ями)$/u.test(text);
}

/**
 * The case the sentence shows the word in: "позвонил Шольцу" dative, "с Шольцем" instrumental,
 * "по словам Шольца" genitive (for the nominative of an unknown word).
 */
export function partnerCase(doc: Doc, index: number): 'datv' | 'ablt' | 'gent' | undefined {
  if (wordsOf(doc, index)) return 'gent';
  if (!partner(doc, index)) return undefined;
  const previous = index > 0 ? tokenKey(doc, index - 1) : '';
  return previous === 'с' || previous === 'со' ? 'ablt' : 'datv';
}

/** встретился с Макроном, говорил с Трампом, позвонил Шольцу, ответил Зеленскому, Трампу понравилась. */
function partner(doc: Doc, index: number): boolean {
  const previous = index > 0 ? tokenKey(doc, index - 1) : '';
  if ((previous === 'с' || previous === 'со') && inCase(doc, index, 'ablt', /[бвгджзклмнпрстфхцчшщй]ом$|[жшчщцй]ем$/u)) {
    return contactVerbNear(doc, index);
  }
  if (!inCase(doc, index, 'datv', /[бвгджзклмнпрстфхцчшщ]у$|[йь]ю$/u)) return false;
  const before = doc.tokens[index - 1];
  if (before && before.kind === 'word' && !before.capitalized && datives(doc, index - 1)) return true;
  // Before the verb only a word the dictionary reads as a dative (Трампу понравилась): an unknown one in -у may be an indeclinable subject (Нетаньяху ответил).
  const after = verbAfter(doc, index);
  return after !== undefined && datives(doc, after) && wordReadings(doc, index).length > 0;
}

function datives(doc: Doc, index: number): boolean {
  const top = doc.parses[index][0];
  return top !== undefined && top.known && top.pos === 'VERB' && DATIVE_VERBS.has(top.lemma);
}

/** The word can be in the case: by a dictionary reading, or for an unknown word by its ending. */
function inCase(doc: Doc, index: number, wanted: string, ending: RegExp): boolean {
  const readings = wordReadings(doc, index);
  if (readings.length > 0) return readings.some((parse) => caseOf(parse) === wanted && !parse.grammemes.has('plur'));
  return ending.test(doc.tokens[index].text);
}

/** A verb of contact in the same sentence, within four words of "с X". */
function contactVerbNear(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[doc.sentenceOfToken[index]];
  for (let at = Math.max(sentence.tokenStart, index - 6); at < Math.min(sentence.tokenEnd, index + 5); at++) {
    const token = doc.tokens[at];
    if (token.kind !== 'word' || token.capitalized && at !== sentence.tokenStart) continue;
    const top = doc.parses[at][0];
    if (top && top.known && top.pos === 'VERB' && (CONTACT_VERBS.has(top.lemma) || top.lemma === 'говорить' || top.lemma === 'спорить')) return true;
  }
  return false;
}
