/**
 * The editor's path to {@link analyze}: the same result, re-using the line-local work of the
 * previous version of the document. Tokens, sentences and morphological readings never cross a
 * line break (a token holds no whitespace; a sentence ends at a line break), so each line keeps
 * its own, cached by the line's text and moved to where the line now stands. So does one index
 * the names stage reads over the whole document, how each word stem is written (in lower case,
 * capitalised inside a sentence), kept as counts that only the lines which came and went change.
 * The stages that read the whole document (names, people, roles, quotes, checks) run again on
 * every version.
 */
import { analyzeDoc, sentenceIndexes } from '../analyze';
import { detached } from '../detached';
import { formFlagsOf, tokenizeForms, type Doc, type WordForm } from '../doc';
import { CAPITALISED_INSIDE, LOWER_CASE, stemWritings } from '../names/actingPerson';
import type { Morphology, WordParse } from '../morphology/morphology';
import { splitSentences, type Sentence } from '../sentences/splitSentences';
import { tokenize, type Token } from '../tokens/tokenize';
import type { Analysis } from '../types';

/** One line's share of the document, positioned for the version that last used it. */
interface LineWork {
  /** The line's text, copied so that it does not keep the whole version's text alive. */
  line: string;
  tokens: Token[];
  sentences: Sentence[];
  parses: (readonly WordParse[])[];
  forms: WordForm[];
  /** Where the line starts in that version's text, and the index of its first token there. */
  start: number;
  tokenStart: number;
  /** The line's words by stem and how each is written (see `stemWritings`), filled when the line is first placed. */
  stems?: string[];
  ways?: number[];
}

export class IncrementalAnalyzer {
  /** The lines of the last version analysed, by text; a text may stand on several lines. */
  private lines = new Map<string, LineWork[]>();
  /** Over the lines of the last version: per stem, how many words are written in lower case, and how many capitalised inside a sentence. */
  private readonly lowerCase = new Map<string, number>();
  private readonly capitalisedInside = new Map<string, number>();

  constructor(private readonly morphology: Morphology) {}

  /** Equals `analyze(text, morphology)`. */
  analyze(text: string): Analysis {
    return analyzeDoc(this.prepare(text));
  }

  /** Equals `prepareDoc(text, morphology)`, re-using the lines the last version had. */
  prepare(text: string): Doc {
    const previous = this.lines;
    const next = new Map<string, LineWork[]>();
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    const parses: (readonly WordParse[])[] = [];
    const forms: WordForm[] = [];
    const placed: LineWork[] = [];
    for (let start = 0; start < text.length;) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline + 1;
      const line = text.slice(start, end);
      let work = previous.get(line)?.pop();
      if (work === undefined) placed.push(work = this.work(line));
      move(work, start, tokens.length);
      if (work.tokens.length > 0) {
        joinFirstToken(text, tokens[tokens.length - 1], work.tokens[0]);
        for (const token of work.tokens) tokens.push(token);
        for (const sentence of work.sentences) sentences.push(sentence);
        for (const readings of work.parses) parses.push(readings);
        for (const form of work.forms) forms.push(form);
      }
      const same = next.get(work.line);
      if (same) same.push(work);
      else next.set(work.line, [work]);
      start = end;
    }
    this.lines = next;
    const doc: Doc = { text, tokens, sentences, sentenceOfToken: sentenceIndexes(tokens.length, sentences), parses, forms, formFlags: formFlagsOf(forms), morphology: this.morphology };
    for (const gone of previous.values()) for (const work of gone) this.count(work, -1);
    for (const work of placed) {
      const stems: string[] = [];
      const ways: number[] = [];
      stemWritings(doc, work.tokenStart, work.tokenStart + work.tokens.length, (stem, way) => {
        stems.push(stem);
        ways.push(way);
      });
      work.stems = stems;
      work.ways = ways;
      this.count(work, 1);
    }
    // Read while this version is the analyzer's last: the counts move with the next one.
    doc.writtenStems = (stem) => ((this.lowerCase.get(stem) ?? 0) > 0 ? LOWER_CASE : 0) | ((this.capitalisedInside.get(stem) ?? 0) > 0 ? CAPITALISED_INSIDE : 0);
    return doc;
  }

  /** Adds the line's words to the stem counts (`by` 1), or takes them away (-1). */
  private count(work: LineWork, by: 1 | -1): void {
    const { stems, ways } = work;
    if (stems === undefined || ways === undefined) return;
    for (let i = 0; i < stems.length; i++) {
      if (ways[i] & LOWER_CASE) add(this.lowerCase, stems[i], by);
      if (ways[i] & CAPITALISED_INSIDE) add(this.capitalisedInside, stems[i], by);
    }
  }

  private work(line: string): LineWork {
    const copy = detached(line);
    const { tokens, forms, parses } = tokenizeForms(copy, this.morphology);
    return { line: copy, tokens, sentences: splitSentences(tokens), parses, forms, start: 0, tokenStart: 0 };
  }
}

function add(counts: Map<string, number>, stem: string, by: number): void {
  const count = (counts.get(stem) ?? 0) + by;
  if (count === 0) counts.delete(stem);
  else counts.set(stem, count);
}

/** Shifts the line's offsets and token indexes, in place, to where it stands now. */
function move(work: LineWork, start: number, tokenStart: number): void {
  const shift = start - work.start;
  const tokenShift = tokenStart - work.tokenStart;
  if (shift !== 0) {
    for (const token of work.tokens) {
      token.start += shift;
      token.end += shift;
    }
  }
  if (shift !== 0 || tokenShift !== 0) {
    for (const sentence of work.sentences) {
      sentence.start += shift;
      sentence.end += shift;
      sentence.tokenStart += tokenShift;
      sentence.tokenEnd += tokenShift;
    }
  }
  work.start = start;
  work.tokenStart = tokenStart;
}

/**
 * A line's first token was tokenized as if it opened the text; what stands before it (the last
 * token of an earlier line, and the whitespace between) decides its space and line-break flags.
 * Tokenizing just that stretch gives them as the whole text would.
 */
function joinFirstToken(text: string, before: Token | undefined, first: Token): void {
  const stretch = tokenize(text.slice(before?.start ?? 0, first.end));
  const joined = stretch[stretch.length - 1];
  first.spaceBefore = joined.spaceBefore;
  first.lineBreakBefore = joined.lineBreakBefore;
  first.paragraphBefore = joined.paragraphBefore;
}

