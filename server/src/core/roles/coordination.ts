/**
 * Spreads a title to the titles listed with it: "мультипликатор, режиссёр и художник, народный
 * артист России Эдуард Назаров", "певица и актриса Селена Гомес", "Дарио Фо — драматург,
 * режиссёр, живописец". Only phrases no one else took, in a case the anchor may stand in.
 */
import { lowerText, type Doc } from '../doc';
import { ageBefore, type Anchor } from './appositions';
import { casesMeet, type NamedMention, type NameIndex } from './nameIndex';
import type { RoleBook } from './roleBook';
import { needsComplement } from './roleLexicon';
import { clauseStart, type RolePhrase } from './rolePhrase';

const SEPARATORS = new Set([',', 'и']);

/** Attaches the unattached phrases coordinated with each anchor; returns those still unattached. */
export function attachCoordinated(doc: Doc, anchors: readonly Anchor[], unattached: readonly RolePhrase[], book: RoleBook): RolePhrase[] {
  // Most documents have no anchor or nothing left to list: no lookups to build.
  if (anchors.length === 0 || unattached.length === 0) return unattached.slice();
  const free = new Set(unattached);
  const byEnd = new Map(unattached.map((phrase) => [phrase.tokenEnd, phrase]));
  const byStart = new Map(unattached.map((phrase) => [phrase.tokenStart, phrase]));
  for (const anchor of anchors) {
    let current = anchor.phrase;
    for (;;) {
      const separator = doc.tokens[current.tokenStart - 1]?.text;
      // "командира боснийских сербов 74-летнего генерала Ратко Младича": an age between two stacked titles is the name's, as it is before the name.
      const aged = ageBefore(doc, current.tokenStart);
      const stacked = byEnd.get(current.tokenStart) ?? (aged !== current.tokenStart && !doc.tokens[current.tokenStart].lineBreakBefore ? byEnd.get(aged) : undefined);
      const previous = stacked ?? (SEPARATORS.has(separator) || isSpacedDash(doc, current.tokenStart - 1) ? byEnd.get(current.tokenStart - 1) : undefined);
      if (!previous || !free.has(previous) || !casesMeet(previous.cases, anchor.phrase.cases)) break;
      if (!SEPARATORS.has(separator) && stacked !== previous && !doubleTitle(doc, previous, current)) break;
      book.attach(anchor.person, previous);
      free.delete(previous);
      current = previous;
    }
    if (!anchor.afterName) continue;
    current = anchor.phrase;
    for (;;) {
      // "Министр внутренних дел (2001—2003), Председатель Думы": years in brackets between the titles.
      const after = pastCapitalizedComplement(doc, bracketEnd(doc, current.tokenEnd));
      const separator = doc.tokens[after]?.text;
      if (after === current.tokenEnd && isSpacedDash(doc, after)) {
        const dashed = byStart.get(after + 1);
        if (!dashed || !free.has(dashed) || !doubleTitle(doc, current, dashed)) break;
        book.attach(anchor.person, dashed);
        free.delete(dashed);
        current = dashed;
        continue;
      }
      const start = separator !== undefined && SEPARATORS.has(separator) ? pastAdverbs(doc, after + 1) : -1;
      const next = start < 0 ? undefined : byStart.get(start) ?? byStart.get(pastPersonNoun(doc, start));
      if (!next || !free.has(next) || !casesMeet(next.cases, anchor.phrase.cases)) break;
      book.attach(anchor.person, next);
      free.delete(next);
      current = next;
    }
  }
  return unattached.filter((phrase) => free.has(phrase));
}

/** A dash with spaces on both sides (not the hyphen of a compound). */
function isSpacedDash(doc: Doc, index: number): boolean {
  const { tokens } = doc;
  const dash = tokens[index];
  return dash !== undefined && DASHES.has(dash.text) && tokens[index - 1]?.end !== dash.start && tokens[index + 1]?.start !== dash.end && !dash.lineBreakBefore && !tokens[index + 1]?.lineBreakBefore;
}

const DASHES = new Set(['—', '–', '-']);

/**
 * "начальник штаба — первый заместитель командующего", "Начальником штаба — первым заместителем": two
 * singular titles in one case on either side of a dash name one post twice, held by one person.
 * Two nominatives opening a sentence or a bracket are a subject and its predicate, the dash the
 * verb left out ("Похититель — водитель Иван Петров", "Его учитель — академик Иван Петров"): the first says what the person did, not their post.
 */
function doubleTitle(doc: Doc, first: RolePhrase, second: RolePhrase): boolean {
  const single = (phrase: RolePhrase) => phrase.headParses.some((parse) => parse.grammemes.has('sing'));
  if (!single(first) || !single(second) || !casesMeet(first.cases, second.cases)) return false;
  // "принцесса — первая внучка императора": kin says whose relative one is, not a second name of a post.
  if (needsComplement(first.headParses[0].lemma) || needsComplement(second.headParses[0].lemma)) return false;
  // "Его учитель — академик Иван Петров": a possessive before the subject leaves it opening its sentence.
  const start = clauseStart(first) - (doc.parses[clauseStart(first) - 1]?.some((parse) => POSSESSIVE_LEMMAS.has(parse.lemma)) ? 1 : 0);
  const opens = start === doc.sentences[doc.sentenceOfToken[start]].tokenStart || CLAUSE_OPENERS.has(doc.tokens[start - 1]?.text);
  return !(opens && first.cases.has('nomn') && second.cases.has('nomn'));
}

const CLAUSE_OPENERS = new Set(['(', ':']);

/**
 * "работал сначала инженером, затем начальником цеха", "…, а потом директором": adverbs of
 * sequence (any adverb, with "а" before it) between the separator and the next item; the start of that item.
 */
function pastAdverbs(doc: Doc, start: number): number {
  let index = start;
  if (doc.tokens[index]?.text.toLowerCase() === 'а' && doc.parses[index + 1]?.[0]?.pos === 'ADVB') index++;
  for (let words = 0; words < 2 && doc.parses[index]?.[0]?.pos === 'ADVB' && !doc.tokens[index].lineBreakBefore; words++) index++;
  return index;
}

/**
 * "ассистентом у Михаила Минина, художником у Павла Лисина": a preposition with a capitalised
 * name after an item (whom or where one worked) is the item's; the token after it, or the token itself.
 */
function pastCapitalizedComplement(doc: Doc, index: number): number {
  if (doc.parses[index]?.[0]?.pos !== 'PREP' || doc.tokens[index].lineBreakBefore) return index;
  let end = index + 1;
  while (end - index <= 3 && doc.tokens[end]?.kind === 'word' && doc.tokens[end].capitalized && !doc.tokens[end].lineBreakBefore) end++;
  return end > index + 1 && SEPARATORS.has(doc.tokens[end]?.text) ? end : index;
}

/** The token after a bracketed aside that opens at the token, or the token itself when none does. */
function bracketEnd(doc: Doc, open: number): number {
  if (doc.tokens[open]?.text !== '(') return open;
  for (let index = open + 1; index < doc.tokens.length && index - open <= 12; index++) {
    if (doc.tokens[index].text === ')') return index + 1;
    if (doc.tokens[index].text === '(' || doc.tokens[index].lineBreakBefore) return open;
  }
  return open;
}

/**
 * "драматург, режиссёр, знаток театра, живописец": a person noun the vocabulary lacks stands in
 * the list too; the start of the item after it, or -1.
 */
function pastPersonNoun(doc: Doc, start: number): number {
  if (!doc.parses[start]?.some((parse) => parse.pos === 'NOUN' && parse.grammemes.has('anim'))) return -1;
  for (let index = start + 1; index < doc.tokens.length && index - start <= 5; index++) {
    const token = doc.tokens[index];
    if (token.lineBreakBefore) return -1;
    if (token.kind === 'punct') return SEPARATORS.has(token.text) ? index + 1 : -1;
    if (token.text === 'и') return index + 1;
  }
  return -1;
}

/**
 * "музыкант, певец, композитор и автор песен Иван Коэн", "гитарист и сооснователь группы «Сад»
 * Олег Минин": titles listed before a name where the item next to the name is a person noun the
 * vocabulary does not take for a title. The last title before that item is the name's
 * apposition, an anchor for the titles listed before it; returns the new anchors.
 */
export function anchorsAcrossItems(doc: Doc, unattached: readonly RolePhrase[], names: NameIndex, book: RoleBook): Anchor[] {
  const byStart = new Map(unattached.map((phrase) => [phrase.tokenStart, phrase]));
  const anchors: Anchor[] = [];
  for (const phrase of unattached) {
    if (!phrase.headParses.some((parse) => parse.grammemes.has('sing'))) continue;
    const name = nameAfterItems(doc, phrase.tokenEnd, byStart, names);
    if (!name || !casesMeet(phrase.cases, name.cases)) continue;
    if (book.attach(name.person, phrase)) anchors.push({ phrase, person: name.person, afterName: false });
  }
  return anchors;
}

const POSSESSIVE_LEMMAS = new Set(['он', 'она', 'они', 'свой', 'его', 'её', 'ее', 'их', 'мой', 'наш', 'твой', 'ваш']);
// Words of address, not of what someone is: "премьер и мисс Саймондс".
const ADDRESS_TITLES = new Set(['мисс', 'миссис', 'мистер', 'господин', 'госпожа', 'сэр', 'леди', 'мадам', 'месье', 'синьор', 'синьора', 'фрау', 'герр', 'пани', 'пан']);
const MAX_ITEMS = 3;
const MAX_ITEM_TOKENS = 6;

/** The name that ends a list going on from the token: separators, then items, at least one of them not a title phrase. */
function nameAfterItems(doc: Doc, from: number, byStart: ReadonlyMap<number, RolePhrase>, names: NameIndex): NamedMention | undefined {
  const { tokens } = doc;
  let index = from;
  let others = 0;
  for (let items = 0; items < MAX_ITEMS; items++) {
    if (!SEPARATORS.has(tokens[index]?.text) || tokens[index].lineBreakBefore) return undefined;
    index++;
    if (tokens[index]?.text === 'и') index++;
    if (names.startingAt(index)) return undefined;
    const phrase = byStart.get(index);
    if (phrase) {
      index = phrase.tokenEnd;
    } else {
      const end = personItemEnd(doc, index, names);
      if (end === undefined) return undefined;
      index = end;
      others++;
    }
    const name = names.startingAt(index);
    if (name) return others > 0 && !tokens[index].lineBreakBefore ? name : undefined;
  }
  return undefined;
}

/** End of a person noun with its words ("автор песен", "сооснователь группы «Сад»"), up to a separator or a name. */
function personItemEnd(doc: Doc, start: number, names: NameIndex): number | undefined {
  const { tokens } = doc;
  let person = false;
  let quote = false;
  for (let index = start; index < tokens.length && index - start < MAX_ITEM_TOKENS; index++) {
    const token = tokens[index];
    if (index > start && token.lineBreakBefore) return undefined;
    if (names.startingAt(index) && !quote) return person && index > start ? index : undefined;
    if (!quote && SEPARATORS.has(token.text)) return person ? index : undefined;
    if (token.text === '«' || token.text === '»' || token.text === '"') {
      quote = token.text === '«' ? true : token.text === '»' ? false : !quote;
      continue;
    }
    if (token.kind !== 'word') return undefined;
    // "певца и его подруги Марии …": a possessive makes the item someone else, a relative of the title's holder.
    if (doc.parses[index].some((parse) => POSSESSIVE_LEMMAS.has(parse.lemma)) || ADDRESS_TITLES.has(lowerText(doc, index))) return undefined;
    if (index - start < 3 && !token.capitalized && doc.parses[index].some((parse) => parse.pos === 'NOUN' && parse.grammemes.has('anim') && parse.grammemes.has('sing'))) person = true;
  }
  return undefined;
}
