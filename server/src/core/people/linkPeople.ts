/**
 * Groups name mentions into people. A mention with a surname joins the person with that surname
 * who agrees in gender and in first name or initial, preferring the one the text spoke of last;
 * a first name alone joins the last person with that first name. ё and е are one letter and case
 * endings do not count ("Путина" joins "Владимир Путин"). Two people who share a surname but
 * differ in first name or gender stay apart (Барак and Мишель Обама).
 */
import type { NameMatch } from '../names/findNames';
import { nameKey, stemKey } from '../names/nameKeys';
import type { Gender, Mention, Person } from '../types';
import { settleCaseEndings, settleSoftSign } from './caseEndings';

interface Entry {
  person: Person;
  first?: string;
  firstKey?: string;
  patronymic?: string;
  surname?: string;
  surnameKey?: string;
  /** The surname came from a mention with a first name, so its nominative is the surer one. */
  surnameFromFullName: boolean;
  genderGuessed: boolean;
  /** Mentions by the surname alone, one word. */
  surnameOnly: Mention[];
  initials: string[];
  numeral?: string;
  lastSeen: number;
}

/** Builds people from name matches in text order. Ids are p1, p2, … by first mention. */
export function linkPeople(names: readonly NameMatch[]): Person[] {
  const entries: Entry[] = [];
  const index = new KeyIndex();
  const entryAt = new Map<number, Entry>();
  names.forEach((name, order) => {
    const spelledOut = name.sameAsStart !== undefined ? entryAt.get(name.sameAsStart) : undefined;
    const entry = spelledOut ?? findEntry(index, name) ?? createEntry(entries);
    const { surnameKey, firstKey } = entry;
    absorb(entry, name, order, spelledOut !== undefined);
    index.update(entry, surnameKey, firstKey);
    entryAt.set(name.start, entry);
  });
  for (const entry of entries) {
    settleSurnameMentions(entry);
    entry.surname = settleSoftSign(entry.person.mentions, settleCaseEndings(entry.person.mentions, entry.surname));
    // Named once the entry has all its mentions: nothing reads the name before.
    entry.person.name = displayName(entry);
  }
  return entries.map((entry) => entry.person);
}

/**
 * A surname alone read before the full name ("Путина …, Владимиру Путину") could not know its
 * gender; once the person is known, its nominative is the person's surname.
 */
function settleSurnameMentions(entry: Entry): void {
  if (!entry.surnameFromFullName || entry.surname === undefined || entry.surname.includes(' ')) return;
  // Only a surname that looks nominative: "Гаррета Рейсмана", whose case nothing showed, must not rename "Рейсман".
  const looksNominative = stemKey(entry.surname) === nameKey(entry.surname) || /(?:ий|ый|ой)$/u.test(entry.surname) || entry.person.gender === 'female';
  if (!looksNominative) return;
  for (const mention of entry.surnameOnly) {
    if (nameKey(mention.normalized) !== nameKey(entry.surname)) mention.normalized = entry.surname;
  }
}


/**
 * Entries by surname key and by first-name key. `compatible` only accepts an entry sharing one of
 * those keys with the name, so only they are tried: trying every entry for every name made a long
 * document quadratic. Each name is absorbed by one entry, so `lastSeen` never ties and the order
 * in which candidates are tried does not matter.
 */
class KeyIndex {
  private readonly bySurname = new Map<string, Set<Entry>>();
  private readonly byFirst = new Map<string, Set<Entry>>();

  /** Moves the entry to its keys after `absorb`, given the ones it had before. */
  update(entry: Entry, surnameBefore: string | undefined, firstBefore: string | undefined): void {
    moveKey(this.bySurname, entry, surnameBefore, entry.surnameKey);
    moveKey(this.byFirst, entry, firstBefore, entry.firstKey);
  }

  /** Entries with `key` as their surname key. */
  withSurname(key: string): ReadonlySet<Entry> | undefined {
    return this.bySurname.get(key);
  }

  /** Entries with `key` as their first-name key. */
  withFirst(key: string): ReadonlySet<Entry> | undefined {
    return this.byFirst.get(key);
  }
}

function moveKey(map: Map<string, Set<Entry>>, entry: Entry, from: string | undefined, to: string | undefined): void {
  if (from === to) return;
  if (from !== undefined) map.get(from)?.delete(entry);
  if (to !== undefined) setOf(map, to).add(entry);
}

function setOf(map: Map<string, Set<Entry>>, key: string): Set<Entry> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

function findEntry(index: KeyIndex, name: NameMatch): Entry | undefined {
  const key = name.surnameKey ?? name.firstKey;
  if (key === undefined) return undefined;
  const best = latestCompatible(index.withSurname(key), name, undefined);
  return name.surnameKey === undefined ? latestCompatible(index.withFirst(key), name, best) : best;
}

function latestCompatible(entries: ReadonlySet<Entry> | undefined, name: NameMatch, best: Entry | undefined): Entry | undefined {
  if (entries) {
    for (const entry of entries) if (compatible(entry, name) && (!best || entry.lastSeen > best.lastSeen)) best = entry;
  }
  return best;
}

function compatible(entry: Entry, name: NameMatch): boolean {
  if (!entry.genderGuessed && !name.genderGuessed && !gendersAgree(entry.person.gender, name.gender)) return false;
  if (name.surnameKey === undefined) {
    // A first name alone, or a surname the dictionary also knows as a first name (Джонсон after Борис Джонсон).
    return name.firstKey !== undefined && (entry.firstKey === name.firstKey || (entry.surnameKey === name.firstKey && name.tokenEnd - name.tokenStart === 1));
  }
  if (entry.surnameKey !== name.surnameKey) return false;
  if (name.firstKey !== undefined && entry.firstKey !== undefined) return entry.firstKey === name.firstKey;
  const initial = initialOf(name.first, name.initials);
  const entryInitial = initialOf(entry.first, entry.initials);
  return !initial || !entryInitial || initial === entryInitial;
}

/** The first letter of the first name or first initial: "Дж." and "Джеймс" agree. */
function initialOf(first: string | undefined, initials: readonly string[]): string | undefined {
  const source = first ?? initials[0];
  return source ? nameKey(source)[0] : undefined;
}

function gendersAgree(a: Gender | null, b: Gender | null): boolean {
  return a === null || b === null || a === b;
}

function createEntry(entries: Entry[]): Entry {
  // Every field set from the start: entries of one shape keep the reads of them fast.
  const entry: Entry = {
    person: { id: `p${entries.length + 1}`, name: '', gender: null, mentions: [], roles: [] },
    first: undefined,
    firstKey: undefined,
    patronymic: undefined,
    surname: undefined,
    surnameKey: undefined,
    numeral: undefined,
    surnameFromFullName: false,
    surnameOnly: [],
    genderGuessed: true,
    initials: [],
    lastSeen: -1,
  };
  entries.push(entry);
  return entry;
}

function absorb(entry: Entry, name: NameMatch, order: number, otherScript: boolean): void {
  const mention: Mention = { start: name.start, end: name.end, text: name.text, kind: 'name', normalized: name.normalized };
  entry.person.mentions.push(mention);
  entry.lastSeen = order;
  if (name.surname !== undefined && name.first === undefined && name.initials.length === 0 && name.tokenEnd - name.tokenStart === 1) entry.surnameOnly.push(mention);
  // The original spelling (Angelo Rottoli) adds a mention, not the name the article uses.
  if (otherScript) return;
  if (name.first !== undefined && entry.first === undefined) {
    entry.first = name.first;
    entry.firstKey = name.firstKey;
  }
  if (name.surname !== undefined && (entry.surname === undefined || (!entry.surnameFromFullName && name.first !== undefined))) {
    entry.surname = name.surname;
    entry.surnameKey = name.surnameKey;
    entry.surnameFromFullName = name.first !== undefined;
  }
  entry.patronymic ??= name.patronymic;
  entry.numeral ??= name.numeral;
  if (entry.initials.length === 0) entry.initials = [...name.initials];
  // A gender the name's own words or its verb show outweighs a guessed one.
  if (entry.person.gender === null || (entry.genderGuessed && !name.genderGuessed && name.gender !== null)) {
    entry.person.gender = name.gender;
    entry.genderGuessed = name.genderGuessed;
  }
}

/** The fullest name: first name and surname ("Юрий Ушаков"), initials when no first name is known. */
function displayName(entry: Entry): string {
  const given = entry.first ?? (entry.initials.length > 0 ? entry.initials.map((initial) => `${initial}.`).join(' ') : undefined);
  return [given, entry.surname, entry.numeral].filter((part): part is string => part !== undefined).join(' ');
}
