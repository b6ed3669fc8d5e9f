/**
 * A generic organisation noun standing for one named earlier: "сказали в министерстве" after
 * "МИД Франции", "в компании сообщили" after "Ryanair". News names the organisation once and
 * then calls it by its kind; the speaker is the organisation's name.
 */
import type { Doc } from '../doc';
import { nominativeText, phraseAround } from './nounPhrases';

/** Which written names each generic noun can stand for. */
const KINDS: Record<string, (doc: Doc, index: number) => boolean> = {
  'министерство': isMinistry,
  'ведомство': (doc, index) => isMinistry(doc, index) || isAgencyName(doc, index),
  'компания': isCompanyName,
  'авиакомпания': isCompanyName,
  'концерн': isCompanyName,
  'корпорация': isCompanyName,
  'холдинг': isCompanyName,
};

const MINISTRY = /^(МИД|Мин[а-яё]+|Госдеп|Госдепартамент|Пентагон|Минобороны|Минфин|Минюст|Минэнерго|Минздрав|Минтранс|Минэкономразвития|Минпромторг)$/u;

/** The nominative name of the latest organisation before `before` that the generic noun can stand for. */
export function organisationFor(doc: Doc, lemma: string, before: number, inQuote: (index: number) => boolean): string | undefined {
  const fits = KINDS[lemma];
  if (!fits) return undefined;
  for (let i = before - 1; i >= 0; i--) {
    if (!fits(doc, i)) continue;
    const quotedName = inQuote(i);
    if (quotedName && !isNameInMarks(doc, i)) continue;
    return nominativeText(doc, phraseAround(doc, i, i, quotedName ? i + 1 : Math.min(doc.tokens.length, i + 3)), 'gent');
  }
  return undefined;
}

function isMinistry(doc: Doc, index: number): boolean {
  return MINISTRY.test(doc.tokens[index].text);
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
