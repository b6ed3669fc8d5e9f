/**
 * What the analysis needs from a morphological dictionary. The core depends on this interface
 * only; `azMorphology.ts` implements it with the `az` package (OpenCorpora dictionaries).
 */

/** One reading of a word form. Grammemes follow OpenCorpora: NOUN, ADJF, masc, femn, sing, gent, Name, Surn, Patr… */
export interface WordParse {
  /** Lower-case dictionary form ("путиным" → "путин"). */
  lemma: string;
  /** Part of speech grammeme (NOUN, ADJF, VERB, …) or undefined when unknown. */
  pos: string | undefined;
  /** All grammemes of this reading. */
  grammemes: ReadonlySet<string>;
  /** Likelihood of this reading, 0..1. Readings come best first. */
  score: number;
  /** Whether the form comes from the dictionary rather than guessed from its ending. */
  known: boolean;
  /** The lower-case form of this word with the given grammemes (e.g. ['nomn']), if the dictionary can build it. */
  inflect(grammemes: readonly string[]): string | undefined;
}

export interface Morphology {
  /** Readings of a word form (any case of letters), best first; empty for non-words. */
  parse(word: string): readonly WordParse[];
}

/** The grammatical cases, OpenCorpora names. */
export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
export type Case = (typeof CASES)[number];

/** The case of a reading, folding the second genitive/accusative/locative into the main ones. */
export function caseOf(parse: WordParse): Case | undefined {
  for (const grammeme of parse.grammemes) {
    switch (grammeme) {
      case 'nomn': case 'gent': case 'datv': case 'accs': case 'ablt': case 'loct':
        return grammeme;
      case 'gen2': return 'gent';
      case 'acc2': return 'accs';
      case 'loc2': return 'loct';
      case 'voct': return 'nomn';
    }
  }
  return undefined;
}

/** 'male' / 'female' from a reading's gender grammeme, null when common or absent. */
export function genderOf(parse: WordParse): 'male' | 'female' | null {
  if (parse.grammemes.has('masc')) return 'male';
  if (parse.grammemes.has('femn')) return 'female';
  return null;
}

/** An adjective of age by its ending, in any case, gender and number, lower case: восьмидесятилетний, 62-летняя, летнего (after "62-"). */
export const AGE_ADJECTIVE = /^(?:\d+-)?[а-яё]*летн(?:ий|яя|ее|его|ей|ему|им|ем|юю|ие|их|ими)$/u;
