import type { Check } from './check';
import { speakerReference } from '../speakers/speakerReference';
import { SpanIndex } from './spanIndex';
import type { Finding, Mention, Person, Quote, Span } from '../types';
import { nameKey } from '../names/nameKeys';

/** How many sentences before the quotation's own sentence are searched for the people a pronoun could mean. */
const SENTENCES_BACK = 2;
const PRONOUN_GENDER: Record<string, 'male' | 'female'> = { 'он': 'male', 'его': 'male', 'она': 'female', 'её': 'female', 'ее': 'female' };

/**
 * A quotation whose speaker is a pronoun ("— сказал он") when the nearest sentence that names
 * anyone of that gender names two or more of them: the analysis picks one, a reader may pick the
 * other. A sentence with one such person settles it, as readers resolve pronouns to the latest
 * fitting subject; names not in the nominative ("после смерти Дадашева"), inside quotations or
 * inside another person's role ("помощник Путина") do not count. Uses only the quotes stage's speaker and cue and the people list.
 */
export const ambiguousSpeaker: Check = {
  code: 'ambiguous-speaker',
  defaultSeverity: 'information',
  description: 'A pronoun speaker with two or more people it could mean.',
  run({ text, people, quotes }) {
    const findings: Finding[] = [];
    // Built at the first pronoun speaker: most texts have none.
    let indexes: SubjectIndexes | undefined;
    for (const quote of quotes) {
      const reference = speakerReference(text, quote, people);
      if (reference?.kind !== 'pronoun') continue;
      const gender = PRONOUN_GENDER[text.slice(reference.start, reference.end).toLowerCase()];
      if (!gender) continue;
      const { quoted, subjects } = (indexes ??= subjectIndexes(people, quotes));
      const before = Math.min(reference.start, quote.openMark?.start ?? quote.start);
      for (const sentence of sentencesBefore(text, before, quoted)) {
        const candidates = [...new Set(subjects.within(sentence).map((subject) => subject.person))]
          .filter((person) => person.gender !== (gender === 'male' ? 'female' : 'male'));
        if (candidates.length === 1) break;
        if (candidates.length === 0) continue;
        findings.push({
          start: reference.start, end: reference.end, code: 'ambiguous-speaker', severity: 'information',
          message: `«${text.slice(reference.start, reference.end)}» could be ${names(candidates)}: name the speaker.`,
          data: { candidates: candidates.map((person) => person.id), names: candidates.map((person) => person.name), speakerId: quote.speakerId },
        });
        break;
      }
    }
    return findings;
  },
};

interface SubjectIndexes {
  /** The quotations, marks included. */
  quoted: SpanIndex<Span>;
  /** The mentions that can be a sentence's subject, with their person. */
  subjects: SpanIndex<Span & { person: Person }>;
}

function subjectIndexes(people: readonly Person[], quotes: readonly Quote[]): SubjectIndexes {
  const quoted = new SpanIndex(quotes.map(quotedSpan));
  const modifiers = new SpanIndex(people.flatMap((person) => [...person.roles, ...person.mentions.filter((mention) => mention.kind === 'role')]
    .map((phrase) => ({ start: phrase.start, end: phrase.end, owner: person }))));
  const subjects = new SpanIndex(people.flatMap((person) => person.mentions
    .filter((mention) => mention.kind !== 'pronoun' && isNominative(mention) && !quoted.covers(mention)
      && !modifiers.containing(mention).some((phrase) => phrase.owner !== person))
    .map((mention) => ({ start: mention.start, end: mention.end, person }))));
  return { quoted, subjects };
}

/**
 * The quotation's own sentence up to the offset, then SENTENCES_BACK sentences before it, nearest
 * first. A line that ends without punctuation (a headline) ends a sentence too; full stops inside
 * quotations do not.
 */
function sentencesBefore(text: string, offset: number, quoted: SpanIndex<Span>): Span[] {
  const sentences: Span[] = [];
  let end = offset;
  for (let i = offset - 1; i > 0 && sentences.length <= SENTENCES_BACK; i--) {
    const character = text[i];
    const endsLine = character === '\n' && /[^\s.!?…»"”]/.test(lastVisibleBefore(text, i));
    const endsSentence = /[.!?…]/.test(character) && /\s/.test(text[i + 1] ?? ' ');
    if (!endsLine && !endsSentence) continue;
    if (quoted.covers({ start: i, end: i + 1 })) continue;
    sentences.push({ start: i + 1, end });
    end = i + 1;
  }
  if (sentences.length <= SENTENCES_BACK) sentences.push({ start: 0, end });
  return sentences;
}

/** A name mention written in its nominative form ("Макгирт", not "Дадашева"); role mentions are taken as they come. */
function isNominative(mention: Mention): boolean {
  if (mention.kind !== 'name') return true;
  return nameKey(lastWord(mention.text)) === nameKey(lastWord(mention.normalized));
}

/** The text after the last whitespace character (empty when the text ends in one). */
function lastWord(value: string): string {
  let start = value.length;
  while (start > 0 && !/\s/.test(value[start - 1])) start--;
  return start === 0 ? value : value.slice(start);
}

function lastVisibleBefore(text: string, offset: number): string {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 ? text[i] : '';
}

function quotedSpan(quote: Quote): Span {
  return { start: quote.openMark?.start ?? quote.start, end: quote.closeMark?.end ?? quote.end };
}

function names(people: readonly Person[]): string {
  return people.map((person) => person.name).join(' or ');
}
