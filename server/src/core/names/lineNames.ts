/**
 * The names one line's words make by themselves: runs of name words cut into names, eponyms, and
 * each built into a match (its gender, case and nominative). Worked out on the line as a document
 * of its own (`lineView`), so that nothing else in the text can change it but how the document
 * writes the word stems the line asks about. The editor's analyzer keeps it with the line
 * (`DocLine.memo`) and a later version takes it again while the line's text, its first token's
 * spacing and those answers stay the same. The stages after (repeats of a name, gender from other
 * mentions, Latin spellings, lists) read the whole document and run on every version.
 */
import { spelledText } from '../tokens/tokenize';
import { detached } from '../detached';
import { lineView, memoOf, spacingOf, type Doc, type DocLine } from '../doc';
import type { NameMatch } from './findNames';
import { namePart, type NamePart } from './nominative';

/** A line's names as kept with it: token indexes from the line's first token, offsets from the line's start. */
export interface LineNames {
  found: NamePart[][];
  matches: NameMatch[];
  /** The line's first token's spacing when they were found (`spacingOf` in doc.ts). */
  spacing: number;
  /** What the names asked of how the document writes stems: stem, way and answer, in order. */
  stems: string[];
  ways: number[];
  answers: boolean[];
}

/** Finds the names one line makes, by the line's own words: parts and matches in text order. */
export type LocalNames = (doc: Doc) => { found: NamePart[][]; matches: NameMatch[] };

/**
 * Adds to `found` and `matches` the names of the line of tokens [tokenStart, tokenEnd) of `doc`,
 * with tokens and offsets in `doc`: kept ones where `line` holds names still true, else found on
 * the line's own document by `local` (and kept with `line`, where there is one). `writtenStems`
 * answers how the whole document writes a stem.
 */
export function addLineNames(doc: Doc, tokenStart: number, tokenEnd: number, line: DocLine | undefined, writtenStems: (stem: string, way: number) => boolean, local: LocalNames, found: NamePart[][], matches: NameMatch[]): void {
  const kept = line?.memo?.names;
  if (line !== undefined && kept !== undefined && stillHolds(doc, tokenStart, kept, writtenStems)) {
    for (const parts of kept.found) found.push(placedParts(parts, tokenStart));
    for (const match of kept.matches) matches.push(placedMatch(doc, match, tokenStart, line.start));
    return;
  }
  const stems: string[] = [];
  const ways: number[] = [];
  const answers: boolean[] = [];
  // Only a kept line needs what was asked; the batch path asks the document straight.
  const asked = line === undefined ? writtenStems : (stem: string, way: number) => {
    const answer = writtenStems(stem, way);
    stems.push(stem);
    ways.push(way);
    answers.push(answer);
    return answer;
  };
  const own = local(lineView(doc, tokenStart, tokenEnd, asked));
  if (line !== undefined) {
    memoOf(line).names = {
      found: own.found.map((parts) => placedParts(parts, 0)),
      matches: own.matches.map((match) => keptMatch(match, line.start)),
      spacing: spacingOf(doc, tokenStart),
      stems, ways, answers,
    };
  }
  // The line's own names, moved to the document's token indexes (their offsets are the document's already).
  for (const parts of own.found) {
    for (const part of parts) {
      part.token += tokenStart;
      part.tokenEnd += tokenStart;
    }
    found.push(parts);
  }
  for (const match of own.matches) {
    match.tokenStart += tokenStart;
    match.tokenEnd += tokenStart;
    matches.push(match);
  }
}

function stillHolds(doc: Doc, tokenStart: number, kept: LineNames, writtenStems: (stem: string, way: number) => boolean): boolean {
  if (spacingOf(doc, tokenStart) !== kept.spacing) return false;
  for (let i = 0; i < kept.stems.length; i++) if (writtenStems(kept.stems[i], kept.ways[i]) !== kept.answers[i]) return false;
  return true;
}

function placedParts(parts: readonly NamePart[], tokenStart: number): NamePart[] {
  return parts.map((part) => namePart(part.token + tokenStart, part.tokenEnd + tokenStart, part.role, part.nominative));
}

/** A copy to keep: offsets from the line's start, and a text of its own (a slice would keep the version's whole text alive). */
function keptMatch(match: NameMatch, lineStart: number): NameMatch {
  return movedMatch(match, match.start - lineStart, match.end - lineStart, match.tokenStart, match.tokenEnd, detached(match.text));
}

function placedMatch(doc: Doc, match: NameMatch, tokenStart: number, lineStart: number): NameMatch {
  const start = match.start + lineStart;
  const end = match.end + lineStart;
  return movedMatch(match, start, end, match.tokenStart + tokenStart, match.tokenEnd + tokenStart, spelledText(doc.text.slice(start, end)));
}

/**
 * The match at other offsets, with its other fields, listed in the order `buildMatch` gives them:
 * a spread copy has a shape of its own, and matches of several shapes slow every stage that reads them.
 */
function movedMatch(match: NameMatch, start: number, end: number, tokenStart: number, tokenEnd: number, text: string): NameMatch {
  return {
    start, end, tokenStart, tokenEnd, text,
    first: match.first, patronymic: match.patronymic, surname: match.surname, firstKey: match.firstKey, surnameKey: match.surnameKey,
    initials: match.initials, numeral: match.numeral, gender: match.gender, genderGuessed: match.genderGuessed, normalized: match.normalized,
    sameAsStart: match.sameAsStart,
  };
}
