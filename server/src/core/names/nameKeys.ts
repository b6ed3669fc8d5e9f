/**
 * Comparison keys for names: one spelling for ё and е, and a stem without the case ending so
 * that "Уиткоффа", "Уиткоффом" and "Уиткофф" compare equal even when the dictionary does not know them.
 */

import { detached } from '../detached';
import { formFact, lowerText } from '../doc';

/** Lower case, ё folded into е. */
export function nameKey(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

/**
 * The code unit {@link nameKey} makes of a letter А–я, Ё or ё (lower case, ё as е), read from a
 * text without cutting the word out of it; -1 for any other character.
 */
export function keyLetter(code: number): number {
  if (code >= 0x0430 && code <= 0x044f) return code;
  if (code >= 0x0410 && code <= 0x042f) return code + 0x20;
  return code === 0x0401 || code === 0x0451 ? 0x0435 : -1;
}

/** The {@link nameKey} of the token's text, kept per form (from the form's own copy of the text, which keeps no document alive). */
export const tokenKey = formFact((doc, index) => {
  // From the form's lower case, which it shares when there is no ё: the cache holds one string, not two, for most forms.
  const lower = lowerText(doc, index);
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}, true);

/** The {@link stemKey} of the token's text, kept per form. */
export const tokenStem = formFact((doc, index) => stemKey(doc.forms[index].text));

// Longest endings first, so that "-ом" is not read as "-м".
// Adjectival (Зеленский, Зеленскому) and -ий/-ия (Дмитрий, Дмитрия; Мария, Марией) endings come off whole.
const CASE_ENDINGS = ['ыми', 'ими', 'ому', 'ему', 'ого', 'его', 'ием', 'ией', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ую', 'ая', 'ые', 'ых', 'ий', 'ый', 'ия', 'ию', 'ии', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ь', 'й'];

const stems = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** The name key without one case ending, keeping at least two letters; cached per form. */
export function stemKey(value: string): string {
  let stem = stems.get(value);
  if (stem === undefined) {
    const key = nameKey(value);
    stem = key;
    for (const ending of CASE_ENDINGS) {
      if (key.length - ending.length >= 2 && key.endsWith(ending)) {
        stem = key.slice(0, -ending.length);
        break;
      }
    }
    if (stems.size >= CACHE_LIMIT) stems.clear();
    stems.set(detached(value), detached(stem));
  }
  return stem;
}
