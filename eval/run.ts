/**
 * `npm run eval`: scores the CLI's output against ../shared/corpus. Each file in eval/suites/
 * exports `name` and `run(context)`; they run in file-name order, or only those named on the
 * command line (`npm run eval -- people quotes`); `--name value` options are left to the suites.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeWithCli, projectRoot, type EvalContext } from './context';

interface Suite {
  name: string;
  run(context: EvalContext): Promise<void>;
}

async function main(): Promise<number> {
  const corpus = path.resolve(process.env.RU_NEWS_LENS_CORPUS ?? path.join(projectRoot, '..', 'shared', 'corpus'));
  if (!fs.existsSync(corpus)) {
    console.error(`eval: corpus not found at ${corpus} (set RU_NEWS_LENS_CORPUS)`);
    return 2;
  }
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'cli.js'))) {
    console.error('eval: dist/cli.js is missing; run `npm run build` first');
    return 2;
  }
  const args = process.argv.slice(2);
  const wanted = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
  const suiteDir = path.join(__dirname, 'suites');
  const files = fs.readdirSync(suiteDir).filter((file) => file.endsWith('.ts')).sort();
  const summary: string[] = [];
  const context: EvalContext = {
    corpus,
    analyzeFiles: analyzeWithCli,
    report(suite, metric, value) {
      const shown = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : value;
      const line = `${suite.padEnd(10)} ${metric.padEnd(44)} ${shown}`;
      console.log(line);
      summary.push(line);
    },
  };
  for (const file of files) {
    const suite = (await import(path.join(suiteDir, file))) as Suite;
    if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
    console.log(`\n# ${suite.name}`);
    await suite.run(context);
  }
  console.log('\n# summary');
  for (const line of summary) console.log(line);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
