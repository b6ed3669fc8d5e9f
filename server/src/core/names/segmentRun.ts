/**
 * Cuts a run of name-like words into person names, or drops words that are not names: "Президент
 * Владимир Путин" keeps the name only, two names side by side split ("Билла Клинтона Джо
 * Локхарту"), and words the dictionary does not know form a name together (Тайип Эрдоган, Ван Цзюнь).
 */
import type { Doc } from '../doc';
import { acceptsAlone, afterOpeningQuote, followsPersonCue, isAdjective } from './aloneWords';
import { ORGANISATION_WORDS } from './gazetteers';
import { ownInitialsBeforeNext } from './initialsSplit';
import { allNameCases, canLead, foreignPairAfterPersonNoun, isShortSurname, nameCases, onlyGenitive, shortWordName } from './nameLeads';
import { tokenKey } from './nameKeys';
import { opensSentence, tokenLength, type NameWord } from './nameWords';
import { namePart, type NamePart, type PartRole } from './nominative';

/** Below this share, a first name at a sentence start does not lead common nouns (Вера, Слава), above it does (Кит Флинт). */
const WEAK_LEAD_SHARE = 0.5;
const SURNAME_SLOT = new Set(['surname', 'unknown', 'common', 'place', 'first']);
/** Particles that say whose son or daughter the bearer is (Arabic names): a word before them is a given name. */
const FILIATION = new Set(['бен', 'бин', 'ибн', 'бинт']);
const GROUP_WORD = new Set(['first', 'surname', 'patronymic', 'unknown', 'common', 'particle', 'numeral']);
/** Spanish surnames formed from a father's name (Родригес, Лопес, Гонсалес, Фернандес), in any case. */
const HISPANIC_PATRONYMIC = /^[А-ЯЁ][а-яё]+[еэ]с(?:а|у|ом|е)?$/u;
/** A Russian surname's ending, in any case (Горлов, Арсланова, Кравцовым, Шуваловой, Вишневский, Белоцкая). */
const RUSSIAN_SURNAME_ENDING = /(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою)?|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую))$/u;
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
      if (initialsEnd < run.length && takesInitials(doc, run[initialsEnd - 1], run[initialsEnd])) {
        names.push([...run.slice(i, initialsEnd).map((initial) => part(initial, 'initial')), part(run[initialsEnd], 'surname')]);
        i = initialsEnd + 1;
      } else {
        i = initialsEnd;
      }
    } else if (after?.kind === 'initial' && (word.kind === 'surname' || word.kind === 'unknown' || word.kind === 'common') && sameScript(doc, word, after) && (!initialsLeadOn(run, i + 1) || ownInitials(doc, run, i) > 0)) {
      // Путин В. В. — a surname before initials; of a longer row before another surname, its share (Путин В. В. В.В.Путин).
      const own = ownInitials(doc, run, i);
      let end = i + 1;
      while (end < run.length && run[end].kind === 'initial' && (own === 0 || end <= i + own)) end++;
      names.push([part(word, 'surname'), ...run.slice(i + 1, end).map((initial) => part(initial, 'initial'))]);
      i = end;
    } else if (word.kind === 'surname' && after?.kind === 'first' && run[i + 2]?.kind === 'patronymic' && shareCase(doc, run.slice(i, i + 3))) {
      names.push([part(word, 'surname'), part(after, 'first'), part(run[i + 2], 'patronymic')]);
      i += 3;
    } else {
      const end = nameEnd(doc, run, i);
      if (end > i + 1) {
        names.push(assignRoles(doc, run.slice(i, end)));
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
 * How many of the initials after the surname at `index` are its own, before the next surname
 * they could lead (see ownInitialsBeforeNext). Outside segmentRun's loop, so that its closure
 * costs no allocation for each word of every run.
 */
function ownInitials(doc: Doc, run: readonly NameWord[], index: number): number {
  const after = run[index + 1];
  return ownInitialsBeforeNext(doc, run, index, (next) => takesInitials(doc, after, next));
}

function onlyNominative(cases: ReadonlySet<string>): boolean {
  for (const value of cases) if (!value.startsWith('nomn')) return false;
  return true;
}

/**
 * A first name, a foreign word and another at `end` that ends the run (Мейрид Корриган Магуайр, Нэнси Дэвис Рейган): a
 * middle name or a maiden name before the surname, not a second person. Russian surnames (Хлопониным Пшихачев) are two.
 */
function foreignMiddle(doc: Doc, run: readonly NameWord[], start: number, end: number): boolean {
  if (end !== start + 2 || run.length !== end + 1 || run[start].kind !== 'first') return false;
  const middle = doc.tokens[run[start + 1].token].text;
  const last = doc.tokens[run[end].token].text;
  return !RUSSIAN_SURNAME_ENDING.test(middle) && !RUSSIAN_SURNAME_ENDING.test(last) && doc.tokens[run[end].tokenEnd]?.kind !== 'word';
}

function complementBeforeName(doc: Doc, run: readonly NameWord[], start: number): boolean {
  const lead = run[start];
  const next = run[start + 1];
  if ((lead.kind !== 'common' && lead.kind !== 'place' && lead.kind !== 'unknown') || (next?.kind !== 'first' && next?.kind !== 'unknown')) return false;
  // Not a short word: Korean and Chinese names decline only their first (Пака Чэ Сана).
  if (run[start + 2] === undefined || tokenLength(doc, lead.token) <= 4 || doc.tokens[lead.token - 1]?.kind !== 'word' || !onlyGenitive(doc, lead.token)) return false;
  const nextCases = nameCases(doc, next);
  return next.kind === 'unknown' ? !onlyGenitive(doc, next.token) : nextCases === undefined || ![...nextCases].some((value) => value.startsWith('gent'));
}

const OPENING_MARKS = new Set(['«', '"', '„', '“']);
const CLOSING_MARKS = new Set(['»', '"', '“', '”']);

/** The tokens [first, end) stand between an opening and a closing quotation mark, touching both. */
function fillsQuotation(doc: Doc, first: number, end: number): boolean {
  const before = doc.tokens[first - 1];
  const after = doc.tokens[end];
  return before !== undefined && after !== undefined && OPENING_MARKS.has(before.text) && before.end === doc.tokens[first].start
    && CLOSING_MARKS.has(after.text) && after.start === doc.tokens[end - 1].end;
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

/** Whether one of the values starts with the prefix. */
function someStartsWith(values: ReadonlySet<string>, prefix: string): boolean {
  for (const value of values) if (value.startsWith(prefix)) return true;
  return false;
}

/** Initials after a surname are in its script: "Газета St. Louis" is no Газета S. */
function sameScript(doc: Doc, a: NameWord, b: NameWord): boolean {
  return doc.tokens[a.token].script === doc.tokens[b.token].script;
}

/** The initials from `start` are followed by a surname-like word, so they belong to it (Сын А.Лукашенко). */
function initialsLeadOn(run: readonly NameWord[], start: number): boolean {
  let end = start;
  while (end < run.length && run[end].kind === 'initial') end++;
  return end < run.length && SURNAME_SLOT.has(run[end].kind);
}

/**
 * Where a name of two or more words starting at `start` ends, or `start + 1` when none starts
 * there. It stops before the next person's first name and never takes a sentence-opening common
 * noun ("Президент", "Солист") as its first word.
 */
function nameEnd(doc: Doc, run: readonly NameWord[], start: number): number {
  const lead = run[start];
  const none = start + 1;
  const opening = opensSentence(doc, lead.token) || afterOpeningQuote(doc, lead.token);
  if (!canLead(doc, run, start, opening)) return none;
  // "президент Филиппин Родриго Дутерте", "архиепископ Боготы Хесус Салазар": a word that is no name and reads only in the
  // genitive, after a word and before a given name, is the complement of the noun before it.
  if (complementBeforeName(doc, run, start)) return none;
  const shortWords = shortWordName(doc, run, start);
  if (shortWords > 0) return start + shortWords;
  let end = start + 1;
  const shortLead = isShortSurname(doc, lead, run[start + 1]);
  // A word before "son/daughter of" is a given name, whatever the dictionary makes of it (Тамим бен Хамад).
  const beforeFiliation = run[start + 1]?.kind === 'particle' && FILIATION.has(tokenKey(doc, run[start + 1].token));
  let sawSurname = lead.kind !== 'first' && !shortLead && !beforeFiliation;
  // Known name words of one name share a case: "вдова Ельцина Наина Иосифовна" is two people.
  let cases = nameCases(doc, lead);
  while (end < run.length && end - start < LONGEST_NAME) {
    const word = run[end];
    const previous = run[end - 1];
    if (word.kind === 'initial') break;
    if (word.kind === 'place' && !(lead.kind === 'first' && end === start + 1)) break;
    if (lead.kind === 'place' && end > start + 1) break;
    if (word.kind !== 'place' && !GROUP_WORD.has(word.kind)) break;
    // Once a first name and a surname stand, a common noun or another surname-like word ends the name
    // ("Кирсан Илюмжинов Президент", "Александром Хлопониным Пшихачев"); a regnal numeral does not.
    // A Spanish patronymic surname in -ес is followed by the mother's (Хосе Луис Родригес Сапатеро, Андрес Мануэль Лопес Обрадор).
    const secondSurname = previous.kind === 'surname' && (word.kind === 'unknown' || word.kind === 'surname') && (HISPANIC_PATRONYMIC.test(doc.tokens[previous.token].text) || foreignMiddle(doc, run, start, end));
    if (lead.kind === 'first' && sawSurname && !secondSurname && (word.kind === 'common' || (previous.kind === 'surname' && word.kind !== 'numeral' && word.kind !== 'particle'))) break;
    // A first name after a surname starts the next person (Майкла Джексона Кэтрин), unless a patronymic follows (Путин Владимир Владимирович);
    // after a word the dictionary does not know, only when a surname follows it (Минобрнауки Сергей Кравцов, but Зулема Томас,
    // Мануэль Мехуто Гонсалес);
    // short Korean parts go on (Кима Чен Ира).
    const koreanPart = tokenLength(doc, word.token) <= 4 && isShort(doc, previous) && end - start < 3;
    const afterKnownSurname = previous.kind === 'surname' || lead.kind === 'surname';
    // Two name words alone in their run, surname then first name, are one person's name whatever the dictionary's tags
    // (Горлов Александр; Аарон Эрнандес, where it knows Аарон as a surname only): two people side by side need a case
    // apart, which the case check below tells.
    // A Russian surname that can be a man's genitive before a first name that cannot says whose (жена Путина Людмила).
    const pairAlone = end === start + 1 && lead.kind === 'surname' && run.length === start + 2 && !ownerBefore(doc, lead, word);
    if (word.kind === 'first' && sawSurname && !koreanPart && !pairAlone && run[end + 1]?.kind !== 'patronymic' && (afterKnownSurname || surnameFollows(run, end + 1))) break;
    let wordCases = nameCases(doc, word);
    // "Иосифа Сталина": a first name that is a surname too (Сталина, also a woman's name) after a first name it does
    // not agree with as a first name is its surname, in the surname's cases.
    if (word.kind === 'first' && word.alsoSurname && previous.kind === 'first' && wordCases && cases && !sharesAny(cases, wordCases)) wordCases = allNameCases(doc, word) ?? wordCases;
    // "Жан-Клод Трише": after a first name that can only be nominative, a word read only as another first name in an
    // oblique case (Трише, the dative of Триша) and ending in a vowel is a foreign surname that does not decline.
    else if (word.kind === 'first' && end === start + 1 && wordCases && cases && !sharesAny(cases, wordCases) && onlyNominative(cases) && /[еиоуэ]$/u.test(doc.tokens[word.token].text)) wordCases = undefined;
    // "Стармеру Зеленский": an unknown word in a plain oblique case does not lead a known name word that cannot stand in it.
    const leadCase = end === start + 1 && lead.kind === 'unknown' ? obliqueEnding(doc, lead) : undefined;
    const nominativeShape = !wordCases && word.kind === 'surname' && /(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(doc.tokens[word.token].text);
    if (leadCase && (wordCases ? !someStartsWith(wordCases, leadCase) : nominativeShape)) break;
    if (wordCases && cases) {
      const shared = new Set([...cases].filter((value) => wordCases.has(value)));
      if (shared.size === 0) {
        // A woman's foreign surname ending in a consonant does not decline (Евгения Альбац, Людмилы Касьян).
        const feminine = [...cases].filter((value) => value.endsWith('female'));
        if (feminine.length > 0 && endsInConsonant(doc, word) && end === start + 1) cases = new Set(feminine);
        else break;
      } else {
        cases = shared;
      }
    } else {
      cases ??= wordCases;
    }
    if (word.kind !== 'first' && word.kind !== 'patronymic' && word.kind !== 'particle') sawSurname = true;
    end++;
  }
  while (end > start + 1 && run[end - 1].kind === 'particle') end--;
  if (end === none) return none;
  const words = run.slice(start, end);
  if (words.some((word) => ORGANISATION_WORDS.has(tokenKey(doc, word.token)))) return none;
  // «Бургер Кинг», «Борис Годунов», "Пхыа Тхаи": words that fill a pair of quotation marks are the name of a work, a
  // party, a club or a place, not a person's (one word alone there is decided by acceptsAlone).
  if (fillsQuotation(doc, lead.token, run[end - 1].tokenEnd)) return none;
  const tail = words.slice(1);
  if (lead.kind === 'first' && !lead.strong) {
    // A first name the dictionary prefers as a common noun ("Слава", "Вера") does not make a name of a place after it, nor of a common noun at a sentence start.
    if (tail.every((word) => word.kind === 'place')) return none;
    if (opening && lead.share < WEAK_LEAD_SHARE && tail.every((word) => word.kind === 'common' || word.kind === 'place')) return none;
    // Anywhere, nor of adjectives after it: "Герою Советского Союза" is a hero of the Soviet Union, not Гера Советская.
    if (lead.share < WEAK_LEAD_SHARE && tail.every((word) => word.kind === 'common' && isAdjective(doc, word.token))) return none;
  }
  if (lead.kind === 'surname' && !lead.strong && tail.every((word) => word.kind === 'common')) return none;
  // Мсвати III: a regnal numeral makes a name of the word before it.
  if (tail.every((word) => word.kind === 'numeral') && lead.kind !== 'place' && lead.kind !== 'common') return end;
  if (words.some((word) => word.kind === 'first' || word.kind === 'surname' || word.kind === 'patronymic')) return end;
  if (lead.kind === 'particle') return end;
  // "Тамим бен Хамад Аль Тани", "Мозы бинт Нассер": a word the dictionary does not know, then "son/daughter of", leads a name.
  if ((lead.kind === 'unknown' || lead.kind === 'common') && beforeFiliation) return end;
  if (lead.kind === 'unknown' || lead.kind === 'common') return tail.every((word) => word.kind === 'unknown' || word.kind === 'particle' || (word.kind === 'common' && !isAdjective(doc, word.token))) ? end : none;
  return shortLead || (end === start + 2 && foreignPairAfterPersonNoun(doc, run, start, opening)) ? end : none;
}

/** A Russian surname in a man's genitive before a first name in another case, or after a noun for a person: the person the name's bearer belongs to (вдова Ельцина Наина). */
function ownerBefore(doc: Doc, surname: NameWord, first: NameWord): boolean {
  if (!RUSSIAN_SURNAME_ENDING.test(doc.tokens[surname.token].text)) return false;
  const surnameCases = nameCases(doc, surname);
  const firstCases = nameCases(doc, first);
  if (surnameCases === undefined || !surnameCases.has('gent male')) return false;
  // After a noun for a person, whose (внучка Шаймиева Камиля, where Камиля could be a man's genitive too).
  return !(firstCases?.has('gent male') ?? false) || followsPersonCue(doc, surname.token);
}

/** Known name words share a case: "Пушкина Виталий Григорьевич" is not one name. */
function shareCase(doc: Doc, words: readonly NameWord[]): boolean {
  let shared: ReadonlySet<string> | undefined;
  for (const word of words) {
    const cases = nameCases(doc, word);
    if (!cases) continue;
    shared = shared ? new Set([...shared].filter((value) => cases.has(value))) : cases;
  }
  return shared === undefined || shared.size > 0;
}

/** The case an unknown man's name word shows by a plain ending after a consonant: -у dative, -ом instrumental. */
function obliqueEnding(doc: Doc, word: NameWord): string | undefined {
  const text = doc.tokens[word.token].text;
  if (/[бвгджзклмнпрстфхцчшщ]у$/u.test(text)) return 'datv';
  if (/[бвгджзклмнпрстфхцчшщ]ом$/u.test(text)) return 'ablt';
  return undefined;
}

function endsInConsonant(doc: Doc, word: NameWord): boolean {
  return /[бвгджзклмнпрстфхцчшщ]$/u.test(doc.tokens[word.token].text);
}

function surnameFollows(run: readonly NameWord[], from: number): boolean {
  let index = from;
  while (run[index]?.kind === 'particle') index++;
  return index < run.length && SURNAME_SLOT.has(run[index].kind);
}

function isShort(doc: Doc, word: NameWord): boolean {
  return tokenLength(doc, word.token) <= 3;
}

/**
 * A surname-like word after initials, in their script ("G. Из-за" is not a name). A common noun
 * only after a one-letter initial (Д. Трамп): after "Фо." it opens the next sentence.
 */
function takesInitials(doc: Doc, initial: NameWord, surname: NameWord): boolean {
  if (!SURNAME_SLOT.has(surname.kind) || doc.tokens[initial.token].script !== doc.tokens[surname.token].script) return false;
  return surname.kind !== 'common' || tokenLength(doc, initial.token) === 1;
}

/** Roles of the words of a name: the last word is the surname, earlier ones given names, patronymics and particles as they are. */
function assignRoles(doc: Doc, words: readonly NameWord[]): NamePart[] {
  let lastWord = words.length - 1;
  while (lastWord > 0 && words[lastWord].kind === 'numeral') lastWord--;
  // Surname first (Путин Владимир Владимирович, Горлов Александр); of two words only, when the first has a Russian surname's
  // ending: a foreign pair is in the usual order whatever the dictionary's tags (Аарон Эрнандес).
  const surnameFirst = words[0].kind === 'surname' && words.slice(1, lastWord + 1).every((word) => word.kind === 'first' || word.kind === 'patronymic') &&
    (lastWord > 1 || words[1].kind === 'patronymic' || RUSSIAN_SURNAME_ENDING.test(doc.tokens[words[0].token].text));
  // "Романа Абрамовича": a last word that is a patronymic form and a surname, after a first name only, is the surname.
  const patronymicSurname = lastWord === 1 && words[0].kind === 'first' && words[1].kind === 'patronymic' && words[1].alsoSurname;
  // After "son/daughter of" the name goes on as the family's (Хамад бен Халифа Аль Тани: surname "бен Халифа Аль Тани").
  const filiation = words.findIndex((word) => word.kind === 'particle' && FILIATION.has(tokenKey(doc, word.token)));
  return words.map((word, index): NamePart => {
    if (patronymicSurname && index === 1) return part(word, 'surname');
    if (filiation > 0 && index > filiation && word.kind !== 'particle' && word.kind !== 'numeral') return part(word, 'surname');
    if (word.kind === 'particle' || word.kind === 'numeral' || word.kind === 'patronymic') return part(word, word.kind);
    if (surnameFirst) return part(word, index === 0 ? 'surname' : 'first');
    if (index === lastWord && index > 0) return part(word, 'surname');
    return part(word, 'first');
  });
}

function part(word: NameWord, role: PartRole): NamePart {
  return namePart(word.token, word.tokenEnd, role);
}
