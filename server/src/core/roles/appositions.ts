/**
 * Attaches role phrases that stand beside a name: before it ("спецпосланника Джона Брауна",
 * "музыканты Юрий Царёв, Алексей Борисов") or after it between commas, dashes or brackets
 * ("Юрий Ушаков, помощник президента, …"). A genitive name after a phrase in another case is
 * its complement ("помощник Путина", "пресс-секретарю экс-президента США Билла Клинтона Джо
 * Локхарту"): the role points at that person and the inner title becomes that person's role.
 */
import { lowerText, type Doc } from '../doc';
import { AGE_ADJECTIVE, caseOf, type Case } from '../morphology/morphology';
import type { Person } from '../types';
import { casesMeet, womanNameCases, type NamedMention, type NameIndex } from './nameIndex';
import { headLemmaOf, type RoleBook } from './roleBook';
import { afterPaucal, attachToList, pastAside } from './lists';
import { isRelationalHead, needsComplement, roleHeadsAt } from './roleLexicon';
import { clauseStart, phraseAt, type RolePhrase } from './rolePhrase';

/** A phrase not attached to anyone yet; its genitive complement may be a person ("помощник Путина"). */
export interface Leftover {
  phrase: RolePhrase;
  /** Where the role ends: after the complement's name when there is one. */
  tokenEnd: number;
  related?: NamedMention;
}

/** A phrase whose genitive complement is a person. */
export interface RelatedPhrase extends Leftover {
  related: NamedMention;
}

const OPENERS = new Set([',', '—', '–', '-', '(']);
const DASHES = new Set(['—', '–']);

/** A phrase attached beside a name: where lists of titles ("драматург, режиссёр и художник") start from. */
export interface Anchor {
  phrase: RolePhrase;
  person: Person;
  /** The phrase follows the name ("Дарио Фо — драматург, режиссёр"). */
  afterName: boolean;
}

/** Attaches appositions; returns the phrases left unattached, the ones pointing at a person, and the anchors. */
export function attachAppositions(doc: Doc, phrases: readonly RolePhrase[], names: NameIndex, book: RoleBook): { rest: RolePhrase[]; related: RelatedPhrase[]; anchors: Anchor[] } {
  const rest: RolePhrase[] = [];
  const related: RelatedPhrase[] = [];
  const anchors: Anchor[] = [];
  for (const phrase of phrases) {
    const outcome = attachBefore(doc, phrase, names, book);
    if (outcome && outcome !== 'attached' && 'person' in outcome) {
      anchors.push(outcome);
    } else if (outcome && outcome !== 'attached') {
      // "Иван Петров, помощник Анны Беловой, заявил": a title pointing at a person may still be the apposition of the name
      // before it; kin ("Иван Петров, сын Анны Беловой") says whose relative one is, not what one does.
      const person = needsComplement(headLemmaOf(phrase)) ? undefined : attachAfter(doc, phrase, names, book, outcome.tokenEnd, outcome.related.person);
      if (person) anchors.push({ phrase, person, afterName: true });
      else related.push(outcome);
    } else if (!outcome) {
      const person = attachAfter(doc, phrase, names, book);
      if (person) anchors.push({ phrase, person, afterName: true });
      else rest.push(phrase);
    }
  }
  return { rest, related, anchors };
}

function attachBefore(doc: Doc, phrase: RolePhrase, names: NameIndex, book: RoleBook): 'attached' | Anchor | RelatedPhrase | undefined {
  // "президент Фонда прав человека (Human Rights Foundation) Тор Халворссен": the organisation's own spelling in brackets stands between.
  const name = names.startingAt(phrase.tokenEnd) ?? names.startingAt(pastAge(doc, phrase.tokenEnd)) ?? names.startingAt(pastAside(doc, phrase.tokenEnd));
  if (!name) return dashedName(doc, phrase, names, book) ?? commaName(doc, phrase, names, book);
  // A name on the next line starts a heading or a paragraph of its own.
  if (doc.tokens[name.tokenStart].lineBreakBefore) return undefined;
  // A name on the next line (a caption's list under a heading) does not follow this one.
  const after = names.startingAt(name.tokenEnd);
  const next = after && !doc.tokens[after.tokenStart].lineBreakBefore ? after : undefined;
  const relational = isRelationalHead(phrase.headParses[0].lemma) && name.bareSurname && phrase.innerHead === undefined;
  // "пловчиха Александра Герасименя" with the person taken for a man: the title and the name both read as a woman's.
  const asWoman = name.person.gender === 'male' && femaleTitle(phrase) && casesMeet(phrase.cases, womanNameCases(doc, name));
  if ((asWoman || casesMeet(phrase.cases, name.cases)) && !(next && casesMeet(phrase.cases, next.cases)) && !relational) {
    book.attach(name.person, phrase, phrase.tokenStart, phrase.tokenEnd, undefined, asWoman || feminineVerbNear(doc, phrase.tokenStart, name.tokenEnd));
    if (!phrase.partitive && phrase.headParses.some((parse) => parse.grammemes.has('plur'))) attachToList(doc, phrase, name, names, book);
    else if (afterPaucal(doc, phrase)) attachToList(doc, phrase, name, names, book, false);
    return { phrase, person: name.person, afterName: false };
  }
  if (!name.cases.has(phrase.innerCase ?? 'gent')) {
    if (!unreadFullName(phrase, name, next)) return undefined;
    // "два журналиста Иван Петров и Олег Сидоров": the names the numeral counts.
    if (afterPaucal(doc, phrase)) attachToList(doc, phrase, name, names, book, false);
    return attachedBefore(phrase, name, book);
  }
  // The name is the genitive complement: an inner title is its apposition, the whole phrase points at it.
  if (phrase.innerHead !== undefined && phrase.innerStart !== undefined) {
    const inner = phraseAt(doc, phrase.innerHead, names);
    if (inner) book.attach(name.person, inner, Math.max(inner.tokenStart, phrase.innerStart), phrase.tokenEnd);
  }
  if (next && casesMeet(phrase.cases, next.cases)) {
    book.attach(next.person, phrase, phrase.tokenStart, phrase.tokenEnd, name.person);
    return { phrase, person: next.person, afterName: false };
  }
  // "Адвокат Петрова — Иван Сидоров": the title with its genitive name, a dash, and the name that fills it.
  const dash = doc.tokens[name.tokenEnd]?.text;
  const filler = phrase.innerHead === undefined && (dash === '—' || dash === '–') ? names.startingAt(name.tokenEnd + 1) : undefined;
  if (filler && filler.person !== name.person && casesMeet(phrase.cases, filler.cases) && phrase.headParses.some((parse) => parse.grammemes.has('sing'))) {
    book.attach(filler.person, phrase, phrase.tokenStart, name.tokenEnd, name.person);
    return { phrase, person: filler.person, afterName: false };
  }
  return phrase.innerHead !== undefined ? { phrase, tokenEnd: phrase.tokenEnd, related: name } : { phrase, tokenEnd: name.tokenEnd, related: name };
}


/**
 * "защитник «Зенита» 34-летний Иван Петров", "министр финансов — 72-х летний Таро Асо": an age
 * before the name is the name's, so the title reaches across it; the token after the age, or -1.
 */
function pastAge(doc: Doc, index: number): number {
  const { tokens } = doc;
  if (tokens[index]?.kind === 'word' && AGE_ADJECTIVE.test(tokens[index].text.toLowerCase())) return index + 1;
  if (tokens[index]?.kind !== 'number' || tokens[index + 1]?.text !== '-') return -1;
  const word = tokens[index + 2]?.text.toLowerCase() === 'х' ? index + 3 : index + 2;
  return tokens[word]?.kind === 'word' && AGE_ADJECTIVE.test(tokens[word].text.toLowerCase()) && !tokens[word].lineBreakBefore ? word + 1 : -1;
}

function femaleTitle(phrase: RolePhrase): boolean {
  return phrase.headParses.every((parse) => parse.grammemes.has('femn') && !parse.grammemes.has('Ms-f'));
}

/** A feminine past-tense verb next to the title and name, in their sentence: "скончалась писательница X", "писательница X умерла". */
function feminineVerbNear(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.sentences[doc.sentenceOfToken[start]];
  const isFeminineVerb = (index: number) => {
    const verb = doc.parses[index]?.[0];
    return verb?.pos === 'VERB' && verb.grammemes.has('past') && verb.grammemes.has('femn');
  };
  for (let index = Math.max(sentence.tokenStart, start - 3); index < start; index++) if (isFeminineVerb(index)) return true;
  for (let index = end; index < Math.min(sentence.tokenEnd, end + 3); index++) if (isFeminineVerb(index)) return true;
  return false;
}

/** "глава государства — Эванс Миллс", "у российского фехтовальщика — Ивана Петрова": a title, a dash, and the name in its case that fills it. */
function dashedName(doc: Doc, phrase: RolePhrase, names: NameIndex, book: RoleBook): Anchor | undefined {
  const dash = doc.tokens[phrase.tokenEnd]?.text;
  if (dash !== '—' && dash !== '–') return undefined;
  const name = names.startingAt(phrase.tokenEnd + 1) ?? names.startingAt(pastAge(doc, phrase.tokenEnd + 1));
  // "один из адвокатов семьи — Анна Белова": one of several, singular as a whole.
  if (!name || !casesMeet(phrase.cases, name.cases) || !(phrase.partitive || phrase.headParses.some((parse) => parse.grammemes.has('sing')))) return undefined;
  // "Иванов — министр, Петров — …": the title of a name before it in its sentence is not the next name's.
  const start = clauseStart(phrase);
  const opensSentence = start === doc.sentences[doc.sentenceOfToken[start]].tokenStart;
  if (!opensSentence && (names.endingAt(start - 1) || names.endingAt(start - 2))) return undefined;
  return attachedBefore(phrase, name, book);
}

// How far past the phrase the rest of a complement may run before the name: "судья округа Галвестон", "Докладчик ПАСЕ по правам ЛГБТ".
const COMPLEMENT_REACH = 8;
const COMPLEMENT_MARKS = new Set(['«', '»', '"', '“', '”', '№']);
const CLAUSE_WORDS = new Set(['VERB', 'INFN', 'PRTS', 'GRND', 'ADVB', 'NPRO', 'CONJ', 'PRCL', 'PRED', 'COMP']);

/**
 * "шерифа округа Харрис Эда Гонзалеса", "охотник на крокодилов Стив Ирвин", "зампред президента
 * в Северо-Кавказском округе Максим Быстров", "начальнику пресс-службы ГУ МВД по г. Москве
 * Галиакберову Андрею": the complement goes on with words the phrase did not take (a place's
 * own name, a number, a prepositional phrase, an organisation) and then comes the name, in the
 * title's case. Tried on the singular phrases no construction took, so that a predicate
 * ("занимал пост министра … в кабинете Абэ") keeps its own. Returns the phrases still left.
 */
export function attachBeyondComplements(doc: Doc, leftovers: readonly Leftover[], names: NameIndex, book: RoleBook): Leftover[] {
  return leftovers.filter((leftover) => leftover.related || !beyondComplement(doc, leftover.phrase, names, book));
}

/**
 * Only words a complement is made of may stand between: no verb, adverb, pronoun or conjunction
 * (but "и" inside it: "по обороне и безопасности"), no comma, no other title and no other person
 * noun (whose apposition the name would be: "адвокаты жительницы штата Техас …"), except a rank,
 * origin or party noun in the title's case right before the name, which is the name's apposition
 * as the title is ("командир экипажа канадец Иван Петров"); a name followed
 * at once by another is part of the complement (округа Харрис), as is a name in another case
 * (представитель фонда Анны Франк). A genitive name right after a common noun is that noun's
 * ("актёра на роль Аладдина"), and a name after a preposition or "имени" is its object. The role
 * runs up to the name.
 */
function beyondComplement(doc: Doc, phrase: RolePhrase, names: NameIndex, book: RoleBook): boolean {
  const { tokens } = doc;
  if (!phrase.partitive && !phrase.headParses.some((parse) => parse.grammemes.has('sing'))) return false;
  const sentence = doc.sentenceOfToken[phrase.head];
  const limit = Math.min(tokens.length, phrase.tokenEnd + COMPLEMENT_REACH);
  for (let index = phrase.tokenEnd; index < limit; index++) {
    const token = tokens[index];
    if (token.lineBreakBefore || doc.sentenceOfToken[index] !== sentence) return false;
    const named = names.startingAt(index);
    if (named) {
      const next = names.startingAt(named.tokenEnd);
      const inComplement = (next && !tokens[next.tokenStart].lineBreakBefore) || !casesMeet(phrase.cases, named.cases);
      if (!inComplement) {
        if (index === phrase.tokenEnd || (isRelationalHead(phrase.headParses[0].lemma) && named.bareSurname) || governedName(doc, index, phrase, named)) return false;
        return book.attach(named.person, phrase, phrase.tokenStart, index) !== undefined;
      }
      index = named.tokenEnd - 1;
      continue;
    }
    if (token.text === '(') {
      const after = pastAside(doc, index);
      if (after === index) return false;
      index = after - 1;
      continue;
    }
    if (token.kind === 'number' || COMPLEMENT_MARKS.has(token.text)) continue;
    // The period of an abbreviation inside the sentence ("по г. Москве").
    if (token.text === '.' && tokens[index - 1]?.kind === 'word' && !tokens[index - 1].capitalized && tokens[index - 1].text.length <= 3) continue;
    if (token.kind !== 'word') return false;
    const best = doc.parses[index][0];
    if (token.text === 'и') {
      const following = tokens[index + 1];
      if (!following || following.kind !== 'word' || names.inName(index + 1) || roleHeadsAt(doc, index + 1).length > 0) return false;
      continue;
    }
    if (best?.pos !== undefined && CLAUSE_WORDS.has(best.pos)) return false;
    // "заместитель командующего авиацией генерал-майор Иван Петров", "командир экипажа канадец Иван Петров": a rank, origin
    // or party noun in the title's case right before a name is that name's apposition, and so is the title before it.
    const personNoun = !token.capitalized && best?.pos === 'NOUN' && best.grammemes.has('anim');
    if (personNoun && standsAlone(doc, index, phrase.tokenEnd) && !isRelationalHead(best.lemma) && !needsComplement(headLemmaOf(phrase))) {
      const named = names.startingAt(index + 1);
      const nounCases = doc.parses[index].filter((parse) => parse.pos === 'NOUN' && parse.grammemes.has('sing') && phrase.cases.has(caseOf(parse) as Case));
      if (named && !tokens[named.tokenStart].lineBreakBefore && nounCases.length > 0 && casesMeet(phrase.cases, named.cases)) {
        return book.attach(named.person, phrase, phrase.tokenStart, index) !== undefined;
      }
    }
    if (roleHeadsAt(doc, index).length > 0) return false;
    if (personNoun) return false;
  }
  return false;
}

/**
 * A noun that stands in apposition of its own: not the object of a preposition before it (past its adjectives:
 * "с американским бизнесменом") nor a second item joined by "и" or a comma ("супруг и предшественник").
 */
function standsAlone(doc: Doc, index: number, from: number): boolean {
  let before = index - 1;
  while (before >= from && doc.parses[before][0]?.pos === 'ADJF') before--;
  if (before < from) return true;
  const text = doc.tokens[before].text.toLowerCase();
  return text !== 'и' && text !== ',' && doc.parses[before][0]?.pos !== 'PREP';
}

/** The name is the object of a preposition or of "имени"/"им." before it, or the genitive complement of a common noun before it. */
function governedName(doc: Doc, index: number, phrase: RolePhrase, named: NamedMention): boolean {
  const { tokens } = doc;
  const before = index - 1;
  const word = tokens[before]?.text.toLowerCase();
  if (doc.parses[before]?.[0]?.pos === 'PREP' || word === 'имени' || (word === '.' && tokens[before - 1]?.text.toLowerCase() === 'им')) return true;
  const onlyGenitive = !['nomn', 'datv', 'ablt', 'loct'].some((value) => phrase.cases.has(value as Case) && named.cases.has(value as Case));
  return onlyGenitive && tokens[before]?.kind === 'word' && !tokens[before].capitalized && doc.parses[before][0]?.pos === 'NOUN';
}

/**
 * "Президент России, Владимир Путин, выразил …", "его адвокат, Иван Петров, отказался",
 * "историк и публицист, Веннер ранее …": a singular nominative title, a comma and a nominative
 * name that the clause goes on from (a comma, a bracket, a verb) is that name's apposition. Not
 * when the title follows a name of its own ("Иванов, министр, Петров …") or the name opens a
 * list ("министр, Иван Петров и Анна Белова"), nor after "как" ("как и сам министр, Петров …", "как сообщил директор, Петров …").
 * With an age before the name, in any case the title and name share, and at the end of the sentence too
 * ("сотрудник полиции, 45-летний Иван Петров, напал", "старшему эксперту, 62-летнему Якову Иванову.").
 */
function commaName(doc: Doc, phrase: RolePhrase, names: NameIndex, book: RoleBook): Anchor | undefined {
  const { tokens } = doc;
  if (tokens[phrase.tokenEnd]?.text !== ',' || !phrase.headParses.some((parse) => parse.grammemes.has('sing'))) return undefined;
  const aged = pastAge(doc, phrase.tokenEnd + 1);
  const name = names.startingAt(phrase.tokenEnd + 1) ?? (aged > 0 ? names.startingAt(aged) : undefined);
  if (!name || tokens[name.tokenStart].lineBreakBefore) return undefined;
  // An age before the name marks it as the title's apposition in any case the two share: "старшему эксперту, 62-летнему Якову Иванову".
  const withAge = name.tokenStart !== phrase.tokenEnd + 1;
  if (withAge ? !casesMeet(phrase.cases, name.cases) : !(phrase.cases.has('nomn') && name.cases.has('nomn'))) return undefined;
  const after = tokens[name.tokenEnd];
  const sentenceEnds = after === undefined || doc.sentenceOfToken[name.tokenEnd] !== doc.sentenceOfToken[name.tokenStart] || after.text === '.';
  const goesOn = withAge && sentenceEnds ? true : after !== undefined && (after.text === ',' || after.text === '(' || doc.parses[name.tokenEnd][0]?.pos === 'VERB' || doc.parses[name.tokenEnd][0]?.pos === 'ADVB');
  if (!goesOn || (after?.text === ',' && names.startingAt(name.tokenEnd + 1))) return undefined;
  const start = clauseStart(phrase);
  if (names.endingAt(start - 1) || names.endingAt(start - 2)) return undefined;
  // "Так же, как и сам миллиардер, Сокол …" compares the name with the title's holder; "Как сообщил директор, Петров …" names the source of what the name did.
  for (let index = Math.max(0, start - 3); index < start; index++) if (lowerText(doc, index) === 'как') return undefined;
  return book.attach(name.person, phrase) ? { phrase, person: name.person, afterName: false } : undefined;
}

/**
 * "лидера страны Ким Чен Ына": a full name right after a singular genitive title, in a case the title
 * cannot be in and not the genitive of a complement, is a foreign name whose case the dictionary
 * cannot read; it is still the title's apposition.
 */
function unreadFullName(phrase: RolePhrase, name: NamedMention, next: NamedMention | undefined): boolean {
  if (name.bareSurname || next || phrase.innerHead !== undefined || !phrase.headParses.every((parse) => parse.grammemes.has('sing'))) return false;
  // Only a genitive title: after a dative one ("сказал министру Иван Петров") the name is the verb's subject.
  if (phrase.cases.has('gent')) return true;
  // "норвежский драматург Юн Фоссе": after a nominative title, a full name read only in a case no title
  // governs without a preposition (Фоссе as the prepositional of "Фосс") is a foreign name that does not decline.
  return phrase.cases.has('nomn') && !['nomn', 'gent', 'accs', 'datv'].some((value) => name.cases.has(value as 'nomn'));
}

function attachedBefore(phrase: RolePhrase, name: NamedMention, book: RoleBook): Anchor {
  book.attach(name.person, phrase);
  return { phrase, person: name.person, afterName: false };
}

/**
 * "Юрий Ушаков, помощник президента, …": the phrase follows a name after a comma, dash or bracket.
 * `end` and `related`: a phrase whose genitive complement is a person runs up to that person's name and points at them.
 */
// Adverbs that date an apposition: "Иван Петров, ныне министр обороны", "…, некогда секретарь ЦК".
const TIME_ADVERBS = new Set(['ныне', 'некогда', 'ранее', 'прежде', 'тогда', 'впоследствии', 'позднее', 'позже', 'сейчас', 'теперь', 'бывало', 'когда-то']);

/** The token of a dating adverb right before the title, when one stands between the opener and it; else the token itself. */
function pastTimeAdverb(doc: Doc, start: number): number {
  return start >= 2 && TIME_ADVERBS.has(lowerText(doc, start - 1)) && OPENERS.has(doc.tokens[start - 2].text) ? start - 1 : start;
}

const YEARS = new Set(['год', 'года', 'лет']);

/**
 * "Мишель Бачелет — 54 года, врач", "Иван Петров (Ivan Petrov), 34 года, пилот": an age in years
 * between commas (or after a dash) right after the name is an aside of its own, and the title
 * after it is the name's apposition still; where the clause of the title starts, the age taken in.
 */
function pastYearsAside(doc: Doc, start: number): number {
  const { tokens } = doc;
  if (tokens[start - 1]?.text !== ',' || !YEARS.has(tokens[start - 2]?.text.toLowerCase() ?? '') || tokens[start - 3]?.kind !== 'number') return start;
  return OPENERS.has(tokens[start - 4]?.text ?? '') && tokens[start - 4].text !== '(' ? start - 3 : start;
}

function attachAfter(doc: Doc, phrase: RolePhrase, names: NameIndex, book: RoleBook, end = phrase.tokenEnd, related?: Person): Person | undefined {
  // "Рахмона — 62-летнего бывшего директора совхоза": an age between a dash and the title is its holder's too (after a
  // comma, "…, 87-летний бизнесмен скончался" as often opens a clause of its own).
  const aged = ageBefore(doc, clauseStart(phrase));
  const agedOpener = doc.tokens[aged - 1]?.text ?? '';
  const start = pastYearsAside(doc, pastTimeAdverb(doc, DASHES.has(agedOpener) || agedOpener === '(' ? aged : clauseStart(phrase)));
  const opener = doc.tokens[start - 1];
  if (!opener || !OPENERS.has(opener.text)) return undefined;
  // "Нгуи Ва Тхионго, норвежский драматург Юн Фоссе, …": a title right before a name opens the next item of a list; it is that name's, not the one before.
  if (opener.text === ',' && (names.startingAt(end) || names.startingAt(pastAge(doc, end)) || nameAcrossCapital(doc, end, names))) return undefined;
  const name = names.endingAt(start - 1) ?? names.endingAt(bracketStart(doc, start - 2));
  if (!name) return undefined;
  // "Иван Петров — министр", "у Фредди Гуарина (полузащитник «Шанхая» — ред.)": after a dash or in brackets the
  // title says who the name is in the nominative, whatever the name's case.
  const dashOrBracket = opener.text !== ',';
  if (!casesMeet(phrase.cases, name.cases) && !(dashOrBracket && phrase.cases.has('nomn'))) return undefined;
  if (!phrase.partitive && !phrase.headParses.some((parse) => parse.grammemes.has('sing'))) return undefined;
  if (related === name.person) return undefined;
  book.attach(name.person, phrase, phrase.tokenStart, end, related);
  return name.person;
}

/** Where an age right before the token starts ("62-летнего", "пятидесятилетний"), or the token itself. */
export function ageBefore(doc: Doc, index: number): number {
  const { tokens } = doc;
  const word = tokens[index - 1];
  if (word?.kind !== 'word' || !AGE_ADJECTIVE.test(word.text.toLowerCase())) return index;
  const glued = tokens[index - 2]?.text === '-' && tokens[index - 2].end === word.start;
  if (!glued) return index - 1;
  const number = tokens[index - 3]?.text.toLowerCase() === 'х' ? index - 4 : index - 3;
  return tokens[number]?.kind === 'number' ? number : index;
}

/** A capitalised word on the line right before a name: a first name the names stage did not take with it ("Юн Фоссе", read as a short adjective). */
function nameAcrossCapital(doc: Doc, index: number, names: NameIndex): boolean {
  const token = doc.tokens[index];
  return token?.kind === 'word' && token.capitalized && !token.lineBreakBefore && names.startingAt(index + 1) !== undefined;
}

// A biography's aside after the name holds the original spelling, dates and places of birth: "Иван Петров (род. 2 мая 1950, Казань) — …".
const BRACKET_REACH = 40;

/** "Крессида Дик (Cressida Dick), бывший …": where a bracketed aside that ends at the token opens, so that the name before it is found. */
function bracketStart(doc: Doc, close: number): number {
  if (doc.tokens[close]?.text !== ')') return -1;
  for (let index = close - 1; index >= 0 && close - index <= BRACKET_REACH; index--) {
    if (doc.tokens[index].text === '(') return index;
    if (doc.tokens[index].text === ')' || doc.tokens[index].lineBreakBefore) return -1;
  }
  return -1;
}
