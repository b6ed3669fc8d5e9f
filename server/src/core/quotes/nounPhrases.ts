/**
 * Noun phrases that name a speaker, and their nominative form: "представителя МИД Франции" →
 * "представитель МИД Франции", "в канцелярии премьер-министра" → "канцелярия премьер-министра".
 * A phrase is a head noun, the adjectives before it and the genitive or proper-name words
 * after it; the shape is shallow on purpose, news attributions rarely need more.
 */
import type { Doc } from '../doc';
import { caseOf, type Case, type WordParse } from '../morphology/morphology';
import { isFiniteVerb, isFunctionWord, lower, nounReading } from './wordForms';

/** A phrase as token indices, half-open, and its head token. */
export interface NounPhrase {
  start: number;
  end: number;
  head: number;
}

const MAX_COMPLEMENT_WORDS = 5;
// Unnamed sources are placed by where they sit: "источник в правительстве", "собеседник из Кремля".
const SOURCE_HEADS = new Set(['источник', 'собеседник', 'представитель', 'сотрудник', 'чиновник']);

/** The phrase around the head, its words limited to [from, to). */
export function phraseAround(doc: Doc, head: number, from: number, to: number): NounPhrase {
  const { tokens } = doc;
  let start = head;
  while (start - 1 >= from && isAdjectiveBefore(doc, start - 1) && !tokens[start].lineBreakBefore) start--;
  let end = head + 1;
  while (end < to && end - head <= MAX_COMPLEMENT_WORDS && !tokens[end].lineBreakBefore) {
    if (isComplement(doc, end) || continuesName(doc, head, end)) end++;
    else if (end === head + 1 && SOURCE_HEADS.has(doc.parses[head][0]?.lemma ?? '') && ['в', 'во', 'из'].includes(lower(doc, end)) && end + 1 < to) end += 2;
    else if (isWebDot(doc, end) && end + 1 < to) end += 2;
    else if (quotedNameEnd(doc, end, to) !== undefined) end = quotedNameEnd(doc, end, to)!;
    else break;
  }
  return { start, end, head };
}

/** "пресс-служба «Газпрома»": a short name in quotation marks completes the phrase; one past its closing mark. */
export function quotedNameEnd(doc: Doc, open: number, to: number): number | undefined {
  const { tokens } = doc;
  if (tokens[open].text !== '«' && tokens[open].text !== '"') return undefined;
  for (let j = open + 1; j < Math.min(to, open + 6); j++) {
    if (tokens[j].text === '»' || tokens[j].text === '"') return j > open + 1 && tokens[open + 1].capitalized ? j + 1 : undefined;
    if (tokens[j].kind === 'punct' && tokens[j].text !== '-' && tokens[j].text !== '—') return undefined;
  }
  return undefined;
}

/** "Хайко Маас", "Nord Stream": a name the people stage did not take goes on in capitalised nominative words. */
function continuesName(doc: Doc, head: number, index: number): boolean {
  const token = doc.tokens[index];
  if (!doc.tokens[head].capitalized || !token.capitalized || token.kind !== 'word' || index - head > 2) return false;
  if (!doc.tokens.slice(head + 1, index).every((word) => word.capitalized)) return false;
  return token.script !== 'cyrillic' || doc.parses[index].length === 0 || doc.parses[index].some((parse) => parse.grammemes.has('nomn'));
}

/** "Lenta.ru": a dot between two parts of one name. */
function isWebDot(doc: Doc, index: number): boolean {
  const next = doc.tokens[index + 1];
  return doc.tokens[index].text === '.' && !doc.tokens[index].spaceBefore && next?.kind === 'word' && !next.spaceBefore;
}

function isAdjectiveBefore(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  // "47-летний житель": the tail of a compound written with a number is not an adjective of its own.
  if (token.kind !== 'word' || (index > 0 && !token.spaceBefore && doc.tokens[index - 1].kind !== 'word')) return false;
  const best = doc.parses[index][0];
  return best !== undefined && (best.pos === 'ADJF' || best.pos === 'PRTF') && !best.grammemes.has('Apro');
}

function isComplement(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.kind === 'number') return doc.tokens[index - 1]?.capitalized ?? false;
  if (token.kind !== 'word') return false;
  if (token.script !== 'cyrillic') return true;
  // A capitalised complement is a genitive name ("МИД Франции") or an indeclinable one ("США"), not a new subject ("… беседе Андрей").
  if (token.capitalized) return !isFunctionWord(doc, index) && (doc.parses[index].length === 0 || doc.parses[index].some((parse) => caseOf(parse) === 'gent' || parse.grammemes.has('Fixd') || !parse.known));
  if (isFunctionWord(doc, index) || isFiniteVerb(doc, index)) return false;
  // "в пресс-службе которого сообщили": a relative word starts a clause, it is no complement.
  if (doc.parses[index].some((parse) => parse.lemma === 'который')) return false;
  return doc.parses[index].some((parse) => (parse.pos === 'NOUN' || parse.pos === 'ADJF') && caseOf(parse) === 'gent');
}

/** The phrase in the nominative: head and leading adjectives inflected, complements as written; `written` is the case it stands in. */
export function nominativeText(doc: Doc, phrase: NounPhrase, written: Case = 'nomn'): string {
  return inflectedText(doc, phrase, written, 'nomn');
}

/**
 * The phrase in another case and, for a group, the plural: "продавщицы рынка" → "продавщиц
 * рынка" (genitive plural, "одна из продавщиц рынка"). Complements stay as written.
 */
export function inflectedText(doc: Doc, phrase: NounPhrase, written: Case, target: Case, plural = false): string {
  const head = nounReading(doc, phrase.head, written);
  const words: string[] = [];
  for (let i = phrase.start; i < phrase.end; i++) {
    const token = doc.tokens[i];
    let word = token.text;
    if (i === phrase.head && head) word = inflectWord(doc, word, head, headForm(head, target, plural), written);
    else if (i < phrase.head && head) {
      const adjectives = doc.parses[i].filter((parse) => parse.pos === 'ADJF' || parse.pos === 'PRTF');
      const adjective = adjectives.find((parse) => caseOf(parse) === written) ?? adjectives[0];
      if (adjective) word = inflectKeeping(word, adjective, agreementWith(head, target, plural));
    }
    if (i === phrase.start && (opensSentence(doc, i) || target !== 'nomn') && isCommonWord(doc, i) && !ownCapital(doc, phrase, i)) word = word.toLowerCase();
    words.push(word);
  }
  return joinTokens(doc, phrase.start, phrase.end, words);
}

function headForm(parse: WordParse, target: Case, plural: boolean): string[] {
  return [target, plural || parse.grammemes.has('plur') ? 'plur' : 'sing'];
}

function agreementWith(head: WordParse, target: Case, plural: boolean): string[] {
  if (plural || head.grammemes.has('plur')) return [target, 'plur'];
  return [target, 'sing', head.grammemes.has('femn') ? 'femn' : head.grammemes.has('neut') ? 'neut' : 'masc'];
}

/** A hyphenated compound the dictionary does not know ("девушками-мусульманками") inflects part by part. */
function inflectWord(doc: Doc, word: string, parse: WordParse, grammemes: string[], written: Case): string {
  const parts = word.split('-');
  if (parse.known || parts.length !== 2 || parts.some((part) => part.length < 3)) return inflectKeeping(word, parse, grammemes);
  const inflected = parts.map((part) => {
    const reading = doc.morphology.parse(part).find((each) => each.known && each.pos === 'NOUN' && caseOf(each) === written && each.grammemes.has('plur') === parse.grammemes.has('plur'));
    return reading ? inflectKeeping(part, reading, grammemes) : undefined;
  });
  return inflected.every((part) => part !== undefined) ? inflected.join('-') : inflectKeeping(word, parse, grammemes);
}

/** Inflects, keeping the written capitalisation and refusing results that lost a prefix the dictionary guessed past. */
function inflectKeeping(word: string, parse: WordParse, grammemes: string[]): string {
  if (word.length > 1 && word === word.toUpperCase()) return word;
  if (caseOf(parse) === grammemes[0] && !grammemes.includes('plur') === !parse.grammemes.has('plur')) return word;
  // The dictionary writes ё; a text that writes е keeps to е ("медсестры" → "медсестер").
  const dictionary = parse.inflect(grammemes);
  const inflected = dictionary && !/[ёЁ]/.test(word) ? dictionary.replace(/ё/g, 'е') : dictionary;
  if (!inflected || inflected.slice(0, 3) !== word.toLowerCase().slice(0, 3)) return word;
  const upper = word[0] !== word[0].toLowerCase();
  return upper ? inflected[0].toUpperCase() + inflected.slice(1) : inflected;
}

function opensSentence(doc: Doc, index: number): boolean {
  const previous = doc.tokens[index - 1];
  return !previous || ['.', '!', '?', '…', '—', '–'].includes(previous.text) || doc.tokens[index].lineBreakBefore;
}

/**
 * A capital the word has of its own, not from opening the sentence: a singular noun standing alone
 * for one that speaks (Трамп заявил), which the text never writes in lower case.
 */
function ownCapital(doc: Doc, phrase: NounPhrase, index: number): boolean {
  const best = doc.parses[index][0];
  if (phrase.end - phrase.start !== 1 || !doc.tokens[index].capitalized || best?.pos !== 'NOUN' || best.grammemes.has('anim')) return false;
  // A plural is a class of things (Газеты пишут), not one that speaks.
  if (doc.parses[index].some((parse) => parse.grammemes.has('plur'))) return false;
  const prefix = lower(doc, index).slice(0, 3);
  // Asked of every bare noun that opens a speaker phrase, and answered by the whole document: once per document, prefix and lemma.
  const known = (doc.scratch.lowerCaseWritings ??= new Map());
  const key = `${prefix}\u0000${best.lemma}`;
  let answer = known.get(key);
  if (answer === undefined) {
    answer = !doc.tokens.some((token, at) => token.kind === 'word' && !token.capitalized && writtenWith(doc.text, token.start, token.end, prefix) && doc.parses[at][0]?.lemma === best.lemma);
    known.set(key, answer);
  }
  return answer;
}

/** text[start, end) starts with `prefix`: a token's text read from the document's, not from the token's own string (one read fewer per token). */
function writtenWith(text: string, start: number, end: number, prefix: string): boolean {
  if (end - start < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (text.charCodeAt(start + k) !== prefix.charCodeAt(k)) return false;
  return true;
}

function isCommonWord(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.text.length > 1 && token.text === token.text.toUpperCase()) return false;
  const best = doc.parses[index][0];
  return best !== undefined && best.known && !['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'].some((grammeme) => best.grammemes.has(grammeme));
}

function joinTokens(doc: Doc, start: number, end: number, words: string[]): string {
  let text = '';
  for (let i = start; i < end; i++) text += (i > start && doc.tokens[i].spaceBefore ? ' ' : '') + words[i - start];
  return text;
}

const ONE: Record<string, string> = { 'один': 'один', 'одного': 'один', 'одному': 'один', 'одним': 'один', 'одна': 'одна', 'одной': 'одна', 'одну': 'одна', 'одно': 'одно' };

/** "одна из них", "одного из чиновников" → "одна из них", "один из чиновников": one of a group, nominative. */
export function oneOfText(doc: Doc, index: number, to: number): { text: string; end: number } | undefined {
  const one = ONE[lower(doc, index)];
  if (!one || lower(doc, index + 1) !== 'из' || index + 2 >= to || doc.tokens[index + 2].kind !== 'word') return undefined;
  let end = index + 3;
  while (end < to && end - index < 6 && (isComplement(doc, end) || doc.parses[end][0]?.pos === 'NOUN' && caseOf(doc.parses[end][0]) === 'gent')) end++;
  const group = doc.text.slice(doc.tokens[index + 2].start, doc.tokens[end - 1].end);
  return { text: `${one} из ${group}`, end };
}
