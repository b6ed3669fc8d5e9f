/** The only place where core offsets become LSP positions and back. */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core/types';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** Whether the offset lies inside the span (end inclusive, so a cursor right after a word still counts). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
