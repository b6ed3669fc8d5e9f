/** Document highlight: every mention of the person under the cursor; the fullest one as the "write". */
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import { fullestMention, personAt } from './personAt';
import { toRange } from './ranges';

/** The highlights for the person under the cursor; none off a mention. */
export function documentHighlights(document: TextDocument, analysis: Analysis, offset: number): DocumentHighlight[] {
  const hit = personAt(analysis, offset);
  if (!hit) return [];
  const fullest = fullestMention(hit.person);
  return hit.person.mentions.map((mention) => ({
    range: toRange(document, mention),
    kind: mention === fullest ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
