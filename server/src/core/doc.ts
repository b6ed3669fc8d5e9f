/**
 * The working state the pipeline fills stage by stage (tokens → sentences → morphology →
 * names → people → roles → quotes). Internal to the core; callers get an {@link Analysis}.
 */
import { detached } from './detached';
import { WordCache } from './wordCache';
import type { Morphology, WordParse } from './morphology/morphology';
import type { Sentence } from './sentences/splitSentences';
import { isCapitalized, scriptOf, tokenizeSpelled, type Script, type Spelling, type Spellings, type Token, type TokenKind } from './tokens/tokenize';

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
 * form rather than once per token and per stage. See {@link formFact}. It is also the spelling
 * its tokens take their text, kind, capitalisation and script from.
 */
export class WordForm implements Spelling {
  /** Facts by slot; undefined until first asked. Sized for every slot at once: an array grown by assignment holds several times the room. */
  readonly facts: unknown[] = new Array(slotCount);
  /** Yes/no facts ({@link formFlag}), two bits each: whether asked, and the answer. In the form itself, unlike `facts`, for the facts asked of every token. */
  flags = 0;
  readonly capitalized: boolean;
  readonly script: Script;

  constructor(
    readonly text: string,
    readonly kind: TokenKind,
    readonly parses: readonly WordParse[],
  ) {
    this.capitalized = isCapitalized(text, kind);
    this.script = scriptOf(text, kind);
  }
}

const NO_PARSES: readonly WordParse[] = [];
/** Word forms are kept across documents in a bounded `WordCache`, with their readings and facts. */
const FORM_CAPACITY = 80_000;

class WordForms implements Spellings<WordForm> {
  private readonly cache = new WordCache<WordForm>(FORM_CAPACITY);

  constructor(private readonly morphology: Morphology) {}

  spellingAt(text: string, start: number, end: number, kind: TokenKind): WordForm {
    let form = this.cache.getSpan(text, start, end);
    if (form === undefined) {
      // The form's own copy of the text: facts kept on a form outlive the document, and one drawn
      // from a slice of the document (a key, a stem) would keep the whole document alive.
      const copy = detached(text.slice(start, end));
      form = new WordForm(copy, kind, kind === 'word' ? this.morphology.parse(copy) : NO_PARSES);
      this.cache.set(copy, form);
    }
    return form;
  }
}

// Per morphology, because readings (and every fact drawn from them) depend on its dictionary.
const formsByMorphology = new WeakMap<Morphology, WordForms>();

/**
 * Tokenizes the text and runs the morphology stage: each token's word form, with its readings.
 * A token's kind follows from its text, so one record per text serves words, numbers and
 * punctuation alike, and each token takes its form's copy of the text.
 */
export function tokenizeForms(text: string, morphology: Morphology): { tokens: Token[]; forms: WordForm[] } {
  let cache = formsByMorphology.get(morphology);
  if (!cache) formsByMorphology.set(morphology, (cache = new WordForms(morphology)));
  const forms: WordForm[] = [];
  const tokens = tokenizeSpelled(text, cache, forms);
  return { tokens, forms };
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

/** The token's lower-case text as {@link lowerText}, or '' before or after the document's tokens. */
export function lowerAt(doc: Doc, index: number): string {
  return index >= 0 && index < doc.tokens.length ? lowerText(doc, index) : '';
}

// An integer field holds 15 flags of two bits in a small integer; more fall back to fact slots.
const MAX_FLAGS = 15;
let flagCount = 0;

/**
 * A yes/no fact of the word form at a token, as {@link formFact}, kept in the form's own `flags`
 * rather than its slot array: reading it touches only the form, for a fact asked of every token.
 */
export function formFlag(compute: (doc: Doc, index: number) => boolean): (doc: Doc, index: number) => boolean {
  if (flagCount >= MAX_FLAGS) return formFact(compute);
  const asked = 1 << (2 * flagCount++);
  const yes = asked << 1;
  return (doc, index) => {
    const form = doc.forms[index];
    const flags = form.flags;
    if ((flags & asked) !== 0) return (flags & yes) !== 0;
    const value = compute(doc, index);
    form.flags = flags | (value ? asked | yes : asked);
    return value;
  };
}
