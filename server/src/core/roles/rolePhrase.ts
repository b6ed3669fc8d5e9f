/**
 * Finds role phrases: a head noun from the role vocabulary with the words that make it
 * specific — agreeing adjectives before it (российский президент), an "и.о."/"врио" prefix,
 * and complements after it: genitive noun phrases (помощник президента России, глава МИД),
 * prepositional ones (спецпредставитель по международному сотрудничеству, постпред при ООН)
 * and a quoted organisation name (глава «Роснефти»). A phrase stops before a person's name.
 */
import type { Doc } from '../doc';
import { caseOf, type Case, type WordParse } from '../morphology/morphology';
import { isRoleHeadParse, roleHeadParses } from './roleLexicon';

export interface RolePhrase {
  /** First token (a prefix or an adjective, else the head). */
  tokenStart: number;
  /** One past the last token of the phrase (complements included, a following name not). */
  tokenEnd: number;
  head: number;
  /** Readings of the head that agree with its adjectives, best first. */
  headParses: WordParse[];
  /** Cases the phrase may stand in; every case when the head is frozen. */
  cases: ReadonlySet<Case>;
  /** The head keeps its written form in the nominative phrase ("и.о. губернатора"). */
  frozenHead: boolean;
  /** The last noun of the genitive complement when it heads a role itself (помощника [президента] …). */
  innerHead?: number;
  /** Where that inner role starts (its adjectives). */
  innerStart?: number;
}

/** Token predicates the finder needs from the names stage. */
export interface NameTokens {
  /** Whether the token belongs to a person's name mention. */
  inName(token: number): boolean;
}

const ALL_CASES: ReadonlySet<Case> = new Set<Case>(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct']);
const MAX_ADJECTIVES = 3;
const MAX_COMPLEMENT_NOUNS = 5;
// Nouns of time and measure close a complement: "президент 2008 года" speaks of a date, not an office.
const NOT_COMPLEMENTS = new Set(['год', 'месяц', 'день', 'неделя', 'время', 'час', 'минута', 'раз', 'число', 'половина']);
// Heads whose office is held in a country or organisation: "посол в США", "представитель в ЕС".
const PLACED_HEAD = /посол|посланник|пред|консул|корреспондент/;

/** Role phrases of the document, left to right, not overlapping; heads inside a complement are not phrases of their own. */
export function findRolePhrases(doc: Doc, names: NameTokens): RolePhrase[] {
  const phrases: RolePhrase[] = [];
  let index = 0;
  while (index < doc.tokens.length) {
    const phrase = names.inName(index) ? undefined : phraseAt(doc, index, names);
    if (phrase) {
      phrases.push(phrase);
      index = phrase.tokenEnd;
    } else {
      index++;
    }
  }
  return phrases;
}

/** The role phrase headed by the token, if it heads one. */
export function phraseAt(doc: Doc, head: number, names: NameTokens): RolePhrase | undefined {
  const token = doc.tokens[head];
  if (token.kind !== 'word') return undefined;
  let parses = roleHeadParses(doc.parses[head], !token.capitalized);
  if (parses.some((parse) => parse.grammemes.has('anim'))) parses = parses.filter((parse) => parse.grammemes.has('anim'));
  if (parses.length === 0) return undefined;
  let tokenStart = head;
  let frozenHead = false;
  const prefix = frozenPrefixStart(doc, head);
  if (prefix !== undefined && parses.some((parse) => caseOf(parse) === 'gent')) {
    tokenStart = prefix;
    frozenHead = true;
  } else {
    for (let left = head - 1; left >= 0 && head - left <= MAX_ADJECTIVES && !doc.tokens[left + 1].lineBreakBefore && !names.inName(left); left--) {
      const agreeing = parses.filter((parse) => doc.parses[left].some((adjective) => agrees(adjective, parse)));
      if (doc.tokens[left].kind !== 'word' || agreeing.length === 0) break;
      parses = agreeing;
      tokenStart = left;
    }
  }
  const cases = frozenHead ? ALL_CASES : new Set(parses.map(caseOf).filter((value): value is Case => value !== undefined));
  const phrase: RolePhrase = { tokenStart, tokenEnd: head + 1, head, headParses: parses, cases, frozenHead };
  extendComplements(doc, phrase, names);
  return phrase;
}

/** Start of an "и.о." / "врио" prefix right before the head. */
function frozenPrefixStart(doc: Doc, head: number): number | undefined {
  const { tokens } = doc;
  const lower = (index: number) => (index >= 0 ? tokens[index].text.toLowerCase() : '');
  if (lower(head - 1) === 'врио') return head - 1;
  if (lower(head - 4) === 'и' && lower(head - 3) === '.' && lower(head - 2) === 'о' && lower(head - 1) === '.') return head - 4;
  return undefined;
}

/** Whether a reading is an adjective (or participle) agreeing with the noun reading in case, number and gender. */
export function agrees(adjective: WordParse, noun: WordParse): boolean {
  if (adjective.pos !== 'ADJF' && adjective.pos !== 'PRTF') return false;
  if (adjective.grammemes.has('Apro')) return false;
  if (caseOf(adjective) !== caseOf(noun)) return false;
  const plural = noun.grammemes.has('plur');
  if (plural !== adjective.grammemes.has('plur')) return false;
  if (plural) return true;
  if (noun.grammemes.has('Ms-f')) return true;
  for (const gender of ['masc', 'femn', 'neut']) {
    if (noun.grammemes.has(gender)) return adjective.grammemes.has(gender);
  }
  return true;
}

function extendComplements(doc: Doc, phrase: RolePhrase, names: NameTokens): void {
  const { tokens } = doc;
  let nouns = 0;
  let index = phrase.tokenEnd;
  while (index < tokens.length && nouns < MAX_COMPLEMENT_NOUNS && !names.inName(index) && !tokens[index].lineBreakBefore) {
    const word = tokens[index].text.toLowerCase();
    let end: number | undefined;
    if (word === 'по') end = nounPhraseEnd(doc, index + 1, 'datv', names)?.end;
    else if (word === 'при') end = nounPhraseEnd(doc, index + 1, 'loct', names)?.end;
    else if ((word === 'в' || word === 'во') && PLACED_HEAD.test(phrase.headParses[0].lemma)) end = nounPhraseEnd(doc, index + 1, 'loct', names, true)?.end;
    else if (tokens[index].text === '«') end = quotedNameEnd(doc, index);
    else {
      const genitive = nounPhraseEnd(doc, index, 'gent', names);
      if (genitive) {
        end = genitive.end;
        const noun = genitive.end - 1;
        if (roleHeadParses(doc.parses[noun], !tokens[noun].capitalized).some((parse) => caseOf(parse) === 'gent')) {
          phrase.innerHead = noun;
          phrase.innerStart = index;
        }
      }
    }
    if (end === undefined) break;
    phrase.tokenEnd = end;
    index = end;
    nouns++;
  }
}

/** End of a noun phrase in the case starting at the token: agreeing adjectives, then a noun. */
function nounPhraseEnd(doc: Doc, start: number, wanted: Case, names: NameTokens, properOnly = false): { end: number } | undefined {
  const { tokens } = doc;
  for (let index = start; index < tokens.length && index - start <= MAX_ADJECTIVES; index++) {
    if (tokens[index].kind !== 'word' || names.inName(index) || (index > start && tokens[index].lineBreakBefore)) return undefined;
    if (isComplementNoun(doc, index, wanted, properOnly)) return { end: index + 1 };
    const adjective = doc.parses[index].some((parse) => (parse.pos === 'ADJF' || parse.pos === 'PRTF') && !parse.grammemes.has('Apro') && caseOf(parse) === wanted);
    if (!adjective) return undefined;
  }
  return undefined;
}

function isComplementNoun(doc: Doc, index: number, wanted: Case, properOnly: boolean): boolean {
  const token = doc.tokens[index];
  const abbreviation = token.text.length > 1 && token.text === token.text.toUpperCase();
  return doc.parses[index].some((parse) => {
    if (parse.pos !== 'NOUN' || caseOf(parse) !== wanted || NOT_COMPLEMENTS.has(parse.lemma)) return false;
    if (parse.grammemes.has('Name') || parse.grammemes.has('Surn') || parse.grammemes.has('Patr')) return false;
    if (abbreviation) return true;
    if (properOnly) return token.capitalized && parse.known;
    const known = parse.known || !token.capitalized && isRoleHeadParse(parse, false);
    return known && (!token.capitalized || !parse.grammemes.has('anim') || index === doc.sentences[doc.sentenceOfToken[index]].tokenStart);
  });
}

/** End of «Name» when the quotes hold a short capitalised name on one line. */
function quotedNameEnd(doc: Doc, open: number): number | undefined {
  const { tokens } = doc;
  if (!tokens[open + 1]?.capitalized) return undefined;
  for (let index = open + 1; index < tokens.length && index - open <= 6; index++) {
    if (tokens[index].lineBreakBefore) return undefined;
    if (tokens[index].text === '»') return index + 1;
  }
  return undefined;
}
