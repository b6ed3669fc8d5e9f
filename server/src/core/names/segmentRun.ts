/**
 * Cuts a run of name-like words into person names, or drops words that are not names: the run
 * "Госсекретарь США Рекс Тиллерсон" never reaches here whole (США breaks it), but "Президент
 * Владимир Путин" does, and so do two names side by side ("Билла Клинтона Джо Локхарту").
 */
import type { Doc } from '../doc';
import { PERSON_TITLES, ROLE_OF_ORGANISATION } from './gazetteers';
import { nameKey } from './nameKeys';
import { opensSentence, reliableParses, type NameWord } from './nameWords';
import type { NamePart, PartRole } from './nominative';

const SURNAME_SLOT = new Set(['surname', 'unknown', 'common', 'place', 'first']);
/** At most this many words in one name (Мохаммед бин Рашид аль Мактум has six). */
const LONGEST_NAME = 6;

/** The person names inside a run, each as its parts. */
export function segmentRun(doc: Doc, run: readonly NameWord[]): NamePart[][] {
  const names: NamePart[][] = [];
  let i = 0;
  while (i < run.length) {
    const word = run[i];
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
      continue;
    }
    if (word.kind === 'first') {
      const end = givenNameEnd(run, i);
      const name = firstLedName(doc, run.slice(i, end));
      if (name) names.push(name);
      i = end;
      continue;
    }
    const after = run[i + 1];
    if (after?.kind === 'initial' && word.kind !== 'patronymic') {
      // Путин В. В. — a surname before initials.
      let end = i + 1;
      while (end < run.length && run[end].kind === 'initial') end++;
      names.push([part(word, 'surname'), ...run.slice(i + 1, end).map((initial) => part(initial, 'initial'))]);
      i = end;
      continue;
    }
    if (word.kind === 'surname' && after?.kind === 'first' && run[i + 2]?.kind === 'patronymic') {
      names.push([part(word, 'surname'), part(after, 'first'), part(run[i + 2], 'patronymic')]);
      i += 3;
      continue;
    }
    if (word.kind === 'unknown' && after && (after.kind === 'unknown' || after.kind === 'surname') && !afterOpeningQuote(doc, word.token)) {
      // Two words the dictionary does not know, side by side: a foreign name (Тайип Эрдоган).
      let end = i + 1;
      while (end < run.length && end - i < LONGEST_NAME && ['unknown', 'surname', 'particle'].includes(run[end].kind)) end++;
      const words = run.slice(i, end);
      names.push(words.map((each, index) => part(each, index === words.length - 1 ? 'surname' : each.kind === 'particle' ? 'particle' : 'first')));
      i = end;
      continue;
    }
    if (acceptsAlone(doc, word)) names.push([part(word, 'surname')]);
    i++;
  }
  return names;
}

/** Where the name that starts with a first name at `start` ends: before the next person's first name, or at the run's end. */
function givenNameEnd(run: readonly NameWord[], start: number): number {
  let end = start + 1;
  let sawSurname = false;
  while (end < run.length && end - start < LONGEST_NAME) {
    const word = run[end];
    if (word.kind === 'first' && sawSurname && end + 1 < run.length && SURNAME_SLOT.has(run[end + 1].kind)) break;
    if (word.kind === 'initial') break;
    if (word.kind !== 'first' && word.kind !== 'patronymic' && word.kind !== 'particle') sawSurname = true;
    end++;
  }
  return end;
}

function firstLedName(doc: Doc, words: readonly NameWord[]): NamePart[] | undefined {
  if (words.length === 1) return acceptsAlone(doc, words[0]) ? [part(words[0], 'first')] : undefined;
  const lead = words[0];
  const tail = words[words.length - 1];
  // "Вера Москва" and the like: a first name the dictionary prefers as a common noun needs a surname-like partner.
  if (!lead.strong && (tail.kind === 'common' || tail.kind === 'place')) return acceptsAlone(doc, lead) ? [part(lead, 'first')] : undefined;
  let lastWord = words.length - 1;
  while (lastWord > 0 && words[lastWord].kind === 'numeral') lastWord--;
  return words.map((word, index): NamePart => {
    if (word.kind === 'particle' || word.kind === 'numeral' || word.kind === 'patronymic') return part(word, word.kind);
    if (index === 0) return part(word, 'first');
    if (index === lastWord) return part(word, 'surname');
    return part(word, word.kind === 'first' ? 'first' : 'surname');
  });
}

/** A single word standing alone as a name: a known surname or first name, or a capitalised word after a person title. */
function acceptsAlone(doc: Doc, word: NameWord): boolean {
  switch (word.kind) {
    case 'surname':
    case 'first':
      return word.strong || !opensSentence(doc, word.token) || followsPersonCue(doc, word.token);
    case 'unknown':
    case 'common':
      return !afterOpeningQuote(doc, word.token) && followsPersonCue(doc, word.token);
    default:
      return false;
  }
}

/** The word before is a person title or a noun for a person ("господин", "президент", "футболист"). */
export function followsPersonCue(doc: Doc, index: number): boolean {
  const previous = doc.tokens[index - 1];
  if (!previous || previous.kind !== 'word' || previous.capitalized) return false;
  const key = nameKey(previous.text);
  if (PERSON_TITLES.has(key)) return true;
  const parses = reliableParses(previous.text, doc.parses[index - 1]);
  if (parses.length === 0 || ROLE_OF_ORGANISATION.has(parses[0].lemma)) return false;
  return parses[0].pos === 'NOUN' && parses[0].grammemes.has('anim') && parses[0].grammemes.has('sing');
}

function afterOpeningQuote(doc: Doc, index: number): boolean {
  const previous = doc.tokens[index - 1];
  return previous !== undefined && (previous.text === '«' || previous.text === '"' || previous.text === '„');
}

function part(word: NameWord, role: PartRole): NamePart {
  return { token: word.token, tokenEnd: word.tokenEnd, role };
}
