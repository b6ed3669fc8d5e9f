/**
 * Decides whether words in quotation marks are somebody's words or a name. Names of
 * organisations, parties, projects and works («Газпром», «Северный поток — 2», «Россия глазами
 * турок») and single words in scare quotes are not quotations; sentences are, and so are
 * fragments when the sentence says someone said them («назвал «умирающей мечтой»»).
 */
import type { Doc } from '../doc';
import { tokenIndexAt } from '../tokens/tokenIndex';
import type { Span } from '../types';
import { CHARACTERISING_VERBS } from './speechVerbs';
import { isFiniteVerb, isNounOf, isVerbOf } from './wordForms';

/** Nouns that introduce a name in quotation marks: «…» after them is a title, not words said. */
const TITLE_NOUNS = new Set([
  'фильм', 'книга', 'роман', 'повесть', 'рассказ', 'газета', 'журнал', 'издание', 'программа', 'проект', 'операция',
  'акция', 'партия', 'движение', 'компания', 'фестиваль', 'выставка', 'фотовыставка', 'песня', 'передача', 'шоу', 'закон',
  'концерн', 'агентство', 'фонд', 'телеканал', 'радиостанция', 'сериал', 'спектакль', 'опера', 'балет', 'альбом',
  'клуб', 'команда', 'банк', 'завод', 'холдинг', 'группа', 'организация', 'объединение', 'союз', 'блок', 'фракция',
  'газопровод', 'трубопровод', 'судно', 'корабль', 'крейсер', 'самолёт', 'самолет', 'ракета', 'комплекс', 'премия',
  'конкурс', 'форум', 'саммит', 'учение', 'марафон', 'стратегия', 'доктрина', 'пакт', 'соглашение', 'договор', 'рубрика',
  'колонка', 'статья', 'материал', 'портал', 'сайт', 'канал', 'телеграм-канал', 'платформа', 'приложение', 'сеть',
  'бренд', 'марка', 'магазин', 'ресторан', 'отель', 'стадион', 'театр', 'музей', 'центр', 'институт', 'университет',
  'картина', 'полотно', 'скульптура', 'пьеса', 'стихотворение', 'поэма', 'сборник', 'цикл', 'мультфильм', 'кинофильм',
  'лента', 'постановка', 'мюзикл', 'сингл', 'клип', 'игра', 'турнир', 'чемпионат', 'кубок', 'олимпиада', 'конкурс',
  'название', 'наименование', 'псевдоним', 'прозвище', 'позывной', 'номинация', 'категория', 'спецоперация', 'миссия',
  'хэштег', 'заголовок',
]);

/** Nouns that say the quoted words were used by someone («слово «…»», «лозунги «…»»). */
const USAGE_NOUNS = new Set(['слово', 'выражение', 'фраза', 'формулировка', 'термин', 'лозунг', 'призыв', 'девиз', 'реплика', 'цитата']);

/**
 * How strongly the sentence attributes the quoted words: `strong` when an attribution follows
 * the closing mark («…», — сказал он), `adjacent` when one ends right before the opening mark
 * (он сказал: «…» / по словам X, «…»), `weak` when a speech or characterising verb is elsewhere
 * in the sentence, `none` otherwise.
 */
export type Licence = 'strong' | 'adjacent' | 'weak' | 'none';

/** Whether the quoted span is speech rather than a name or a term in scare quotes. */
export function isQuotedSpeech(doc: Doc, quoted: Span, licence: Licence, titled: boolean): boolean {
  const first = tokenIndexAt(doc.tokens, quoted.start);
  const last = tokenIndexAt(doc.tokens, quoted.end);
  const inner = doc.tokens.slice(first, last);
  const words = inner.filter((token) => token.kind === 'word' || token.kind === 'number');
  if (words.length === 0 || !inner.some((token) => token.kind === 'word')) return false;
  // A dot inside a word ("Gzt.Ru") ends no sentence.
  // Nor does the dot of an initial ("музей имени И. Д. Воронина").
  const terminal = inner.some((token, offset) => ['.', '!', '?', '…'].includes(token.text) && !(token.text === '.' && !token.spaceBefore && inner[offset + 1] && !inner[offset + 1].spaceBefore)
    && !(token.text === '.' && offset > 0 && isInitial(inner[offset - 1].text)));
  const comma = inner.some((token) => [',', ':', ';'].includes(token.text));
  const hasPredicate = inner.some((_, offset) => isPredicate(doc, first + offset));
  if (titled) return words.length >= 8 && hasPredicate && comma;
  // «Традиция. Ответственность. Процветание 09» (TOP 09): a capitalised phrase with its abbreviation after it is a name.
  if (inner[0].capitalized && !hasPredicate && ABBREVIATION_AFTER.test(doc.text.slice(quoted.end, quoted.end + 16))) return false;
  // «HOWTO: Be More Productive», «World Press Photo»: a few Latin words with no cue next to them
  // and no sentence end are a name kept in its original spelling.
  const latin = words.length < 8 && words.every((token) => token.kind === 'number' || token.script === 'latin');
  if (latin && (licence === 'none' || licence === 'weak') && !['.', '!', '?', '…'].includes(inner[inner.length - 1].text)) return false;
  // «Голос. Дети» is a name with a full stop in it; a short exclamation needs someone saying it.
  if (terminal && (licence !== 'none' || (words.length >= 2 && hasPredicate) || words.length >= 4)) return true;
  if (comma && words.length >= 4) return true;
  if (licence === 'strong') return true;
  if (licence === 'adjacent') {
    // "…, что «Великая приватизация» проходит …": a capitalised phrase inside the clause is a name.
    const embedded = doc.tokens[last + 1]?.kind === 'word';
    if (inner[0].capitalized && !hasPredicate && embedded) return false;
    return words.length >= 2 || hasPredicate || directlyCharacterised(doc, first - 1) || wholeReplyAfterColon(doc, first, last);
  }
  if (inner[0].capitalized || inner[0].kind !== 'word') {
    // A capitalised phrase is a name unless it reads as a sentence.
    return hasPredicate && (words.length >= 3 || licence === 'weak');
  }
  if (words.length >= 7 && hasPredicate) return true;
  if (words.length === 1) return licence === 'weak' && directlyCharacterised(doc, first - 1);
  return licence === 'weak';
}

const ABBREVIATION_AFTER = /^[»"“”]\s*\(\p{Lu}[\p{Lu}\d]*(?:[\s-][\p{Lu}\d]+)*\)/u;

/** One capital letter, the initial of a name. */
function isInitial(text: string): boolean {
  return text.length === 1 && text !== text.toLowerCase();
}

/** A finite verb, short participle or adjective, or predicative word: "заявил", "закрыта", "готовы", "нужно". */
function isPredicate(doc: Doc, index: number): boolean {
  const best = doc.parses[index]?.[0];
  return isFiniteVerb(doc, index) || best?.pos === 'ADJS' || best?.pos === 'PRED';
}

/**
 * «…» right after a noun such as "фильм", "партия", "газопровод" names that thing. A name in
 * apposition keeps its own form: after a characterising verb, a lower-case word inflected out
 * of the nominative ("назвала закон «шагом назад»") is the predicate said, not a title.
 */
export function followsTitleNoun(doc: Doc, quoted: Span): boolean {
  const first = tokenIndexAt(doc.tokens, quoted.start);
  return isTitleNoun(doc, first - 2) && !(inflectedOutOfNominative(doc, first) && characterisedBefore(doc, first - 2));
}

/** A noun that introduces a name ("фильм", "партия"), also first in a compound ("фильма-расследования"). */
export function isTitleNoun(doc: Doc, index: number): boolean {
  const lemma = doc.parses[index]?.find((parse) => parse.pos === 'NOUN')?.lemma ?? '';
  if (TITLE_NOUNS.has(lemma)) return !USAGE_NOUNS.has(lemma);
  const token = doc.tokens[index];
  const hyphen = token?.kind === 'word' ? token.text.indexOf('-') : -1;
  if (hyphen <= 0) return false;
  return doc.morphology.parse(token.text.slice(0, hyphen).toLowerCase()).some((parse) => parse.pos === 'NOUN' && TITLE_NOUNS.has(parse.lemma) && !USAGE_NOUNS.has(parse.lemma));
}

/** A characterising verb a few words before the noun: "назвал новый закон". */
function characterisedBefore(doc: Doc, noun: number): boolean {
  for (let j = noun - 1; j >= Math.max(0, noun - 4); j--) {
    if (isVerbOf(doc, j, CHARACTERISING_VERBS)) return true;
    if (doc.tokens[j].kind !== 'word') return false;
  }
  return false;
}

function inflectedOutOfNominative(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  const parses = doc.parses[index] ?? [];
  if (!token || token.kind !== 'word' || token.capitalized || token.script !== 'cyrillic' || parses.length === 0) return false;
  const declined = parses.some((parse) => parse.pos === 'NOUN' || parse.pos === 'ADJF' || parse.pos === 'PRTF');
  return declined && parses.every((parse) => !parse.grammemes.has('nomn') && !parse.grammemes.has('accs') && !parse.grammemes.has('Fixd'));
}

/**
 * Shapes of a title whatever precedes it: a law or decree «О …»/«Об …», or a work dated
 * in brackets right after it («…» (1974)).
 */
export function looksLikeTitle(doc: Doc, quoted: Span): boolean {
  const first = doc.tokens[tokenIndexAt(doc.tokens, quoted.start)];
  if (first && (first.text === 'О' || first.text === 'Об')) return true;
  return /^[»"“”]?\s*\([\s,]*\d{4}/.test(doc.text.slice(quoted.end, quoted.end + 12));
}

/** «…» right after "назвал", "слово": a single word quoted as what someone called something. */
function directlyCharacterised(doc: Doc, openMark: number): boolean {
  for (let j = openMark - 1; j >= Math.max(0, openMark - 3); j--) {
    if (isVerbOf(doc, j, CHARACTERISING_VERBS) || isNounOf(doc, j, USAGE_NOUNS)) return true;
    if (doc.tokens[j].kind !== 'word') return false;
  }
  return false;
}

/** One quoted word after a colon that closes the sentence (он ответил: «Да».) is the whole reply, not a name inside a clause. */
function wholeReplyAfterColon(doc: Doc, first: number, last: number): boolean {
  const after = doc.tokens[last + 1];
  return doc.tokens[first - 2]?.text === ':' && (after === undefined || after.lineBreakBefore || ['.', '!', '?', '…'].includes(after.text));
}
