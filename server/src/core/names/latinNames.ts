/**
 * Names in Latin script inside Russian text: the original spelling in parentheses right after a
 * name (Анджело Роттоли (Angelo Rottoli)), and a well-known Latin first name with a surname
 * (Elon Musk), also after an organisation's name in the same run (Tesla Elon Musk). Other Latin capitalised words are brands, media and titles (Reuters, The Prodigy).
 */
import type { Doc } from '../doc';
import type { NamePart } from './nominative';

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

/** Latin names after `names` (each given by its first and one-past-last token) and on their own. */
export function findLatinNames(doc: Doc, names: readonly { tokenStart: number; tokenEnd: number }[]): LatinName[] {
  const found: LatinName[] = [];
  const taken = new Set<number>();
  for (const name of names) {
    const open = doc.tokens[name.tokenEnd];
    if (open?.text !== '(') continue;
    const end = latinRunEnd(doc, name.tokenEnd + 1);
    if (end === name.tokenEnd + 1 || !CLOSERS.has(doc.tokens[end]?.text ?? '')) continue;
    found.push({ parts: latinParts(doc, name.tokenEnd + 1, end), sameAsStart: doc.tokens[name.tokenStart].start });
    taken.add(name.tokenEnd + 1);
  }
  // A known first name opens a name wherever it stands in a run of Latin words: an organisation
  // or brand may come first (Глава Tesla Elon Musk, основатель Amazon Jeff Bezos).
  let coveredTo = 0;
  doc.tokens.forEach((token, index) => {
    if (index < coveredTo || taken.has(index) || token.script !== 'latin' || !FIRST_NAMES.has(token.text.toLowerCase()) || !isNameWord(token.text)) return;
    const end = latinRunEnd(doc, index);
    if (end - index >= 2) {
      found.push({ parts: latinParts(doc, index, end) });
      coveredTo = end;
    }
  });
  return found;
}

/** One past the last token of a run of capitalised Latin words (with particles between them) from `start`. */
function latinRunEnd(doc: Doc, start: number): number {
  let end = start;
  while (end < doc.tokens.length && end - start < LONGEST) {
    const token = doc.tokens[end];
    if (token.kind !== 'word' || token.script !== 'latin' || (end > start && token.lineBreakBefore)) break;
    if (!isNameWord(token.text) && !(end > start && PARTICLES.has(token.text))) break;
    end++;
  }
  while (end > start && PARTICLES.has(doc.tokens[end - 1].text)) end--;
  return end;
}

/** Capitalised, not all capitals (NBC, JAY-Z are not taken for names). */
function isNameWord(text: string): boolean {
  return text[0] !== text[0].toLowerCase() && text !== text.toUpperCase();
}

function latinParts(doc: Doc, start: number, end: number): NamePart[] {
  const parts: NamePart[] = [];
  for (let index = start; index < end; index++) {
    const role = PARTICLES.has(doc.tokens[index].text) ? 'particle' : index === end - 1 && end - start > 1 ? 'surname' : 'first';
    parts.push({ token: index, tokenEnd: index + 1, role });
  }
  return parts;
}
