/**
 * A generic organisation noun standing for one named earlier: "сказали в министерстве" after
 * "МИД Франции", "в компании сообщили" after "Ryanair". News names the organisation once and
 * then calls it by its kind; the speaker is the organisation's name.
 */
import { lowerAt, type Doc } from '../doc';
import { caseOf } from '../morphology/morphology';
import { nominativeText, phraseAround } from './nounPhrases';
import { isOutlet } from './subjects';
import { isFunctionWord, isNounOf } from './wordForms';

/** Which written names each generic noun can stand for. */
const KINDS: Record<string, (doc: Doc, index: number) => boolean> = {
  'министерство': isMinistry,
  'ведомство': (doc, index) => isMinistry(doc, index) || isAgencyName(doc, index) || isNamedBody(doc, index),
  'компания': isCompanyName,
  'авиакомпания': isCompanyName,
  'концерн': isCompanyName,
  'корпорация': isCompanyName,
  'холдинг': isCompanyName,
  // "Как сообщило агентство" after "Агентство Bloomberg", "— пишет издание" after "Газета «Вечерний город»".
  // An agency only by an agency's name: "сообщило агентство" after "телеканал «Дождь» со ссылкой на …" is not the channel.
  'агентство': isAgencyOutletName,
  'издание': isOutletName,
  'газета': isOutletName,
  'журнал': isOutletName,
  'телеканал': isOutletName,
  'радиостанция': isOutletName,
  'портал': isOutletName,
};

const MINISTRY = /^(МИД|МВД|МЧС|Мин[а-яё]+|Госдеп|Госдепартамент|Пентагон|Минобороны|Минфин|Минюст|Минэнерго|Минздрав|Минтранс|Минэкономразвития|Минпромторг)$/u;

const REACH_TOKENS = 3000;

/** The nominative name of the latest organisation before `before` that the generic noun can stand for. */
export function organisationFor(doc: Doc, lemma: string, before: number, inQuote: (index: number) => boolean): string | undefined {
  const fits = KINDS[lemma];
  if (!fits) return isCommonNoun(doc, before) ? namedWithSameNoun(doc, lemma, before, inQuote) : undefined;
  // An article names the body a few paragraphs back at most; the bound keeps a long document linear.
  for (let i = before - 1; i >= Math.max(0, before - REACH_TOKENS); i--) {
    if (!fits(doc, i)) continue;
    const outlet = fits === isOutletName ? outletNameAt(doc, i) : fits === isAgencyOutletName ? agencyNameAt(doc, i) : undefined;
    if (outlet) return outlet;
    const quotedName = inQuote(i);
    if (quotedName && !isNameInMarks(doc, i)) continue;
    const head = bodyReading(doc, i);
    if (head && !quotedName) {
      // "Министерство обороны Румынии", "Государственная миграционная служба Украины": the body's whole name, in its case.
      const phrase = phraseAround(doc, i, Math.max(0, i - 3), Math.min(doc.tokens.length, i + 4));
      const name = nominativeText(doc, phrase, caseOf(head) ?? 'nomn');
      return doc.tokens[phrase.start].capitalized ? name.charAt(0).toUpperCase() + name.slice(1) : name;
    }
    return nominativeText(doc, phraseAround(doc, i, i, quotedName ? i + 1 : Math.min(doc.tokens.length, i + 3)), 'gent');
  }
  return undefined;
}

const SAME_NOUN_REACH_TOKENS = 1500;

/** A common noun written as such (совет, телекомпания), not a name or an abbreviation (США, ХАМАС). */
function isCommonNoun(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word' || token.script !== 'cyrillic' || (token.text.length > 1 && token.text === token.text.toUpperCase())) return false;
  const best = doc.parses[index][0];
  return best !== undefined && best.known && !['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Fixd'].some((tag) => best.grammemes.has(tag));
}

/**
 * "Конституционный совет Туниса подтвердил … Совет также заявил": a body called by the bare
 * noun it was named with, the latest phrase with that noun that holds a name (a capitalised word
 * past its first, or a Latin one): "телекомпании НВО" for "телекомпания".
 */
function namedWithSameNoun(doc: Doc, lemma: string, before: number, inQuote: (index: number) => boolean): string | undefined {
  // Forms of the noun share its first letters: most words are passed without reading their parses.
  const prefix = lemma.slice(0, 3);
  // The first letter read from the document's text first: the word's lower-case form is read only where it may match.
  const first = prefix.charCodeAt(0);
  const capital = isCyrillicSmall(first) ? prefix.charAt(0).toUpperCase().charCodeAt(0) : -1;
  for (let i = before - 1; i >= Math.max(0, before - SAME_NOUN_REACH_TOKENS); i--) {
    if (capital >= 0) {
      const code = doc.text.charCodeAt(doc.tokens[i].start);
      if (code !== first && code !== capital) continue;
    }
    if (!lowerAt(doc, i).startsWith(prefix)) continue;
    const reading = doc.parses[i]?.find((parse) => parse.pos === 'NOUN' && parse.lemma === lemma);
    if (!reading || reading.grammemes.has('anim') || reading.grammemes.has('plur') || inQuote(i)) continue;
    // Adjectives before the noun, names in the genitive (or indeclinable) after it.
    let start = i;
    while (start > 0 && i - start < 3 && doc.parses[start - 1]?.[0]?.pos === 'ADJF' && doc.parses[start - 1].every((parse) => parse.pos !== 'ADVB' && parse.pos !== 'COMP') && doc.tokens[start - 1].kind === 'word') start--;
    let end = i + 1;
    while (end < doc.tokens.length && end - i <= 3 && isNameComplement(doc, end)) end++;
    // "группа U2": a number written close up to the name is part of it.
    if (end > i + 1 && doc.tokens[end]?.kind === 'number' && !doc.tokens[end].spaceBefore) end++;
    if (end === i + 1 && lemma === 'источник' && ['в', 'во', 'из'].includes(lowerAt(doc, i + 1))) {
      // "источник в городской администрации … по данным источника": an unnamed source placed where it sits.
      const placeEnd = placeAfter(doc, i + 2);
      if (placeEnd !== undefined) return nominativeText(doc, { start, end: placeEnd, head: i }, caseOf(reading) ?? 'nomn');
    }
    if (end === i + 1 && !doc.tokens.slice(start, i).some((token, offset) => offset > 0 && token.capitalized)) continue;
    return nominativeText(doc, { start, end, head: i }, caseOf(reading) ?? 'nomn');
  }
  return undefined;
}

/** а–я and ё: small letters no character but their own capital writes in lower case. */
function isCyrillicSmall(code: number): boolean {
  return (code >= 0x430 && code <= 0x44f) || code === 0x451;
}

/** One past the place after "в"/"из" from `from`: adjectives, a noun, its genitive words ("городской администрации", "окружении министра"). */
function placeAfter(doc: Doc, from: number): number | undefined {
  let j = from;
  const word = (index: number) => doc.tokens[index]?.kind === 'word' && !doc.tokens[index].lineBreakBefore;
  while (j < from + 3 && word(j) && doc.parses[j][0]?.pos === 'ADJF') j++;
  if (!word(j) || doc.parses[j][0]?.pos !== 'NOUN') return undefined;
  j++;
  while (j < from + 6 && word(j) && isGenitiveWord(doc, j)) j++;
  return j;
}

/** A name after a body's noun: Latin or capitalised, in the genitive or indeclinable ("совет Туниса", "телекомпания HBO"). */
function isNameComplement(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || token.lineBreakBefore || !token.capitalized) return false;
  if (token.script === 'latin') return true;
  return doc.parses[index].length > 0 && doc.parses[index].every((parse) => caseOf(parse) === 'gent' || parse.grammemes.has('Fixd'));
}

function isMinistry(doc: Doc, index: number): boolean {
  return MINISTRY.test(doc.tokens[index].text) || (lowerAt(doc, index).startsWith('министерств') && isNamedBody(doc, index));
}

/** Nouns that head the written name of a state body ("Министерство обороны Румынии", "Федеральная таможенная служба"). */
const BODY_NOUNS = new Set(['министерство', 'служба', 'агентство', 'комитет', 'департамент', 'инспекция', 'управление']);

/**
 * A body named in full: a noun of BODY_NOUNS with a genitive complement (министерство обороны) or
 * opened by a capitalised word (Государственная миграционная служба), not the bare noun by itself.
 */
function isNamedBody(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || token.script !== 'cyrillic') return false;
  if (!bodyReading(doc, index)) return false;
  const next = doc.tokens[index + 1];
  const genitiveNext = next !== undefined && next.kind === 'word' && !next.lineBreakBefore && isGenitiveWord(doc, index + 1);
  let first = index;
  while (first > 0 && index - first < 3 && doc.tokens[first - 1].kind === 'word' && doc.parses[first - 1][0]?.pos === 'ADJF') first--;
  return genitiveNext || (first < index && doc.tokens[first].capitalized);
}

/** The singular reading of a noun of BODY_NOUNS at `index`, if any. */
function bodyReading(doc: Doc, index: number) {
  return doc.parses[index]?.find((parse) => parse.pos === 'NOUN' && BODY_NOUNS.has(parse.lemma) && !parse.grammemes.has('plur'));
}

/** A content word with a genitive noun or adjective reading ("обороны", "городской"), the words a body's or place's name runs on with. */
function isGenitiveWord(doc: Doc, index: number): boolean {
  return !isFunctionWord(doc, index) && doc.parses[index].some((parse) => (parse.pos === 'NOUN' || parse.pos === 'ADJF') && caseOf(parse) === 'gent');
}

function isAgencyName(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  return token.kind === 'word' && token.text.length >= 2 && token.text === token.text.toUpperCase() && token.script === 'cyrillic';
}

/** A Latin capitalised word (Ryanair, Google) or a one-word name in quotation marks («Газпром»). */
function isCompanyName(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || !token.capitalized) return false;
  return token.script === 'latin' || isNameInMarks(doc, index);
}

function isNameInMarks(doc: Doc, index: number): boolean {
  const before = doc.tokens[index - 1]?.text;
  const after = doc.tokens[index + 1]?.text;
  return (before === '«' || before === '"' || before === '„') && (after === '»' || after === '"' || after === '“');
}

/** An outlet's name: a Latin one (Bloomberg), a wire agency (ТАСС, РИА), or one in quotation marks («Вечерний город»). */
function isOutletName(doc: Doc, index: number): boolean {
  return outletNameAt(doc, index) !== undefined;
}

/** The whole name of the outlet whose name ends at or covers `index`, if it is one. */
function outletNameAt(doc: Doc, index: number): string | undefined {
  const token = doc.tokens[index];
  if (token.kind === 'word' && token.capitalized && isOutlet(doc, index)) return nominativeText(doc, phraseAround(doc, index, index, Math.min(doc.tokens.length, index + 3)), 'gent');
  if (token.kind === 'word' && token.capitalized && token.script === 'latin') {
    // A Latin name counts when its kind introduces it: "газета Bild", "агентство Standard & Poor's".
    let first = index;
    while (first > 0 && isLatinNamePart(doc, first - 1)) first--;
    if (!isOutletKind(doc, first - 1) && !namedAsSource(doc, first - 1)) return undefined;
    let last = index;
    while (last + 1 < doc.tokens.length && isLatinNamePart(doc, last + 1) && !doc.tokens[last + 1].lineBreakBefore) last++;
    while (doc.tokens[last].text === '&') last--;
    return doc.text.slice(doc.tokens[first].start, doc.tokens[last].end);
  }
  return quotedNameEndingAt(doc, index);
}

/** News agencies known by name alone (lower case, first word): Reuters, ТАСС, «РИА Новости», Синьхуа. */
const AGENCIES = new Set(['reuters', 'рейтер', 'afp', 'ap', 'dpa', 'ansa', 'efe', 'тасс', 'итар-тасс', 'интерфакс', 'риа', 'ria', 'bloomberg', 'блумберг', 'униан', 'унн', 'bns', 'синьхуа', 'киодо', 'kyodo', 'xinhua', 'франс', 'ассошиэйтед', 'associated', 'прайм', 'регнум', 'regnum', 'rosbalt', 'росбалт']);

function isAgencyOutletName(doc: Doc, index: number): boolean {
  // "Центральное телеграфное агентство Кореи": an agency named in full, as a state body is.
  return agencyNameAt(doc, index) !== undefined || (isAgencyNoun(doc, index) && isNamedBody(doc, index));
}

/**
 * The name of the news agency whose name ends at or covers `index`: a known agency (Интерфакс,
 * Reuters, «РИА Новости») or a name right after the noun агентство ("агентство Fitch",
 * "агентства «Прайм»", "агентство Рейтер"). An outlet of another kind (телеканал, газета) is not one.
 */
function agencyNameAt(doc: Doc, index: number): string | undefined {
  const token = doc.tokens[index];
  if (token.kind !== 'word') {
    if (token.text !== '»' && token.text !== '"') return undefined;
    const name = quotedNameEndingAt(doc, index);
    if (name === undefined) return undefined;
    let open = index - 1;
    while (open > 0 && doc.tokens[open].text !== '«' && doc.tokens[open].text !== '"') open--;
    return isAgencyNoun(doc, open - 1) || AGENCIES.has(lowerAt(doc, open + 1)) ? name : undefined;
  }
  if (!token.capitalized) return undefined;
  let first = index;
  while (first > 0 && index - first < 2 && isNameWord(doc, first - 1) && !isAgencyNoun(doc, first)) first--;
  if (!isAgencyNoun(doc, first - 1) && !AGENCIES.has(lowerAt(doc, first))) return undefined;
  // "агентство Кореи": a place in the genitive is part of the agency's written name, not the name itself.
  if (isNameInMarks(doc, index) || (!AGENCIES.has(lowerAt(doc, first)) && token.script === 'cyrillic' && doc.parses[first].some((parse) => parse.known && (parse.grammemes.has('Geox') || caseOf(parse) === 'gent' && !parse.grammemes.has('Fixd'))))) return undefined;
  let last = index;
  while (last + 1 < doc.tokens.length && last - first < 5 && isNameWord(doc, last + 1) && !doc.tokens[last + 1].lineBreakBefore) last++;
  while (doc.tokens[last].text === '&') last--;
  return doc.text.slice(doc.tokens[first].start, doc.tokens[last].end);
}

function isNameWord(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  return (token.kind === 'word' && token.capitalized && !isInitialWord(doc, index)) || token.text === '&';
}

/** A capitalised word that opens its sentence is no part of the name before it. */
function isInitialWord(doc: Doc, index: number): boolean {
  const before = doc.tokens[index - 1]?.text;
  return before === undefined || before === '.' || before === '!' || before === '?';
}

const AGENCY_NOUN: ReadonlySet<string> = new Set(['агентство']);

function isAgencyNoun(doc: Doc, index: number): boolean {
  return isNounOf(doc, index, AGENCY_NOUN);
}

function isLatinNamePart(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  return (token.kind === 'word' && token.script === 'latin' && token.capitalized) || token.text === '&';
}

/** Verbs of publishing whose subject right after them is an outlet: "пишет The Guardian", "как сообщает «Коммерсантъ»". */
const PUBLISHING_VERBS = new Set(['писать', 'сообщать', 'передавать']);
/** Nouns of "по данным X", "по информации X": what an outlet or body gives. */
const SOURCE_NOUNS = new Set(['данные', 'информация', 'сведение']);

/**
 * The word at `index` introduces the name after it as a source of news: a verb of publishing in the present
 * (пишет, сообщает, передаёт) or "по данным", "по информации".
 */
function namedAsSource(doc: Doc, index: number): boolean {
  const parses = doc.parses[index];
  if (!parses || doc.tokens[index].kind !== 'word') return false;
  if (parses.some((parse) => parse.pos === 'VERB' && parse.grammemes.has('pres') && PUBLISHING_VERBS.has(parse.lemma))) return true;
  return lowerAt(doc, index - 1) === 'по' && parses.some((parse) => parse.pos === 'NOUN' && SOURCE_NOUNS.has(parse.lemma));
}

function isOutletKind(doc: Doc, index: number): boolean {
  return doc.parses[index]?.some((parse) => parse.pos === 'NOUN' && (KINDS[parse.lemma] === isOutletName || KINDS[parse.lemma] === isAgencyOutletName)) ?? false;
}

/** The text of a short capitalised name in quotation marks whose closing mark is at `close`. */
function quotedNameEndingAt(doc: Doc, close: number): string | undefined {
  const { tokens } = doc;
  if (tokens[close]?.text !== '»' && tokens[close]?.text !== '"') return undefined;
  for (let open = close - 2; open >= Math.max(0, close - 6); open--) {
    if (tokens[open].text === '«' || tokens[open].text === '"') {
      // Only after the kind it names: "газета «Вечерний город»", not a quotation.
      // Or a name ending in its kind, in the nominative: "опровергла «Российская газета»", "«Новая газета» пишет".
      const namesKind = open + 2 < close && doc.parses[close - 1]?.[0]?.grammemes.has('nomn') === true && isOutletKind(doc, close - 1);
      const named = tokens[open + 1].capitalized && (isOutletKind(doc, open - 1) || namedAsSource(doc, open - 1) || namesKind);
      return named ? doc.text.slice(tokens[open + 1].start, tokens[close - 1].end) : undefined;
    }
    if (tokens[open].kind === 'punct' && tokens[open].text !== '-' && tokens[open].text !== '.') return undefined;
  }
  return undefined;
}
