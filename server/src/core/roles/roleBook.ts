/**
 * The roles attached so far, with what later steps need to compare them: the head lemma and
 * the lemmas of the complement, so that "помощник президента России" used instead of a name
 * can find the person already known as "помощник президента".
 */
import type { Doc } from '../doc';
import type { Person, Role } from '../types';
import { normalizeRole } from './normalizeRole';
import { gendersFit, needsComplement, officeOf } from './roleLexicon';
import type { RolePhrase } from './rolePhrase';

/** A role attached to a person, with the keys later steps compare it by. */
export interface HeldRole {
  person: Person;
  role: Role;
  headLemma: string;
  /** Lemmas of the words after the head (the complements). */
  complementLemmas: string[];
}

/** Attaches roles to people once per span, and remembers them for the role mentions. */
export class RoleBook {
  readonly held: HeldRole[] = [];
  /** The spans attached to each person so far. */
  private readonly spans = new Map<Person, Set<number>>();

  constructor(private readonly doc: Doc) {}

  /**
   * Attaches the tokens [start, end) of a phrase to the person as a role; once per span and person.
   * `shownFemale`: the clause shows the person is a woman whatever gender the names stage guessed
   * ("скончалась австралийская писательница Колин Маккалоу").
   */
  attach(person: Person, phrase: RolePhrase, start = phrase.tokenStart, end = phrase.tokenEnd, related?: Person, shownFemale = false): Role | undefined {
    const role = this.unlisted(person, phrase, start, end, shownFemale);
    if (!role) return undefined;
    if (related && related !== person) role.relatedPersonId = related.id;
    person.roles.push(role);
    this.held.push({ person, role, headLemma: headLemmaOf(phrase), complementLemmas: complementLemmas(this.doc, phrase.head + 1, end) });
    return role;
  }

  /**
   * The role the tokens [start, end) of a phrase give the person, checked and taken once per span
   * as by `attach`, but neither listed among the person's roles nor offered to later steps: for a
   * title that stands for someone and says nothing new about them.
   */
  unlisted(person: Person, phrase: RolePhrase, start = phrase.tokenStart, end = phrase.tokenEnd, shownFemale = false): Role | undefined {
    const { tokens, text } = this.doc;
    // A kinship noun says who someone is only through a title or a name after it ("зять главы
    // государства", "жена Ивана Петрова"), not through a common noun ("отец жениха", "мать ребёнка").
    if (needsComplement(headLemmaOf(phrase)) && (end <= phrase.head + 1 || (end <= phrase.tokenEnd && phrase.innerHead === undefined))) return undefined;
    if (!shownFemale && !gendersFit(phrase, person)) return undefined;
    const spanStart = tokens[start].start;
    const spanEnd = tokens[end - 1].end;
    let spans = this.spans.get(person);
    if (!spans) this.spans.set(person, (spans = new Set()));
    // The span as one number: start and end are offsets into the text, so below its length plus one.
    const key = spanStart * (text.length + 1) + spanEnd;
    if (spans.has(key)) return undefined;
    spans.add(key);
    return { start: spanStart, end: spanEnd, text: text.slice(spanStart, spanEnd), normalized: normalizeRole(this.doc, phrase, start, end) };
  }
}

/** The head's office, the key by which roles compare ("премьер-министр" and "премьер" are one). */
export function headLemmaOf(phrase: RolePhrase): string {
  return officeOf(phrase.headParses[0].lemma);
}

/** Best-reading lemmas of the words in [start, end). */
export function complementLemmas(doc: Doc, start: number, end: number): string[] {
  const lemmas: string[] = [];
  for (let index = start; index < end; index++) {
    if (doc.tokens[index].kind === 'word') lemmas.push(doc.parses[index][0]?.lemma ?? doc.tokens[index].text.toLowerCase());
  }
  return lemmas;
}
