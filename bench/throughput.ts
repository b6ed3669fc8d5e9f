/** Batch analysis throughput on one core after start-up, against tokenizing the same text as a baseline. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as source from '../server/src/core';

/**
 * The core as the server and the CLI run it: the bundle `npm run build` makes (dist/core.js), the
 * same esbuild output they hold; the TypeScript sources through tsx only when it is missing.
 */
const BUNDLE = path.resolve(__dirname, '..', 'dist', 'core.js');
const core: typeof source = fs.existsSync(BUNDLE) ? require(BUNDLE) : source;
const { analyze, loadMorphology, tokenize } = core;

export async function benchThroughput(texts: readonly string[], print: (label: string, value: string) => void): Promise<void> {
  print('analysis code', core === source ? 'server/src/core through tsx (dist/core.js not built)' : 'dist/core.js');
  const loadStart = performance.now();
  const morphology = await loadMorphology();
  print('start-up: dictionaries loaded', `${(performance.now() - loadStart).toFixed(0)} ms`);

  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  print('corpus', `${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB, mean ${(bytes / texts.length / 1024).toFixed(1)} KB`);

  const coldStart = performance.now();
  for (const text of texts) analyze(text, morphology);
  const coldSeconds = (performance.now() - coldStart) / 1000;
  print('first pass (word cache filling)', `${(texts.length / coldSeconds).toFixed(0)} articles/s`);
  // The second pass still pays for the first: facts each word form learns once, the compiler's
  // later tiers, the old generation the first pass filled. Timed apart, so the warm figure is the
  // rate a long batch or an editor session settles at.
  const secondStart = performance.now();
  for (const text of texts) analyze(text, morphology);
  const secondSeconds = (performance.now() - secondStart) / 1000;
  print('second pass (settling)', `${(texts.length / secondSeconds).toFixed(0)} articles/s`);

  const rounds = 3;
  const start = performance.now();
  for (let round = 0; round < rounds; round++) for (const text of texts) analyze(text, morphology);
  const seconds = (performance.now() - start) / 1000;
  const articlesPerSecond = (texts.length * rounds) / seconds;
  print('analysis throughput (warm)', `${articlesPerSecond.toFixed(0)} articles/s, ${((bytes * rounds) / seconds / 1e6).toFixed(2)} MB/s`);
  // The target counts news articles of about 2 KB; this corpus's articles are larger, so the same rate in 2 KB of text.
  print('  the same, in articles of 2 KB (UTF-8)', `${((bytes * rounds) / seconds / 2048).toFixed(0)} articles/s`);

  const tokenStart = performance.now();
  for (let round = 0; round < rounds; round++) for (const text of texts) tokenize(text);
  const tokenSeconds = (performance.now() - tokenStart) / 1000;
  print('baseline: tokenize only', `${((texts.length * rounds) / tokenSeconds).toFixed(0)} articles/s`);
  print('analysis time / tokenize time', `${(seconds / tokenSeconds).toFixed(1)}×`);
}
