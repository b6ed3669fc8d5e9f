/**
 * Dash-led lines of dialogue and interview answers: "— Мы не отступим, — сказал он." The words
 * run from the dash to the end of the line, or to the attribution set off by ", —".
 * A list of items after a colon, or lines ending in ";", are not dialogue. In an interview the
 * answers go to the person interviewed.
 */
import type { Quote } from '../types';
import { attributeToVerb, type Attribution, type InQuote } from './attribution';
import type { SpeakerContext } from './speakers';
import { SPEECH_VERBS } from './speechVerbs';
import { isVerbOf } from './wordForms';

const DASHES = new Set(['—', '–', '-']);
const TERMINAL = new Set(['.', '!', '?', '…']);
const MIN_WORDS = 2;

/** Finds the dialogue lines of the document and attributes those that say who speaks. */
export function findDialogueLines(context: SpeakerContext, inQuote: InQuote): Quote[] {
  const { doc } = context;
  const { tokens } = doc;
  const lines: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].lineBreakBefore) continue;
    let end = i + 1;
    while (end < tokens.length && !tokens[end].lineBreakBefore) end++;
    lines.push([i, end]);
  }
  const dashLine = (line: [number, number] | undefined) => line !== undefined && DASHES.has(tokens[line[0]].text);
  const quotes: Quote[] = [];
  lines.forEach(([start, end], index) => {
    if (!dashLine([start, end]) || end - start < 3 || inQuote(start + 1)) return;
    const previous = lines[index - 1];
    const inList = (previous && tokens[previous[1] - 1].text === ':' && dashLine(lines[index + 1]))
      || [lines[index - 1], lines[index], lines[index + 1]].some((line) => dashLine(line) && line && tokens[line[1] - 1].text === ';');
    if (inList) return;
    let wordsEnd = end;
    let verb = -1;
    for (let j = start + 2; j < end - 1; j++) {
      // "— Мы готовы, — сказал он." (or a hyphen typed for the dash, set off by a space)
      const dash = tokens[j].text === '—' || tokens[j].text === '–' || (tokens[j].text === '-' && tokens[j].spaceBefore);
      if (dash && [',', '.', '!', '?', '…'].includes(tokens[j - 1].text) && isVerbOf(doc, j + 1, SPEECH_VERBS)) {
        wordsEnd = tokens[j - 1].text === ',' ? j - 1 : j;
        verb = j + 1;
        break;
      }
    }
    const last = tokens[wordsEnd - 1];
    if (verb < 0 && !TERMINAL.has(last.text)) return;
    const words = tokens.slice(start + 1, wordsEnd).filter((token) => token.kind === 'word').length;
    if (words < MIN_WORDS) return;
    const attribution = verb >= 0 ? attributeToVerb(context, verb, verb - 1, end, inQuote) : introducedBy(context, previous, inQuote);
    const from = tokens[start + 1].start;
    const to = last.end;
    quotes.push({ start: from, end: to, text: doc.text.slice(from, to), kind: 'direct', ...attribution });
  });
  attributeInterviewAnswers(context, quotes);
  return quotes;
}

/** "Волков ответил:\n— Сроки прежние.": the line before ends with a colon after a speech verb, whose speaker says the line. */
function introducedBy(context: SpeakerContext, previous: [number, number] | undefined, inQuote: InQuote): Attribution {
  const { doc } = context;
  const none = { speakerId: null, speakerText: null, cue: null };
  if (!previous || doc.tokens[previous[1] - 1].text !== ':') return none;
  const sentenceStart = Math.max(previous[0], doc.sentences[doc.sentenceOfToken[previous[1] - 1]].tokenStart);
  for (let j = previous[1] - 2; j >= sentenceStart; j--) {
    if (!inQuote(j) && isVerbOf(doc, j, SPEECH_VERBS) && doc.parses[j][0]?.pos === 'VERB') return attributeToVerb(context, j, sentenceStart, previous[1] - 1, inQuote);
  }
  return none;
}

/**
 * An interview: dash lines that ask questions and lines that answer them. The answers without an
 * attribution belong to the person the article is about, the one named most often; the
 * questions are the interviewer's and stay unattributed.
 */
function attributeInterviewAnswers(context: SpeakerContext, quotes: Quote[]): void {
  const asks = (quote: Quote) => quote.text.trimEnd().endsWith('?');
  if (!quotes.some(asks) || quotes.length < 2) return;
  let interviewee: { id: string; count: number } | undefined;
  for (const person of context.people) {
    const count = person.mentions.filter((mention) => mention.kind === 'name').length;
    if (count > 0 && (!interviewee || count > interviewee.count)) interviewee = { id: person.id, count };
  }
  if (!interviewee) return;
  for (const quote of quotes) {
    if (!asks(quote) && quote.speakerId === null && quote.speakerText === null && quote.cue === null) quote.speakerId = interviewee.id;
  }
}
