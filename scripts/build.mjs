// Bundles the extension, the language server, the CLI and the core alone with esbuild, and ships the az
// dictionaries beside them in dist/dicts. `--watch` rebuilds on change; `--minify` for packaging.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const entries = [
  { in: 'client/src/extension.ts', out: 'extension' },
  { in: 'server/src/server.ts', out: 'server' },
  { in: 'server/src/cli/cli.ts', out: 'cli' },
  // The analysis core alone, as the server and the CLI bundle it: what \`npm run bench\` measures.
  { in: 'server/src/core/index.ts', out: 'core' },
].filter((entry) => fs.existsSync(path.join(root, entry.in)));

const options = {
  absWorkingDir: root,
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: !minify,
  minify,
  logLevel: 'warning',
};

function copyDictionaries() {
  const source = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
  const target = path.join(root, 'dist', 'dicts');
  fs.mkdirSync(target, { recursive: true });
  for (const name of fs.readdirSync(source)) fs.copyFileSync(path.join(source, name), path.join(target, name));
}

copyDictionaries();
if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log('watching for changes…');
} else {
  await esbuild.build(options);
  console.log(`built ${entries.map((entry) => `dist/${entry.out}.js`).join(', ')}`);
}
