import type { Check } from './check';
import type { Finding, Person } from '../types';
import { nameKey } from '../names/nameKeys';

/** Surnames shorter than this are too short for one letter to be a slip rather than another name. */
const MIN_LENGTH = 4;
/** Edits this close to the end are case or gender endings (Иванов / Иванова), not spelling. */
const ENDING = 2;

/**
 * One person written two ways: two people of the analysis whose surnames differ by a doubled
 * letter (Уиткофф / Уиткоф) or one letter away from the ending (Зеленский / Зелинский), who agree
 * in gender and in first name or initial. The less frequent spelling is reported at each of its
 * mentions; `data.preferred` is the other spelling.
 */
export const nameVariants: Check = {
  code: 'name-variants',
  defaultSeverity: 'warning',
  description: 'One person written two ways (Уиткофф / Уиткоф).',
  run({ people }) {
    const findings: Finding[] = [];
    const reported = new Set<number>();
    const parts = people.map(partsOf);
    for (const [i, j] of candidatePairs(parts)) {
      // Variants differ in length by a letter or two (one edit, or two doubled letters): a cheap test first.
      if (Math.abs(parts[i].surname.length - parts[j].surname.length) > 2) continue;
      if (!samePersonSpelledTwice(people[i], parts[i], people[j], parts[j])) continue;
      const [preferred, variant] = nameMentions(people[j]).length > nameMentions(people[i]).length ? [people[j], people[i]] : [people[i], people[j]];
      const preferredSurname = parts[people.indexOf(preferred)].surname;
      const variantSurname = parts[people.indexOf(variant)].surname;
      for (const mention of nameMentions(variant)) {
        if (reported.has(mention.start)) continue;
        reported.add(mention.start);
        findings.push({
          start: mention.start, end: mention.end, code: 'name-variants', severity: 'warning',
          message: `«${variantSurname}» and «${preferredSurname}» look like one person written two ways (${preferred.name}).`,
          data: { preferred: preferredSurname, variant: variantSurname, personId: variant.id, preferredPersonId: preferred.id },
        });
      }
    }
    return findings;
  },
};

/** Up to this many people, every pair is compared. */
const FEW_PEOPLE = 40;

/**
 * The pairs of people (i < j, in order) whose surnames could be variants: those that share their
 * key with doubles collapsed, or a key with one letter left out (a letter changed, added or
 * dropped leaves the same key once it is left out of both, or of the longer). Every pair
 * `areKeyVariants` accepts is among them, and a long document's people are not compared each
 * with each (2,000 people are 2 million pairs).
 */
function candidatePairs(parts: readonly NameParts[]): [number, number][] {
  if (parts.length <= FEW_PEOPLE) {
    // An article's usual few people: every pair costs less than the index.
    const pairs: [number, number][] = [];
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) pairs.push([i, j]);
    return pairs;
  }
  const byKey = new Map<string, number[]>();
  const file = (key: string, person: number) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [person]);
    else if (list[list.length - 1] !== person) list.push(person);
  };
  parts.forEach((part, person) => {
    const key = part.surnameKey;
    if (key.length < MIN_LENGTH) return;
    file(`=${part.surnameCollapsed}`, person);
    file(`-${key}`, person);
    // Letters next to the ending are never the one that differs (areKeyVariants).
    for (let i = 0; i < key.length - ENDING; i++) file(`-${key.slice(0, i)}${key.slice(i + 1)}`, person);
  });
  const pairs = new Set<number>();
  const count = parts.length;
  for (const list of byKey.values()) {
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) pairs.add(list[a] * count + list[b]);
  }
  return [...pairs].sort((x, y) => x - y).map((pair) => [Math.floor(pair / count), pair % count]);
}

function nameMentions(person: Person) {
  return person.mentions.filter((mention) => mention.kind === 'name');
}

interface NameParts {
  given?: string;
  surname: string;
  /** `key` of the given name's first letter and of the surname, computed once per person, not per pair. */
  givenInitial?: string;
  surnameKey: string;
  surnameCollapsed: string;
}

/** The surname (last word) and given name or initial (first word) of a person's display name. */
function partsOf(person: Person): NameParts {
  const words = person.name.split(/\s+/).filter(Boolean);
  const given = words.length > 1 ? words[0] : undefined;
  const surname = words[words.length - 1] ?? '';
  const surnameKey = nameKey(surname);
  return { given, surname, givenInitial: given && nameKey(given)[0], surnameKey, surnameCollapsed: collapseDoubles(surnameKey) };
}

function samePersonSpelledTwice(a: Person, first: NameParts, b: Person, second: NameParts): boolean {
  if (a.gender !== null && b.gender !== null && a.gender !== b.gender) return false;
  if (first.given && second.given && first.givenInitial !== second.givenInitial) return false;
  return areKeyVariants(first.surnameKey, second.surnameKey, first.surnameCollapsed, second.surnameCollapsed);
}

/** Whether two surnames are spellings of one name: a doubled letter, or one edit away from the ending. */
export function areSpellingVariants(left: string, right: string): boolean {
  const a = nameKey(left);
  const b = nameKey(right);
  return areKeyVariants(a, b, collapseDoubles(a), collapseDoubles(b));
}

/** `areSpellingVariants` on keys, their doubles collapsed by the caller (once per person, not per pair). */
function areKeyVariants(a: string, b: string, collapsedA: string, collapsedB: string): boolean {
  if (a === b || Math.min(a.length, b.length) < MIN_LENGTH) return false;
  if (collapsedA === collapsedB) return true;
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
  if (prefix >= Math.min(a.length, b.length) - ENDING) return false;
  const shorter = a.length <= b.length ? a : b;
  const longer = a.length <= b.length ? b : a;
  if (longer.length - shorter.length > 1) return false;
  const skip = longer.length === shorter.length ? 1 : 0;
  return shorter.slice(prefix + skip) === longer.slice(prefix + 1);
}

function collapseDoubles(value: string): string {
  // Most names double no letter: without two equal code units in a row (or a surrogate pair,
  // whose doubling shows none) the pattern has nothing to collapse.
  let plain = true;
  for (let i = 0; i < value.length && plain; i++) {
    const code = value.charCodeAt(i);
    plain = code !== value.charCodeAt(i + 1) && (code < 0xd800 || code > 0xdfff);
  }
  return plain ? value : value.replace(/(.)\1+/gu, '$1');
}
