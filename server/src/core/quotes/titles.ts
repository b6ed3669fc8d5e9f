/**
 * Which pairs of quotation marks hold a name rather than words said: «…» after a noun such as
 * "фильм" or "закон", also with the author between (книга Анны Лесной «…»); a work followed by
 * its author's name in the genitive («Свадьба» Павла Лунгина); a name given as what something
 * is known or called by (более известный как «…»); the shapes of `looksLikeTitle`; and every
 * item of a list (joined by commas, и, или) where one item is a title, whichever side it stands.
 */
import type { Doc } from '../doc';
import { tokenIndexAt } from '../tokens/tokenIndex';
import type { QuotedSpan } from './quotationMarks';
import { followsTitleNoun, isTitleNoun, looksLikeTitle } from './quotedSpeech';
import { mentionAt, type PlacedMention, type SpeakerContext } from './speakers';
import { lower } from './wordForms';

// Participles that give the name something goes by: "более известный как «…»", "так называемый «…»".
const NAMING_PARTICIPLES = new Set(['известный', 'называть', 'именовать', 'прозвать', 'окрестить']);
// Parts of a code or law an article reference names: ст., статья, ч., часть, п., пункт.
const LAW_PARTS = /^(ст|статья|статьи|статье|статью|ч|часть|части|п|пункт|пункта)$/;
const MAX_LIST_GAP = 100;
const LIST_JOINS = new Set([',', 'и', 'или', 'а также']);
// What may stand after a listed work before the next: its year or note in brackets.
const BRACKETED = /^\s*\([^()\n]{0,40}\)/;

/** For each outermost pair: it holds a name or title; it follows the one before in a list. */
export interface Titles {
  titled: boolean[];
  listedAfterPrevious: boolean[];
}

/** Which outermost pairs hold names or titles, not quotations, and which stand in lists. */
export function titledPairs(context: SpeakerContext, outer: readonly QuotedSpan[]): Titles {
  const { doc } = context;
  const titled = outer.map((pair) => followsTitleNoun(doc, pair) || looksLikeTitle(doc, pair) || authoredWork(context, pair)
    || followsAuthorOfTitle(context, pair) || namedAs(doc, pair) || namesArticleOfLaw(doc, pair));
  // «Мимино», «Кин-дза-дза!» и «Осенний марафон»: a list with one title is a list of titles.
  const linked = outer.map((pair, index) => index > 0 && listed(context, outer[index - 1], pair));
  for (let index = 1; index < outer.length; index++) if (linked[index] && titled[index - 1]) titled[index] = true;
  for (let index = outer.length - 1; index > 0; index--) if (linked[index] && titled[index]) titled[index - 1] = true;
  markListsOfNames(doc, outer, linked, titled);
  return { titled, listedAfterPrevious: linked };
}

/**
 * Three or more capitalised items in a row (— «Течет река Волга», «На побывку едет», «Калина
 * во ржи»), not introduced by a colon or a verb right before them, name things: songs, works,
 * slogans on banners. A verb of saying licenses its own list (скандировали: «…», «…» и «…»).
 */
function markListsOfNames(doc: Doc, outer: readonly QuotedSpan[], linked: readonly boolean[], titled: boolean[]): void {
  for (let first = 0; first < outer.length; first++) {
    let last = first;
    while (last + 1 < outer.length && linked[last + 1]) last++;
    if (last - first >= 2 && !introducedAsSaid(doc, outer[first])) {
      const capitalised = outer.slice(first, last + 1).every((pair) => doc.tokens[tokenIndexAt(doc.tokens, pair.start)]?.capitalized);
      if (capitalised) titled.fill(true, first, last + 1);
    }
    first = last;
  }
}

/** A colon, or a verb within two words, right before the opening mark: the list is what someone said. */
function introducedAsSaid(doc: Doc, pair: QuotedSpan): boolean {
  const open = tokenIndexAt(doc.tokens, pair.open.start);
  if (doc.tokens[open - 1]?.text === ':') return true;
  for (let j = open - 1; j >= Math.max(0, open - 2); j--) {
    const pos = doc.parses[j]?.[0]?.pos;
    if (pos === 'VERB' || pos === 'INFN' || pos === 'GRND') return true;
  }
  return false;
}

/** ст. 238 УК РФ («Оказание услуг …»), по ст. 115 ч. 2 «Умышленное убийство …»: the article's title. */
function namesArticleOfLaw(doc: Doc, pair: QuotedSpan): boolean {
  let j = tokenIndexAt(doc.tokens, pair.open.start) - 1;
  if (doc.tokens[j]?.text === '(') j--;
  for (let steps = 0; j >= 0 && steps < 7; j--, steps++) {
    const token = doc.tokens[j];
    if (token.kind === 'number' && LAW_PARTS.test(lower(doc, j - 1) === '.' ? lower(doc, j - 2) : lower(doc, j - 1))) return true;
    if (token.kind === 'word' && !token.capitalized && !LAW_PARTS.test(token.text.toLowerCase())) return false;
  }
  return false;
}

/** «Свадьба» Павла Лунгина: a person's name in the genitive right after a capitalised name in marks is the author of a work. */
function authoredWork(context: SpeakerContext, pair: QuotedSpan): boolean {
  // A fragment goes on into the genitive after it («ценным достоянием» Маркса): a work's name opens with a capital.
  if (!pair.close || !context.doc.tokens[tokenIndexAt(context.doc.tokens, pair.start)]?.capitalized) return false;
  const next = tokenIndexAt(context.doc.tokens, pair.close.end);
  const token = context.doc.tokens[next];
  const mention = mentionAt(context, next);
  return token !== undefined && !token.lineBreakBefore && mention !== undefined && mention.tokenStart === next && isGenitiveName(context, mention);
}

/** A name mention written in the genitive (Павла Лунгина, Орсона Уэллса), by its first word. */
function isGenitiveName(context: SpeakerContext, mention: PlacedMention): boolean {
  const best = context.doc.parses[mention.tokenStart]?.[0];
  if (mention.kind !== 'name' || best === undefined || best.grammemes.has('nomn')) return false;
  return best.grammemes.has('gent') || !mention.nominative;
}

/** книга Анны Лесной «…», фильма-расследования Павла Клюева «…»: a title noun, its author's name, then the title. */
function followsAuthorOfTitle(context: SpeakerContext, pair: QuotedSpan): boolean {
  const { doc } = context;
  const open = tokenIndexAt(doc.tokens, pair.open.start);
  const author = mentionAt(context, open - 1);
  return author !== undefined && author.tokenEnd === open && isGenitiveName(context, author) && isTitleNoun(doc, author.tokenStart - 1);
}

/** более известный как «…», так называемый «…»: the name something goes by. */
function namedAs(doc: Doc, pair: QuotedSpan): boolean {
  let before = tokenIndexAt(doc.tokens, pair.open.start) - 1;
  if (lower(doc, before) === 'как') before--;
  if (doc.tokens[before]?.text === ',') before--;
  return doc.parses[before]?.some((parse) => (parse.pos === 'ADJF' || parse.pos === 'PRTF') && NAMING_PARTICIPLES.has(parse.lemma)) ?? false;
}

/** The two pairs are neighbours in a list: only a join, and after the first its year in brackets or its author's name, between them. */
function listed(context: SpeakerContext, previous: QuotedSpan, pair: QuotedSpan): boolean {
  const { doc } = context;
  // Most quotations stand far apart: only a year, an author's name and a join fit between list items.
  if (!previous.close || pair.open.start - previous.close.end > MAX_LIST_GAP) return false;
  let from = previous.close.end;
  const bracket = BRACKETED.exec(doc.text.slice(from, from + 44));
  if (bracket) from += bracket[0].length;
  const afterClose = tokenIndexAt(doc.tokens, from);
  const author = mentionAt(context, afterClose);
  if (author && author.tokenStart === afterClose && isGenitiveName(context, author)) {
    from = doc.tokens[author.tokenEnd - 1].end;
    const authorBracket = BRACKETED.exec(doc.text.slice(from, from + 44));
    if (authorBracket) from += authorBracket[0].length;
  }
  if (from > pair.open.start) return false;
  const between = doc.text.slice(from, pair.open.start).trim();
  return LIST_JOINS.has(between) || LIST_JOINS.has(between.replace(/^,\s*/, ''));
}
