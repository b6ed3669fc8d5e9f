/**
 * Rename of a person: prepareRename picks the name word under the cursor and offers its
 * nominative; rename replaces it in every mention, inflected (core/rename).
 */
import type { Range, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Morphology } from '../core/morphology/morphology';
import { nameWordAt, renamePerson } from '../core/rename/renamePerson';
import type { Analysis } from '../core/types';
import { personAt } from './personAt';
import { toRange } from './ranges';

/** The range of the name word under the cursor and its nominative as the placeholder, or null where nothing can be renamed. */
export function prepareRename(document: TextDocument, analysis: Analysis, offset: number): { range: Range; placeholder: string } | null {
  const hit = personAt(analysis, offset);
  const word = hit && nameWordAt(hit.person, offset);
  return word ? { range: toRange(document, word), placeholder: word.nominative } : null;
}

/** The edit renaming the name word under the cursor in all of the person's mentions; null where there is no name word. */
export function rename(document: TextDocument, analysis: Analysis, offset: number, newName: string, morphology: Morphology): WorkspaceEdit | null {
  const hit = personAt(analysis, offset);
  const word = hit && nameWordAt(hit.person, offset);
  if (!hit || !word) return null;
  const replacements = renamePerson(hit.person, word.nominative, newName, morphology);
  return { changes: { [document.uri]: replacements.map((replacement) => ({ range: toRange(document, replacement), newText: replacement.newText })) } };
}
