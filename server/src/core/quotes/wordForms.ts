/**
 * Small morphological questions the quotation stage asks about one token: is it a verb of a
 * lexicon, which gender or number does a verb show, can a word be nominative.
 */
import { formFact, lowerAt, type Doc } from '../doc';
import { caseOf, type Case, type WordParse } from '../morphology/morphology';

const VERBAL = new Set(['VERB', 'INFN', 'GRND', 'PRTF', 'PRTS']);

type FormQuestion = (doc: Doc, index: number) => boolean;
// The answers per word form and lexicon, asked of most tokens by several attribution passes. The
// lexicons are module constants (speechVerbs.ts and the like): each set takes one slot of the forms.
const verbOfLexicon = new WeakMap<ReadonlySet<string>, FormQuestion>();
const nounOfLexicon = new WeakMap<ReadonlySet<string>, FormQuestion>();

function lexiconFact(facts: WeakMap<ReadonlySet<string>, FormQuestion>, lemmas: ReadonlySet<string>, reads: (parse: WordParse, lemmas: ReadonlySet<string>) => boolean): FormQuestion {
  let fact = facts.get(lemmas);
  if (!fact) {
    fact = formFact((doc, index) => doc.parses[index].some((parse) => reads(parse, lemmas)));
    facts.set(lemmas, fact);
  }
  return fact;
}

const readsAsVerbOf = (parse: WordParse, lemmas: ReadonlySet<string>) => parse.pos !== undefined && VERBAL.has(parse.pos) && lemmas.has(parse.lemma);
const readsAsNounOf = (parse: WordParse, lemmas: ReadonlySet<string>) => parse.pos === 'NOUN' && lemmas.has(parse.lemma);

/** The token reads as a verb form (finite, infinitive, gerund or participle) of a lemma in the set; kept per form and lexicon. */
export function isVerbOf(doc: Doc, index: number, lemmas: ReadonlySet<string>): boolean {
  return doc.parses[index] !== undefined && lexiconFact(verbOfLexicon, lemmas, readsAsVerbOf)(doc, index);
}

/** The token's best reading is a finite verb or short participle ("заявил", "распространено"). */
export function isFiniteVerb(doc: Doc, index: number): boolean {
  const best = doc.parses[index]?.[0];
  return best !== undefined && (best.pos === 'VERB' || best.pos === 'PRTS');
}

/** The token reads as a noun of a lemma in the set; kept per form and lexicon. */
export function isNounOf(doc: Doc, index: number, lemmas: ReadonlySet<string>): boolean {
  return doc.parses[index] !== undefined && lexiconFact(nounOfLexicon, lemmas, readsAsNounOf)(doc, index);
}

/** What a past-tense verb says about its subject: 'male', 'female', 'plural', or null (present tense, neuter). */
export type VerbAgreement = 'male' | 'female' | 'plural' | null;

/** The {@link VerbAgreement} of the verb at `index`. */
export function verbAgreement(doc: Doc, index: number): VerbAgreement {
  const parse = doc.parses[index]?.find((reading) => reading.pos === 'VERB' || reading.pos === 'PRTS');
  if (!parse) return null;
  if (parse.grammemes.has('plur')) return 'plural';
  if (parse.grammemes.has('masc')) return 'male';
  if (parse.grammemes.has('femn')) return 'female';
  return null;
}

/** Words outside the dictionary's script (Reuters, AFP, 10) and unparsed words count as nominative. */
export function canBeNominative(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || token.script !== 'cyrillic') return true;
  const parses = doc.parses[index];
  return parses.length === 0 || parses.some((parse) => caseOf(parse) === 'nomn' || parse.grammemes.has('Fixd'));
}

/** The reading to use for a word taken as a noun-phrase head: a noun (or substantive adjective) reading in the case it stands in. */
export function nounReading(doc: Doc, index: number, written: Case = 'nomn'): WordParse | undefined {
  const parses = doc.parses[index] ?? [];
  const nouns = parses.some((parse) => parse.pos === 'NOUN') ? parses.filter((parse) => parse.pos === 'NOUN') : parses.filter((parse) => parse.pos === 'ADJF');
  return nouns.find((parse) => caseOf(parse) === written) ?? nouns.find((parse) => caseOf(parse) === 'nomn') ?? nouns[0];
}

/** The word is lower-case Cyrillic text that is a preposition, conjunction or particle. */
export function isFunctionWord(doc: Doc, index: number): boolean {
  const pos = doc.parses[index]?.[0]?.pos;
  return pos === 'PREP' || pos === 'CONJ' || pos === 'PRCL' || pos === 'INTJ';
}

/** The token's lower-case text, or '' outside the document (the stage's short name for `lowerAt`). */
export const lower = lowerAt;
