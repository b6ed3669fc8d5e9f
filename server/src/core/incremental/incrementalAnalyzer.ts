/**
 * The editor's path to {@link analyze}: the same result, re-using the line-local work of the
 * previous version of the document. Tokens, sentences and morphological readings never cross a
 * line break (a token holds no whitespace; a sentence ends at a line break), so each line's
 * share is a stretch of the version's arrays: the lines before the first changed character stay,
 * those after the last move by the change in length, and the lines between are looked up by
 * their text among the old lines between, else tokenized afresh; the arrays change in place,
 * only the stretch between replaced. The analyzer also keeps one index the names stage reads
 * over the whole document, how each word stem is written (in lower case, capitalised inside a
 * sentence), as counts that only the lines which came and went change.
 * The lines go to the stages with the document (`Doc.lines`), and keep what a stage works out
 * from one line alone (the names each line makes, its role phrases) for the next version; the rest of the stages,
 * which read the whole document, run again on every version.
 */
import { analyzeDoc, sentenceIndexes } from '../analyze';
import { detached } from '../detached';
import { docScratch, formFlagsOf, tokenizeForms, type Doc, type DocLine, type WordForm } from '../doc';
import { CAPITALISED_INSIDE, LOWER_CASE, stemWritings } from '../names/actingPerson';
import type { Morphology, WordParse } from '../morphology/morphology';
import { splitSentences, type Sentence } from '../sentences/splitSentences';
import { sharedPrefix, sharedSuffix } from './sharedEnds';
import { tokenize, type Token } from '../tokens/tokenize';
import type { Analysis } from '../types';

/**
 * One line's share of the document, positioned for the version that last used it. Its tokens,
 * sentences, readings and forms are the stretch of that version's arrays from `tokenStart` and
 * `sentenceStart` on (`tokenCount` and `sentenceCount` long): the line keeps no arrays of its own.
 */
interface LineWork extends DocLine {
  /** The line's text, copied so that it does not keep the whole version's text alive. */
  line: string;
  tokenCount: number;
  sentenceCount: number;
  /** Where the line starts in that version's text, and the index of its first token and sentence there. */
  start: number;
  tokenStart: number;
  sentenceStart: number;
  /** The line's words by stem and how each is written (see `stemWritings`), filled when the line is first placed. */
  stems?: string[];
  ways?: number[];
}

/** The last version analysed: its text, its lines in order and the arrays assembled from them. */
interface Version {
  text: string;
  works: LineWork[];
  tokens: Token[];
  sentences: Sentence[];
  parses: (readonly WordParse[])[];
  forms: WordForm[];
}

export class IncrementalAnalyzer {
  private last: Version | undefined;
  /** Over the lines of the last version: per stem, how many words are written in lower case, and how many capitalised inside a sentence. */
  private readonly lowerCase = new Map<string, number>();
  private readonly capitalisedInside = new Map<string, number>();

  constructor(private readonly morphology: Morphology) {}

  /** Equals `analyze(text, morphology)`. */
  analyze(text: string): Analysis {
    return analyzeDoc(this.prepare(text));
  }

  /**
   * Equals `prepareDoc(text, morphology)`, re-using the lines the last version had. The lines
   * before the first changed character stay where they were, with their tokens and sentences;
   * the lines after the last changed one move by the change in length; only the lines between
   * are cut out and looked up by their text among the old lines between (a line moved, or
   * pasted again, keeps its work), else tokenized afresh.
   */
  prepare(text: string): Doc {
    const last = this.last ?? { text: '', works: [], tokens: [], sentences: [], parses: [], forms: [] };
    const old = last.text;
    const works = last.works;
    const prefix = sharedPrefix(old, text);
    const suffix = sharedSuffix(old, text, prefix);
    const delta = text.length - old.length;

    // Old lines [0, kept) lie whole, line break included, before the first change; old lines
    // [resumed, works.length) lie whole after the last one and still start a line.
    let kept = 0;
    while (kept < works.length && works[kept].start + works[kept].line.length <= prefix && works[kept].line.endsWith('\n')) kept++;
    let resumed = works.length;
    while (resumed > kept) {
      const start = works[resumed - 1].start;
      if (start < old.length - suffix) break;
      const now = start + delta;
      if (now !== 0 && text.charCodeAt(now - 1) !== 10) break;
      resumed--;
    }

    const keptTokens = kept < works.length ? works[kept].tokenStart : last.tokens.length;
    const keptSentences = kept < works.length ? works[kept].sentenceStart : last.sentences.length;
    const lines = works.slice(0, kept);

    // The old lines between, by text, for the new lines between to take.
    const between = new Map<string, LineWork[]>();
    for (let i = kept; i < resumed; i++) {
      const same = between.get(works[i].line);
      if (same) same.push(works[i]);
      else between.set(works[i].line, [works[i]]);
    }
    const placed: LineWork[] = [];
    let midTokens: Token[] = [];
    let midSentences: Sentence[] = [];
    let midParses: (readonly WordParse[])[] = [];
    let midForms: WordForm[] = [];
    const middleEnd = resumed < works.length ? works[resumed].start + delta : text.length;
    let before = keptTokens > 0 ? last.tokens[keptTokens - 1] : undefined;
    const middleStart = kept > 0 ? works[kept - 1].start + works[kept - 1].line.length : 0;
    // No old line to look up (a first version, a text pasted over): the stretch tokenized at once.
    if (between.size === 0 && middleStart < middleEnd) {
      const fresh = this.freshStretch(text, middleStart, middleEnd, keptTokens, keptSentences);
      if (fresh.tokens.length > 0) joinFirstToken(text, before, fresh.tokens[0]);
      for (const work of fresh.works) {
        placed.push(work);
        lines.push(work);
      }
      ({ tokens: midTokens, sentences: midSentences, parses: midParses, forms: midForms } = fresh);
      if (fresh.tokens.length > 0) before = fresh.tokens[fresh.tokens.length - 1];
    }
    for (let start = between.size === 0 ? middleEnd : middleStart; start < middleEnd;) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 || newline >= middleEnd ? middleEnd : newline + 1;
      const line = text.slice(start, end);
      let work = between.get(line)?.pop();
      // An old line's stretch of the old arrays, else the line tokenized afresh.
      let fresh: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'parses' | 'forms'> | undefined;
      if (work === undefined) {
        fresh = this.lineDoc(line);
        work = { line: fresh.text, tokenCount: fresh.tokens.length, sentenceCount: fresh.sentences.length, start: 0, tokenStart: 0, sentenceStart: 0, stems: undefined, ways: undefined, memo: undefined };
        placed.push(work);
      }
      const lineTokens = fresh?.tokens ?? last.tokens.slice(work.tokenStart, work.tokenStart + work.tokenCount);
      const lineSentences = fresh?.sentences ?? last.sentences.slice(work.sentenceStart, work.sentenceStart + work.sentenceCount);
      const lineParses = fresh?.parses ?? last.parses.slice(work.tokenStart, work.tokenStart + work.tokenCount);
      const lineForms = fresh?.forms ?? last.forms.slice(work.tokenStart, work.tokenStart + work.tokenCount);
      move(work, lineTokens, lineSentences, start, keptTokens + midTokens.length, keptSentences + midSentences.length);
      if (lineTokens.length > 0) {
        joinFirstToken(text, before, lineTokens[0]);
        before = lineTokens[lineTokens.length - 1];
        for (const token of lineTokens) midTokens.push(token);
        for (const sentence of lineSentences) midSentences.push(sentence);
        for (const readings of lineParses) midParses.push(readings);
        for (const form of lineForms) midForms.push(form);
      }
      lines.push(work);
      start = end;
    }
    // The lines after the change keep their stretch of the old arrays, moved by the change.
    const resumedTokens = resumed < works.length ? works[resumed].tokenStart : last.tokens.length;
    const resumedSentences = resumed < works.length ? works[resumed].sentenceStart : last.sentences.length;
    const tokenShift = keptTokens + midTokens.length - resumedTokens;
    const sentenceShift = keptSentences + midSentences.length - resumedSentences;
    let joined = false;
    for (let i = resumed; i < works.length; i++) {
      const work = works[i];
      const first = last.tokens[work.tokenStart];
      moveStretch(work, last.tokens, last.sentences, work.start + delta, work.tokenStart + tokenShift, work.sentenceStart + sentenceShift);
      // A moved line's first token keeps its flags when the token before it moved with it.
      if (!joined && work.tokenCount > 0) {
        joinFirstToken(text, before, first);
        joined = true;
      }
      lines.push(work);
    }
    // The version's arrays change in place (every read of the old ones is done): a new copy of
    // each per edit was most of what an edit left for the garbage collector to move and promote.
    const tokens = replaceRange(last.tokens, keptTokens, resumedTokens, midTokens);
    const sentences = replaceRange(last.sentences, keptSentences, resumedSentences, midSentences);
    const parses = replaceRange(last.parses, keptTokens, resumedTokens, midParses);
    const forms = replaceRange(last.forms, keptTokens, resumedTokens, midForms);

    this.last = { text, works: lines, tokens, sentences, parses, forms };
    const doc: Doc = { text, tokens, sentences, sentenceOfToken: sentenceIndexes(tokens.length, sentences), parses, forms, formFlags: formFlagsOf(forms), morphology: this.morphology, scratch: docScratch() };
    for (const gone of between.values()) for (const work of gone) this.count(work, -1);
    for (const work of placed) {
      const stems: string[] = [];
      const ways: number[] = [];
      stemWritings(doc, work.tokenStart, work.tokenStart + work.tokenCount, (stem, way) => {
        stems.push(stem);
        ways.push(way);
      });
      work.stems = stems;
      work.ways = ways;
      this.count(work, 1);
    }
    // Read while this version is the analyzer's last: the counts move with the next one.
    doc.writtenStems = (stem, way) => ((way & LOWER_CASE) !== 0 && this.lowerCase.has(stem)) || ((way & CAPITALISED_INSIDE) !== 0 && this.capitalisedInside.has(stem));
    doc.lines = lines;
    return doc;
  }

  /** Adds the line's words to the stem counts (`by` 1), or takes them away (-1). */
  private count(work: LineWork, by: 1 | -1): void {
    const { stems, ways } = work;
    if (stems === undefined || ways === undefined) return;
    for (let i = 0; i < stems.length; i++) {
      if (ways[i] & LOWER_CASE) addCount(this.lowerCase, stems[i], by);
      if (ways[i] & CAPITALISED_INSIDE) addCount(this.capitalisedInside, stems[i], by);
    }
  }

  /**
   * The lines of text[from, to) (which starts a line), tokenized afresh in one pass, with tokens
   * and sentences placed in the text and from the token and sentence indexes given: the same
   * tokens and sentences as line by line (none crosses a line break), the first token's spacing
   * left to the caller.
   */
  private freshStretch(text: string, from: number, to: number, tokenBase: number, sentenceBase: number): Pick<Version, 'works' | 'tokens' | 'sentences' | 'parses' | 'forms'> {
    const { tokens, forms, parses } = tokenizeForms(text.slice(from, to), this.morphology, false);
    const sentences = splitSentences(tokens);
    shift(tokens, 0, tokens.length, sentences, 0, sentences.length, from, tokenBase);
    const works: LineWork[] = [];
    let token = 0;
    let sentence = 0;
    for (let start = from; start < to;) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 || newline >= to ? to : newline + 1;
      const tokenStart = token;
      const sentenceStart = sentence;
      while (token < tokens.length && tokens[token].start < end) token++;
      while (sentence < sentences.length && sentences[sentence].tokenStart < tokenBase + token) sentence++;
      works.push({ line: detached(text.slice(start, end)), tokenCount: token - tokenStart, sentenceCount: sentence - sentenceStart, start, tokenStart: tokenBase + tokenStart, sentenceStart: sentenceBase + sentenceStart, stems: undefined, ways: undefined, memo: undefined });
      start = end;
    }
    return { works, tokens, sentences, parses, forms };
  }

  /** A line tokenized afresh, on a copy of its text. */
  private lineDoc(line: string): Pick<Doc, 'text' | 'tokens' | 'sentences' | 'parses' | 'forms'> {
    const copy = detached(line);
    const { tokens, forms, parses } = tokenizeForms(copy, this.morphology, false);
    return { text: copy, tokens, sentences: splitSentences(tokens), parses, forms };
  }
}

const LONG_INSERT = 4096;

/**
 * Replaces the items in [start, end) of `items`, in place, with `middle` (which it may take as
 * its own); returns the array, `items` unless everything was replaced or many items came. The
 * array stays packed (changed by `splice`, which leaves no holes), so that reads of it stay fast.
 */
function replaceRange<T>(items: T[], start: number, end: number, middle: T[]): T[] {
  // All of it replaced (a first version, a text pasted over): the new items are the array.
  if (start === 0 && end === items.length) return middle;
  // Many new items (a long paste, a long stretch retyped): copied once, as spread arguments
  // to `splice` they would be too many.
  if (middle.length > LONG_INSERT) return items.slice(0, start).concat(middle, items.slice(end));
  // `splice` moves the items after in one block move (V8's fast path for a packed array), where
  // `copyWithin` read and wrote them one by one: 0.6 ms against 3 µs for 16,000 items.
  items.splice(start, end - start, ...middle);
  return items;
}

function addCount(counts: Map<string, number>, stem: string, by: number): void {
  const count = (counts.get(stem) ?? 0) + by;
  if (count === 0) counts.delete(stem);
  else counts.set(stem, count);
}

/** Shifts the line's tokens and sentences, in place, to where it stands now, and records where that is. */
function move(work: LineWork, tokens: readonly Token[], sentences: readonly Sentence[], start: number, tokenStart: number, sentenceStart: number): void {
  shift(tokens, 0, tokens.length, sentences, 0, sentences.length, start - work.start, tokenStart - work.tokenStart);
  work.start = start;
  work.tokenStart = tokenStart;
  work.sentenceStart = sentenceStart;
}

/** As {@link move}, for a line whose tokens and sentences are still the stretch of the old arrays its indexes give. */
function moveStretch(work: LineWork, tokens: readonly Token[], sentences: readonly Sentence[], start: number, tokenStart: number, sentenceStart: number): void {
  shift(tokens, work.tokenStart, work.tokenStart + work.tokenCount, sentences, work.sentenceStart, work.sentenceStart + work.sentenceCount, start - work.start, tokenStart - work.tokenStart);
  work.start = start;
  work.tokenStart = tokenStart;
  work.sentenceStart = sentenceStart;
}

function shift(tokens: readonly Token[], tokenFrom: number, tokenTo: number, sentences: readonly Sentence[], sentenceFrom: number, sentenceTo: number, by: number, tokensBy: number): void {
  if (by !== 0) {
    for (let i = tokenFrom; i < tokenTo; i++) {
      tokens[i].start += by;
      tokens[i].end += by;
    }
  }
  if (by !== 0 || tokensBy !== 0) {
    for (let i = sentenceFrom; i < sentenceTo; i++) {
      const sentence = sentences[i];
      sentence.start += by;
      sentence.end += by;
      sentence.tokenStart += tokensBy;
      sentence.tokenEnd += tokensBy;
    }
  }
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

