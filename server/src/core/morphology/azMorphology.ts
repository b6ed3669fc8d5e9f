/**
 * The `az` implementation of {@link Morphology}. Loading reads the OpenCorpora dictionaries
 * from disk once; parses are cached per word form because news text repeats its words and a
 * dictionary lookup costs far more than a map hit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detached } from '../detached';
import { WordCache } from '../wordCache';
import type { Morphology, WordParse } from './morphology';

// az ships no types; this is the part of its API we use.
interface AzTag { [grammeme: string]: unknown; POST?: string; toString(): string }
interface AzParse {
  word: string;
  tag: AzTag;
  score: number;
  parser?: string;
  stutterCnt?: number;
  typosCnt?: number;
  normalize(): { word: string };
  inflect(grammemes: string[]): { word: string } | undefined | false;
}
interface AzModule {
  load(url: string, responseType: string, callback: (error: unknown, data: unknown) => void): void;
  Morph: ((word: string, config?: Record<string, unknown>) => AzParse[]) & {
    init(dir: string, callback: (error: unknown) => void): void;
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Az: AzModule = require('az');

/**
 * Parses are cached per word form (`WordCache`): a form's readings with their parts are about
 * 700 bytes. As many as the word forms (`doc.ts`), so that the forms in use keep their parses too.
 */
const CACHE_CAPACITY = 80_000;

/** Where the dictionaries are: beside the bundle (dist/dicts) or in node_modules/az/dicts. */
export function findDictionaries(explicit?: string): string {
  const candidates = [
    explicit,
    process.env.RU_NEWS_LENS_DICTS,
    path.join(__dirname, 'dicts'),
    path.join(__dirname, '..', 'dicts'),
  ];
  for (const candidate of candidates) {
    if (candidate && fs.existsSync(path.join(candidate, 'words.dawg'))) return candidate;
  }
  // Not a literal, so that bundlers leave it alone: the bundle finds dist/dicts above.
  const azManifest = ['az', 'package.json'].join('/');
  return path.join(path.dirname(require.resolve(azManifest)), 'dicts');
}

let loading: Promise<Morphology> | undefined;

/** Loads the dictionaries once per process and returns the shared morphology. */
export function loadMorphology(dictionaries?: string): Promise<Morphology> {
  loading ??= new Promise<Morphology>((resolve, reject) => {
    const dir = findDictionaries(dictionaries);
    const load = Az.load;
    Az.load = withoutRussianTagLabels(load);
    Az.Morph.init(dir, (error) => {
      Az.load = load;
      if (error) reject(new Error(`cannot load morphology dictionaries from ${dir}: ${String(error)}`));
      else {
        rememberTagAnswers();
        resolve(createAzMorphology());
      }
    });
  });
  return loading;
}

/**
 * az builds, beside each of its ~5,000 tags, a twin with Russian labels (`tag.ext`), used only to
 * print. Each tag object carries its grammemes as its own properties, so each twin costs its own
 * hidden classes: 8 MB of heap that nothing here reads. The labels' table is loaded as one label
 * repeated, so all twins share one shape.
 */
function withoutRussianTagLabels(load: AzModule['load']): AzModule['load'] {
  return (url, responseType, callback) =>
    load(url, responseType, (error, data) => {
      const labels = !error && url.endsWith('gramtab-opencorpora-ext.json') && Array.isArray(data);
      callback(error, labels ? data.map(() => 'НЕИЗВ') : data);
    });
}

/**
 * az asks each candidate reading's tag, while it looks a word up, whether it is productive and
 * whether it is a name's (`isProductive`, `isCapitalized`), and prints the tag (`toString`) to
 * find its frequency: a dozen reads of grammeme properties, each a tag of its own shape, so slow
 * reads, for one of some 5,000 tags that never change (az freezes them). Each answer is kept per
 * tag, asked once.
 */
function rememberTagAnswers(): void {
  const tag = Az.Morph('мама')[0]?.tag;
  const prototype = tag ? (Object.getPrototypeOf(tag) as Record<string, unknown>) : undefined;
  if (!tag || !Object.isFrozen(tag) || !prototype) return;
  for (const method of ['isProductive', 'isCapitalized', 'toString']) {
    const original = prototype[method];
    if (typeof original !== 'function') continue;
    const answers = new WeakMap<object, unknown>();
    prototype[method] = function remembered(this: object) {
      let answer = answers.get(this);
      if (answer === undefined && !answers.has(this)) {
        answer = original.call(this);
        // Only a frozen tag keeps its answer: one az built and might change is asked each time.
        if (Object.isFrozen(this)) answers.set(this, answer);
      }
      return answer;
    };
  }
}

function createAzMorphology(): Morphology {
  const cache = new WordCache<readonly WordParse[]>(CACHE_CAPACITY);
  return {
    parse(word: string): readonly WordParse[] {
      let parses = cache.get(word);
      if (parses === undefined) {
        parses = parseWithAz(word);
        cache.set(detached(word), parses);
      }
      return parses;
    },
  };
}

function parseWithAz(word: string): readonly WordParse[] {
  if (word.length === 0 || word.length > 64) return [];
  let raw: AzParse[];
  try {
    raw = Az.Morph(word);
  } catch {
    return [];
  }
  const form = detached(word);
  const lemmas = raw.map((parse) => lemmaOf(parse, word));
  // The readings of one form mostly share a lemma: keep one copy of its text.
  for (let index = 1; index < lemmas.length; index++) {
    const same = lemmas.indexOf(lemmas[index]);
    if (same < index) lemmas[index] = lemmas[same];
  }
  return raw.map((parse, index) => toWordParse(parse, form, index, lemmas[index]));
}

// az deep-freezes its tags and shares one per paradigm form, so readings with the same tag can
// share one grammeme set: the cache holds hundreds of thousands of readings, a Set each before.
// The part of speech is kept with it: read off the tag, each of its own shape, it was a slow read
// for every reading of every new form.
const tagReadings = new WeakMap<AzTag, { pos: string | undefined; grammemes: ReadonlySet<string> }>();

function readingOfTag(tag: AzTag): { pos: string | undefined; grammemes: ReadonlySet<string> } {
  let reading = tagReadings.get(tag);
  if (reading === undefined) {
    const pos = typeof tag.POST === 'string' ? tag.POST : undefined;
    const set = new Set<string>();
    for (const key of Object.keys(tag)) {
      if (key !== 'POST' && key !== 'ext' && tag[key] === true) set.add(key);
    }
    if (pos) set.add(pos);
    reading = { pos, grammemes: set };
    tagReadings.set(tag, reading);
  }
  return reading;
}

/**
 * One az reading. A class, not an object literal with an `inflect` closure: the cache holds
 * hundreds of thousands of readings, and a closure per reading is one more object each. It keeps
 * the form and the reading's place among az's readings rather than az's parse object (about
 * 110 bytes more per reading, and the strings it holds): inflecting is rare (a few calls per
 * article), so the parse is made again then, and each inflection is remembered.
 */
class AzReading implements WordParse {
  private inflections: Map<string, string | undefined> | undefined;

  constructor(
    readonly lemma: string,
    readonly pos: string | undefined,
    readonly grammemes: ReadonlySet<string>,
    readonly score: number,
    readonly known: boolean,
    private readonly form: string,
    private readonly index: number,
  ) {}

  inflect(wanted: readonly string[]): string | undefined {
    const key = wanted.join(' ');
    if (this.inflections?.has(key)) return this.inflections.get(key);
    let word: string | undefined;
    try {
      // az is deterministic: the form parsed again gives this reading at the same place.
      const inflected = Az.Morph(this.form)[this.index]?.inflect([...wanted]);
      word = inflected ? inflected.word.toLowerCase() : undefined;
    } catch {
      word = undefined;
    }
    (this.inflections ??= new Map()).set(key, word);
    return word;
  }
}

// Some az readings (hyphenated guesses) come without `word`; the input form stands in for it.
function lemmaOf(parse: AzParse, word: string): string {
  try {
    return parse.normalize().word.toLowerCase();
  } catch {
    return (parse.word ?? word).toLowerCase();
  }
}

function toWordParse(parse: AzParse, form: string, index: number, lemma: string): WordParse {
  const { pos, grammemes } = readingOfTag(parse.tag);
  // az also reads "Олесси" as the dictionary's "олеси" (a doubled letter taken for a stutter): not this form.
  const known = parse.parser === 'Dictionary' && !parse.stutterCnt && !parse.typosCnt;
  return new AzReading(lemma, pos, grammemes, parse.score, known, form, index);
}
