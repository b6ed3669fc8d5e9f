/**
 * The role phrases of a document, found line by line: each line's on the line as a document of
 * its own (`lineView`), so that they depend on the line's words and on the names standing in it
 * alone. The editor's analyzer keeps them with the line (`DocLine.memo`), and a later version
 * takes them again while the line's text, its first token's spacing and the names in it (where
 * each starts and ends, the cases it may be in) stay the same.
 */
import { forEachLine, lineView, memoOf, spacingOf, type Doc, type DocLine } from '../doc';
import { stemWritingOf } from '../names/actingPerson';
import type { NameIndex } from './nameIndex';
import { findRolePhrases, type NameTokens, type RolePhrase } from './rolePhrase';

/** A line's role phrases as kept with it: token indexes from the line's first token. */
export interface LinePhrases {
  phrases: RolePhrase[];
  spacing: number;
  /** The name mentions in the line when they were found: first and one-past-last token (from the line's first) and the cases, one after the other. */
  names: unknown[];
}

/** The document's role phrases, left to right, not overlapping, as {@link findRolePhrases} finds them in each line. */
export function findLinePhrases(doc: Doc, names: NameIndex): RolePhrase[] {
  const phrases: RolePhrase[] = [];
  const at = { mention: 0 };
  forEachLine(doc, (tokenStart, tokenEnd, line) => addLinePhrases(doc, tokenStart, tokenEnd, line, names, at, phrases));
  return phrases;
}

/** Adds the phrases of the line [tokenStart, tokenEnd); `at.mention` walks the name mentions (in text order) line by line. */
function addLinePhrases(doc: Doc, tokenStart: number, tokenEnd: number, line: DocLine | undefined, names: NameIndex, at: { mention: number }, phrases: RolePhrase[]): void {
  const { mentions } = names;
  while (at.mention < mentions.length && mentions[at.mention].tokenStart < tokenStart) at.mention++;
  const first = at.mention;
  while (at.mention < mentions.length && mentions[at.mention].tokenStart < tokenEnd) at.mention++;
  const kept = line?.memo?.phrases;
  if (kept !== undefined && kept.spacing === spacingOf(doc, tokenStart) && sameNames(kept.names, names, first, at.mention, tokenStart)) {
    for (const phrase of kept.phrases) phrases.push(placed(phrase, tokenStart));
    return;
  }
  const count = tokenEnd - tokenStart;
  // The names, as the line's own document counts its tokens; none past its ends.
  const own: NameTokens = {
    inName: (token) => token >= 0 && token < count && names.inName(token + tokenStart),
    startingAt: (token) => {
      const named = token >= 0 && token < count ? names.startingAt(token + tokenStart) : undefined;
      return named && { cases: named.cases, tokenEnd: named.tokenEnd - tokenStart };
    },
  };
  // The stage asks nothing of how the document writes stems; were it to, the line would not be kept.
  const writtenStems = stemWritingOf(doc);
  let asked = false;
  const found = findRolePhrases(lineView(doc, tokenStart, tokenEnd, (stem, way) => {
    asked = true;
    return writtenStems(stem, way);
  }), own);
  if (line !== undefined && !asked) {
    const signature: unknown[] = [];
    for (let k = first; k < at.mention; k++) signature.push(mentions[k].tokenStart - tokenStart, mentions[k].tokenEnd - tokenStart, mentions[k].cases);
    memoOf(line).phrases = { phrases: found.map((phrase) => placed(phrase, 0)), spacing: spacingOf(doc, tokenStart), names: signature };
  }
  for (const phrase of found) phrases.push(placed(phrase, tokenStart));
}

function sameNames(kept: readonly unknown[], names: NameIndex, first: number, end: number, tokenStart: number): boolean {
  if (kept.length !== (end - first) * 3) return false;
  for (let k = first, i = 0; k < end; k++, i += 3) {
    const named = names.mentions[k];
    if (kept[i] !== named.tokenStart - tokenStart || kept[i + 1] !== named.tokenEnd - tokenStart || kept[i + 2] !== named.cases) return false;
  }
  return true;
}

function placed(phrase: RolePhrase, by: number): RolePhrase {
  // Every field listed, in the order `rolePhrase` makes them: a spread copy would be a phrase of
  // another shape, and phrases of several shapes slow each stage that reads them.
  return {
    tokenStart: phrase.tokenStart + by, tokenEnd: phrase.tokenEnd + by, head: phrase.head + by, headParses: phrase.headParses, cases: phrase.cases, frozenHead: phrase.frozenHead,
    innerHead: phrase.innerHead === undefined ? undefined : phrase.innerHead + by,
    innerStart: phrase.innerStart === undefined ? undefined : phrase.innerStart + by,
    innerCase: phrase.innerCase, partitive: phrase.partitive,
    partitiveStart: phrase.partitiveStart === undefined ? undefined : phrase.partitiveStart + by,
  };
}
