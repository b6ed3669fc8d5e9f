/**
 * The working state the pipeline fills stage by stage (tokens → sentences → morphology →
 * names → people → roles → quotes). Internal to the core; callers get an {@link Analysis}.
 */
import { detached } from './detached';
import { WordCache } from './wordCache';
import type { Morphology, WordParse } from './morphology/morphology';
import type { LineNames } from './names/lineNames';
import type { LinePhrases } from './roles/linePhrases';
import type { Sentence } from './sentences/splitSentences';
import { isCapitalized, scriptOf, spelledAs, tokenizeSpelled, type Script, type Spelling, type Spellings, type Token, type TokenKind } from './tokens/tokenize';

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
  /**
   * For each token, its form's `flags` ({@link formBits}) as they stood when the document was made,
   * and those learnt since: a scan over every token reads this dense array, not each form scattered in memory.
   */
  formFlags: Int32Array;
  morphology: Morphology;
  /**
   * Whether the document writes a word of the stem the way asked (names/actingPerson's
   * `LOWER_CASE` or `CAPITALISED_INSIDE`), where its maker answers that itself: the editor's
   * incremental path, from counts the changed lines keep up; a line's own document
   * ({@link lineView}), from the whole document. Otherwise the stage that asks finds it from the tokens.
   */
  writtenStems?: (stem: string, way: number) => boolean;
  /**
   * The document's lines, where its maker keeps them across versions (the editor's incremental
   * path): what a stage works out from a line alone it may keep there, for the next version.
   */
  lines?: readonly DocLine[];
  /** What stages work out once for this document and ask again many times ({@link DocScratch}). */
  scratch: DocScratch;
}

/**
 * What later stages work out once for the whole document and ask again many times: one slot each,
 * all made empty with the document ({@link docScratch}). Kept on the document rather than in a
 * WeakMap keyed by it: V8 keeps a weak map's young keys, and their values, alive through the
 * young-generation collections, so every document analysed (its tokens, forms, names, people)
 * survived them and was copied and promoted; that was most of the analysis's time in the collector.
 */
export interface DocScratch {
  /** `names/actingPerson.ts`: how the document writes each stem. */
  stemWriting: { has(stem: string, way: number): boolean } | undefined;
  /** `quotes/nounPhrases.ts`: whether a lemma is written in lower case with a prefix, by prefix and lemma. */
  lowerCaseWritings: Map<string, boolean> | undefined;
  /** `quotes/roleSpeakers.ts`: the lemmas of each role's words, by role. */
  roleLemmas: Map<string, ReadonlySet<string>> | undefined;
}

/** An empty {@link DocScratch}, for a new document: every slot, in one order (one shape). */
export function docScratch(): DocScratch {
  return { stemWriting: undefined, lowerCaseWritings: undefined, roleLemmas: undefined };
}

/** One line of a document as the editor's analyzer keeps it: where it stands in this version. */
export interface DocLine {
  readonly start: number;
  readonly tokenStart: number;
  readonly tokenCount: number;
  /** What stages worked out from this line alone, kept while its text stays the same (see each stage's own rules for when it still holds). */
  memo?: LineMemo;
}

/** What each stage keeps per line, by stage. */
export interface LineMemo {
  names?: LineNames;
  phrases?: LinePhrases;
}

/** The line's memo, made with a slot for each stage the first time one keeps something (one shape whichever stage is first). */
export function memoOf(line: DocLine): LineMemo {
  return (line.memo ??= { names: undefined, phrases: undefined });
}

/**
 * Calls `each` for every line of the document with words, in order: its tokens [tokenStart,
 * tokenEnd) and the maker's {@link DocLine} where it keeps lines (the editor's analyzer), else
 * undefined (the lines found from the tokens' line breaks).
 */
export function forEachLine(doc: Doc, each: (tokenStart: number, tokenEnd: number, line: DocLine | undefined) => void): void {
  if (doc.lines) {
    for (const line of doc.lines) if (line.tokenCount > 0) each(line.tokenStart, line.tokenStart + line.tokenCount, line);
    return;
  }
  let lineStart = 0;
  for (let index = 1; index <= doc.tokens.length; index++) {
    if (index < doc.tokens.length && !doc.tokens[index].lineBreakBefore) continue;
    each(lineStart, index, undefined);
    lineStart = index;
  }
}

/** The spacing flags of a line's first token, which the text before the line decides: what a line's kept work must check besides its text. */
export function spacingOf(doc: Doc, tokenStart: number): number {
  const token = doc.tokens[tokenStart];
  return (token.spaceBefore ? 1 : 0) | (token.lineBreakBefore ? 2 : 0) | (token.paragraphBefore ? 4 : 0);
}

/**
 * The tokens [tokenStart, tokenEnd) of the document, one line, as a document of their own: token
 * and sentence indexes count from the line's first, offsets stay those of the whole text. A stage
 * that reads such a document cannot read past the line: what it finds there depends on the line
 * alone, as the editor's analyzer needs to keep it. How the document writes each stem is asked
 * of `writtenStems`.
 */
export function lineView(doc: Doc, tokenStart: number, tokenEnd: number, writtenStems: (stem: string, way: number) => boolean): Doc {
  const count = tokenEnd - tokenStart;
  const sentences: Sentence[] = [];
  const sentenceOfToken = new Int32Array(count);
  if (count > 0) {
    const first = doc.sentenceOfToken[tokenStart];
    const last = doc.sentenceOfToken[tokenEnd - 1];
    for (let index = first; index <= last; index++) {
      const sentence = doc.sentences[index];
      const from = sentence.tokenStart - tokenStart;
      const to = sentence.tokenEnd - tokenStart;
      sentences.push({ start: sentence.start, end: sentence.end, tokenStart: from, tokenEnd: to });
      sentenceOfToken.fill(index - first, from, to);
    }
  }
  return {
    text: doc.text,
    tokens: doc.tokens.slice(tokenStart, tokenEnd),
    sentences,
    sentenceOfToken,
    parses: doc.parses.slice(tokenStart, tokenEnd),
    forms: doc.forms.slice(tokenStart, tokenEnd),
    // A view of the document's own array: facts learnt here are learnt there.
    formFlags: doc.formFlags.subarray(tokenStart, tokenEnd),
    morphology: doc.morphology,
    writtenStems,
    lines: undefined,
    scratch: docScratch(),
  };
}

/**
 * One word form as the analysis meets it: its readings, and the facts stages derive from the
 * form alone (what kind of name word it is, its reliable readings…), each computed once per
 * form rather than once per token and per stage. See {@link formFact}. It is also the spelling
 * its tokens take their text, kind, capitalisation and script from.
 */
export class WordForm implements Spelling {
  /** The facts asked of almost every form ({@link formFact}'s `everyForm`), by slot; undefined until first asked. Sized for those slots at once: an array grown by assignment holds several times the room. */
  readonly facts: unknown[] = new Array(everyFormSlots);
  /**
   * The other facts known, as slot and value one after the other, in an array of just that size:
   * most forms are asked a few of them, and a slot for every fact in each form took a quarter of
   * the word cache's memory.
   */
  otherFacts: readonly unknown[] = NO_FACTS;
  /** Small integer facts ({@link formBits}, {@link formFlag}) in bit fields, 0 until asked. In the form itself, unlike `facts`, for the facts asked of every token. */
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
const NO_FACTS: readonly unknown[] = [];
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
      // "Cолист" with a Latin C is the Russian word it spells, kept under the spelling met.
      const spelled = kind === 'word' ? spelledAs(copy) : copy;
      form = new WordForm(spelled, kind, kind === 'word' ? this.morphology.parse(spelled) : NO_PARSES);
      this.cache.set(copy, form);
    }
    return form;
  }
}

// Per morphology, because readings (and every fact drawn from them) depend on its dictionary.
const formsByMorphology = new WeakMap<Morphology, WordForms>();

const NO_FLAGS = new Int32Array(0);

/**
 * Tokenizes the text and runs the morphology stage: each token's word form, with its readings
 * and flags (`withFlags` false: an empty array, for a caller that copies the flags itself). A
 * token's kind follows from its text, so one record per text serves words, numbers
 * and punctuation alike, and each token takes its form's copy of the text.
 */
export function tokenizeForms(text: string, morphology: Morphology, withFlags = true): { tokens: Token[]; forms: WordForm[]; parses: (readonly WordParse[])[]; formFlags: Int32Array } {
  let cache = formsByMorphology.get(morphology);
  if (!cache) formsByMorphology.set(morphology, (cache = new WordForms(morphology)));
  const forms: WordForm[] = [];
  const tokens = tokenizeSpelled(text, cache, forms);
  // Read right after the forms were met, while they are still in the processor's cache.
  const parses: (readonly WordParse[])[] = [];
  // Without flags for a line of the editor's analyzer, whose document copies them itself.
  const formFlags = withFlags ? new Int32Array(forms.length) : NO_FLAGS;
  for (let i = 0; i < forms.length; i++) {
    parses.push(forms[i].parses);
    if (withFlags) formFlags[i] = forms[i].flags;
  }
  return { tokens, forms, parses, formFlags };
}

let everyFormSlots = 0;
let otherSlots = 0;

/**
 * A fact of the word form at a token, kept on its {@link WordForm} once computed: `compute`
 * must depend on the form (its text, readings and the morphology) and not on the token's
 * place in the text. Returns the accessor; `undefined` is not kept, so return null for "none".
 * `everyForm`: the fact is asked of nearly every form, and gets a slot of its own in each
 * (declared when modules load, before any form is made); others are kept only where known.
 */
export function formFact<T>(compute: (doc: Doc, index: number) => T, everyForm = false): (doc: Doc, index: number) => T {
  if (everyForm) {
    const slot = everyFormSlots++;
    return (doc, index) => {
      const form = doc.forms[index];
      const known = form.facts[slot];
      if (known !== undefined) return known as T;
      const value = compute(doc, index);
      form.facts[slot] = value;
      return value;
    };
  }
  const slot = otherSlots++;
  return (doc, index) => {
    const form = doc.forms[index];
    const known = form.otherFacts;
    for (let i = 0; i < known.length; i += 2) if (known[i] === slot) return known[i + 1] as T;
    const value = compute(doc, index);
    if (value !== undefined) {
      // Read again: computing it may have added other facts. A new array of the exact size (facts
      // are added once per form and fact, and read far more often).
      const facts = form.otherFacts;
      const grown = new Array<unknown>(facts.length + 2);
      for (let i = 0; i < facts.length; i++) grown[i] = facts[i];
      grown[facts.length] = slot;
      grown[facts.length + 1] = value;
      form.otherFacts = grown;
    }
    return value;
  };
}

/**
 * The token's text in lower case, kept per form (from the form's own copy of the text, which keeps
 * no document alive). A text already in lower case is kept itself: the engine's lower case of it is a copy.
 */
export const lowerText = formFact((doc, index) => {
  const text = doc.forms[index].text;
  const lower = text.toLowerCase();
  return lower === text ? text : lower;
}, true);

/** The token's lower-case text as {@link lowerText}, or '' before or after the document's tokens. */
export function lowerAt(doc: Doc, index: number): string {
  return index >= 0 && index < doc.tokens.length ? lowerText(doc, index) : '';
}

// `flags` holds fields of bits, each the value plus one (0: not asked yet); 30 bits in all, so that
// it stays a small integer. Facts that do not fit fall back to fact slots.
const FLAG_BITS = 30;
let flagBitsUsed = 0;

/**
 * A small fact of the word form at a token, as {@link formFact}, an integer in [0, 2^bits), kept in
 * the form's own `flags` rather than its slot array, and read through the document's dense
 * {@link Doc.formFlags} copy: for a fact asked of every token.
 */
export function formBits(bits: number, compute: (doc: Doc, index: number) => number): (doc: Doc, index: number) => number {
  const width = bits + 1;
  if (flagBitsUsed + width > FLAG_BITS) return formFact(compute);
  const shift = flagBitsUsed;
  flagBitsUsed += width;
  const mask = ((1 << width) - 1) << shift;
  return (doc, index) => {
    let field = doc.formFlags[index] & mask;
    if (field === 0) {
      // Not known when the document was made: another token of the form may have learnt it since.
      const form = doc.forms[index];
      field = form.flags & mask;
      if (field === 0) {
        field = (compute(doc, index) + 1) << shift;
        form.flags |= field;
      }
      doc.formFlags[index] |= field;
    }
    return (field >>> shift) - 1;
  };
}

/** A yes/no fact of the word form at a token: a {@link formBits} fact of one bit. */
export function formFlag(compute: (doc: Doc, index: number) => boolean): (doc: Doc, index: number) => boolean {
  const bit = formBits(1, (doc, index) => (compute(doc, index) ? 1 : 0));
  return (doc, index) => bit(doc, index) === 1;
}

/** Each form's `flags`, per token: the {@link Doc.formFlags} of a document of these forms. */
export function formFlagsOf(forms: readonly WordForm[]): Int32Array {
  const flags = new Int32Array(forms.length);
  for (let i = 0; i < forms.length; i++) flags[i] = forms[i].flags;
  return flags;
}
