/**
 * The words after a role head that make it specific: genitive noun phrases (помощник
 * президента России, актёр театра и кино), prepositional ones (спецпредставитель по
 * международному сотрудничеству, постпред при ООН, посол в Германии, сенатор от Алабамы) and organisation names
 * in quotes or Latin letters (глава «Роснефти», глава Facebook). They stop before a name.
 */
import { formFact, lowerText, type Doc } from '../doc';
import { caseOf, type Case, type WordParse } from '../morphology/morphology';
import { isRoleHeadParse, roleHeadsAt } from './roleLexicon';
import { agrees, type NameTokens, type RolePhrase } from './rolePhrase';

const MAX_ADJECTIVES = 3;
const MAX_COMPLEMENTS = 5;
// Nouns of time and measure close a complement: "президент 2008 года" speaks of a date, not an office.
const NOT_COMPLEMENTS = new Set(['год', 'месяц', 'день', 'неделя', 'время', 'час', 'минута', 'раз', 'число', 'половина', 'сторона']);
// Heads whose office is held in a country or organisation: "посол в США", "представитель в ЕС".
const PLACED_HEAD = /посол|посланник|пред|консул|корреспондент/;
const POSSESSIVES = new Set(['его', 'её', 'ее', 'их']);
const PARTICIPLE_HEAD = /[ую]щий$/;
// A map, not an object: every word after a title is looked up, and an object would look each one up as a property name.
const CLOSING_QUOTE = new Map([['«', '»'], ['"', '"'], ['“', '”'], ['„', '“'], ["'", "'"]]);

/** Extends the phrase over its complements, in place, and notes a role head among them. */
export function extendComplements(doc: Doc, phrase: RolePhrase, names: NameTokens): void {
  const { tokens } = doc;
  let count = 0;
  let index = phrase.tokenEnd;
  // The case of the last complement, which a second one joined by "и" shares ("по безопасности и противодействию коррупции").
  let lastCase: Case = 'gent';
  while (index < tokens.length && count < MAX_COMPLEMENTS && !tokens[index].lineBreakBefore) {
    if (names.inName(index)) {
      // "губернатор штата Миннесота Тим Поленти", "глава города Иванова Олег Смирнов": after a
      // common noun of a place, a name taken for a person's with the holder's name right after it is the place's.
      const placeName = count > 0 ? placeNameEnd(doc, index, names) : undefined;
      if (placeName === undefined) break;
      phrase.tokenEnd = placeName;
      break;
    }
    const word = lowerText(doc, index);
    let end: number | undefined;
    let nextCase: Case = 'gent';
    if (word === 'по') {
      end = nounPhraseEnd(doc, index + 1, 'datv', names);
      nextCase = 'datv';
    }
    else if (word === 'при') end = noteInnerHead(doc, phrase, index + 1, nounPhraseEnd(doc, index + 1, 'loct', names), 'loct');
    else if (word === 'от' || word === 'из') end = sourceEnd(doc, index + 1, names);
    else if (word === 'в' || word === 'во') {
      // "кандидат в президенты": the office sought, a title in the plural spelled as its nominative.
      const sought = nounPhraseEnd(doc, index + 1, 'nomn', names);
      if (sought !== undefined && isRoleHeadIn(doc, sought - 1, 'nomn') && doc.parses[sought - 1].some((parse) => parse.grammemes.has('plur'))) end = sought;
      else {
        // "посол в США"; for other titles only right before the name ("помощница по работе в Госдуме Галина …").
        const placeEnd = nounPhraseEnd(doc, index + 1, 'loct', names, true);
        if (PLACED_HEAD.test(phrase.headParses[0].lemma) || (placeEnd !== undefined && names.inName(placeEnd))) end = placeEnd;
      }
    } else if (word === 'и' && count > 0) {
      end = coordinatedEnd(doc, index + 1, names, lastCase);
      nextCase = lastCase;
    } else if (tokens[index].text === '(' && count > 0) end = bracketedAbbreviationEnd(doc, index);
    else if (CLOSING_QUOTE.has(tokens[index].text)) end = quotedNameEnd(doc, index);
    // An agreeing adjective after the title and before the name belongs to the title: "Папа Римский Франциск", "папа римский Франциск".
    else if (count === 0 && names.inName(index + 1) && doc.parses[index].some((parse) => phrase.headParses.some((head) => agrees(parse, head)))) end = index + 1;
    // A participle used as a title keeps its verb's object: "командующий войсками", "управляющий делами".
    else if (count === 0 && (PARTICIPLE_HEAD.test(phrase.headParses[0].lemma) || phrase.headParses[0].pos === 'PRTF') && nounPhraseEnd(doc, index, 'ablt', names) !== undefined) end = nounPhraseEnd(doc, index, 'ablt', names);
    else if (tokens[index].script === 'latin' && tokens[index].capitalized) end = latinNameEnd(doc, index, names);
    else {
      const genitive = nounPhraseEnd(doc, index, 'gent', names);
      // After a proper name a new title is an apposition of its own: "главы МВД [полковника] Иванова";
      // a plural one is part of the name of a body ("Палаты представителей").
      // A capitalised title after a capitalised common noun goes on the body's official name: "замглавы Администрации Президента России".
      if (genitive !== undefined && count > 0 && tokens[index - 1].capitalized && isGenitiveRoleHead(doc, genitive - 1, 'sing') && !(tokens[genitive - 1].capitalized && isCapitalisedCommonNoun(doc, index - 1))) break;
      end = noteInnerHead(doc, phrase, index, genitive, 'gent');
    }
    if (end === undefined) break;
    lastCase = nextCase;
    phrase.tokenEnd = end;
    index = end;
    count++;
  }
}

/** A word of a body's name capitalised in official style ("Администрации", "Совета"): a known common noun, not an abbreviation or a name. */
function isCapitalisedCommonNoun(doc: Doc, index: number): boolean {
  const parse = doc.parses[index][0];
  return parse?.pos === 'NOUN' && parse.known && !writtenInCapitals(doc, index) && index !== doc.sentences[doc.sentenceOfToken[index]].tokenStart
    && !['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'anim'].some((grammeme) => parse.grammemes.has(grammeme));
}

// Common nouns of a place or a local body, after which a capitalised word is the place's name.
const PLACE_NOUNS = new Set(['штат', 'город', 'округ', 'область', 'район', 'провинция', 'край', 'графство', 'деревня', 'село', 'посёлок', 'администрация', 'префектура', 'муниципалитет', 'коммуна', 'уезд', 'губерния']);

/** The end of a name mention of one or two words (and a capitalised word after it) right after a common noun of a place, when another name follows at once. */
function placeNameEnd(doc: Doc, index: number, names: NameTokens): number | undefined {
  const mention = names.startingAt?.(index);
  if (!mention || mention.tokenEnd - index > 2) return undefined;
  // "Сергиева Посада": the place's name may go on in a capitalised word the names stage left out.
  const { tokens } = doc;
  let end = mention.tokenEnd;
  if (tokens[end]?.kind === 'word' && tokens[end].capitalized && !names.inName(end) && !tokens[end].lineBreakBefore) end++;
  if (!names.startingAt?.(end) || tokens[end].lineBreakBefore) return undefined;
  if (!doc.parses[index - 1]?.some((parse) => parse.pos === 'NOUN' && caseOf(parse) === 'gent' && PLACE_NOUNS.has(parse.lemma))) return undefined;
  return end;
}

function isGenitiveRoleHead(doc: Doc, index: number, number?: 'sing'): boolean {
  return isRoleHeadIn(doc, index, 'gent', number);
}

function isRoleHeadIn(doc: Doc, index: number, wanted: Case, number?: 'sing'): boolean {
  return roleHeadsAt(doc, index).some((parse) => caseOf(parse) === wanted && (!number || parse.grammemes.has(number)));
}

/** "президент Международного олимпийского комитета (МОК)": an abbreviation in brackets after a complement. */
function bracketedAbbreviationEnd(doc: Doc, open: number): number | undefined {
  const { tokens } = doc;
  const word = tokens[open + 1];
  if (!word || word.kind !== 'word' || word.text.length < 2 || word.text !== word.text.toUpperCase() || tokens[open + 2]?.text !== ')') return undefined;
  return open + 3;
}

/**
 * What a title is "от" or "из": a proper name (от Алабамы, из США, из Лас-Вегаса, от «Единой
 * России»), or a common noun of a place or body that a proper name makes specific: named in it
 * (от Социалистической партии), after it (от штата Алабама, от фракции ЛДПР), or the person's
 * name right after it (депутат от партии Иван Петров).
 */
function sourceEnd(doc: Doc, start: number, names: NameTokens): number | undefined {
  const { tokens } = doc;
  if (tokens[start] && CLOSING_QUOTE.has(tokens[start].text)) return quotedNameEnd(doc, start);
  const proper = nounPhraseEnd(doc, start, 'gent', names, true);
  if (proper !== undefined) return proper;
  const common = nounPhraseEnd(doc, start, 'gent', names);
  if (common === undefined || !doc.parses[common - 1].some((parse) => parse.pos === 'NOUN' && caseOf(parse) === 'gent' && !parse.grammemes.has('anim'))) return undefined;
  if (names.inName(common)) return common;
  for (let index = start; index < common; index++) if (tokens[index].capitalized && index > start) return common;
  if (tokens[start].capitalized && start !== doc.sentences[doc.sentenceOfToken[start]].tokenStart) return common;
  const next = tokens[common];
  if (!next || next.lineBreakBefore) return undefined;
  if (CLOSING_QUOTE.has(next.text)) return quotedNameEnd(doc, common);
  if (next.script === 'latin' && next.capitalized) return latinNameEnd(doc, common, names);
  let end = common;
  while (end < tokens.length && end - common < 3 && tokens[end].kind === 'word' && tokens[end].capitalized && !names.inName(end) && !tokens[end].lineBreakBefore) end++;
  return end > common ? end : undefined;
}

/** Notes a complement headed by a title ("помощник [президента]", "представитель при [президенте]"): a name after it may be that title's holder. */
function noteInnerHead(doc: Doc, phrase: RolePhrase, start: number, end: number | undefined, wanted: Case): number | undefined {
  if (end !== undefined && isRoleHeadIn(doc, end - 1, wanted)) {
    phrase.innerHead = end - 1;
    phrase.innerStart = start;
    phrase.innerCase = wanted;
  }
  return end;
}

/** "театра и кино": a second complement joined by "и" in the case of the one before, unless it is another title ("министра и госсекретаря"). */
function coordinatedEnd(doc: Doc, start: number, names: NameTokens, wanted: Case): number | undefined {
  const end = nounPhraseEnd(doc, start, wanted, names);
  if (end === undefined || isRoleHeadIn(doc, end - 1, wanted)) return undefined;
  return end;
}

/** End of a noun phrase in the case starting at the token: agreeing adjectives, then a noun. */
function nounPhraseEnd(doc: Doc, start: number, wanted: Case, names: NameTokens, properOnly = false): number | undefined {
  const { tokens } = doc;
  for (let index = start; index < tokens.length && index - start <= MAX_ADJECTIVES + 2; index++) {
    // "79-й бригады": a number with its ending is an ordinal adjective.
    if (tokens[index].kind === 'number' && isOrdinal(doc, index)) {
      index += 2;
      continue;
    }
    if (tokens[index].kind !== 'word' || names.inName(index) || (index > start && tokens[index].lineBreakBefore)) return undefined;
    if (isComplementNoun(doc, index, wanted, properOnly, names) || (wanted === 'gent' && index === start && misreadAbbreviation(doc, index))) return index + 1;
    if (!properOnly && isPersonAdjectiveNoun(doc, index, wanted)) return index + 1;
    // "главы его аппарата": a possessive pronoun that does not decline stands before the noun too.
    if (!hasAdjectiveIn(doc.parses[index], wanted) && !POSSESSIVES.has(lowerText(doc, index))) return undefined;
  }
  return undefined;
}

// Adjectives and participles that stand as nouns for a person in a case: "адвокат потерпевшего", "родственники погибшего".
const PERSON_ADJECTIVE_NOUNS = new Set(['потерпевший', 'пострадавший', 'погибший', 'умерший', 'покойный', 'задержанный', 'обвиняемый', 'подозреваемый', 'осуждённый', 'подсудимый', 'арестованный', 'раненый']);

/**
 * "адвокат потерпевшего", "адвокаты обвиняемого": such a word in the case with no noun after it
 * for it to agree with (not "адвокат погибшего журналиста", where the noun is the complement).
 */
function isPersonAdjectiveNoun(doc: Doc, index: number, wanted: Case): boolean {
  if (!doc.parses[index].some((parse) => (parse.pos === 'ADJF' || parse.pos === 'PRTF') && caseOf(parse) === wanted && PERSON_ADJECTIVE_NOUNS.has(parse.pos === 'PRTF' ? lowerNominative(doc, index) : parse.lemma))) return false;
  const next = doc.tokens[index + 1];
  return !(next?.kind === 'word' && !next.lineBreakBefore && doc.parses[index + 1].some((parse) => (parse.pos === 'NOUN' || parse.pos === 'ADJF' || parse.pos === 'PRTF') && caseOf(parse) === wanted));
}

/** The nominative singular masculine of an adjectival word: its ADJF lemma, or for a participle the ADJF reading's lemma if there is one. */
function lowerNominative(doc: Doc, index: number): string {
  return doc.parses[index].find((parse) => parse.pos === 'ADJF')?.lemma ?? '';
}

/** "79-й", "3-го": a number, a hyphen and an adjective ending. */
function isOrdinal(doc: Doc, index: number): boolean {
  const { tokens } = doc;
  return tokens[index].kind === 'number' && tokens[index + 1]?.text === '-' && tokens[index + 1].start === tokens[index].end
    && tokens[index + 2]?.kind === 'word' && tokens[index + 2].start === tokens[index + 1].end && tokens[index + 2].text.length <= 3;
}

/** An adjective or participle reading in the case, not a pronoun's. */
function hasAdjectiveIn(parses: readonly WordParse[], wanted: Case): boolean {
  for (const parse of parses) if ((parse.pos === 'ADJF' || parse.pos === 'PRTF') && !parse.grammemes.has('Apro') && caseOf(parse) === wanted) return true;
  return false;
}

// Most words asked are no noun in the case: what the token's place says is read only for the readings that are.
function isComplementNoun(doc: Doc, index: number, wanted: Case, properOnly: boolean, names: NameTokens): boolean {
  const best = doc.parses[index][0];
  for (const parse of doc.parses[index]) {
    if (parse.pos !== 'NOUN' || caseOf(parse) !== wanted || NOT_COMPLEMENTS.has(parse.lemma)) continue;
    // "артистов были": a verb's form that the dictionary also reads, almost never, as a noun ("были" of "быль") is the verb.
    if (best.pos === 'VERB' && parse.score < VERB_OVER_NOUN) continue;
    if (isComplementReading(doc, index, parse, properOnly, names)) return true;
  }
  return false;
}

// Below this score, a noun reading of a word read first as a verb is not taken for a complement.
const VERB_OVER_NOUN = 0.05;

/** Whether a noun reading in the case, not of time or measure, makes the token a complement. */
function isComplementReading(doc: Doc, index: number, parse: WordParse, properOnly: boolean, names: NameTokens): boolean {
  const token = doc.tokens[index];
  if (parse.grammemes.has('Name') || parse.grammemes.has('Surn') || parse.grammemes.has('Patr')) return false;
  if (writtenInCapitals(doc, index)) return true;
  if (parse.grammemes.has('Abbr')) return false;
  // An unknown capitalised compound is a place or a body too: "из Лас-Вегаса".
  if (properOnly) return token.capitalized && (parse.known || token.text.includes('-'));
  // A capitalised animate word is more likely a name the names stage did not take than a complement;
  // an unknown capitalised compound is an organisation or a place (Скотланд-Ярда), and so is an unknown
  // capitalised word between title and name (пресс-секретарь Роскомнадзора Вадим …).
  // A title capitalised out of respect is a complement all the same: "представитель Президента России".
  if (token.capitalized) return parse.known ? !parse.grammemes.has('anim') || index === doc.sentences[doc.sentenceOfToken[index]].tokenStart || isRoleHeadParse(parse, false) : token.text.includes('-') || names.inName(index + 1);
  return parse.known || isRoleHeadParse(parse, false) || parse.score >= 0.3;
}

/**
 * "глава МОК", "вице-президент ПАСЕ": an abbreviation of a body that the dictionary reads as some
 * other word (a verb's form, a noun in another case only) is a complement all the same, since
 * abbreviations do not decline. A word of two to six Cyrillic capitals with no noun reading in the
 * genitive, not inside a run of capitals (a headline written in capitals).
 */
function misreadAbbreviation(doc: Doc, index: number): boolean {
  const { tokens } = doc;
  const token = tokens[index];
  if (token.script !== 'cyrillic' || token.text.length > 6 || !writtenInCapitals(doc, index)) return false;
  if (doc.parses[index].some((parse) => parse.pos === 'NOUN' && caseOf(parse) === 'gent')) return false;
  const capitalsAround = (at: number) => tokens[at]?.kind === 'word' && !tokens[at].lineBreakBefore && writtenInCapitals(doc, at);
  return !capitalsAround(index - 1) && !(capitalsAround(index + 1) && !tokens[index + 1].lineBreakBefore);
}

/** A word of two characters or more written all in capitals (МОК, ЕС), kept per form. */
const writtenInCapitals = formFact((doc: Doc, index: number) => {
  const { text } = doc.forms[index];
  return text.length > 1 && text === text.toUpperCase();
});

/** End of «Name» when the quotes hold a short capitalised name on one line. */
function quotedNameEnd(doc: Doc, open: number): number | undefined {
  const { tokens } = doc;
  const close = CLOSING_QUOTE.get(tokens[open].text);
  let first = open + 1;
  while (tokens[first]?.text === tokens[open].text) first++;
  if (!tokens[first]?.capitalized) return undefined;
  for (let index = first; index < tokens.length && index - open <= 8; index++) {
    if (tokens[index].lineBreakBefore) return undefined;
    if (tokens[index].text === close) {
      let end = index + 1;
      while (tokens[end]?.text === close && tokens[end].start === tokens[end - 1].end) end++;
      return end;
    }
  }
  return undefined;
}

/** A foreign organisation written in Latin letters: "глава Facebook", "директор Google Inc". */
function latinNameEnd(doc: Doc, start: number, names: NameTokens): number | undefined {
  const { tokens } = doc;
  let end = start;
  for (;;) {
    while (end < tokens.length && end - start < 4 && tokens[end].script === 'latin' && !names.inName(end) && (end === start || !tokens[end].lineBreakBefore)) end++;
    // "Johnson & Johnson", "Microsoft Entertainment & Devices": an ampersand joins the words of one name.
    if (end === start || tokens[end]?.text !== '&' || tokens[end + 1]?.script !== 'latin' || names.inName(end + 1) || tokens[end + 1].lineBreakBefore) break;
    end += 2;
  }
  return end > start ? end : undefined;
}
