/**
 * The roles stage: finds role phrases (job titles, offices, descriptions) and attaches each to
 * the person it describes. The surest readings go first and a phrase taken by one step is not
 * offered to the next: appositions beside a name, titles listed with those, plural titles over
 * lists of names, predicates ("назначен послом"), and last, a phrase standing instead of a name
 * becomes a `role` mention of the person who holds that role in the article, as does an epithet
 * closing the title of someone's lawyer or kin ("адвокат футболиста") of the person it is about.
 */
import type { Doc } from '../doc';
import type { Person } from '../types';
import { attachAppositions, attachBeyondComplements } from './appositions';
import { anchorsAcrossItems, attachCoordinated } from './coordination';
import { attachCountedBack, attachPluralLists } from './lists';
import { indexNames } from './nameIndex';
import { attachPredicates, attachReplacedOnPost } from './predicates';
import { RoleBook } from './roleBook';
import { linkRoleMentions } from './roleMentions';
import { findLinePhrases } from './linePhrases';
import { attachInnerEpithets } from './topicHolder';

/** Attaches roles and role mentions to the people, in place; roles and mentions stay in text order. */
export function attachRoles(doc: Doc, people: Person[]): void {
  const names = indexNames(doc, people);
  const book = new RoleBook(doc);
  const phrases = findLinePhrases(doc, names);
  const { rest, related, anchors } = attachAppositions(doc, phrases, names, book);
  const across = anchorsAcrossItems(doc, rest, names, book);
  const unanchored = across.length === 0 ? rest : rest.filter((phrase) => !across.some((anchor) => anchor.phrase === phrase));
  const uncoordinated = attachPluralLists(doc, attachCoordinated(doc, [...anchors, ...across], unanchored, book), names, book);
  const predicated = attachPredicates(doc, [...uncoordinated.map((phrase) => ({ phrase, tokenEnd: phrase.tokenEnd })), ...related], names, book);
  const unattached = attachBeyondComplements(doc, predicated.rest, names, book);
  const unlisted = new Set(attachCoordinated(doc, predicated.anchors, unattached.filter((leftover) => !leftover.related).map((leftover) => leftover.phrase), book));
  linkRoleMentions(doc, unattached.filter((leftover) => leftover.related || unlisted.has(leftover.phrase)), names, book);
  attachReplacedOnPost(doc, phrases, names, book);
  attachCountedBack(doc, phrases, names, book);
  attachInnerEpithets(doc, phrases, names, book);
  for (const person of people) {
    person.roles.sort((a, b) => a.start - b.start || a.end - b.end);
    person.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
