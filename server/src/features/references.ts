/** Find references on a mention: every mention of the person, the fullest one only if the declaration is asked for. */
import type { Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import { fullestMention, personAt } from './personAt';
import { toRange } from './ranges';

/** The mentions of the person under the cursor; none off a mention. */
export function references(document: TextDocument, analysis: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const hit = personAt(analysis, offset);
  if (!hit) return [];
  const declaration = fullestMention(hit.person);
  return hit.person.mentions
    .filter((mention) => includeDeclaration || mention !== declaration)
    .map((mention) => ({ uri: document.uri, range: toRange(document, mention) }));
}
