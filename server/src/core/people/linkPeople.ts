/**
 * Groups name mentions into people: a surname-only mention joins the person with that surname
 * who agrees in gender, preferring the one the text spoke of last; ё and е are one letter;
 * two people who share a surname but differ in first name or gender stay apart.
 */
import type { NameMatch } from '../names/findNames';
import type { Gender, Mention, Person } from '../types';

interface Entry {
  person: Person;
  first?: string;
  surname?: string;
  initials: string[];
  lastSeen: number;
}

/** Builds people from name matches in text order. Ids are p1, p2, … by first mention. */
export function linkPeople(names: readonly NameMatch[]): Person[] {
  const entries: Entry[] = [];
  names.forEach((name, order) => {
    const entry = findEntry(entries, name) ?? createEntry(entries, name);
    absorb(entry, name, order);
  });
  return entries.map((entry) => entry.person);
}

/** Lower case, ё folded into е: the form in which two spellings of one name compare equal. */
export function nameKey(value: string): string {
  return value.toLowerCase().replace(/ё/g, 'е');
}

function findEntry(entries: Entry[], name: NameMatch): Entry | undefined {
  let best: Entry | undefined;
  for (const entry of entries) {
    if (!compatible(entry, name)) continue;
    if (!best || entry.lastSeen > best.lastSeen) best = entry;
  }
  return best;
}

function compatible(entry: Entry, name: NameMatch): boolean {
  if (!gendersAgree(entry.person.gender, name.gender)) return false;
  if (name.surname !== undefined) {
    if (entry.surname === undefined || nameKey(entry.surname) !== nameKey(name.surname)) return false;
  } else if (name.first !== undefined) {
    return entry.first !== undefined && nameKey(entry.first) === nameKey(name.first);
  } else {
    return false;
  }
  if (name.first !== undefined && entry.first !== undefined) return nameKey(entry.first) === nameKey(name.first);
  const initial = name.first?.[0] ?? name.initials[0]?.[0];
  const entryInitial = entry.first?.[0] ?? entry.initials[0]?.[0];
  if (initial && entryInitial) return nameKey(initial) === nameKey(entryInitial);
  return true;
}

function gendersAgree(a: Gender | null, b: Gender | null): boolean {
  return a === null || b === null || a === b;
}

function createEntry(entries: Entry[], name: NameMatch): Entry {
  const entry: Entry = {
    person: { id: `p${entries.length + 1}`, name: name.normalized, gender: null, mentions: [], roles: [] },
    initials: [],
    lastSeen: -1,
  };
  entries.push(entry);
  return entry;
}

function absorb(entry: Entry, name: NameMatch, order: number): void {
  const mention: Mention = { start: name.start, end: name.end, text: name.text, kind: 'name', normalized: name.normalized };
  entry.person.mentions.push(mention);
  entry.lastSeen = order;
  entry.first ??= name.first;
  entry.surname ??= name.surname;
  if (entry.initials.length === 0) entry.initials = name.initials.map((initial) => initial.replace(/\.$/, ''));
  entry.person.gender ??= name.gender;
  entry.person.name = displayName(entry);
}

function displayName(entry: Entry): string {
  const given = entry.first ?? (entry.initials.length > 0 ? entry.initials.map((initial) => `${initial}.`).join(' ') : undefined);
  return [given, entry.surname].filter((part): part is string => part !== undefined).join(' ');
}
