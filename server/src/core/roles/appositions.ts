/**
 * Attaches role phrases that stand beside a name: before it ("спецпосланника Стива Уиткоффа",
 * "музыканты Юрий Царёв, Алексей Борисов") or after it between commas, dashes or brackets
 * ("Юрий Ушаков, помощник президента, …"). A genitive name after a phrase in another case is
 * its complement ("помощник Путина", "пресс-секретарю экс-президента США Билла Клинтона Джо
 * Локхарту"): the role points at that person and the inner title becomes that person's role.
 */
import type { Doc } from '../doc';
import { casesMeet, type NamedMention, type NameIndex } from './nameIndex';
import type { RoleBook } from './roleBook';
import { isRelationalHead } from './roleLexicon';
import { phraseAt, type RolePhrase } from './rolePhrase';

/** A phrase whose genitive complement is a person ("помощник Путина"), not attached to anyone yet. */
export interface RelatedPhrase {
  phrase: RolePhrase;
  tokenEnd: number;
  related: NamedMention;
}

const OPENERS = new Set([',', '—', '–', '-', '(']);

/** Attaches appositions; returns the phrases left unattached and the ones pointing at a person. */
export function attachAppositions(doc: Doc, phrases: readonly RolePhrase[], names: NameIndex, book: RoleBook): { rest: RolePhrase[]; related: RelatedPhrase[] } {
  const rest: RolePhrase[] = [];
  const related: RelatedPhrase[] = [];
  for (const phrase of phrases) {
    const outcome = attachBefore(doc, phrase, names, book);
    if (outcome === 'attached') continue;
    if (outcome) {
      related.push(outcome);
      continue;
    }
    if (!attachAfter(doc, phrase, names, book)) rest.push(phrase);
  }
  return { rest, related };
}

function attachBefore(doc: Doc, phrase: RolePhrase, names: NameIndex, book: RoleBook): 'attached' | RelatedPhrase | undefined {
  const name = names.startingAt(phrase.tokenEnd);
  if (!name) return undefined;
  const next = names.startingAt(name.tokenEnd);
  const relational = isRelationalHead(phrase.headParses[0].lemma) && name.bareSurname && phrase.innerHead === undefined;
  if (casesMeet(phrase.cases, name.cases) && !(next && casesMeet(phrase.cases, next.cases)) && !relational) {
    book.attach(name.person, phrase);
    if (!phrase.headParses.some((parse) => parse.grammemes.has('sing'))) attachToList(phrase, name, names, doc, book);
    return 'attached';
  }
  if (!name.cases.has('gent')) return undefined;
  // The name is the genitive complement: an inner title is its apposition, the whole phrase points at it.
  if (phrase.innerHead !== undefined && phrase.innerStart !== undefined) {
    const inner = phraseAt(doc, phrase.innerHead, names);
    if (inner) book.attach(name.person, inner, Math.max(inner.tokenStart, phrase.innerStart), phrase.tokenEnd);
  }
  if (next && casesMeet(phrase.cases, next.cases)) {
    book.attach(next.person, phrase, phrase.tokenStart, phrase.tokenEnd, name.person);
    return 'attached';
  }
  return phrase.innerHead !== undefined ? { phrase, tokenEnd: phrase.tokenEnd, related: name } : { phrase, tokenEnd: name.tokenEnd, related: name };
}

/** A plural title before several names gives each of them the role: "музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв". */
function attachToList(phrase: RolePhrase, first: NamedMention, names: NameIndex, doc: Doc, book: RoleBook): void {
  let previous = first;
  for (;;) {
    const separator = doc.tokens[previous.tokenEnd]?.text;
    if (separator !== ',' && separator !== 'и') return;
    const next = names.startingAt(previous.tokenEnd + 1);
    if (!next || !casesMeet(phrase.cases, next.cases)) return;
    book.attach(next.person, phrase);
    previous = next;
  }
}

function attachAfter(doc: Doc, phrase: RolePhrase, names: NameIndex, book: RoleBook): boolean {
  const opener = doc.tokens[phrase.tokenStart - 1];
  if (!opener || !OPENERS.has(opener.text)) return false;
  const name = names.endingAt(phrase.tokenStart - 1);
  if (!name) return false;
  const dash = opener.text !== ',' && opener.text !== '(';
  if (!casesMeet(phrase.cases, name.cases) && !(dash && phrase.cases.has('nomn'))) return false;
  if (!phrase.headParses.some((parse) => parse.grammemes.has('sing'))) return false;
  book.attach(name.person, phrase);
  return true;
}
