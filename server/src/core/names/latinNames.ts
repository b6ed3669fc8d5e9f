/**
 * Names in Latin script inside Russian text: the original spelling in parentheses right after a
 * name (Анджело Роттоли (Angelo Rottoli)), and a well-known Latin first name with a surname
 * (Elon Musk). Other Latin capitalised words are brands, media and titles (Reuters, The Prodigy).
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

// Frequent first names of people in world news, lower case.
const FIRST_NAMES = new Set(`
alexander andrew angela anna barack bill boris charles chris christopher david donald elizabeth elon emmanuel
george hillary jack james jeff jennifer joe john joseph justin kamala kim mark mary michael mike nancy olaf
paul peter richard robert sarah steve steven thomas tim tony vladimir william xi
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
  doc.tokens.forEach((token, index) => {
    if (taken.has(index) || token.script !== 'latin' || !FIRST_NAMES.has(token.text.toLowerCase()) || !isNameWord(token.text)) return;
    if (doc.tokens[index - 1]?.script === 'latin') return;
    const end = latinRunEnd(doc, index);
    if (end - index >= 2) found.push({ parts: latinParts(doc, index, end) });
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
