/**
 * Links a role phrase used instead of a name ("помощник президента России рассказал",
 * "Помощник Путина заверил") to the person who holds that role in the article: someone with a
 * role of the same head whose complements agree with the phrase's. The phrase becomes a
 * mention of kind `role` of that person, and one of their roles.
 */
import type { Doc } from '../doc';
import type { Person } from '../types';
import type { Leftover } from './appositions';
import { complementLemmas, headLemmaOf, type HeldRole, type RoleBook } from './roleBook';
import type { RolePhrase } from './rolePhrase';
import { mentionsBefore, mostNamed, type NameIndex } from './nameIndex';
import { isPredicative, namesOffice } from './predicates';
import { epithet, topicHolder } from './topicHolder';

const OPENING_QUOTES = new Set(['«', '"', '“', '„']);
// Words that make a role phrase speak of someone other than the holder: "другой министр", "любой президент".
// Nouns of an election, after which a title in the genitive names the office voted for.
const ELECTIONS = new Set(['выборы', 'выбор', 'перевыборы', 'довыборы']);
const OTHER_HOLDER = new Set(['следующий', 'очередной', 'другой', 'иной', 'любой', 'каждый', 'некий', 'один', 'весь', 'такой']);

/** Links the leftover singular phrases to their holders; a phrase with no holder stays unlinked. */
export function linkRoleMentions(doc: Doc, leftovers: readonly Leftover[], names: NameIndex, book: RoleBook): void {
  const held = [...book.held];
  // Each leftover only looks at the roles with its head: grouped once, in order (a long
  // document has thousands of both).
  // Entries alike in all that the holder search reads (the person, whom the role points at, its
  // complements) are one entry to it: a long document names the same office of a person many times.
  const heldByHead = new Map<string, HeldRole[]>();
  const seen = new Set<string>();
  for (const entry of held) {
    const key = `${entry.person.id}\u0000${entry.role.relatedPersonId ?? ''}\u0000${entry.headLemma}\u0000${entry.complementLemmas.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const same = heldByHead.get(entry.headLemma);
    if (same) same.push(entry);
    else heldByHead.set(entry.headLemma, [entry]);
  }
  for (const { phrase, tokenEnd, related } of leftovers) {
    const relatedPerson = related?.person;
    if (!phrase.headParses.some((parse) => parse.grammemes.has('sing')) || isGeneric(doc, phrase) || namesOffice(doc, phrase) || isPredicative(doc, phrase)) continue;
    const holder = findHolder(doc, phrase, tokenEnd, relatedPerson, held, heldByHead, names);
    if (!holder) continue;
    const role = !relatedPerson && outOfReach(doc, phrase.tokenStart, holder, names) && !epithetOfMain(doc, phrase, holder, names)
      ? book.unlisted(holder, phrase, phrase.tokenStart, tokenEnd)
      : book.attach(holder, phrase, phrase.tokenStart, tokenEnd, relatedPerson);
    if (!role) continue;
    // The mention's normalized form is the role's: the same tokens of the same phrase.
    holder.mentions.push({ start: role.start, end: role.end, text: role.text, kind: 'role', normalized: role.normalized });
  }
}

function findHolder(doc: Doc, phrase: RolePhrase, tokenEnd: number, related: Person | undefined, held: readonly HeldRole[], heldByHead: ReadonlyMap<string, HeldRole[]>, names: NameIndex): Person | undefined {
  const head = headLemmaOf(phrase);
  const sameHead = heldByHead.get(head) ?? [];
  const own = complementLemmas(doc, phrase.head + 1, tokenEnd);
  const verbGender = genderOfVerbAfter(doc, tokenEnd);
  const femaleOnly = phrase.headParses.every((parse) => parse.grammemes.has('femn') && !parse.grammemes.has('Ms-f'));
  const fitting = new Set<Person>();
  let offices: ReadonlySet<string> | undefined;
  for (const entry of sameHead) {
    if (entry.person === related || fitting.has(entry.person)) continue;
    if (femaleOnly && entry.person.gender === 'male') continue;
    if (verbGender && entry.person.gender && entry.person.gender !== verbGender) continue;
    if (related) offices ??= officesOf(related, held);
    if (related ? pointsAt(entry, related, offices!) : complementsFit(own, entry.complementLemmas)) fitting.add(entry.person);
  }
  if (fitting.size === 0) return related || sameHead.length > 0 ? undefined : topicHolder(doc, phrase, tokenEnd, names);
  if (fitting.size === 1) return [...fitting][0];
  return nearest(fitting, doc.tokens[phrase.tokenStart].start, names);
}

/**
 * "Президент заявил" before the text names any president, or `far` sentences or more (two unless
 * told) after it last named the holder: the title is still that person's mention, but it says
 * what they are where it stands, a title they hold where they are named or one the reader is left
 * to tie to them, and so is not listed among their roles. Whether the holder is named nowhere before the token, or last
 * named `far` sentences or more before it. A title pointing at someone ("помощник Путина") is listed.
 */
function outOfReach(doc: Doc, token: number, holder: Person, names: NameIndex, far = FAR_SENTENCES): boolean {
  const { mentions } = names;
  // Walk back from the token to the holder's last naming (a binary search to start: a long document has thousands of mentions).
  for (let index = mentionsBefore(names, token) - 1; index >= 0; index--) {
    if (mentions[index].person === holder) return doc.sentenceOfToken[token] - doc.sentenceOfToken[mentions[index].tokenStart] >= far;
  }
  return true;
}

// How many sentences back a holder's naming stops making a title plainly theirs.
const FAR_SENTENCES = 2;

/**
 * "Иван Петров … . … . Картины художника …": a bare title of what a well-known person is known
 * as (see `epithet`) says what the person the article is about is, and is listed among their
 * roles however far after they were last named (other titles are not, two sentences on); not
 * before they are named at all.
 */
function epithetOfMain(doc: Doc, phrase: RolePhrase, holder: Person, names: NameIndex): boolean {
  return epithet(doc, phrase) && mostNamed(names) === holder && !outOfReach(doc, phrase.tokenStart, holder, names, Infinity);
}

/** One complement contains the other: "помощник президента" and "помощник президента России" are one office. */
function complementsFit(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((lemma) => longer.includes(lemma));
}

/** "помощник Путина" fits a role pointing at Путин, or one whose complement names an office Путин holds (`offices`, see {@link officesOf}). */
function pointsAt(entry: HeldRole, related: Person, offices: ReadonlySet<string>): boolean {
  if (entry.role.relatedPersonId === related.id) return true;
  return entry.complementLemmas.some((lemma) => offices.has(lemma));
}

/** The heads of the roles the person holds. */
function officesOf(person: Person, held: readonly HeldRole[]): ReadonlySet<string> {
  return new Set(held.filter((other) => other.person === person).map((other) => other.headLemma));
}

/** The person among several whose name was mentioned last before the offset, else first after it. */
function nearest(people: ReadonlySet<Person>, offset: number, names: NameIndex): Person | undefined {
  const { mentions } = names;
  if (!names.startsAscending) {
    let best: Person | undefined;
    for (const named of mentions) {
      if (!people.has(named.person)) continue;
      if (named.mention.start < offset || !best) best = named.person;
      if (named.mention.start >= offset) break;
    }
    return best;
  }
  // The last of the people's mentions before `offset`, else their first one after it; found from
  // `offset` outwards rather than by walking from the text start (quadratic in a long document).
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle].mention.start < offset) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0; i--) if (people.has(mentions[i].person)) return mentions[i].person;
  for (let i = low; i < mentions.length; i++) if (people.has(mentions[i].person)) return mentions[i].person;
  return undefined;
}

function isGeneric(doc: Doc, phrase: RolePhrase): boolean {
  // A title that opens a quoted name ("в номинации «Актриса года»") names an award or a work, not a person.
  if (OPENING_QUOTES.has(doc.tokens[phrase.tokenStart - 1]?.text ?? '')) return true;
  // "на выборах президента США", "перевыборы мэра": the office put to the vote, whoever holds it now.
  if (phrase.cases.has('gent') && !doc.tokens[phrase.tokenStart].lineBreakBefore && doc.parses[phrase.tokenStart - 1]?.some((parse) => parse.pos === 'NOUN' && parse.grammemes.has('plur') && ELECTIONS.has(parse.lemma))) return true;
  for (let index = Math.max(0, phrase.tokenStart - 1); index < phrase.head; index++) {
    if (doc.parses[index].some((parse) => OTHER_HOLDER.has(parse.lemma) && (parse.pos === 'ADJF' || parse.pos === 'NUMR'))) return true;
  }
  return false;
}

/** The gender of a past-tense verb right after the phrase ("помощник рассказал" → male), if there is one. */
function genderOfVerbAfter(doc: Doc, tokenEnd: number): 'male' | 'female' | undefined {
  for (let index = tokenEnd; index < Math.min(doc.tokens.length, tokenEnd + 3); index++) {
    if (doc.tokens[index].kind === 'punct') return undefined;
    const verb = doc.parses[index][0];
    if (verb?.pos === 'VERB' && verb.grammemes.has('past') && verb.grammemes.has('sing')) {
      return verb.grammemes.has('femn') ? 'female' : verb.grammemes.has('masc') ? 'male' : undefined;
    }
  }
  return undefined;
}
