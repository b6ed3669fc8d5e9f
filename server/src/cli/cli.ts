/**
 * `ru-news-lens analyze [--jsonl | --pretty] PATH...` — the same analysis as the language
 * server, over files and folders. Exit status: 0 all files analysed, 1 some file failed,
 * 2 bad usage.
 */
import { analyze } from '../core/analyze';
import { loadMorphology } from '../core/morphology/azMorphology';
import { toContract } from '../core/serialize';
import { formatPretty } from './pretty';
import { analyzeInWorkers, defaultJobs, type FileOutcome, type WorkerRequest } from './parallel';
import { expandPaths, readArticle } from './readInput';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Morphology } from '../core/morphology/morphology';

const USAGE = `usage: ru-news-lens analyze [--jsonl | --pretty] PATH...
  Finds people, roles and quotations in Russian news articles (files, or folders of .txt/.news/.article/.md).
  --jsonl   one JSON object per file, in input order
  --pretty  a readable report (default)
  --jobs N  analyse on N worker threads (default: one per core; 1 = in this thread)`;

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 16;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'analyze') {
    process.stderr.write(`${command ? `unknown command: ${command}\n` : ''}${USAGE}\n`);
    return 2;
  }
  let format: 'jsonl' | 'pretty' = 'pretty';
  const paths: string[] = [];
  let jobs = defaultJobs();
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i];
    if (argument === '--jobs') {
      jobs = Number(rest[++i]);
      if (!Number.isInteger(jobs) || jobs < 1) {
        process.stderr.write(`--jobs takes a whole number ≥ 1\n${USAGE}\n`);
        return 2;
      }
    } else if (argument === '--jsonl') format = 'jsonl';
    else if (argument === '--pretty') format = 'pretty';
    else if (argument.startsWith('--')) {
      process.stderr.write(`unknown option: ${argument}\n${USAGE}\n`);
      return 2;
    } else paths.push(argument);
  }
  if (paths.length === 0) {
    process.stderr.write(`no input: give at least one file or folder\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  const { files, errors } = expandPaths(paths);
  for (const { path, error } of errors) {
    process.stderr.write(`ru-news-lens: ${path}: ${error}\n`);
    failed = true;
  }
  const outcomes = jobs > 1 && files.length >= PARALLEL_THRESHOLD && __filename.endsWith('.js')
    ? analyzeInWorkers(__filename, files, format, jobs)
    : analyzeHere(files, format);
  for await (const outcome of outcomes) {
    if (outcome.error !== undefined) {
      process.stderr.write(`ru-news-lens: ${files[outcome.index]}: ${outcome.error}\n`);
      failed = true;
    } else {
      await write(outcome.output!);
    }
  }
  return failed ? 1 : 0;
}

async function* analyzeHere(files: readonly string[], format: 'jsonl' | 'pretty'): AsyncGenerator<FileOutcome> {
  const morphology = await loadMorphology();
  for (let index = 0; index < files.length; index++) yield analyzeFile(morphology, { index, file: files[index], format });
}

/** Reads, analyses and formats one file; the unit of work of both the main thread and the workers. */
function analyzeFile(morphology: Morphology, { index, file, format }: WorkerRequest): FileOutcome {
  const input = readArticle(file);
  if ('error' in input) return { index, error: input.error };
  const result = toContract(analyze(input.text, morphology), file);
  return { index, output: format === 'jsonl' ? `${JSON.stringify(result)}\n` : `${formatPretty(result)}\n\n` };
}

function serveAsWorker(): void {
  const port = parentPort!;
  loadMorphology().then((morphology) => {
    port.on('message', (request: WorkerRequest) => {
      let outcome: FileOutcome;
      try {
        outcome = analyzeFile(morphology, request);
      } catch (error) {
        outcome = { index: request.index, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
      }
      port.postMessage(outcome);
    });
  }, (error: unknown) => { throw error; });
}

/** Writes with back-pressure so that piping a large archive keeps memory bounded. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'ru-news-lens-worker') {
  serveAsWorker();
} else if (require.main === module) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`ru-news-lens: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
