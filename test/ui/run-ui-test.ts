/**
 * UI test in real VS Code (code-server) driven through headless Chromium.
 *
 * What a person would see, checked step by step:
 *   (a) status bar language mode says "Russian news article"
 *   (b) hover on a surname-only mention ("Ушаков") shows the full name ("Юрий Ушаков")
 *   (c) the document symbols (Ctrl+Shift+O) and the Outline view list the people
 *   (d) the Problems count is >= 1 (the fixture has a quote with no speaker)
 *   (e) the quick fix of a straight-quoted quotation ("…" → « »), chosen from the Ctrl+. menu,
 *       rewrites the editor line and takes one problem off the count
 *
 * Inputs (env):
 *   RU_NEWS_LENS_VSIX         the .vsix to test (default: newest *.vsix in the repo root)
 *   RU_NEWS_LENS_TOOLS        tools folder made by scripts/setup-tools.sh
 *                             (default $HOME/.cache/ru-news-lens-tools)
 *   RU_NEWS_LENS_CODE_SERVER  code-server executable (default $TOOLS/bin/code-server)
 *   CHROMIUM_PATH             browser (default /usr/bin/chromium)
 *   UI_KEEP_TMP=1             keep the temporary folders for debugging
 * Output: screenshots and logs in test-results/ui/, last line "ui: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import {
  CODE_SERVER_ENV,
  chromiumPath,
  codeServerPath,
  launchBrowser,
  sleep,
  startCodeServer,
  waitFor,
  writeUserSettings,
  type CodeServer,
} from './harness';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const RESULTS = path.join(REPO, 'test-results', 'ui');
const FIXTURE = path.join(HERE, 'fixtures', 'peregovory.news');
const LANGUAGE_ALIAS = 'Russian news article';
const HOVER_SURNAME = 'Ушаков';
const HOVER_FULL_NAME = 'Юрий Ушаков';
/** The fixture's quotation with no speaker starts its line with this. */
const UNATTRIBUTED_QUOTE_START = '«Без серьёзных уступок';
/** People in the fixture: full name as written at first mention. */
const PEOPLE = ['Юрий Ушаков', 'Мария Захарова', 'Сергей Лавров', 'Леонид Слуцкий'];
/** The fixture's quotation in straight quotes ("…"), which the straight-quotes check flags. */
const STRAIGHT_QUOTE_TEXT = 'Мы поддержим законопроект';
/** The straight-quotes quick fix title (server/src/i18n.ts FIX_TITLES), English or Russian UI. */
const STRAIGHT_QUOTES_FIX = /Convert to « »|Заменить на « »/;
const TOTAL_TIMEOUT_MS = Number(process.env.UI_TOTAL_TIMEOUT_MS ?? 6 * 60_000);

// ---------------------------------------------------------------------------
// small helpers

function log(msg: string): void {
  const t = new Date().toISOString().slice(11, 19);
  console.log(`[ui ${t}] ${msg}`);
}

function findVsix(): string {
  const fromEnv = process.env.RU_NEWS_LENS_VSIX;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`RU_NEWS_LENS_VSIX=${fromEnv} does not exist`);
    return path.resolve(fromEnv);
  }
  const found = fs
    .readdirSync(REPO)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => path.join(REPO, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (found.length === 0) {
    throw new Error(
      `no .vsix found in ${REPO}: run "npm run package" first, or set RU_NEWS_LENS_VSIX=/path/to/x.vsix`,
    );
  }
  return found[0];
}

function findCodeServer(): string {
  const cs = codeServerPath();
  if (!cs) throw new Error('code-server not found: run "bash scripts/setup-tools.sh" first (or set RU_NEWS_LENS_CODE_SERVER)');
  return cs;
}

/** 1-based line and column of the first mention of `surname` that is not preceded by a first name. */
function surnameOnlyPosition(text: string, surname: string, fullName: string): { line: number; col: number } {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let from = 0;
    for (;;) {
      const j = lines[i].indexOf(surname, from);
      if (j < 0) break;
      const before = lines[i].slice(0, j);
      if (!before.endsWith(fullName.slice(0, fullName.length - surname.length))) {
        return { line: i + 1, col: j + 1 };
      }
      from = j + surname.length;
    }
  }
  throw new Error(`fixture has no surname-only mention of ${surname}`);
}

// ---------------------------------------------------------------------------
// test bookkeeping

interface Result {
  name: string;
  ok: boolean;
  detail: string;
  ms: number;
}
const results: Result[] = [];
let page: Page | undefined;
let shotNo = 0;

async function screenshot(name: string): Promise<void> {
  if (!page) return;
  shotNo++;
  const file = path.join(RESULTS, `${String(shotNo).padStart(2, '0')}-${name}.png`);
  try {
    await page.screenshot({ path: file, timeout: 15_000, animations: 'disabled' });
    log(`screenshot ${path.relative(REPO, file)}`);
  } catch (e) {
    log(`screenshot ${name} failed: ${(e as Error).message.split('\n')[0]}`);
  }
}

async function check(name: string, shotName: string, body: () => Promise<string>): Promise<boolean> {
  const t0 = Date.now();
  log(`--- ${name}`);
  try {
    const detail = await body();
    await screenshot(shotName);
    results.push({ name, ok: true, detail, ms: Date.now() - t0 });
    log(`PASS ${name}: ${detail}`);
    return true;
  } catch (e) {
    await screenshot(`${shotName}-FAILED`);
    const detail = (e as Error).message ?? String(e);
    results.push({ name, ok: false, detail, ms: Date.now() - t0 });
    log(`FAIL ${name}: ${detail}`);
    return false;
  }
}

// ---------------------------------------------------------------------------
// processes, always cleaned up

let codeServer: CodeServer | undefined;
let context: BrowserContext | undefined;
let tmpRoot: string | undefined;
let cleanedUp = false;

async function cleanup(): Promise<void> {
  if (cleanedUp) return;
  cleanedUp = true;
  if (context) {
    await Promise.race([context.close().catch(() => undefined), sleep(10_000)]);
  }
  if (codeServer) await codeServer.stop();
  if (tmpRoot && process.env.UI_KEEP_TMP !== '1') {
    fs.rmSync(tmpRoot, { recursive: true, force: true, maxRetries: 3 });
  } else if (tmpRoot) {
    log(`kept temporary folder ${tmpRoot}`);
  }
}

function finish(extraFailure?: string): never {
  const passed = results.filter((r) => r.ok).length;
  let failed = results.filter((r) => !r.ok).length;
  if (extraFailure) failed++;
  console.log('');
  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.ms} ms): ${r.detail}`);
  if (extraFailure) console.log(`FAIL setup: ${extraFailure}`);
  console.log(`ui: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    log(`got ${sig}, cleaning up`);
    void cleanup().then(() => finish(`interrupted by ${sig}`));
  });
}

// ---------------------------------------------------------------------------
// VS Code UI helpers

async function statusItemText(p: Page, id: string): Promise<string> {
  const loc = p.locator(`[id="${id}"]`).first();
  if ((await loc.count()) === 0) return '';
  const label = (await loc.innerText().catch(() => '')) ?? '';
  const aria = (await loc.getAttribute('aria-label').catch(() => '')) ?? '';
  const innerAria = (await loc.locator('[aria-label]').first().getAttribute('aria-label').catch(() => '')) ?? '';
  return [label, aria, innerAria].filter(Boolean).join(' | ');
}

async function closeQuickInput(p: Page): Promise<void> {
  if (await p.locator('.quick-input-widget').isVisible().catch(() => false)) {
    await p.keyboard.press('Escape');
    await waitFor('quick input to close', async () => !(await p.locator('.quick-input-widget').isVisible()), 5_000);
  }
}

async function focusEditor(p: Page): Promise<void> {
  await closeQuickInput(p);
  // a click in the middle of the active editor gives it keyboard focus (wherever it is scrolled)
  const editor = p.locator('.editor-instance .monaco-editor .overflow-guard').first();
  await editor.click({ timeout: 10_000 });
  await waitFor('the editor to have focus', async () => p.locator('.editor-instance .monaco-editor.focused').first().isVisible(), 5_000);
}

async function openFileWithQuickOpen(p: Page, fileName: string): Promise<void> {
  await waitFor(
    `quick open to show ${fileName}`,
    async () => {
      await closeQuickInput(p);
      await p.keyboard.press('Control+P');
      const input = p.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(fileName);
      const row = p.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      await p.keyboard.press('Enter');
      await p
        .locator('.tabs-container .tab.active', { hasText: fileName })
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 });
      return true;
    },
    60_000,
    500,
  );
}

async function goToLineCol(p: Page, line: number, col: number): Promise<void> {
  await focusEditor(p);
  await p.keyboard.press('Control+G');
  const input = p.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 5_000 });
  await input.fill(`:${line}:${col}`);
  await p.keyboard.press('Enter');
  await waitFor('go-to-line to close', async () => !(await p.locator('.quick-input-widget').isVisible()), 5_000);
  // the status bar shows the cursor position once it moved
  await waitFor(
    `cursor at Ln ${line}, Col ${col}`,
    async () => (await statusItemText(p, 'status.editor.selection')).includes(`Ln ${line}, Col ${col}`),
    5_000,
  );
}

/** The status bar's problem count: the sum of the numbers in its label ("Warnings: 1, Infos: 1" → 2). */
async function problemTotal(p: Page): Promise<{ status: string; total: number }> {
  const status = await statusItemText(p, 'status.problems');
  // aria-label: "Errors: 0, Warnings: 1, Infos: 0" (words vary by version): sum all numbers
  const label = status.split(' | ').find((s) => /\d/.test(s) && /(error|warning|info|problem)/i.test(s)) ?? status;
  const nums = (label.match(/\d+/g) ?? []).map(Number);
  return { status, total: nums.reduce((a, b) => a + b, 0) };
}

/** The text of the active editor's rendered lines (Monaco writes spaces as U+00A0). */
async function viewLines(p: Page): Promise<string[]> {
  const texts = await p.locator('.editor-instance .monaco-editor .view-lines .view-line').allInnerTexts();
  return texts.map((t) => t.replace(/\u00a0/g, ' '));
}

/** How many rows of the Problems panel are problems (not file rows). */
function markerRows(rows: string[]): number {
  return rows.filter((r) => /\[Ln \d+, Col \d+\]/.test(r)).length;
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; col: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`fixture has no ${JSON.stringify(needle)}`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    log(`whole test exceeded ${TOTAL_TIMEOUT_MS} ms, aborting`);
    void cleanup().then(() => finish(`total timeout ${TOTAL_TIMEOUT_MS} ms exceeded`));
  }, TOTAL_TIMEOUT_MS);
  watchdog.unref();

  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });

  const vsix = findVsix();
  const codeServerBin = findCodeServer();
  const chromium = chromiumPath();
  if (!chromium) throw new Error('chromium not found at /usr/bin/chromium (or CHROMIUM_PATH): run "bash scripts/setup-tools.sh"');
  log(`vsix: ${vsix}`);
  log(`code-server: ${codeServerBin}`);

  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-news-lens-ui-'));
  const userDataDir = path.join(tmpRoot, 'user-data');
  const extensionsDir = path.join(tmpRoot, 'extensions');
  const workspace = path.join(tmpRoot, 'workspace');
  const browserProfile = path.join(tmpRoot, 'browser-profile');
  for (const d of [userDataDir, extensionsDir, workspace, browserProfile]) fs.mkdirSync(d, { recursive: true });
  writeUserSettings(userDataDir, { 'editor.wordWrap': 'on', 'files.trimTrailingWhitespace': false });
  const fixtureText = fs.readFileSync(FIXTURE, 'utf8');
  const fixtureName = path.basename(FIXTURE);
  fs.writeFileSync(path.join(workspace, fixtureName), fixtureText);

  // -- install the vsix
  const csArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const csEnv = { ...process.env, ...CODE_SERVER_ENV };
  log('installing the vsix into a fresh extensions dir');
  const inst = spawnSync(codeServerBin, [...csArgs, '--install-extension', vsix, '--force'], {
    encoding: 'utf8',
    env: csEnv,
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  fs.writeFileSync(path.join(RESULTS, 'install-extension.log'), `${inst.stdout}\n${inst.stderr}`);
  const installed = fs.existsSync(extensionsDir) ? fs.readdirSync(extensionsDir).filter((d) => !d.startsWith('.')) : [];
  if (inst.status !== 0 || !installed.some((d) => d.startsWith('ru-news-lens.'))) {
    throw new Error(
      `code-server --install-extension failed (exit ${inst.status}; extensions dir: ${installed.join(', ') || 'empty'}): ${(inst.stderr || inst.stdout).trim().slice(-800)}`,
    );
  }
  log(`installed: ${installed.join(', ')}`);

  // -- start code-server
  codeServer = await startCodeServer({
    bin: codeServerBin,
    userDataDir,
    extensionsDir,
    workspace,
    logFile: path.join(RESULTS, 'code-server.log'),
  });
  const url = codeServer.url;
  log(`code-server pid ${codeServer.child.pid} answers on ${url}`);

  // -- browser
  context = await launchBrowser(browserProfile, chromium);
  page = context.pages()[0] ?? (await context.newPage());
  const consoleLog: string[] = [];
  page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));
  const p = page;

  await p.goto(`${url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const workbenchOk = await check('workbench loads with the workspace', 'workbench', async () => {
    await p.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
    await waitFor('status bar', async () => p.locator('#workbench\\.parts\\.statusbar').isVisible(), 60_000);
    await waitFor(
      `explorer to list ${fixtureName}`,
      async () => p.locator('.explorer-folders-view .monaco-list-row', { hasText: fixtureName }).first().isVisible(),
      60_000,
    );
    return `workbench shown at ${url}, explorer lists ${fixtureName}`;
  });

  if (workbenchOk) {
    // (a) language mode
    const opened = await check(`(a) status bar language mode is "${LANGUAGE_ALIAS}"`, 'language-mode', async () => {
      await openFileWithQuickOpen(p, fixtureName);
      const text = await waitFor(
        `language status to show "${LANGUAGE_ALIAS}"`,
        async () => {
          const t = await statusItemText(p, 'status.editor.mode');
          return t.includes(LANGUAGE_ALIAS) ? t : undefined;
        },
        30_000,
      ).catch(async (e) => {
        throw new Error(`${(e as Error).message}; status bar says "${await statusItemText(p, 'status.editor.mode')}"`);
      });
      return `opened ${fixtureName}; status bar: ${text.split(' | ')[0]}`;
    });

    // (b) hover
    await check(`(b) hover on "${HOVER_SURNAME}" shows "${HOVER_FULL_NAME}"`, 'hover', async () => {
      if (!opened) await openFileWithQuickOpen(p, fixtureName);
      const pos = surnameOnlyPosition(fixtureText, HOVER_SURNAME, HOVER_FULL_NAME);
      const col = pos.col + 2; // inside the word
      let lastHover = '';
      // the language server may still be starting: ask again until the hover carries the name
      const text = await waitFor(
        `hover with "${HOVER_FULL_NAME}"`,
        async () => {
          await p.keyboard.press('Escape');
          await goToLineCol(p, pos.line, col);
          await p.keyboard.press('Control+K');
          await p.keyboard.press('Control+I');
          const hover = p.locator('.monaco-hover:not(.hidden)').first();
          await hover.waitFor({ state: 'visible', timeout: 5_000 });
          // give a slow provider a moment to replace "Loading..."
          return await waitFor(
            'hover content',
            async () => {
              lastHover = (await hover.innerText()).trim();
              return lastHover.includes(HOVER_FULL_NAME) ? lastHover : undefined;
            },
            4_000,
          ).catch(() => undefined);
        },
        60_000,
        1_000,
      ).catch((e) => {
        throw new Error(`${(e as Error).message}; last hover text: ${JSON.stringify(lastHover.slice(0, 300))}`);
      });
      return `hover at ${pos.line}:${col}: ${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 160))}`;
    });

    // (c) document symbols (Ctrl+Shift+O) and the Outline view
    await check('(c) document symbols list the people', 'symbols', async () => {
      await p.keyboard.press('Escape');
      let rowsText: string[] = [];
      const got = await waitFor(
        'symbol quick pick to list the people',
        async () => {
          await focusEditor(p);
          await p.keyboard.press('Control+Shift+O');
          const widget = p.locator('.quick-input-widget');
          await widget.waitFor({ state: 'visible', timeout: 5_000 });
          // rows appear once the provider answered
          return await waitFor(
            'symbol rows',
            async () => {
              rowsText = await p.locator('.quick-input-list .monaco-list-row').allInnerTexts();
              const all = rowsText.join('\n');
              return PEOPLE.every((name) => all.includes(name)) ? rowsText : undefined;
            },
            5_000,
          ).catch(() => undefined);
        },
        60_000,
        1_000,
      ).catch((e) => {
        throw new Error(
          `${(e as Error).message}; wanted ${PEOPLE.join(', ')}; quick pick rows: ${JSON.stringify(rowsText.map((r) => r.replace(/\s+/g, ' ')).slice(0, 20))}`,
        );
      });
      return `${got.length} symbols, including ${PEOPLE.join(', ')}`;
    });

    await check('(c) Outline view lists the people', 'outline', async () => {
      await closeQuickInput(p);
      await focusEditor(p);
      // open the Outline view through the command palette, as a person would
      await p.keyboard.press('Control+Shift+P');
      const input = p.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill('>Explorer: Focus on Outline View');
      await p
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Outline View' })
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 });
      await p.keyboard.press('Enter');
      const pane = p.locator('.pane', { has: p.locator('.pane-header', { hasText: /outline/i }) }).first();
      const seen = new Set<string>();
      let collapsed = false;
      await waitFor(
        'Outline rows with the people',
        async () => {
          const rows = pane.locator('.monaco-list-row');
          if ((await rows.count()) === 0) return false;
          // people are the top level; collapse their quotes so that all of them fit the pane
          if (!collapsed) {
            await pane.hover();
            const collapse = pane.locator('.pane-header .action-label[aria-label*="Collapse All"]').first();
            if (await collapse.isVisible().catch(() => false)) {
              await collapse.click();
              collapsed = true;
            }
          }
          for (const t of await rows.allInnerTexts()) seen.add(t.replace(/\s+/g, ' ').trim());
          const all = [...seen].join('\n');
          if (PEOPLE.every((name) => all.includes(name))) return true;
          // the list is virtual: scroll on to see the rest
          await rows.first().hover();
          await p.mouse.wheel(0, 200);
          return false;
        },
        30_000,
        500,
      ).catch((e) => {
        throw new Error(`${(e as Error).message}; outline rows seen: ${JSON.stringify([...seen].slice(0, 30))}`);
      });
      const people = [...seen].filter((r) => PEOPLE.some((n) => r.includes(n)));
      return `Outline lists ${JSON.stringify(people)}`;
    });

    // (d) problems
    await check('(d) Problems count reports the unattributed quote', 'problems', async () => {
      await closeQuickInput(p);
      let status = '';
      const total = await waitFor(
        'a problem count >= 1 in the status bar',
        async () => {
          const got = await problemTotal(p);
          status = got.status;
          return got.total >= 1 ? got.total : undefined;
        },
        60_000,
        500,
      ).catch((e) => {
        throw new Error(`${(e as Error).message}; status bar problems item: ${JSON.stringify(status)}`);
      });
      // cross-check in the Problems panel
      await focusEditor(p);
      await p.keyboard.press('Control+Shift+M');
      let panelRows: string[] = [];
      await waitFor(
        'Problems panel rows',
        async () => {
          panelRows = await p.locator('.markers-panel .monaco-list-row').allInnerTexts();
          return panelRows.some((r) => r.includes('unattributed-quote'));
        },
        20_000,
      ).catch((e) => {
        throw new Error(`${(e as Error).message}; panel rows: ${JSON.stringify(panelRows.slice(0, 10))}`);
      });
      const quotes = (fixtureText.match(/«/g) ?? []).length;
      if (total > quotes + PEOPLE.length * 3) {
        throw new Error(`implausible problem count ${total} for an article with ${quotes} quotes`);
      }
      const quoteRow = panelRows.find((r) => r.includes('unattributed-quote')) ?? '';
      // it points at the quote that has no speaker
      const speakerless = fixtureText.split('\n').findIndex((l) => l.startsWith(UNATTRIBUTED_QUOTE_START)) + 1;
      if (!quoteRow.includes(`[Ln ${speakerless},`)) {
        throw new Error(`the quote problem is not on line ${speakerless} (the quote with no speaker): ${JSON.stringify(quoteRow)}`);
      }
      // the status bar count agrees with the problems listed
      await waitFor(
        'the Problems panel to list as many problems as the status bar counts',
        async () => {
          panelRows = await p.locator('.markers-panel .monaco-list-row').allInnerTexts();
          return markerRows(panelRows) === total;
        },
        10_000,
      ).catch(() => {
        throw new Error(
          `status bar counts ${total} problems but the Problems panel lists ${markerRows(panelRows)}: ${JSON.stringify(panelRows)}`,
        );
      });
      return `status bar: ${JSON.stringify(status.split(' | ').slice(-1)[0])} (total ${total}); panel: ${JSON.stringify(quoteRow.replace(/\s+/g, ' ').slice(0, 160))}`;
    });

    // (e) quick fix from the Ctrl+. menu
    await check('(e) quick fix "Convert to « »" rewrites the straight quotes', 'quick-fix-after', async () => {
      await closeQuickInput(p);
      const straight = `"${STRAIGHT_QUOTE_TEXT}"`;
      const fixed = `«${STRAIGHT_QUOTE_TEXT}»`;
      const pos = positionOf(fixtureText, straight);
      const col = pos.col + 3; // inside the quoted words
      // before: the Problems panel lists the straight-quotes problem and agrees with the status bar
      let panelRows: string[] = [];
      let status = '';
      const before = await waitFor(
        'a straight-quotes problem, counted in the status bar',
        async () => {
          panelRows = await p.locator('.markers-panel .monaco-list-row').allInnerTexts();
          const row = panelRows.find((r) => r.includes('straight-quotes'));
          const got = await problemTotal(p);
          status = got.status;
          return row && got.total === markerRows(panelRows) ? { row, total: got.total } : undefined;
        },
        30_000,
      ).catch((e) => {
        throw new Error(`${(e as Error).message}; status bar ${JSON.stringify(status)}; panel rows: ${JSON.stringify(panelRows)}`);
      });
      if (!before.row.includes(`[Ln ${pos.line},`)) {
        throw new Error(`the straight-quotes problem is not on line ${pos.line}: ${JSON.stringify(before.row)}`);
      }
      await goToLineCol(p, pos.line, col);
      const shown = await viewLines(p);
      if (!shown.some((l) => l.includes(straight))) {
        throw new Error(`the editor does not show ${straight}: ${JSON.stringify(shown)}`);
      }
      await screenshot('quick-fix-before');

      // open the quick fix menu at the cursor and pick the conversion
      let menuRows: string[] = [];
      await waitFor(
        'the quick fix menu to offer the conversion',
        async () => {
          if (await p.locator('.action-widget').isVisible().catch(() => false)) await p.keyboard.press('Escape');
          await goToLineCol(p, pos.line, col);
          await p.keyboard.press('Control+.');
          const rows = p.locator('.action-widget .monaco-list-row');
          return await waitFor(
            'quick fix rows',
            async () => {
              menuRows = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
              return menuRows.some((r) => STRAIGHT_QUOTES_FIX.test(r));
            },
            5_000,
          ).catch(() => undefined);
        },
        30_000,
        500,
      ).catch((e) => {
        throw new Error(`${(e as Error).message}; menu rows: ${JSON.stringify(menuRows)}`);
      });
      await screenshot('quick-fix-menu');
      const title = menuRows.find((r) => STRAIGHT_QUOTES_FIX.test(r)) ?? '';
      await p.locator('.action-widget .monaco-list-row', { hasText: STRAIGHT_QUOTES_FIX }).first().click({ timeout: 5_000 });

      // after: the line reads « », and one problem fewer is counted
      let lines: string[] = [];
      const line = await waitFor(
        `the editor line to read ${fixed}`,
        async () => {
          lines = await viewLines(p);
          return !lines.some((l) => l.includes(straight)) ? lines.find((l) => l.includes(fixed)) : undefined;
        },
        10_000,
      ).catch((e) => {
        throw new Error(`${(e as Error).message}; editor lines: ${JSON.stringify(lines)}`);
      });
      const after = await waitFor(
        `the problem count to drop from ${before.total} to ${before.total - 1}`,
        async () => {
          const got = await problemTotal(p);
          status = got.status;
          panelRows = await p.locator('.markers-panel .monaco-list-row').allInnerTexts();
          return got.total === before.total - 1 && markerRows(panelRows) === got.total && !panelRows.some((r) => r.includes('straight-quotes'))
            ? got.total
            : undefined;
        },
        20_000,
      ).catch((e) => {
        throw new Error(`${(e as Error).message}; status bar ${JSON.stringify(status)}; panel rows: ${JSON.stringify(panelRows)}`);
      });
      return `picked ${JSON.stringify(title)} at ${pos.line}:${col}; line now ${JSON.stringify(line.trim())}; problems ${before.total} → ${after}`;
    });
  }

  fs.writeFileSync(path.join(RESULTS, 'browser-console.log'), consoleLog.join('\n'));
  clearTimeout(watchdog);
}

main()
  .then(async () => {
    await cleanup();
    finish();
  })
  .catch(async (e) => {
    const msg = (e as Error)?.message ?? String(e);
    log(`ERROR: ${msg}`);
    await screenshot('error');
    await cleanup();
    finish(msg);
  });
