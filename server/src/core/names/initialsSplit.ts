/**
 * A row of initials between two surnames belongs to both: "Путин В. В. В.В.Путин" is "Путин
 * В. В." and "В.В.Путин" (a sentence may end after initials). A Russian name has at most two
 * initials, so a row of three or more after a surname is cut: the later surname takes the
 * initials written against it (no space: В.В.Путин), else its last two; the earlier one the rest.
 * Two initials or one stay with the surname before them when a common word follows them (a new
 * sentence: Путин В. В. Позже …) or when the next surname has its own initials after it.
 */
import type { Doc } from '../doc';
import type { NameWord } from './nameWords';

/** Most initials one Russian name has (first name and patronymic). */
const MOST_INITIALS = 2;

/**
 * How many of the initials after the surname-like word at `at` are its own when a longer row of
 * initials runs on to another surname-like word; 0 when the row is not to be cut.
 */
export function ownInitialsBeforeNext(doc: Doc, run: readonly NameWord[], at: number, takesSurname: (word: NameWord) => boolean): number {
  // Only a word the dictionary knows as a surname takes initials after it from a longer row (not "Книгу Дж. Р. Р. Толкина").
  if (run[at].kind !== 'surname' || !run[at].strong) return 0;
  let end = at + 1;
  while (end < run.length && run[end].kind === 'initial') end++;
  const count = end - at - 1;
  if (end >= run.length || !takesSurname(run[end])) return 0;
  if (count <= MOST_INITIALS) {
    // "Путин В. В. Позже он уехал": a common word after the initials opens the next sentence;
    // "Путин В.В. Медведев Д. А.": the next surname has initials of its own after it.
    const after = run[end];
    return after.kind === 'common' || run[end + 1]?.kind === 'initial' ? count : 0;
  }
  // The initials written against the later surname, with no space between them, are its own.
  let glued = 0;
  while (glued < MOST_INITIALS && glued < count - 1 && touches(doc, run[end - 1 - glued], run[end - glued])) glued++;
  const later = glued > 0 ? glued : MOST_INITIALS;
  const own = count - later;
  return own >= 1 && own <= MOST_INITIALS ? own : 0;
}

function touches(doc: Doc, word: NameWord, next: NameWord): boolean {
  return doc.tokens[word.tokenEnd - 1].end === doc.tokens[next.token].start;
}
