/**
 * Attaches roles stated by a predicate: "X назначен послом", "X стал премьером", "X является
 * советником", "X работает журналистом", "X занимает пост министра", and the active
 * "президент назначил X послом", where the role belongs to the object, not the subject.
 */
import type { Doc } from '../doc';
import { caseOf, type WordParse } from '../morphology/morphology';
import type { NamedMention, NameIndex } from './nameIndex';
import type { RoleBook } from './roleBook';
import type { RolePhrase } from './rolePhrase';

// Verbs (and their short participles) whose instrumental complement says what the subject is.
const LINKING_VERBS = new Set([
  'стать', 'становиться', 'являться', 'быть', 'работать', 'служить', 'оставаться', 'остаться', 'числиться', 'считаться',
  'назначить', 'назначать', 'избрать', 'избирать', 'утвердить', 'переизбрать', 'трудиться', 'выступать', 'пойти', 'устроиться',
]);
// Verbs that take "пост"/"должность" with a genitive role: "занимает пост министра".
const OFFICE_VERBS = new Set(['занимать', 'занять', 'назначить', 'назначать', 'избрать', 'утвердить', 'покинуть', 'оставить', 'вступить', 'получить', 'сохранить', 'освободить']);
const OFFICE_NOUNS = new Set(['пост', 'должность', 'кресло']);
// Active verbs whose object, not subject, receives the role: "президент назначил его послом".
const CAUSATIVE_VERBS = new Set(['назначить', 'назначать', 'избрать', 'избирать', 'утвердить', 'переизбрать']);
const MAX_GAP = 4;

/** Attaches predicate roles; returns the phrases still unattached. */
export function attachPredicates(doc: Doc, phrases: readonly RolePhrase[], names: NameIndex, book: RoleBook): RolePhrase[] {
  return phrases.filter((phrase) => {
    const holder = holderOf(doc, phrase, names);
    if (holder) book.attach(holder.person, phrase);
    return !holder;
  });
}

function holderOf(doc: Doc, phrase: RolePhrase, names: NameIndex): NamedMention | undefined {
  if (phrase.frozenHead || !phrase.headParses.some((parse) => parse.grammemes.has('sing'))) return undefined;
  let verb: { index: number; parse: WordParse } | undefined;
  if (phrase.headParses.some((parse) => caseOf(parse) === 'ablt')) verb = verbBefore(doc, phrase.tokenStart, LINKING_VERBS);
  if (!verb && phrase.headParses.some((parse) => caseOf(parse) === 'gent')) {
    const office = phrase.tokenStart - 1;
    if (office >= 0 && doc.parses[office].some((parse) => parse.pos === 'NOUN' && OFFICE_NOUNS.has(parse.lemma))) {
      const preposition = doc.tokens[office - 1]?.text.toLowerCase() === 'на' ? 1 : 0;
      verb = verbBefore(doc, office - preposition, OFFICE_VERBS);
    }
  }
  if (!verb) return undefined;
  if (verb.parse.pos === 'VERB' && CAUSATIVE_VERBS.has(verb.parse.lemma)) return objectBetween(doc, verb.index, phrase.tokenStart, names);
  return subjectBefore(doc, verb.index, names);
}

/** The nearest verb from the set within a few words to the left, in the same sentence. */
function verbBefore(doc: Doc, end: number, verbs: ReadonlySet<string>): { index: number; parse: WordParse } | undefined {
  const sentenceStart = doc.sentences[doc.sentenceOfToken[Math.max(0, end - 1)]]?.tokenStart ?? 0;
  for (let index = end - 1; index >= Math.max(sentenceStart, end - MAX_GAP); index--) {
    if (doc.tokens[index].kind === 'punct' && doc.tokens[index].text !== '-') return undefined;
    const parse = doc.parses[index].find((reading) => (reading.pos === 'VERB' || reading.pos === 'PRTS' || reading.pos === 'INFN') && verbs.has(reading.lemma));
    if (parse) return { index, parse };
  }
  return undefined;
}

/** The subject: the nearest name before the verb in its sentence that can be nominative, with no other name between. */
function subjectBefore(doc: Doc, verb: number, names: NameIndex): NamedMention | undefined {
  const sentenceStart = doc.sentences[doc.sentenceOfToken[verb]].tokenStart;
  let candidate: NamedMention | undefined;
  for (const named of names.mentions) {
    if (named.tokenEnd > verb) break;
    if (named.tokenStart >= sentenceStart) candidate = named;
  }
  if (!candidate || !candidate.cases.has('nomn')) return undefined;
  const before = doc.tokens[candidate.tokenStart - 1];
  if (before && doc.parses[candidate.tokenStart - 1].some((parse) => parse.pos === 'PREP')) return undefined;
  return candidate;
}

/** The accusative object between an active verb and the role. */
function objectBetween(doc: Doc, verb: number, roleStart: number, names: NameIndex): NamedMention | undefined {
  return names.mentions.find((named) => named.tokenStart > verb && named.tokenEnd <= roleStart && named.cases.has('accs'));
}
