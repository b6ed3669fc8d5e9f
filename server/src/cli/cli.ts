/**
 * `ru-news-lens analyze [--jsonl | --pretty] PATH...` — the same analysis as the language
 * server, over files and folders. Exit status: 0 all files analysed, 1 some file failed,
 * 2 bad usage.
 */
import { analyze } from '../core/analyze';
import { loadMorphology } from '../core/morphology/azMorphology';
import { toContract } from '../core/serialize';
import { formatPretty } from './pretty';
import { expandPaths, readArticle } from './readInput';

const USAGE = `usage: ru-news-lens analyze [--jsonl | --pretty] PATH...
  Finds people, roles and quotations in Russian news articles (files, or folders of .txt/.news/.article/.md).
  --jsonl   one JSON object per file, in input order
  --pretty  a readable report (default)`;

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
  for (const argument of rest) {
    if (argument === '--jsonl') format = 'jsonl';
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
  const morphology = await loadMorphology();
  let failed = false;
  const { files, errors } = expandPaths(paths);
  for (const { path, error } of errors) {
    process.stderr.write(`ru-news-lens: ${path}: ${error}\n`);
    failed = true;
  }
  for (const file of files) {
    const input = readArticle(file);
    if ('error' in input) {
      process.stderr.write(`ru-news-lens: ${input.path}: ${input.error}\n`);
      failed = true;
      continue;
    }
    const result = toContract(analyze(input.text, morphology), file);
    await write(format === 'jsonl' ? `${JSON.stringify(result)}\n` : `${formatPretty(result)}\n\n`);
  }
  return failed ? 1 : 0;
}

/** Writes with back-pressure so that piping a large archive keeps memory bounded. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

if (require.main === module) {
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
