/**
 * The second look: a capitalised word that repeats the surname or first name of a person named
 * earlier in full is a mention of a person even when the dictionary does not know it
 * ("Уиткоффа" after "Стив Уиткофф") or knows it as something else ("Трамп", "Коми").
 */
import type { Doc } from '../doc';
import type { NameMatch } from './findNames';
import { keyLetter, nameKey, tokenKey, tokenStem } from './nameKeys';
import { classifyWord, wordReadings } from './nameWords';
import { namePart, type NamePart } from './nominative';

/** Single-word names repeating a name part of `matches`, outside them; parts ready for `buildMatch`. */
export function findRepeatedNames(doc: Doc, matches: readonly NameMatch[]): NamePart[][] {
  const roleOfKey = new Map<string, { role: 'first' | 'surname'; nominative?: string }>();
  for (const match of matches) {
    const full = match.tokenEnd - match.tokenStart > 1;
    const lastWord = match.surname?.split(' ').pop();
    if (match.surnameKey && (full || match.first === undefined)) roleOfKey.set(match.surnameKey, { role: 'surname', nominative: full ? lastWord : undefined });
    // A surname in -й loses it to a case ending (Мюррей: Мюррея, Мюррею, Мюрреем), whose stem is the nominative without it.
    if (full && match.surnameKey && lastWord !== undefined && lastWord.endsWith('й') && lastWord.length > 3) roleOfKey.set(nameKey(lastWord).slice(0, -1), { role: 'surname', nominative: lastWord });
    if (match.firstKey && full && !roleOfKey.has(match.firstKey)) roleOfKey.set(match.firstKey, { role: 'first', nominative: match.first?.split(' ')[0] });
  }
  if (roleOfKey.size === 0) return [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const match of matches) covered.fill(1, match.tokenStart, match.tokenEnd);
  // The letters the keys start with: most capitalised words start with none of them, and are passed without reading their form's stem.
  const firstLetters = new Set<number>();
  for (const key of roleOfKey.keys()) firstLetters.add(key.charCodeAt(0));
  const found: NamePart[][] = [];
  doc.tokens.forEach((token, index) => {
    if (covered[index] || token.kind !== 'word' || !token.capitalized || token.script !== 'cyrillic' || token.end - token.start < 2) return;
    const letter = keyLetter(doc.text.charCodeAt(token.start));
    if (letter >= 0 && !firstLetters.has(letter)) return;
    const known = roleOfKey.get(tokenStem(doc, index));
    if (!known) return;
    const word = classifyWord(doc, index);
    if (!word || word.kind === 'initial' || word.kind === 'numeral' || word.kind === 'patronymic') return;
    // A word the dictionary does not know as a name takes its nominative from the full name it repeats.
    const knownName = (word.kind === 'first' || word.kind === 'surname') && wordReadings(doc, index).length > 0;
    // A word without a case ending is its own nominative (Рейсман), whatever the full name made of it.
    const bare = tokenStem(doc, index) === tokenKey(doc, index);
    const nominative = knownName ? undefined : bare ? token.text : known.nominative;
    found.push([namePart(index, index + 1, known.role, nominative || undefined)]);
  });
  return found;
}

/**
 * A single word read as a first name that repeats the surname of a full name in the text is that
 * surname ("Питер Данн … По словам Данна"). Changes `found` in place; returns the changed indexes.
 */
export function reinterpretLoneFirstNames(doc: Doc, found: NamePart[][], matches: readonly NameMatch[]): number[] {
  const surnames = new Map<string, string | undefined>();
  for (const match of matches) {
    if (match.surnameKey && match.tokenEnd - match.tokenStart > 1) surnames.set(match.surnameKey, match.surname?.split(' ').pop());
  }
  const changed: number[] = [];
  found.forEach((parts, index) => {
    if (parts.length !== 1 || parts[0].role !== 'first') return;
    const key = tokenStem(doc, parts[0].token);
    if (!surnames.has(key)) return;
    const nominative = surnames.get(key);
    found[index] = [namePart(parts[0].token, parts[0].tokenEnd, 'surname', nominative || parts[0].nominative)];
    changed.push(index);
  });
  return changed;
}

/**
 * A two-word name, first name then surname, whose first word is the surname of a person the text
 * names in full, in another form (Баффета after Уоррен Баффет): that person, in the genitive, and
 * then whose son or widow or killer stands after it ("старший сын Баффета Говард", "Вдова Арафата
 * Суха", "убийстве Фолла Макафи"). Each such name becomes the owner's surname, replaced in `found`
 * at its index (returned), and the second word a name of its own when it can be one (returned apart).
 */
export function splitOwnerSurnames(doc: Doc, found: NamePart[][], matches: readonly NameMatch[]): { changed: number[]; added: NamePart[][] } {
  const changed: number[] = [];
  const added: NamePart[][] = [];
  let surnames: Map<string, string | undefined> | undefined;
  found.forEach((parts, index) => {
    if (parts.length !== 2 || parts[0].role !== 'first' || parts[1].role !== 'surname') return;
    if (surnames === undefined) {
      surnames = new Map();
      for (const match of matches) if (match.surnameKey && match.first !== undefined && match.tokenEnd - match.tokenStart > 1) surnames.set(match.surnameKey, match.surname?.split(' ').pop());
    }
    const [owner, other] = parts;
    const key = tokenStem(doc, owner.token);
    const surname = surnames.get(key);
    // The surname with a case ending added (Баффет → Баффета): the full name itself, a first name spelled like someone's
    // surname, or one the surname's own mention left inflected (Каприлеса), stays.
    if (surname === undefined) return;
    const written = tokenKey(doc, owner.token);
    const own = nameKey(surname);
    if (written.length <= own.length || !written.startsWith(own)) return;
    found[index] = [namePart(owner.token, owner.tokenEnd, 'surname', surname)];
    changed.push(index);
    const kind = classifyWord(doc, other.token)?.kind;
    if (kind === 'first' || kind === 'surname' || kind === 'unknown') added.push([namePart(other.token, other.tokenEnd, kind === 'first' ? 'first' : 'surname')]);
  });
  return { changed, added };
}

/**
 * Two one-word names side by side that together repeat a two-word name of the text, first name
 * then surname, are that name again ("в отношении Алмаза Закиева" after "подследственного Алмаза
 * Закиева", where nothing before the second tells that its first word is a name). `found` is in
 * text order; returns it with such pairs joined.
 */
export function joinRepeatedFullNames(doc: Doc, found: readonly { parts: NamePart[]; match: NameMatch }[], build: (parts: NamePart[]) => NameMatch): { parts: NamePart[]; match: NameMatch }[] {
  // Two one-word names side by side are rare: the full names' keys are joined into strings only for a document that has them.
  let fullNames: Set<string> | undefined;
  const joined: { parts: NamePart[]; match: NameMatch }[] = [];
  for (let index = 0; index < found.length; index++) {
    const one = found[index];
    const next = found[index + 1];
    if (next && one.parts.length === 1 && next.parts.length === 1 && next.match.tokenStart === one.match.tokenEnd && next.match.tokenEnd === next.match.tokenStart + 1 && one.match.tokenEnd === one.match.tokenStart + 1
      && (fullNames ??= twoWordNames(found)).has(`${tokenStem(doc, one.match.tokenStart)} ${tokenStem(doc, next.match.tokenStart)}`)) {
      const parts: NamePart[] = [namePart(one.parts[0].token, one.parts[0].tokenEnd, 'first', one.parts[0].nominative), namePart(next.parts[0].token, next.parts[0].tokenEnd, 'surname', next.parts[0].nominative)];
      joined.push({ parts, match: build(parts) });
      index++;
    } else {
      joined.push(one);
    }
  }
  return joined;
}

/** The first-name and surname keys of the names of two words, joined by a space. */
function twoWordNames(found: readonly { match: NameMatch }[]): Set<string> {
  const fullNames = new Set<string>();
  for (const { match } of found) {
    if (match.firstKey && match.surnameKey && match.tokenEnd - match.tokenStart === 2) fullNames.add(`${match.firstKey} ${match.surnameKey}`);
  }
  return fullNames;
}
