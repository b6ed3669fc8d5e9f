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
  // Loops rather than chains of flatMap and filter: this reads every mention of a long document.
  const phrases: (Span & { owner: Person })[] = [];
  for (const person of people) {
    for (const role of person.roles) phrases.push({ start: role.start, end: role.end, owner: person });
    for (const mention of person.mentions) if (mention.kind === 'role') phrases.push({ start: mention.start, end: mention.end, owner: person });
  }
  const modifiers = new SpanIndex(phrases);
  const subjects: (Span & { person: Person })[] = [];
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.kind === 'pronoun' || !isNominative(mention) || quoted.covers(mention) || modifiedByAnother(modifiers, mention, person)) continue;
      subjects.push({ start: mention.start, end: mention.end, person });
    }
  }
  return { quoted, subjects: new SpanIndex(subjects) };
}

/** Whether the mention lies inside a role phrase of another person ("помощник Путина"). */
function modifiedByAnother(modifiers: SpanIndex<Span & { owner: Person }>, mention: Mention, person: Person): boolean {
  for (const phrase of modifiers.containing(mention)) if (phrase.owner !== person) return true;
  return false;
}

/**
 * The quotation's own sentence up to the offset, then SENTENCES_BACK sentences before it, nearest
 * first. A line that ends without punctuation (a headline) ends a sentence too; full stops inside
 * quotations do not.
 */
function sentencesBefore(text: string, offset: number, quoted: SpanIndex<Span>): Span[] {
  const sentences: Span[] = [];
  let end = offset;
  // By character code: most of the text is Cyrillic, and each of its characters read as a string would be a new one.
  for (let i = offset - 1; i > 0 && sentences.length <= SENTENCES_BACK; i--) {
    const code = text.charCodeAt(i);
    const endsLine = code === NEWLINE && endsWithoutPunctuation(text, i);
    const endsSentence = SENTENCE_END.has(code) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)));
    if (!endsLine && !endsSentence) continue;
    if (quoted.covers({ start: i, end: i + 1 })) continue;
    sentences.push({ start: i + 1, end });
    end = i + 1;
  }
  if (sentences.length <= SENTENCES_BACK) sentences.push({ start: 0, end });
  return sentences;
}

const NEWLINE = 0x0a;
/** . ! ? … */
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x2026]);
/** What a line may end with and still not end a sentence on its own: . ! ? … » " ” */
const CLOSING = new Set([0x2e, 0x21, 0x3f, 0x2026, 0xbb, 0x22, 0x201d]);

/** Whether the last character before `offset` that is not whitespace exists and is no sentence end or closing mark (a headline's last word). */
function endsWithoutPunctuation(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && !CLOSING.has(text.charCodeAt(i));
}

/** Whether the code unit is whitespace as the pattern \s reads it. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(String.fromCharCode(code));
}

/** A name mention written in its nominative form ("Макгирт", not "Дадашева"); role mentions are taken as they come. */
function isNominative(mention: Mention): boolean {
  if (mention.kind !== 'name') return true;
  return nameKey(lastWord(mention.text)) === nameKey(lastWord(mention.normalized));
}

/** The text after the last whitespace character (empty when the text ends in one). */
function lastWord(value: string): string {
  let start = value.length;
  // By character code, as in sentencesBefore: each Cyrillic character read as a string would be a new one.
  while (start > 0 && !isSpace(value.charCodeAt(start - 1))) start--;
  return start === 0 ? value : value.slice(start);
}

function quotedSpan(quote: Quote): Span {
  return { start: quote.openMark?.start ?? quote.start, end: quote.closeMark?.end ?? quote.end };
}

function names(people: readonly Person[]): string {
  return people.map((person) => person.name).join(' or ');
}
