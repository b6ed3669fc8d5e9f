/**
 * The person of an analysis with a given id, found through an index made once per people list
 * rather than by a search for each question: a long article asks it for each of its quotations
 * (1,500 quotations and 2,000 people in a 1 MB article). For a finished list: people added to it
 * later are not found.
 */
import type { Person } from '../types';

const indexes = new WeakMap<readonly Person[], Map<string, Person>>();

export function personWithId(people: readonly Person[], id: string): Person | undefined {
  let index = indexes.get(people);
  if (!index) {
    index = new Map();
    for (const person of people) if (!index.has(person.id)) index.set(person.id, person);
    indexes.set(people, index);
  }
  return index.get(id);
}
