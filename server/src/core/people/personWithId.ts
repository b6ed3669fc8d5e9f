/**
 * The person of an analysis with a given id, found through an index made once per people list
 * rather than by a search for each question: a long article asks it for each of its quotations
 * (1,500 quotations and 2,000 people in a 1 MB article). For a finished list: people added to it
 * later are not found.
 *
 * The index of the list asked last is kept, not one per list in a WeakMap: V8 keeps a weak map's
 * young keys and values alive through young-generation collections, and the core asks this of
 * every analysis it makes (see `DocScratch` in `doc.ts`). The questions about one analysis come
 * together, so the last list is the one asked again.
 */
import type { Person } from '../types';

let lastPeople: readonly Person[] | undefined;
let lastIndex: Map<string, Person> | undefined;

export function personWithId(people: readonly Person[], id: string): Person | undefined {
  if (people !== lastPeople || lastIndex === undefined) {
    const index = new Map<string, Person>();
    for (const person of people) if (!index.has(person.id)) index.set(person.id, person);
    lastPeople = people;
    lastIndex = index;
  }
  return lastIndex.get(id);
}
