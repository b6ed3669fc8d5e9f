/**
 * Cuts a run of name-like words into person names, or drops words that are not names: "Президент
 * Владимир Путин" keeps the name only, two names side by side split ("Билла Клинтона Джо
 * Локхарту"), and words the dictionary does not know form a name together (Тайип Эрдоган, Ван Цзюнь).
 */
import type { Doc } from '../doc';
import { acceptsAlone, afterOpeningQuote } from './aloneWords';
import { opensSentence, type NameWord } from './nameWords';
import type { NamePart, PartRole } from './nominative';

const SURNAME_SLOT = new Set(['surname', 'unknown', 'common', 'place', 'first']);
const GROUP_WORD = new Set(['first', 'surname', 'patronymic', 'unknown', 'common', 'particle', 'numeral']);
/** At most this many words in one name (Мохаммед бин Рашид аль Мактум has five). */
const LONGEST_NAME = 6;

/** The person names inside a run, each as its parts. */
export function segmentRun(doc: Doc, run: readonly NameWord[]): NamePart[][] {
  const names: NamePart[][] = [];
  let i = 0;
  while (i < run.length) {
    const word = run[i];
    const after = run[i + 1];
    let initialsEnd = i;
    while (initialsEnd < run.length && run[initialsEnd].kind === 'initial') initialsEnd++;
    if (initialsEnd > i) {
      // В. В. Путин, Дж.Коми — initials before a surname-like word.
      if (initialsEnd < run.length && SURNAME_SLOT.has(run[initialsEnd].kind)) {
        names.push([...run.slice(i, initialsEnd).map((initial) => part(initial, 'initial')), part(run[initialsEnd], 'surname')]);
        i = initialsEnd + 1;
      } else {
        i = initialsEnd;
      }
    } else if (after?.kind === 'initial' && word.kind !== 'patronymic') {
      // Путин В. В. — a surname before initials.
      let end = i + 1;
      while (end < run.length && run[end].kind === 'initial') end++;
      names.push([part(word, 'surname'), ...run.slice(i + 1, end).map((initial) => part(initial, 'initial'))]);
      i = end;
    } else if (word.kind === 'surname' && after?.kind === 'first' && run[i + 2]?.kind === 'patronymic') {
      names.push([part(word, 'surname'), part(after, 'first'), part(run[i + 2], 'patronymic')]);
      i += 3;
    } else {
      const end = nameEnd(doc, run, i);
      if (end > i + 1) {
        names.push(assignRoles(run.slice(i, end)));
        i = end;
      } else {
        if (acceptsAlone(doc, word)) names.push([part(word, word.kind === 'first' ? 'first' : 'surname')]);
        i++;
      }
    }
  }
  return names;
}

/**
 * Where a name of two or more words starting at `start` ends, or `start + 1` when none starts
 * there. It stops before the next person's first name and never takes a sentence-opening common
 * noun ("Президент", "Солист") as its first word.
 */
function nameEnd(doc: Doc, run: readonly NameWord[], start: number): number {
  const lead = run[start];
  const none = start + 1;
  if (afterOpeningQuote(doc, lead.token) && lead.kind !== 'first') return none;
  const short = doc.tokens[lead.token].text.length <= 3;
  const leads = lead.kind === 'first' || lead.kind === 'surname' || lead.kind === 'unknown' || (short && (lead.kind === 'common' || lead.kind === 'place'));
  if (!leads) return none;
  // "Королева Елизавета": a word the dictionary prefers as a common noun does not lead a first name.
  if (lead.kind === 'surname' && !lead.strong && run[start + 1]?.kind === 'first') return none;
  let end = start + 1;
  let sawSurname = false;
  while (end < run.length && end - start < LONGEST_NAME) {
    const word = run[end];
    if (word.kind === 'initial') break;
    if (word.kind === 'place' && !(lead.kind === 'first' && end === start + 1)) break;
    if (word.kind !== 'place' && !GROUP_WORD.has(word.kind)) break;
    if (word.kind === 'first' && sawSurname && end + 1 < run.length && SURNAME_SLOT.has(run[end + 1].kind)) break;
    if (word.kind !== 'first' && word.kind !== 'patronymic' && word.kind !== 'particle') sawSurname = true;
    end++;
  }
  while (end > start + 1 && run[end - 1].kind === 'particle') end--;
  if (end === none) return none;
  const words = run.slice(start, end);
  const kinds = new Set(words.map((word) => word.kind));
  const named = kinds.has('first') || kinds.has('surname') || kinds.has('patronymic');
  // A first name the dictionary prefers as a common noun ("Вера") does not make a name of a common noun or place after it at a sentence start.
  if (lead.kind === 'first' && !lead.strong && opensSentence(doc, lead.token) && words.slice(1).every((word) => word.kind === 'common' || word.kind === 'place')) return none;
  if (lead.kind === 'surname' && !lead.strong && words.slice(1).every((word) => word.kind === 'common')) return none;
  if (named || short || words.every((word) => word.kind === 'unknown' || word.kind === 'particle')) return end;
  return none;
}

/** Roles of the words of a name: the last word is the surname, earlier ones given names, patronymics and particles as they are. */
function assignRoles(words: readonly NameWord[]): NamePart[] {
  let lastWord = words.length - 1;
  while (lastWord > 0 && words[lastWord].kind === 'numeral') lastWord--;
  const surnameFirst = words[0].kind === 'surname' && words.slice(1, lastWord + 1).every((word) => word.kind === 'first' || word.kind === 'patronymic');
  return words.map((word, index): NamePart => {
    if (word.kind === 'particle' || word.kind === 'numeral' || word.kind === 'patronymic') return part(word, word.kind);
    if (surnameFirst) return part(word, index === 0 ? 'surname' : 'first');
    if (index === lastWord && index > 0) return part(word, 'surname');
    return part(word, 'first');
  });
}

function part(word: NameWord, role: PartRole): NamePart {
  return { token: word.token, tokenEnd: word.tokenEnd, role };
}
