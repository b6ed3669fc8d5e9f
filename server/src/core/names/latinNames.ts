/**
 * Names in Latin script inside Russian text: the original spelling in parentheses right after a
 * name (Анджело Роттоли (Angelo Rottoli)), and a well-known Latin first name with a surname
 * (Elon Musk), also after an organisation's name in the same run (Tesla Elon Musk). Other Latin capitalised words are brands, media and titles (Reuters, The Prodigy).
 */
import type { Doc } from '../doc';
import { namePart, type NamePart } from './nominative';

/** A Latin name and, when it spells out the name before it, where that name starts (a text offset). */
export interface LatinName {
  parts: NamePart[];
  sameAsStart?: number;
}

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'dos', 'das', 'bin', 'ben', 'al', 'el', 'ibn']);
const CLOSERS = new Set([')', ',', ';']);
const LONGEST = 5;

// Frequent given names of people in world news (English, German, French, Spanish, Italian, Dutch, Nordic), lower case.
const FIRST_NAMES = new Set(`
aaron adam adrian alan albert alex alexander alexandre alexis alfred alice alicia amanda amy andrea andreas andrew andy angela angelina
anna anne annalena anthony antonio arnold arthur barack barbara ben benjamin bernard bernie bill billy bob boris brad brian britney bruce
bruno carl carlos caroline catherine charles charlie charlotte chris christian christina christine christopher claire claudia colin
daniel david dennis diana diego dominic donald dmitry douglas edward elena elizabeth ellen elon emily emma emmanuel enrique eric erik
eva felix fernando francesco francis francisco frank franz frederick gabriel gary george georg gerhard giorgia giovanni giuseppe gordon
greg gregory hans harold harry heinrich helen helmut henry hillary hugo ian isabel jack jacob james jamie jan jane janet jared jason
javier jean jeff jeffrey jennifer jens jeremy jerome jessica jim jimmy joachim joan joe johann johannes john johnny jonathan jordan jorge
jose josef joseph juan julia julian julie justin karen karl kate katherine kathy keir kamala kevin kim klaus kristin larry laura lars
lee leo leonardo lewis linda lisa louis luca lucas luis luke marco margaret maria marie marine mario mark marta martin mary matt
matteo matthew max melania michael michel michelle miguel mike nancy natalie nathan neil nicholas nick nicola nicolas nikolai olaf
oliver olivier pablo patrick paul pedro peter philip philippe pierre rachel rafael ralph ray rebecca richard rishi robert roberto
robin roger ron ronald rudolf ruth ryan sam samuel sandra sarah scott sean sebastian sergey sergio simon sophie stefan stephen steve
steven susan thomas tim timothy tom tony ursula vladimir walter william wolfgang xavier xi yuri
`.trim().split(/\s+/));

/**
 * Nouns for an organisation, an outlet, a brand or a work, whose Latin name follows them: журнал Charlie Hebdo, бренд
 * Tommy Hilfiger, сериал Doctor Who. A first name there begins the thing's name, not a person's.
 */
const NAMED_THINGS = new Set(`
журнал газета издание таблоид еженедельник телеканал канал радиостанция агентство портал сайт блог сервис приложение
компания корпорация фирма концерн холдинг бренд марка лейбл студия магазин ресторан отель сеть банк фонд клуб команда
шоу программа фильм сериал альбом песня сингл спектакль мюзикл книга роман игра
`.trim().split(/\s+/));

function namedThingBefore(doc: Doc, index: number): boolean {
  // From the start of the Latin run the name stands in (газета St. Louis Post-Dispatch).
  let start = index;
  while (start > 0 && (doc.tokens[start - 1].script === 'latin' || (doc.tokens[start - 1].text === '.' && doc.tokens[start - 2]?.script === 'latin'))) start--;
  const before = doc.tokens[start - 1];
  return before !== undefined && before.kind === 'word' && before.script === 'cyrillic' && doc.parses[start - 1].some((parse) => parse.pos === 'NOUN' && NAMED_THINGS.has(parse.lemma));
}

/** Latin names after `names` (each given by its first and one-past-last token) and on their own. */
export function findLatinNames(doc: Doc, names: readonly { tokenStart: number; tokenEnd: number }[]): LatinName[] {
  const found: LatinName[] = [];
  const taken = new Set<number>();
  for (const name of names) {
    for (const [start, end] of spellingsAfter(doc, name.tokenEnd)) {
      found.push({ parts: latinParts(doc, start, end), sameAsStart: doc.tokens[name.tokenStart].start });
      taken.add(start);
    }
  }
  // A known first name opens a name wherever it stands in a run of Latin words: an organisation
  // or brand may come first (Глава Tesla Elon Musk, основатель Amazon Jeff Bezos).
  let coveredTo = 0;
  doc.tokens.forEach((token, index) => {
    if (index < coveredTo || taken.has(index) || token.script !== 'latin' || !FIRST_NAMES.has(token.text.toLowerCase()) || !isNameWord(token.text)) return;
    const end = latinRunEnd(doc, index);
    if (end - index >= 2 && !namedThingBefore(doc, index)) {
      found.push({ parts: latinParts(doc, index, end) });
      coveredTo = end;
    }
  });
  return found;
}

/**
 * The original spellings in brackets right after a name, as token ranges: the whole of a bracket
 * (Дайан Вуд (Diane Wood)), or one of its items after other spellings or a language's
 * abbreviation (Кэссиди Вулф; Cassidy Wolf), (порт. António Guterres; род. 1949)), also in a
 * second bracket after one with another Cyrillic spelling (Зайгер (Цайгер) (Lawrence Zeiger)).
 */
function spellingsAfter(doc: Doc, nameEnd: number): [number, number][] {
  const found: [number, number][] = [];
  let open = nameEnd;
  for (let bracket = 0; bracket < 2 && doc.tokens[open]?.text === '('; bracket++) {
    let item = open + 1;
    let close = -1;
    for (let index = item; index < doc.tokens.length && index - open <= LONGEST_BRACKET; index++) {
      const text = doc.tokens[index].text;
      if (text === ')') { close = index; break; }
      if (text === '(' || doc.tokens[index].lineBreakBefore) break;
    }
    if (close < 0) break;
    // Items after the first are read while those before them are other spellings: capitalised words only.
    for (let first = true; item < close; first = false) {
      let start = item;
      if (LANGUAGE_LABELS.has(doc.tokens[start].text) && doc.tokens[start + 1]?.text === '.') start += 2;
      const end = latinRunEnd(doc, start);
      const after = doc.tokens[end]?.text ?? '';
      if (end > start && (end === close || CLOSERS.has(after)) && (first || end - start >= 2)) found.push([start, end]);
      // The next item, after a semicolon or comma within the bracket.
      let next = item;
      let spelling = true;
      for (; next < close && !CLOSERS.has(doc.tokens[next].text); next++) {
        const text = doc.tokens[next].text;
        if (doc.tokens[next].kind === 'word' && text[0] === text[0].toLowerCase() && !(next === item && LANGUAGE_LABELS.has(text))) spelling = false;
      }
      if (!spelling) break;
      item = next + 1;
    }
    open = close + 1;
  }
  return found;
}

/** The longest bracket read for spellings, in tokens. */
const LONGEST_BRACKET = 16;
/** Abbreviated names of languages that introduce an original spelling (англ. John Smith). */
const LANGUAGE_LABELS = new Set(['англ', 'нем', 'фр', 'франц', 'исп', 'порт', 'итал', 'нидерл', 'швед', 'норв', 'польск', 'чеш', 'венг', 'тур', 'лат']);
/** Generational suffixes written after a surname (Ken Cockrel Jr.). */
const SUFFIXES = new Set(['Jr', 'Sr']);

/**
 * One past the last token of a run of capitalised Latin words (with particles, middle initials
 * such as "B." and a generational suffix between or after them) from `start`.
 */
function latinRunEnd(doc: Doc, start: number): number {
  let end = start;
  while (end < doc.tokens.length && end - start < LONGEST) {
    const token = doc.tokens[end];
    if (token.kind !== 'word' || token.script !== 'latin' || (end > start && token.lineBreakBefore)) break;
    if (end > start && isMiddleInitial(doc, end)) {
      end += 2;
      continue;
    }
    if (!isNameWord(token.text) && !(end > start && PARTICLES.has(token.text))) break;
    end++;
  }
  while (end > start && (PARTICLES.has(doc.tokens[end - 1].text) || doc.tokens[end - 1].text === '.')) end -= doc.tokens[end - 1].text === '.' ? 2 : 1;
  return end;
}

/** A single capital Latin letter with its full stop, followed by another Latin word: a middle initial (James B. Comey). */
function isMiddleInitial(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  const next = doc.tokens[index + 2];
  return token.text.length === 1 && token.text !== token.text.toLowerCase() && doc.tokens[index + 1]?.text === '.'
    && next?.script === 'latin' && !next.lineBreakBefore && isNameWord(next.text);
}

/** Capitalised, not all capitals (NBC, JAY-Z are not taken for names). */
function isNameWord(text: string): boolean {
  return text[0] !== text[0].toLowerCase() && text !== text.toUpperCase();
}

function latinParts(doc: Doc, start: number, end: number): NamePart[] {
  const parts: NamePart[] = [];
  // A generational suffix after the surname stays in the name's span but does not take the surname's place.
  const last = end - start > 2 && SUFFIXES.has(doc.tokens[end - 1].text) ? end - 2 : end - 1;
  for (let index = start; index < end; index++) {
    const text = doc.tokens[index].text;
    if (text === '.') continue;
    if (doc.tokens[index + 1]?.text === '.' && text.length === 1) {
      parts.push(namePart(index, index + 2, 'initial'));
      continue;
    }
    const role = PARTICLES.has(text) ? 'particle' : index === last && end - start > 1 ? 'surname' : index > last ? 'particle' : 'first';
    parts.push(namePart(index, index + 1, role));
  }
  return parts;
}
