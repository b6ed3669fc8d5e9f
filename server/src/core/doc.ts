/**
 * The working state the pipeline fills stage by stage (tokens → sentences → morphology →
 * names → people → roles → quotes). Internal to the core; callers get an {@link Analysis}.
 */
import type { Morphology, WordParse } from './morphology/morphology';
import type { Sentence } from './sentences/splitSentences';
import type { Token } from './tokens/tokenize';

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** For each token, the index of its sentence. */
  sentenceOfToken: Int32Array;
  /** For each token, its morphological readings (empty for punctuation and numbers). */
  parses: (readonly WordParse[])[];
  morphology: Morphology;
}

const NO_PARSES: readonly WordParse[] = [];

/** Runs the first three stages: tokens, sentences, morphology. */
export function tagMorph(tokens: readonly Token[], morphology: Morphology): (readonly WordParse[])[] {
  return tokens.map((token) => (token.kind === 'word' ? morphology.parse(token.text) : NO_PARSES));
}
