/**
 * Test helper: tokenizes Russian news paragraphs with the extension's TextMate grammar,
 * the way VS Code does (vscode-textmate + vscode-oniguruma, rule state carried from line to line).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const GRAMMAR_PATH = path.join(PROJECT_ROOT, 'syntaxes', 'news-article.tmLanguage.json');
export const SCOPE_NAME = 'text.news-article';

/** One token of one line: half-open `[start, end)` UTF-16 offsets and its scope stack, outermost first. */
export interface LineToken {
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

let onigurumaReady: Promise<void> | undefined;

/** Loads onig.wasm once per process; vscode-oniguruma refuses a second load. */
export function loadOniguruma(): Promise<void> {
  if (!onigurumaReady) {
    const wasmPath = path.join(PROJECT_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');
    const wasm = readFileSync(wasmPath);
    onigurumaReady = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  }
  return onigurumaReady;
}

/** Loads the news-article grammar from the working tree. */
export async function loadNewsGrammar(): Promise<textmate.IGrammar> {
  await loadOniguruma();
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== SCOPE_NAME) return null;
      return textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
    },
  });
  const grammar = await registry.loadGrammar(SCOPE_NAME);
  if (!grammar) throw new Error(`grammar ${SCOPE_NAME} did not load`);
  return grammar;
}

/** Tokenizes consecutive lines, carrying the rule stack across line ends as the editor does. */
export function tokenizeLines(grammar: textmate.IGrammar, lines: readonly string[]): LineToken[][] {
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      start: token.startIndex,
      end: Math.min(token.endIndex, line.length),
      text: line.slice(token.startIndex, token.endIndex),
      scopes: token.scopes,
    }));
  });
}

/**
 * Scope stacks of every token that overlaps the `occurrence`-th appearance of `substring`
 * on line `lineIndex`. Throws when the substring is absent, so a typo cannot pass silently.
 */
export function scopesOver(
  lines: readonly string[],
  tokens: readonly LineToken[][],
  lineIndex: number,
  substring: string,
  occurrence = 0,
): string[][] {
  const line = lines[lineIndex];
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = line.indexOf(substring, start + 1);
    if (start < 0) throw new Error(`"${substring}" (#${occurrence}) not found on line ${lineIndex}: ${line}`);
  }
  const end = start + substring.length;
  return tokens[lineIndex].filter((token) => token.start < end && token.end > start).map((token) => token.scopes);
}

/** True when `scope` is `expected` or a more specific scope below it (`string` covers `string.quoted.x`). */
export function scopeMatches(scope: string, expected: string): boolean {
  return scope === expected || scope.startsWith(expected + '.');
}
