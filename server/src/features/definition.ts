/** Go to definition on a mention: the mention that names the person most fully ("Стив Уиткофф", not "Уиткоффа"). */
import type { Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import { fullestMention, personAt } from './personAt';
import { toRange } from './ranges';

/** The fullest mention of the person under the cursor, or null off a mention. */
export function definition(document: TextDocument, analysis: Analysis, offset: number): Location | null {
  const hit = personAt(analysis, offset);
  const target = hit && fullestMention(hit.person);
  return target ? { uri: document.uri, range: toRange(document, target) } : null;
}
