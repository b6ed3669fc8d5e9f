/**
 * Runs the extension test suite (the same mocha files that @vscode/test-electron
 * runs in VS Code desktop) in code-server, i.e. real VS Code served to headless
 * Chromium: the suite runs in code-server's extension host with the extension
 * loaded in development mode from its folder.
 *
 * VS Code's built workbench honours the extensionDevelopmentPath /
 * extensionTestsPath payload only with --enable-smoke-test-driver (passed
 * through with code-server's --vscode-option); it reports the end of the run
 * by calling window.codeAutomationExit(code), and its log lines through
 * window.codeAutomationLog(type, args), both of which we expose to the page.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, startCodeServer, writeUserSettings, type CodeServer } from '../ui/harness';

const START_MARKER = 'ru-news-lens extension suite: start';
const COUNT_LINE = /^extension: \d+ passed, \d+ failed/;

export async function runSuiteInCodeServer(opts: {
  codeServer: string;
  chromium: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  workspace: string;
  tmp: string;
  resultsDir: string;
  timeoutMs?: number;
}): Promise<number> {
  fs.mkdirSync(opts.resultsDir, { recursive: true });
  const userDataDir = path.join(opts.tmp, 'cs-user-data');
  const extensionsDir = path.join(opts.tmp, 'cs-extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir);
  const browserLog: string[] = [];
  let cs: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let printing = false;
  let countLineSeen = false;
  const timeoutMs = opts.timeoutMs ?? 5 * 60_000;
  try {
    cs = await startCodeServer({
      bin: opts.codeServer,
      userDataDir,
      extensionsDir,
      workspace: opts.workspace,
      logFile: path.join(opts.resultsDir, 'code-server.log'),
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    });
    console.log(`[extension-tests] code-server answers on ${cs.url}`);
    context = await launchBrowser(path.join(opts.tmp, 'browser-profile'), opts.chromium);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => browserLog.push(`[console.${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => browserLog.push(`[pageerror] ${e.message}`));

    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = Array.isArray(args) ? format(...(args as [unknown, ...unknown[]])) : String(args);
      browserLog.push(`[${type}] ${text}`);
      // eslint-disable-next-line no-control-regex
      for (const line of text.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
        if (line.includes(START_MARKER)) {
          printing = true;
          continue;
        }
        // mocha's spec reporter indents all it prints; other log lines of the workbench are not ours
        if (printing && (line === '' || /^\s/.test(line) || COUNT_LINE.test(line.trim()))) {
          console.log(line);
          if (COUNT_LINE.test(line.trim())) {
            countLineSeen = true;
            printing = false;
          }
        }
      }
    });

    const remote = (p: string) => `vscode-remote://127.0.0.1:${cs!.port}${p.split(path.sep).join('/')}`;
    const payload = [
      ['extensionDevelopmentPath', remote(opts.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(opts.extensionTestsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = `${cs.url}/?folder=${encodeURIComponent(opts.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exited,
      new Promise<number>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the suite did not finish within ${timeoutMs} ms (see test-results/extension/)`)),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    await page.screenshot({ path: path.join(opts.resultsDir, 'code-server-end.png') }).catch(() => undefined);
    if (!countLineSeen) {
      console.log(`extension tests: the suite ended with code ${code} before reporting its results`);
      console.log('extension: 0 passed, 1 failed');
      return code === 0 ? 1 : code;
    }
    return code;
  } catch (e) {
    console.log(`extension tests: FAILED in code-server (${String((e as Error)?.message ?? e)})`);
    if (!countLineSeen) console.log('extension: 0 passed, 1 failed');
    return 1;
  } finally {
    fs.writeFileSync(path.join(opts.resultsDir, 'browser-console.log'), browserLog.join('\n'));
    if (context) await Promise.race([context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
    if (cs) await cs.stop();
  }
}
