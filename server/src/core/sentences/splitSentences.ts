/**
 * Groups tokens into sentences. A sentence ends at a paragraph break, or after . ! ? … when the
 * next token opens a new sentence (upper-case word, opening quote or dash). Initials (В.),
 * common abbreviations (г., т. е., им.) and dotted numbers do not end a sentence.
 */
import type { Token } from '../tokens/tokenize';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last, into the token array. */
  tokenStart: number;
  tokenEnd: number;
}

const TERMINALS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['»', '“', '”', '"', ')', ']', '’']);
const OPENERS = new Set(['«', '„', '“', '"', '—', '–', '(', '-']);
const ABBREVIATIONS = new Set([
  'г', 'гг', 'т', 'е', 'п', 'им', 'ул', 'д', 'см', 'стр', 'руб', 'млн', 'млрд', 'тыс', 'др', 'пр', 'тел',
  'проф', 'акад', 'ген', 'св', 'англ', 'рус', 'лат', 'нем', 'франц', 'о', 'ок', 'вв', 'в', 'н', 'э', 'гос',
]);

/** Splits the token stream into sentences covering every token exactly once. */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endExclusive: number) => {
    if (endExclusive <= first) return;
    sentences.push({ start: tokens[first].start, end: tokens[endExclusive - 1].end, tokenStart: first, tokenEnd: endExclusive });
    first = endExclusive;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > first && tokens[i].lineBreakBefore) close(i);
    if (tokens[i].kind !== 'punct' || !TERMINALS.has(tokens[i].text)) continue;
    let next = i + 1;
    // A straight quote set off by a space opens the next sentence (`уехал. "Мы …`); one right after the terminal closes this one.
    while (next < tokens.length && (TERMINALS.has(tokens[next].text) || CLOSERS.has(tokens[next].text)) && !tokens[next].lineBreakBefore
      && !(tokens[next].text === '"' && tokens[next].spaceBefore)) next++;
    if (next >= tokens.length) continue;
    const following = tokens[next];
    if (following.lineBreakBefore) continue; // the line break closes the sentence on the next round
    const opensSentence = following.capitalized || OPENERS.has(following.text) || following.kind === 'number';
    if (!opensSentence || !following.spaceBefore) continue;
    if (tokens[i].text === '.' && isAbbreviationOrInitial(tokens, i)) continue;
    close(next);
    i = next - 1;
  }
  close(tokens.length);
  return sentences;
}

function isAbbreviationOrInitial(tokens: readonly Token[], dot: number): boolean {
  const before = tokens[dot - 1];
  if (!before || before.kind !== 'word' || before.end !== tokens[dot].start) return false;
  // В. Путин, Дж. Байден: an upper-case initial of one or two letters.
  if (before.capitalized && before.text.length <= 2 && before.script !== 'other') return true;
  return ABBREVIATIONS.has(before.text.toLowerCase()) && !before.capitalized;
}
