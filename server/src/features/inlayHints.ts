/** Inlay hints: the resolved speaker's name after a pronoun or role that stands for them ("заявил он" → Юрий Ушаков). */
import type { InlayHint, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { personWithId } from '../core/people/personWithId';
import { speakerReference } from '../core/speakers/speakerReference';
import type { Analysis } from '../core/types';

/** Hints inside the requested range, one per pronoun or role phrase that stands for a speaker. */
export function speakerHints(document: TextDocument, analysis: Analysis, range: Range): InlayHint[] {
  const text = document.getText();
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  const placed = new Set<number>();
  for (const quote of analysis.quotes) {
    const reference = speakerReference(text, quote, analysis.people);
    if (!reference || reference.end < from || reference.end > to || placed.has(reference.end)) continue;
    placed.add(reference.end);
    const person = personWithId(analysis.people, reference.personId)!;
    hints.push({
      position: document.positionAt(reference.end),
      label: person.name,
      paddingLeft: true,
      tooltip: person.roles[0]?.normalized ?? person.name,
    });
  }
  return hints;
}
