/** The person a cursor offset points at, through one of their mentions (name, role or pronoun). */
import type { Analysis, Mention, Person } from '../core/types';
import { touches } from './ranges';

/** A person and the mention of theirs that was hit. */
export interface PersonHit {
  person: Person;
  mention: Mention;
}

/** The person and mention under the offset (end inclusive), if any. */
export function personAt(analysis: Analysis, offset: number): PersonHit | undefined {
  for (const person of analysis.people) {
    const mention = person.mentions.find((candidate) => touches(candidate, offset));
    if (mention) return { person, mention };
  }
  return undefined;
}

/** The mention that names the person most fully (most words, then longest, then first): where "go to definition" goes. */
export function fullestMention(person: Person): Mention | undefined {
  const words = (mention: Mention) => mention.normalized.split(/\s+/).length;
  const names = person.mentions.filter((mention) => mention.kind === 'name');
  let best: Mention | undefined;
  for (const mention of names.length > 0 ? names : person.mentions) {
    if (!best || words(mention) > words(best) || (words(mention) === words(best) && mention.normalized.length > best.normalized.length)) best = mention;
  }
  return best;
}
