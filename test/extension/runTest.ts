/**
 * Runs the mocha suite in test/extension/suite inside VS Code through
 * @vscode/test-electron.
 *
 * VS Code comes from, in order:
 *   1. env VSCODE_EXECUTABLE_PATH (a VS Code desktop executable; a path that
 *      does not exist is an error), or
 *   2. a download by @vscode/test-electron (needs the network).
 * When neither works, the same suite runs in code-server (real VS Code served
 * to headless Chromium, installed by scripts/setup-tools.sh; see
 * runInCodeServer.ts), unless RU_NEWS_LENS_EXT_NO_CODE_SERVER=1.
 * When that is not there either it prints "extension tests: SKIPPED (reason)"
 * and exits 0 without claiming any pass.
 * The suite prints "extension: N passed, N failed" when it ran.
 *
 * The suite is bundled with esbuild to out/test/extension/suite/*.js first.
 * The extension under test is the repository itself (dist/extension.js must
 * exist: run "npm run build" first; this script runs it when dist is missing).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { chromiumPath, codeServerPath } from '../ui/harness';
import { runSuiteInCodeServer } from './runInCodeServer';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const OUT = path.join(REPO, 'out', 'test', 'extension', 'suite');
const FIXTURES = path.join(REPO, 'test', 'ui', 'fixtures');
const RESULTS = path.join(REPO, 'test-results', 'extension');
/** The extension under test: the repository, unless RU_NEWS_LENS_EXTENSION_PATH names another folder. */
const EXTENSION_PATH = path.resolve(process.env.RU_NEWS_LENS_EXTENSION_PATH || REPO);
const DOWNLOAD_TIMEOUT_MS = Number(process.env.VSCODE_DOWNLOAD_TIMEOUT_MS ?? 120_000);

function log(msg: string): void {
  console.log(`[extension-tests] ${msg}`);
}

function skip(reason: string): never {
  console.log(`extension tests: SKIPPED (${reason})`);
  process.exit(0);
}

/** Bundles suite/*.ts (one output file per entry) for VS Code's extension host. */
export async function buildSuite(): Promise<string> {
  const suiteDir = path.join(HERE, 'suite');
  const entryPoints = fs
    .readdirSync(suiteDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(suiteDir, f));
  fs.rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    // provided by the extension host / resolved from node_modules at run time
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(OUT, 'index.js');
}

/** A fresh workspace folder holding the Russian sample articles. */
export function makeWorkspace(root: string): string {
  const ws = path.join(root, 'workspace');
  fs.mkdirSync(ws, { recursive: true });
  for (const f of fs.readdirSync(FIXTURES)) {
    if (/\.(news|article|news\.txt)$/.test(f)) fs.copyFileSync(path.join(FIXTURES, f), path.join(ws, f));
  }
  return ws;
}

/** Makes sure dist/extension.js exists (runs "npm run build" if it does not). */
export function ensureExtensionBuilt(): void {
  if (EXTENSION_PATH !== REPO) return;
  const main = path.join(REPO, 'dist', 'extension.js');
  if (fs.existsSync(main)) return;
  log('dist/extension.js missing: running "npm run build"');
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(main)) {
    throw new Error('"npm run build" did not produce dist/extension.js');
  }
}

async function resolveVSCode(): Promise<{ exe?: string; reason?: string }> {
  const fromEnv = process.env.VSCODE_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) {
      console.log(`extension tests: FAILED (VSCODE_EXECUTABLE_PATH=${fromEnv} does not exist)`);
      process.exit(1);
    }
    return { exe: fromEnv };
  }
  if (process.env.RU_NEWS_LENS_NO_DOWNLOAD === '1') {
    return { reason: 'VSCODE_EXECUTABLE_PATH not set and downloads disabled by RU_NEWS_LENS_NO_DOWNLOAD=1' };
  }
  log('VSCODE_EXECUTABLE_PATH not set: trying to download VS Code');
  let timer: NodeJS.Timeout | undefined;
  try {
    const exe = await Promise.race([
      downloadAndUnzipVSCode({ cachePath: path.join(REPO, '.vscode-test') }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${DOWNLOAD_TIMEOUT_MS} ms`)), DOWNLOAD_TIMEOUT_MS);
      }),
    ]);
    return { exe };
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).split('\n')[0];
    return { reason: `VSCODE_EXECUTABLE_PATH not set and VS Code could not be downloaded: ${msg}` };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

async function main(): Promise<void> {
  const { exe, reason } = await resolveVSCode();
  let codeServer: string | undefined;
  let chromium: string | undefined;
  if (!exe) {
    codeServer = process.env.RU_NEWS_LENS_EXT_NO_CODE_SERVER === '1' ? undefined : codeServerPath();
    chromium = chromiumPath();
    if (!codeServer || !chromium) {
      skip(
        `${reason ?? 'no VS Code'}; no code-server${chromium ? '' : ' / chromium'} to run in instead ` +
          '(bash scripts/setup-tools.sh installs them)',
      );
    }
    log(`${reason}: running the suite in code-server instead (${codeServer})`);
  }

  const extensionTestsPath = await buildSuite();
  ensureExtensionBuilt();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-news-lens-ext-'));
  const workspace = makeWorkspace(tmp);
  log(`extension: ${EXTENSION_PATH}`);
  log(`suite: ${path.relative(REPO, extensionTestsPath)}; workspace: ${workspace}`);
  try {
    if (!exe) {
      fs.rmSync(RESULTS, { recursive: true, force: true });
      process.exitCode = await runSuiteInCodeServer({
        codeServer: codeServer!,
        chromium: chromium!,
        extensionDevelopmentPath: EXTENSION_PATH,
        extensionTestsPath,
        workspace,
        tmp,
        resultsDir: RESULTS,
      });
      return;
    }
    log(`VS Code: ${exe}`);
    const launchArgs = [
      workspace,
      '--disable-extensions', // other extensions only; the one under development stays on
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      path.join(tmp, 'user-data'),
      '--extensions-dir',
      path.join(tmp, 'extensions'),
    ];
    if (process.getuid?.() === 0) launchArgs.push('--no-sandbox');
    const code = await runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: EXTENSION_PATH,
      extensionTestsPath,
      launchArgs,
    });
    if (code !== 0) console.log(`extension tests: FAILED (VS Code exited with ${code})`);
    process.exitCode = code;
  } catch (e) {
    console.log(`extension tests: FAILED (${String((e as Error)?.message ?? e)})`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (e) => {
      console.log(`extension tests: FAILED (${String((e as Error)?.message ?? e)})`);
      process.exit(1);
    },
  );
}
