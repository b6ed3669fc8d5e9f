/**
 * Renaming a person across an article: the name word under the cursor (a surname, a first name,
 * a patronymic) is replaced in every name mention of that person, each occurrence inflected for
 * its own case and gender (Уиткоффа → Уиткофа, Уиткоффу → Уиткофу). Initials, role and pronoun
 * mentions are left as they are.
 */
import type { Morphology } from '../morphology/morphology';
import type { Mention, Person, Span } from '../types';
import { inflectLike } from './inflectLike';
import { nameKey } from '../names/nameKeys';

/** A word of a name mention and its nominative form. */
export interface NameWord extends Span {
  text: string;
  nominative: string;
}

/** A replacement of `[start, end)` in the text. */
export interface TextReplacement extends Span {
  newText: string;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** The name word at the offset (end inclusive), unless it is an initial or not in a name mention. */
export function nameWordAt(person: Person, offset: number): NameWord | undefined {
  for (const mention of person.mentions) {
    if (mention.kind !== 'name' || offset < mention.start || offset > mention.end) continue;
    const word = wordsOf(mention).find((candidate) => candidate.start <= offset && offset <= candidate.end);
    return word && word.text.length > 1 ? word : undefined;
  }
  return undefined;
}

/** The replacements that give every occurrence of `oldNominative` in the person's names the new name, inflected. */
export function renamePerson(person: Person, oldNominative: string, newName: string, morphology: Morphology): TextReplacement[] {
  const newWords = newName.trim().split(/\s+/).filter(Boolean);
  if (newWords.length === 0) return [];
  const replacements: TextReplacement[] = [];
  for (const mention of person.mentions) {
    if (mention.kind !== 'name') continue;
    for (const word of wordsOf(mention)) {
      if (nameKey(word.nominative) !== nameKey(oldNominative)) continue;
      const newText = newWords.map((newWord) => inflectLike(word.text, word.nominative, newWord, morphology)).join(' ');
      if (newText !== word.text) replacements.push({ start: word.start, end: word.end, newText });
    }
  }
  return replacements;
}

/** The words of a mention paired with the words of its nominative; none when they do not line up. */
function wordsOf(mention: Mention): NameWord[] {
  const written = [...mention.text.matchAll(WORD)];
  const nominative = [...mention.normalized.matchAll(WORD)].map((match) => match[0]);
  if (written.length !== nominative.length) return [];
  return written.map((match, index) => ({
    start: mention.start + match.index, end: mention.start + match.index + match[0].length, text: match[0], nominative: nominative[index],
  }));
}
