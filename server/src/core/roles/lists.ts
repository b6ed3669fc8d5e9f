/**
 * Plural titles over lists of names: "музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв",
 * "работы Пикассо, Дали и других художников", "с такими режиссёрами, как Квентин Тарантино и
 * Мартин Скорсезе". Each person of the list gets the title.
 */
import { lowerText, type Doc } from '../doc';
import { caseOf } from '../morphology/morphology';
import { casesMeet, mentionsBefore, type NamedMention, type NameIndex } from './nameIndex';
import type { RoleBook } from './roleBook';
import type { RolePhrase } from './rolePhrase';

const SEPARATORS = new Set([',', 'и']);
const DASHES = new Set(['—', '–']);

/** Gives the title to the names listed after the first one, while they stand in a case the title allows. */
export function attachToList(doc: Doc, phrase: RolePhrase, first: NamedMention, names: NameIndex, book: RoleBook, checkCase = true): void {
  let previous = first;
  for (;;) {
    const next = listedAfter(doc, previous, names);
    if (!next || (checkCase && !casesMeet(phrase.cases, next.cases))) return;
    book.attach(next.person, phrase);
    previous = next;
  }
}

/** Attaches "… и других художников", "такими режиссёрами, как …", "гандболистки: …" and "музыкантами — A, B и C"; returns the phrases still unattached. */
export function attachPluralLists(doc: Doc, phrases: readonly RolePhrase[], names: NameIndex, book: RoleBook): RolePhrase[] {
  return phrases.filter((phrase) => {
    const counted = afterPaucal(doc, phrase);
    if (!counted && !phrase.headParses.some((parse) => parse.grammemes.has('plur'))) return true;
    const { tokens } = doc;
    // "с такими режиссёрами, как …", "гандболистки клуба «Динамо»: Ольга Левина, Анна …".
    const colon = tokens[phrase.tokenEnd]?.text === ':';
    if (colon || (tokens[phrase.tokenEnd]?.text === ',' && tokens[phrase.tokenEnd + 1]?.text.toLowerCase() === 'как')) {
      const first = names.startingAt(phrase.tokenEnd + (colon ? 1 : 2));
      if (!first) return true;
      book.attach(first.person, phrase);
      attachToList(doc, phrase, first, names, book, false);
      return false;
    }
    // "с музыкантами группы «Север» — Иваном Петровым, Олегом Сидоровым и …": after a dash, names in the title's case.
    // The title's last word may be followed by a name the title phrase left out (группы СВ —).
    let dash = phrase.tokenEnd;
    while (dash < phrase.tokenEnd + 2 && tokens[dash]?.kind === 'word' && tokens[dash].capitalized && !names.startingAt(dash)) dash++;
    if (DASHES.has(tokens[dash]?.text)) {
      const first = names.startingAt(dash + 1);
      if (!first || !(counted || casesMeet(phrase.cases, first.cases)) || !listedAfter(doc, first, names)) return true;
      book.attach(first.person, phrase);
      attachToList(doc, phrase, first, names, book, !counted);
      return false;
    }
    // "и других художников": the title, without "других", goes to the names listed before it.
    const others = (index: number) => doc.parses[index]?.some((parse) => parse.lemma === 'другой' || parse.lemma === 'прочий') ?? false;
    const start = others(phrase.tokenStart) ? phrase.tokenStart + 1 : phrase.tokenStart;
    const separator = others(phrase.tokenStart) ? phrase.tokenStart - 1 : others(phrase.tokenStart - 1) ? phrase.tokenStart - 2 : -1;
    if (separator < 0 || !SEPARATORS.has(tokens[separator]?.text)) return true;
    let listed = names.endingAt(separator);
    if (!listed || !casesMeet(phrase.cases, listed.cases)) return true;
    while (listed) {
      book.attach(listed.person, phrase, start);
      listed = listedBefore(doc, listed, names);
    }
    return false;
  });
}

// Numerals after which a noun stands in the genitive singular though it counts several: "два журналиста", "три священника".
const PAUCAL = new Set(['два', 'две', 'три', 'четыре', 'оба', 'обе', '2', '3', '4']);

/**
 * "два бывших руководителя агентства: …", "три священника: …": a title right after "два", "три",
 * "четыре", "оба" (or the digit) names several people though its head is singular, and the
 * numeral's phrase, not the head, has the case the names after it share.
 */
export function afterPaucal(doc: Doc, phrase: RolePhrase): boolean {
  if (!phrase.headParses.some((parse) => parse.grammemes.has('sing') && caseOf(parse) === 'gent')) return false;
  // Adjectives between stand in the genitive plural, which the singular head does not agree with: "два бывших руководителя".
  let index = phrase.tokenStart - 1;
  while (index > 0 && phrase.tokenStart - index <= 2 && doc.parses[index].some((parse) => parse.pos === 'ADJF' && caseOf(parse) === 'gent' && parse.grammemes.has('plur'))) index--;
  return index >= 0 && PAUCAL.has(doc.tokens[index].text.toLowerCase());
}

/**
 * The next name of the list. A listed item the names stage did not take (a capitalised word or
 * three) is stepped over, so that one unknown name does not end the list.
 */
function listedAfter(doc: Doc, previous: NamedMention, names: NameIndex): NamedMention | undefined {
  const { tokens } = doc;
  // "Люсиль Гарсия (Lucile Garcia) и Сорайя Белкакеми", "Валерий Гергиев (Россия), Марис Янсонс": an item's aside does not end the list.
  let index = pastOrigin(doc, pastAside(doc, previous.tokenEnd), names);
  for (let items = 0; items < 3 && SEPARATORS.has(tokens[index]?.text); items++) {
    index++;
    if (tokens[index]?.text === 'и') index++;
    let words = 0;
    for (; words < 4; words++, index++) {
      const named = names.startingAt(index);
      if (named) return named;
      if (tokens[index]?.kind !== 'word' || !tokens[index].capitalized || tokens[index].lineBreakBefore) break;
    }
    if (words === 0) return undefined;
  }
  return undefined;
}

/**
 * "сенаторы Рэнд Пол из Кентукки и Марко Рубио": where an item comes from ("из", "от" and a
 * capitalised place or body) does not end the list; the token after it, or the token itself.
 */
function pastOrigin(doc: Doc, index: number, names: NameIndex): number {
  const { tokens } = doc;
  const word = tokens[index]?.text.toLowerCase();
  if ((word !== 'из' && word !== 'от') || tokens[index + 1]?.lineBreakBefore) return index;
  let end = index + 1;
  while (end - index <= 3 && tokens[end]?.kind === 'word' && tokens[end].capitalized && !names.inName(end) && !tokens[end].lineBreakBefore) end++;
  return end > index + 1 ? end : index;
}

// An aside in brackets holds a spelling, a country or a date: a few words on one line.
const ASIDE_REACH = 12;

/**
 * The token after a bracketed aside that opens at the token ("(Lucile Garcia)", "(Россия)",
 * "(Human Rights Foundation)"), or the token itself when none opens there or it does not close
 * on its line within a few tokens.
 */
export function pastAside(doc: Doc, index: number): number {
  const { tokens } = doc;
  if (tokens[index]?.text !== '(') return index;
  for (let close = index + 1; close < tokens.length && close - index <= ASIDE_REACH; close++) {
    if (tokens[close].lineBreakBefore || tokens[close].text === '(') return index;
    if (tokens[close].text === ')') return close + 1;
  }
  return index;
}

function listedBefore(doc: Doc, next: NamedMention, names: NameIndex): NamedMention | undefined {
  if (!SEPARATORS.has(doc.tokens[next.tokenStart - 1]?.text)) return undefined;
  return names.endingAt(next.tokenStart - 1) ?? (doc.tokens[next.tokenStart - 2]?.text === ',' ? names.endingAt(next.tokenStart - 2) : undefined);
}

// Numerals and the number of people they count: "два менеджера", "троих учёных", "обе спортсменки".
const COUNTS = new Map<string, number>([
  ['два', 2], ['две', 2], ['двух', 2], ['двум', 2], ['оба', 2], ['обе', 2], ['обоих', 2], ['обеих', 2], ['двое', 2], ['двоих', 2],
  ['три', 3], ['трёх', 3], ['трех', 3], ['трём', 3], ['трем', 3], ['трое', 3], ['троих', 3],
  ['четыре', 4], ['четырёх', 4], ['четырех', 4], ['четверо', 4], ['четверых', 4],
]);

/**
 * "Т.Комбсу и Т.Вешлеру доверят часть средств. … два менеджера возьмут на себя …", "Обе
 * спортсменки встречались в финале": a title counted by a numeral, with no name after it, stands
 * for as many people as the numeral says when just that many were named in the sentence before
 * and no one in its own before it: each of them gets it.
 */
export function attachCountedBack(doc: Doc, phrases: readonly RolePhrase[], names: NameIndex, book: RoleBook): void {
  const taken = new Set(book.held.map((held) => held.role.start));
  for (const phrase of phrases) {
    if (taken.has(doc.tokens[phrase.tokenStart].start) || names.startingAt(phrase.tokenEnd) || doc.tokens[phrase.tokenEnd]?.text === ':') continue;
    let index = phrase.tokenStart - 1;
    while (index > 0 && phrase.tokenStart - index <= 2 && doc.parses[index].some((parse) => parse.pos === 'ADJF')) index--;
    const count = index >= 0 ? COUNTS.get(lowerText(doc, index)) : undefined;
    if (count === undefined) continue;
    const sentence = doc.sentenceOfToken[phrase.head];
    if (sentence === 0) continue;
    const from = doc.sentences[sentence - 1].tokenStart;
    const own = doc.sentences[sentence].tokenStart;
    const people = new Set<NamedMention['person']>();
    let namedSince = false;
    for (let at = mentionsBefore(names, from); at < names.mentions.length; at++) {
      const named = names.mentions[at];
      if (named.tokenStart >= index) break;
      if (named.tokenStart >= own) namedSince = true;
      else if (named.tokenStart >= from) people.add(named.person);
    }
    if (namedSince || people.size !== count) continue;
    for (const person of people) book.attach(person, phrase);
  }
}
