/**
 * Comparison keys for names: one spelling for ё and е, and a stem without the case ending so
 * that "Уиткоффа", "Уиткоффом" and "Уиткофф" compare equal even when the dictionary does not know them.
 */

/** Lower case, ё folded into е. */
export function nameKey(value: string): string {
  return value.toLowerCase().replace(/ё/g, 'е');
}

// Longest endings first, so that "-ом" is not read as "-м".
// Adjectival (Зеленский, Зеленскому) and -ий/-ия (Дмитрий, Дмитрия; Мария, Марией) endings come off whole.
const CASE_ENDINGS = ['ыми', 'ими', 'ому', 'ему', 'ого', 'его', 'ием', 'ией', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ую', 'ая', 'ые', 'ых', 'ий', 'ый', 'ия', 'ию', 'ии', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ь', 'й'];

/** The name key without one case ending, keeping at least two letters. */
export function stemKey(value: string): string {
  const key = nameKey(value);
  for (const ending of CASE_ENDINGS) {
    if (key.length - ending.length >= 2 && key.endsWith(ending)) return key.slice(0, -ending.length);
  }
  return key;
}
