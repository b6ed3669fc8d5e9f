/**
 * The working state the pipeline fills stage by stage (tokens → sentences → morphology →
 * names → people → roles → quotes). Internal to the core; callers get an {@link Analysis}.
 */
import { detached } from './detached';
import { WordCache } from './wordCache';
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
  /** For each token, the record of its word form, shared with every other token of the same text. */
  forms: WordForm[];
  morphology: Morphology;
}

/**
 * One word form as the analysis meets it: its readings, and the facts stages derive from the
 * form alone (what kind of name word it is, its reliable readings…), each computed once per
 * form rather than once per token and per stage. See {@link formFact}.
 */
export class WordForm {
  /** Facts by slot; undefined until first asked. Sized for every slot at once: an array grown by assignment holds several times the room. */
  readonly facts: unknown[] = new Array(slotCount);

  constructor(
    readonly text: string,
    readonly parses: readonly WordParse[],
  ) {}

  /** The token's form, its text copied out of the document's (forms are kept across documents). */
  static of(token: Token, morphology: Morphology): WordForm {
    return new WordForm(detached(token.text), token.kind === 'word' ? morphology.parse(token.text) : NO_PARSES);
  }
}

const NO_PARSES: readonly WordParse[] = [];
/** Word forms are kept across documents in a bounded `WordCache`, with their readings and facts. */
const FORM_GENERATION = 40_000;

class WordForms {
  private readonly cache = new WordCache<WordForm>(FORM_GENERATION);

  get(token: Token, morphology: Morphology): WordForm {
    let form = this.cache.get(token.text);
    if (form === undefined) {
      form = WordForm.of(token, morphology);
      this.cache.set(form.text, form);
    }
    return form;
  }
}

// Per morphology, because readings (and every fact drawn from them) depend on its dictionary.
const formsByMorphology = new WeakMap<Morphology, WordForms>();

/** Runs the morphology stage: each token's word form, with its readings. */
export function tagForms(tokens: readonly Token[], morphology: Morphology): WordForm[] {
  let forms = formsByMorphology.get(morphology);
  if (!forms) formsByMorphology.set(morphology, (forms = new WordForms()));
  const cache = forms;
  // A token's kind follows from its text, so one record per text serves words, numbers and punctuation alike.
  // Each token takes its form's copy of the text: facts kept on a form outlive the document, and
  // one drawn from a slice of the document (a key, a stem) would keep the whole document alive.
  return tokens.map((token) => {
    const form = cache.get(token, morphology);
    token.text = form.text;
    return form;
  });
}


let slotCount = 0;

/**
 * A fact of the word form at a token, kept on its {@link WordForm} once computed: `compute`
 * must depend on the form (its text, readings and the morphology) and not on the token's
 * place in the text. Returns the accessor; `undefined` is not kept, so return null for "none".
 */
export function formFact<T>(compute: (doc: Doc, index: number) => T): (doc: Doc, index: number) => T {
  const slot = slotCount++;
  return (doc, index) => {
    const form = doc.forms[index];
    const known = form.facts[slot];
    if (known !== undefined) return known as T;
    const value = compute(doc, index);
    form.facts[slot] = value;
    return value;
  };
}

/** The token's text in lower case, kept per form (from the form's own copy of the text, which keeps no document alive). */
export const lowerText = formFact((doc, index) => doc.forms[index].text.toLowerCase());
