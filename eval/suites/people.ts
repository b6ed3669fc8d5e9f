/**
 * The people suite: PERSON spans of NEREL dev (exact and per token), Person objects of
 * factRuEval dev (per token as naeval scores them, exact, and nominative forms), the seed
 * article's people against its gold, and throughput once the dictionaries are loaded.
 * PEOPLE_VERBOSE=1 prints every factRu mention whose nominative differs from gold's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { EvalContext } from '../context';
import { parseBratPersons, parseFactRuPersons, type GoldPerson } from '../scoring/corpusFormats';
import { compareSeedPeople, emptyTally, tallyDocument, type PeopleTally, type SeedPerson } from '../scoring/peopleScores';
import { scoresOf } from '../scoring/spanScores';

export const name = 'people';

interface GoldDocument {
  file: string;
  gold: GoldPerson[];
}

export async function run(context: EvalContext): Promise<void> {
  const nerel = path.join(context.corpus, 'nerel', 'dev');
  const nerelDocuments = listFiles(nerel, '.txt').map((file) => ({
    file, gold: parseBratPersons(readIfExists(file.replace(/\.txt$/, '.ann'))),
  }));
  const nerelTally = await tallyCorpus(context, nerelDocuments);
  reportTally(context, 'NEREL dev PERSON', nerelTally);

  const factRu = path.join(context.corpus, 'factru-dev');
  const factRuDocuments = listFiles(factRu, '.txt').map((file) => {
    const base = file.replace(/\.txt$/, '');
    return { file, gold: parseFactRuPersons(readIfExists(`${base}.spans`), readIfExists(`${base}.objects`), readIfExists(`${base}.coref`)) };
  });
  const factRuTally = await tallyCorpus(context, factRuDocuments, process.env.PEOPLE_VERBOSE ? [] : undefined);
  for (const miss of factRuTally.normalizedMisses ?? []) console.log(`  nominative: ${miss}`);
  reportTally(context, 'factRu dev PER', factRuTally);
  if (factRuTally.normalizedTotal > 0) {
    context.report(name, 'factRu dev mention nominative accuracy', factRuTally.normalizedCorrect / factRuTally.normalizedTotal);
  }
  const links = scoresOf(factRuTally.links);
  context.report(name, 'factRu dev linking pairwise P', links.precision);
  context.report(name, 'factRu dev linking pairwise R', links.recall);
  context.report(name, 'factRu dev linking pairwise F1', links.f1);

  await reportSeed(context);
  await reportThroughput(context, [...nerelDocuments, ...factRuDocuments].map((document) => document.file));
}

async function tallyCorpus(context: EvalContext, documents: readonly GoldDocument[], normalizedMisses?: string[]): Promise<PeopleTally> {
  const tally: PeopleTally = { ...emptyTally(), normalizedMisses };
  const { results } = await context.analyzeFiles(documents.map((document) => document.file));
  documents.forEach((document, index) => tallyDocument(tally, fs.readFileSync(document.file, 'utf8'), document.gold, results[index].people));
  return tally;
}

function reportTally(context: EvalContext, corpus: string, tally: PeopleTally): void {
  const exact = scoresOf(tally.exact);
  const tokens = scoresOf(tally.tokens);
  context.report(name, `${corpus} exact P`, exact.precision);
  context.report(name, `${corpus} exact R`, exact.recall);
  context.report(name, `${corpus} exact F1`, exact.f1);
  context.report(name, `${corpus} per-token P`, tokens.precision);
  context.report(name, `${corpus} per-token R`, tokens.recall);
  context.report(name, `${corpus} per-token F1`, tokens.f1);
}

async function reportSeed(context: EvalContext): Promise<void> {
  const text = path.join(context.corpus, 'seed', 'kremlin-talks.txt');
  const gold = JSON.parse(fs.readFileSync(path.join(context.corpus, 'seed', 'kremlin-talks.gold.json'), 'utf8')) as { people: SeedPerson[]; notPeople: string[] };
  const { results } = await context.analyzeFiles([text]);
  const problems = compareSeedPeople(gold.people, gold.notPeople, results[0].people);
  for (const problem of problems) console.log(`  seed: ${problem}`);
  context.report(name, 'seed people exactly as gold', problems.length === 0 ? 'yes' : `no (${problems.length} differences)`);
}

/**
 * Throughput two ways. Through the CLI, with the dictionary load taken out: (N − 1) / (time for
 * N − time for 1); every word form is new to it, so this is the cold figure. In this process, the
 * core over the same texts a second time: dictionaries loaded and word forms cached, as in an
 * editor or a long batch.
 */
async function reportThroughput(context: EvalContext, files: readonly string[]): Promise<void> {
  const one = await context.analyzeFiles(files.slice(0, 1));
  const all = await context.analyzeFiles(files);
  const seconds = Math.max(all.seconds - one.seconds, 1e-6);
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  context.report(name, 'CLI documents per second (cold word forms)', Math.round((files.length - 1) / seconds));
  const morphology = await loadMorphology();
  for (const text of texts) analyze(text, morphology);
  const started = process.hrtime.bigint();
  for (const text of texts) analyze(text, morphology);
  const warm = Number(process.hrtime.bigint() - started) / 1e9;
  context.report(name, 'core documents per second (warm)', Math.round(texts.length / Math.max(warm, 1e-6)));
  context.report(name, 'average document size, characters', Math.round(characters / texts.length));
}

function listFiles(folder: string, extension: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).filter((file) => file.endsWith(extension)).sort().map((file) => path.join(folder, file));
}

function readIfExists(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}
