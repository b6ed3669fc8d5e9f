// Shared by the extension tests (bundled into each *.test.js; index.js loads only those).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const LANGUAGE_ID = 'news-article';
/** People of test/ui/fixtures/peregovory.news, in text order, full name as first written. */
export const PEOPLE = ['Юрий Ушаков', 'Мария Захарова', 'Сергей Лавров', 'Леонид Слуцкий', 'Иван Сергеев'];
/** The fixture's quotation in straight quotes, flagged by the straight-quotes check. */
export const STRAIGHT_QUOTED = '"Мы поддержим законопроект"';
/** The straight-quotes fix title (server/src/i18n.ts), English or Russian UI. */
export const STRAIGHT_QUOTES_FIX = /^(Convert to « »|Заменить на « »)$/;

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Poll until ok(fn()) holds; on timeout fail with describe(last value). */
export async function poll<T>(
  what: string,
  fn: () => Promise<T> | T,
  ok: (v: T) => boolean,
  describe: (v: T | undefined) => string,
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  while (Date.now() < deadline) {
    try {
      last = await fn();
      if (ok(last)) return last;
    } catch (e) {
      lastErr = e;
    }
    await sleep(250);
  }
  assert.fail(
    `timed out waiting for ${what}; last: ${describe(last)}` + (lastErr ? `; last error: ${String(lastErr)}` : ''),
  );
}

/** The text of the hovers VS Code collected, joined by new lines. */
export function hoverText(hovers: vscode.Hover[] | undefined): string {
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if ('value' in c) parts.push(c.value);
    }
  }
  return parts.join('\n');
}

export function diagCode(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function diagCodes(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map(diagCode);
}

/** The range of the n-th (0-based) occurrence of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  let i = -1;
  for (let k = 0; k <= occurrence; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  return new vscode.Range(doc.positionAt(i), doc.positionAt(i + needle.length));
}

/** A position inside the n-th occurrence of `needle` (two characters in). */
export function inside(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  return rangeOf(doc, needle, occurrence).start.translate(0, 2);
}

/** "text@line:col" of a range, for readable assertions (0-based line and column). */
export function show(doc: vscode.TextDocument, range: vscode.Range): string {
  return `${doc.getText(range)}@${range.start.line}:${range.start.character}`;
}

/** Opens the fixture article of the test workspace and shows it. */
export async function openFixture(name = 'peregovory.news'): Promise<vscode.TextDocument> {
  const files = await vscode.workspace.findFiles(`**/${name}`);
  assert.ok(files.length > 0, `the test workspace has no ${name}`);
  const doc = await vscode.workspace.openTextDocument(files[0]);
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** An unsaved news article with the given text, shown in an editor. */
export async function openUntitledArticle(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Closes the editors of a document without saving it. */
export async function closeWithoutSaving(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
