/** `npm run bench`: throughput of the core and latency through the protocol. Figures, not assertions. */
import * as fs from 'node:fs';
import { benchProtocol } from './protocol';
import { benchThroughput } from './throughput';
import { CORPUS, corpusTexts } from './corpusTexts';

async function main(): Promise<void> {
  if (!fs.existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS} (set RU_NEWS_LENS_CORPUS)`);
  const texts = corpusTexts();
  const print = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);
  // `npm run bench -- protocol` (or `throughput`) runs one half alone.
  const only = process.argv[2];
  if (only !== 'protocol') {
    console.log('# throughput (one core, this process)');
    await benchThroughput(texts, print);
  }
  if (only !== 'throughput') {
    console.log(only ? '# protocol (dist/server.js --stdio)' : '\n# protocol (dist/server.js --stdio)');
    await benchProtocol(texts, print);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
