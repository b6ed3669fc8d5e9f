/**
 * Semantic tokens (full document): people, roles, quotations and speech cues. Spans overlap (a
 * name inside a quotation, a cue inside an indirect quote), and tokens may not, so each span is
 * painted onto a per-character layer, the more specific kinds last, and the layer is read back as
 * runs split at line ends.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis, Span } from '../core/types';

/** Token types in legend order; package.json's `semanticTokenTypes` declares the same ids. */
export const TOKEN_TYPES = ['person', 'role', 'quote', 'speechCue'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

/** Layer values: 0 for no token, else the token type's index + 1. */
const NONE = 0;
const QUOTE = TOKEN_TYPES.indexOf('quote') + 1;
const ROLE = TOKEN_TYPES.indexOf('role') + 1;
const CUE = TOKEN_TYPES.indexOf('speechCue') + 1;
const PERSON = TOKEN_TYPES.indexOf('person') + 1;

/** The tokens of the whole document, from its one analysis. */
export function semanticTokens(text: string, analysis: Analysis): SemanticTokens {
  const layer = new Uint8Array(text.length);
  const paint = (span: Span, kind: number) => layer.fill(kind, Math.max(0, span.start), Math.min(text.length, span.end));
  for (const quote of analysis.quotes) paint({ start: quote.openMark?.start ?? quote.start, end: quote.closeMark?.end ?? quote.end }, QUOTE);
  for (const person of analysis.people) for (const role of person.roles) paint(role, ROLE);
  for (const person of analysis.people) for (const mention of person.mentions) paint(mention, mention.kind === 'role' ? ROLE : PERSON);
  for (const quote of analysis.quotes) if (quote.cue) paint(quote.cue, CUE);
  return { data: encode(text, layer) };
}

/** LSP's relative encoding: for each run, line delta, start delta, length, type, modifiers. */
function encode(text: string, layer: Uint8Array): number[] {
  const data: number[] = [];
  let line = 0;
  let lineStart = 0;
  let previousLine = 0;
  let previousStart = 0;
  let i = 0;
  while (i < text.length) {
    const character = text.charCodeAt(i);
    if (character === 10 || (character === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    const kind = layer[i];
    if (kind === NONE || character === 13) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && layer[end] === kind && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const start = i - lineStart;
    data.push(line - previousLine, line === previousLine ? start - previousStart : start, end - i, kind - 1, 0);
    previousLine = line;
    previousStart = start;
    i = end;
  }
  return data;
}
