/**
 * Finds role phrases: a head noun from the role vocabulary with the words that make it
 * specific — agreeing adjectives before it (российский президент), an "и.о." / "врио" /
 * "исполняющий обязанности" prefix, and complements after it (complements.ts): genitive noun
 * phrases (помощник президента России, глава МИД), prepositional ones (спецпредставитель по
 * международному сотрудничеству, постпред при ООН) and organisation names (глава «Роснефти»).
 * A phrase stops before a person's name.
 */
import { formFact, formFlag, lowerAt, lowerText, type Doc } from '../doc';
import { caseOf, type Case, type WordParse } from '../morphology/morphology';
import { extendComplements } from './complements';
import { isDeputyCompound, isNonRoleHead, roleHeadParses } from './roleLexicon';

/** A role phrase found in the text: its tokens, its head, and the cases it may stand in. */
export interface RolePhrase {
  /** First token (a prefix or an adjective, else the head). */
  tokenStart: number;
  /** One past the last token of the phrase (complements included, a following name not). */
  tokenEnd: number;
  head: number;
  /** Readings of the head that agree with its adjectives, best first. */
  headParses: WordParse[];
  /** Cases the phrase may stand in: the head's, or the prefix's when the head is frozen ("и.о." stands in any). */
  cases: ReadonlySet<Case>;
  /** The head keeps its written form in the nominative phrase ("и.о. губернатора", "исполняющий обязанности министра"). */
  frozenHead: boolean;
  /** The last noun of the genitive complement when it heads a role itself (помощника [президента] …). */
  innerHead?: number;
  /** Where that inner role starts (its adjectives). */
  innerStart?: number;
  /** The case of that inner title: genitive, or locative after "при". */
  innerCase?: Case;
  /** "один из командиров": a plural title that names one person, in the case of "один". */
  partitive?: boolean;
  /** Where "один" of a partitive phrase stands: two tokens before it, or three across a number ("одним из пяти лучших программистов"). */
  partitiveStart?: number;
}

/** Token predicates the finder needs from the names stage. */
export interface NameTokens {
  /** Whether the token belongs to a person's name mention. */
  inName(token: number): boolean;
  /** The name mention starting at the token, with the cases it may stand in. */
  startingAt?(token: number): { cases: ReadonlySet<Case>; tokenEnd: number } | undefined;
}

const ALL_CASES: ReadonlySet<Case> = new Set<Case>(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct']);
const NO_CASES: ReadonlySet<Case> = new Set<Case>();
const MAX_ADJECTIVES = 3;
const DEGREE_ADVERBS = new Set(['наиболее', 'более', 'очень', 'весьма']);

/** Role phrases of the document, left to right, not overlapping; heads inside a complement are not phrases of their own. */
export function findRolePhrases(doc: Doc, names: NameTokens): RolePhrase[] {
  const phrases: RolePhrase[] = [];
  let index = 0;
  while (index < doc.tokens.length) {
    const phrase = names.inName(index) ? undefined : phraseAt(doc, index, names);
    if (phrase) {
      phrases.push(phrase);
      index = phrase.tokenEnd;
    } else {
      index++;
    }
  }
  return phrases;
}

/** The role phrase headed by the token, if it heads one. */
export function phraseAt(doc: Doc, head: number, names: NameTokens): RolePhrase | undefined {
  const parses = headReadings(doc, head, names);
  // Asked of nearly every token, most of which head nothing: the phrase is grown in a function of
  // its own, whose closures would otherwise cost this call an allocation.
  return parses.length === 0 ? undefined : phraseFrom(doc, head, names, parses);
}

function phraseFrom(doc: Doc, head: number, names: NameTokens, headParses: WordParse[]): RolePhrase | undefined {
  let parses = headParses;
  let tokenStart = head;
  let frozenHead = false;
  const prefix = frozenPrefixStart(doc, head);
  if (prefix !== undefined && parses.some((parse) => caseOf(parse) === 'gent')) {
    tokenStart = prefix;
    frozenHead = true;
  } else if (deputyCompoundAt(doc, head)) {
    frozenHead = true;
    // "первый замминистра", "первого замсекретаря": adjectives before the frozen compound agree with the man's title it stands for.
    while (tokenStart > 0 && head - tokenStart < MAX_ADJECTIVES && canPrecede(doc, tokenStart - 1, names) && frozenAdjective(doc, tokenStart - 1).length > 0) tokenStart--;
  } else {
    // "монетарную политику": an adjective before the word agrees with its reading as a thing, not as a person.
    if (head > 0 && canPrecede(doc, head - 1, names) && mayAgree(doc, head - 1) && agreesWithThingOnly(doc, head, parses)) return undefined;
    let adjectives = 0;
    for (let left = head - 1; left >= 0 && adjectives < MAX_ADJECTIVES; left--) {
      // "советский и российский футболист": adjectives joined by "и" or a comma.
      // "один из наиболее влиятельных дирижёров": a degree adverb before an adjective belongs to the phrase.
      if (left < head - 1 && DEGREE_ADVERBS.has(lowerText(doc, left)) && tokenStart === left + 1) {
        tokenStart = left;
        continue;
      }
      const joined = left < head - 1 && (doc.tokens[left].text === 'и' || doc.tokens[left].text === ',') ? left - 1 : left;
      if (joined < 0 || !canPrecede(doc, joined, names) || !mayAgree(doc, joined)) break;
      const agreeing = parses.filter((parse) => doc.parses[joined].some((adjective) => agrees(adjective, parse)));
      if (agreeing.length === 0) break;
      parses = agreeing;
      tokenStart = joined;
      left = joined;
      adjectives++;
    }
  }
  // "кандидат в президенты", "баллотироваться в депутаты": an office sought, in the plural form after "в", names no one.
  if (!frozenHead && soughtOffice(doc, tokenStart, parses)) return undefined;
  const acting = frozenHead ? (tokenStart < head && prefix === undefined ? frozenAdjective(doc, tokenStart) : actingReadings(doc, tokenStart)) : [];
  const cases = frozenHead ? (acting.length > 0 ? casesOf(acting) : ALL_CASES) : casesOf(parses);
  // Every field set from the start, so that all phrases share one shape whatever the complements add.
  const phrase: RolePhrase = { tokenStart, tokenEnd: head + 1, head, headParses: parses, cases, frozenHead, innerHead: undefined, innerStart: undefined, innerCase: undefined, partitive: undefined, partitiveStart: undefined };
  extendComplements(doc, phrase, names);
  const quantity = quantityBefore(doc, tokenStart) ? 1 : 0;
  const one = oneOfCases(doc, tokenStart - quantity, parses);
  if (one.size > 0) {
    phrase.cases = one;
    phrase.partitive = true;
    if (quantity > 0) phrase.partitiveStart = tokenStart - 3;
  }
  return phrase;
}

/** After "в"/"во" a title in the plural spelled as its nominative is the office one goes into ("в президенты"). */
function soughtOffice(doc: Doc, tokenStart: number, parses: readonly WordParse[]): boolean {
  const before = lowerAt(doc, tokenStart - 1);
  return (before === 'в' || before === 'во') && parses.some((parse) => parse.grammemes.has('plur') && (caseOf(parse) === 'nomn' || caseOf(parse) === 'accs'));
}

function casesOf(readings: readonly WordParse[]): Set<Case> {
  const cases = new Set<Case>();
  for (const reading of readings) {
    const value = caseOf(reading);
    if (value !== undefined) cases.add(value);
  }
  return cases;
}

/** Whether the token is a зам-/пом- compound on a head's genitive ("зампредседателя"), kept per form. */
const deputyCompoundAt = formFact((doc: Doc, index: number) => isDeputyCompound(doc.forms[index].text));

/** Where the phrase begins as a part of its clause: before "один из" of a partitive one. */
export function clauseStart(phrase: RolePhrase): number {
  return phrase.partitive ? phrase.partitiveStart ?? phrase.tokenStart - 2 : phrase.tokenStart;
}

/** The cases of "один"/"одна" in "один из [командиров]" before a genitive plural title; empty otherwise. */
// Words of quantity between "из" and the title: "одним из немногих космонавтов", "одного из нескольких".
const QUANTITY_LEMMAS = new Set(['немногий', 'несколько', 'многий']);

/** A number, a numeral or a word of quantity right before the token, after "из": "из пяти лучших", "из 20", "из немногих". */
function quantityBefore(doc: Doc, tokenStart: number): boolean {
  const at = tokenStart - 1;
  if (at < 1 || lowerAt(doc, at - 1) !== 'из') return false;
  return doc.tokens[at].kind === 'number' || doc.parses[at].some((parse) => (parse.pos === 'NUMR' && caseOf(parse) === 'gent') || QUANTITY_LEMMAS.has(parse.lemma));
}

function oneOfCases(doc: Doc, tokenStart: number, parses: readonly WordParse[]): ReadonlySet<Case> {
  if (lowerAt(doc, tokenStart - 1) !== 'из' || !parses.some((parse) => parse.grammemes.has('plur') && caseOf(parse) === 'gent')) return NO_CASES;
  const cases = new Set<Case>();
  for (const parse of doc.parses[tokenStart - 2] ?? []) {
    const value = parse.lemma === 'один' ? caseOf(parse) : undefined;
    if (value) cases.add(value);
  }
  return cases;
}

/** Readings that make the token a role head: a noun of the vocabulary, not an adjective of the next noun ("старший сын"). */
function headReadings(doc: Doc, head: number, names: NameTokens): WordParse[] {
  if (!mayHead(doc, head)) return NOT_A_HEAD;
  const form = headFormOf(doc, head);
  if (form === null) return NOT_A_HEAD;
  const token = doc.tokens[head];
  // At the start of a sentence a capital letter says nothing: "Главой Малави стала …".
  const shapeTrusted = !token.capitalized || head === doc.sentences[doc.sentenceOfToken[head]].tokenStart;
  // The vocabulary's readings come with the animate ones preferred already (see headFormOf).
  let parses = shapeTrusted ? form.shapeHeads : form.vocabularyHeads;
  if (parses.length === 0) {
    if (!token.capitalized) parses = workedAsReadings(doc, head, form);
    if (parses.length === 0 && shapeTrusted && form.doer.length > 0 && (names.inName(head + 1) || doerDescribed(doc, head, form.doer, names))) parses = form.doer;
    if (parses.length === 0 && !token.capitalized) parses = appositionReadings(doc, head, names, form);
    if (parses.length === 0 && !token.capitalized) parses = personThingReadings(doc, head, names, form);
    if (parses.length === 0) return parses;
    parses = preferAnimate(parses);
  }
  // Only a word read first as an adjective gives way: "Главой полиции" is a noun whatever "главый" might be.
  if (form.bestIsNoun) return parses;
  return modifiesNextNoun(doc, head, names) ? NOT_A_HEAD : parses;
}

/**
 * Whether the word agrees with a noun right after it (and so modifies it). Its own function: a
 * closure over a local of headReadings, asked of nearly every token, would cost each call an allocation.
 */
function modifiesNextNoun(doc: Doc, head: number, names: NameTokens): boolean {
  const next = head + 1 < doc.tokens.length && !doc.tokens[head + 1].lineBreakBefore && !names.inName(head + 1) ? doc.parses[head + 1] : NOT_A_HEAD;
  return doc.parses[head].some((adjective) => next.some((noun) => noun.pos === 'NOUN' && agrees(adjective, noun)));
}

/** What a word form may head, whatever its place; its place then decides which of these apply. */
interface HeadForm {
  /** Vocabulary and shape heads, of a lower-case word or one opening a sentence. */
  shapeHeads: WordParse[];
  /** Vocabulary heads of a capitalised word inside a sentence (none when it reads first as a name). */
  vocabularyHeads: WordParse[];
  /** The instrumental singular reading that may say what one worked as (workedAsReadings), if any. */
  workedAs: WordParse | null;
  /** Readings of a participle used for a noun that names a doer before a name (doerReadings), or none. */
  doer: WordParse[];
  /** Animate person nouns that may be a title before a name in their case (appositionReadings), or none. */
  apposition: WordParse[];
  /** Readings of a noun the dictionary files as a thing that is also a person's title (модель), or none. */
  personThing: WordParse[];
  /** The word reads first as a noun, so it never gives way to the noun after it as its adjective. */
  bestIsNoun: boolean;
}

/** The animate readings when there are any (a title names a person), else all. */
function preferAnimate(parses: WordParse[]): WordParse[] {
  return parses.some((parse) => parse.grammemes.has('anim')) ? parses.filter((parse) => parse.grammemes.has('anim')) : parses;
}

// phraseAt asks every token of every document, and most of the answer depends on the word form alone; null when it heads nothing.
const headFormOf = formFact((doc: Doc, index: number): HeadForm | null => {
  const parses = doc.parses[index];
  const best = parses[0];
  if (doc.tokens[index].kind !== 'word' || !best || (best.pos !== 'NOUN' && best.pos !== 'ADJF' && best.pos !== 'PRTF')) return null;
  const form: HeadForm = {
    shapeHeads: preferAnimate(roleHeadParses(parses, true)),
    vocabularyHeads: preferAnimate(roleHeadParses(parses, false)),
    workedAs: workedAsCandidate(parses),
    doer: doerCandidates(parses),
    apposition: appositionCandidates(parses),
    personThing: parses.filter((parse) => parse.pos === 'NOUN' && parse.grammemes.has('sing') && TITLE_THING_NOUNS.has(parse.lemma)),
    bestIsNoun: best.pos === 'NOUN',
  };
  // Most forms head nothing anywhere: null, so that the token's own record is never read for them.
  const headsSomewhere = form.shapeHeads.length > 0 || form.vocabularyHeads.length > 0 || form.workedAs !== null || form.doer.length > 0 || form.apposition.length > 0 || form.personThing.length > 0;
  return headsSomewhere ? form : null;
}, true);

/** Whether the form heads a role anywhere: asked of every token, so kept in the form itself. */
const mayHead = formFlag((doc: Doc, index: number) => headFormOf(doc, index) !== null);

// Verbs of working whose bare instrumental says what one worked as: "работал курьером", "служила стрелком".
const WORKING_VERBS = new Set(['работать', 'поработать', 'проработать', 'подрабатывать', 'подработать', 'служить', 'прослужить', 'трудиться']);

/** Whether the word is a form of a verb of working (a verb, infinitive, participle or gerund). */
const isWorkingVerb = formFact((doc: Doc, index: number) => doc.parses[index].some((parse) => WORKING_VERBS.has(parse.lemma) && parse.pos !== undefined && WORKING_POS.has(parse.pos)));

/**
 * "работал квотербеком", "работала моделью", "работал ведущим": right after a verb of working
 * (an adverb may stand between), a person noun or a noun used of one (an animate noun, a
 * substantivised adjective or participle) in the instrumental singular is what the subject
 * worked as, though the vocabulary does not know it. Names, pronouns and things are not:
 * "работал топором", "работал с ним". Its readings as a head, or none.
 */
function workedAsReadings(doc: Doc, head: number, form: HeadForm): WordParse[] {
  const best = form.workedAs;
  if (best === null) return NOT_A_HEAD;
  let verb = head - 1;
  if (doc.parses[verb]?.[0]?.pos === 'ADVB') verb--;
  if (verb < 0 || !isWorkingVerb(doc, verb)) return NOT_A_HEAD;
  // A substantivised adjective stands alone: "ведущим", not "ведущим инженером" (the noun heads that).
  if ((best.pos === 'ADJF' || best.pos === 'PRTF') && !doc.parses[head + 1]?.some((noun) => noun.pos === 'NOUN' && agrees(best, noun))) return [best];
  return best.pos === 'NOUN' && (best.grammemes.has('anim') || PERSON_THING_NOUNS.has(best.lemma)) ? [best] : NOT_A_HEAD;
}

/** The word's first instrumental reading, when it is singular and not a name, pronoun or abbreviation: what workedAsReadings may take. */
function workedAsCandidate(parses: readonly WordParse[]): WordParse | null {
  const readings = parses.filter((parse) => caseOf(parse) === 'ablt' && parse.grammemes.has('sing')
    && !['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Apro'].some((grammeme) => parse.grammemes.has(grammeme)));
  const best = readings[0];
  if (!best || best !== parses.find((parse) => caseOf(parse) === 'ablt')) return null;
  return best.pos === 'ADJF' || best.pos === 'PRTF' || (best.pos === 'NOUN' && (best.grammemes.has('anim') || PERSON_THING_NOUNS.has(best.lemma))) ? best : null;
}

/**
 * "ведущий Иван Петров", "ведущая Анна Белова": an adjective or participle the dictionary marks
 * as used for a noun (Subx), standing alone (no noun after it that it agrees with) right before
 * a person's name, names what that person is. Its readings as a head, or none; the name after it
 * is asked by headReadings.
 */
function doerCandidates(parses: readonly WordParse[]): WordParse[] {
  const readings = parses.filter((parse) => (parse.pos === 'ADJF' || parse.pos === 'PRTF') && parse.grammemes.has('Subx') && !parse.grammemes.has('Apro') && parse.grammemes.has('sing') && !parse.grammemes.has('inan'));
  // A participle, one who does something (ведущий, нападающий), not an adjective of relation or age (знакомый, пятилетний).
  if (!readings.some((parse) => parse.pos === 'PRTF' && parse.grammemes.has('actv') && parse.grammemes.has('pres'))) return NOT_A_HEAD;
  // The name itself is a noun it agrees with; only a common noun after it takes the adjective ("ведущий инженер Иван Петров" is headed by the noun).
  return readings;
}

/**
 * "ведущий телепрограммы", "заведующий отделом", "ведущего «Поля чудес»", "телевизионный ведущий":
 * a participle used for a noun that names a doer is a title without a name after it too, when a
 * complement follows it (a genitive or instrumental noun that it does not agree with, an
 * abbreviation, a quoted or Latin name) or an adjective agreeing with it comes before.
 */
function doerDescribed(doc: Doc, head: number, doer: readonly WordParse[], names: NameTokens): boolean {
  const next = doc.tokens[head + 1];
  if (next && !next.lineBreakBefore && !names.inName(head + 1)) {
    if (next.text === '«' || next.text === '"' || (next.script === 'latin' && next.capitalized)) return true;
    const noun = doc.parses[head + 1][0];
    const complement = noun?.pos === 'NOUN' && (caseOf(noun) === 'gent' || caseOf(noun) === 'ablt') && !doer.some((reading) => agrees(reading, noun));
    if (complement) return true;
  }
  return doc.parses[head - 1]?.some((adjective) => adjective.pos === 'ADJF' && doer.some((reading) => agrees(adjective, reading))) ?? false;
}

/**
 * "российская одиночница Анна Белова", "известный олигарх Иван Петров": a lower-case animate common
 * noun with an agreeing adjective before it, right before a person's name in the name's case, is
 * that person's title though the vocabulary lacks it. Not the plain nouns for a person (человек,
 * девушка, мужчина), kin without its complement, forms of address, adherents of a party, or
 * where one is from (россиянин, горожанка). A bare noun is not trusted: without the adjective
 * NEREL train gains less than it loses. Its readings as a head, or none.
 */
function appositionReadings(doc: Doc, head: number, names: NameTokens, form: HeadForm): WordParse[] {
  if (form.apposition.length === 0) return NOT_A_HEAD;
  const name = names.startingAt?.(head + 1);
  if (!name) return NOT_A_HEAD;
  const readings = form.apposition.filter((parse) => name.cases.has(caseOf(parse) as Case));
  // Only when the noun is what the word reads as first: "стрелок", not "стрелка" as a thing.
  if (!readings.includes(doc.parses[head][0])) return NOT_A_HEAD;
  return doc.parses[head - 1]?.some((adjective) => readings.some((noun) => agrees(adjective, noun))) ? readings : NOT_A_HEAD;
}

/**
 * "модель Мария Петрова", "с испанской моделью Марией Петровой": a noun the dictionary files as a
 * thing that is also a person's title (TITLE_THING_NOUNS), right before a person's name in the
 * name's case, is that person's title. Its readings as a head, or none.
 */
function personThingReadings(doc: Doc, head: number, names: NameTokens, form: HeadForm): WordParse[] {
  if (form.personThing.length === 0) return NOT_A_HEAD;
  const name = names.startingAt?.(head + 1);
  if (!name || doc.tokens[head + 1].lineBreakBefore) return NOT_A_HEAD;
  const readings = form.personThing.filter((parse) => name.cases.has(caseOf(parse) as Case));
  return readings.length > 0 ? readings : NOT_A_HEAD;
}

/** The word's readings as an animate person noun that may be a title, when its best reading is one of them; none otherwise. */
function appositionCandidates(parses: readonly WordParse[]): WordParse[] {
  const readings = parses.filter((parse) => parse.pos === 'NOUN' && parse.grammemes.has('anim') && parse.grammemes.has('sing')
    && !['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Apro'].some((grammeme) => parse.grammemes.has(grammeme))
    && !PLAIN_PERSON_NOUNS.has(parse.lemma) && !ORIGIN_SUFFIX.test(parse.lemma) && !isNonRoleHead(parse.lemma));
  return readings.includes(parses[0]) ? readings : NOT_A_HEAD;
}

// Nouns for a person that say nothing of what one is or does, and kin that needs its complement.
const PLAIN_PERSON_NOUNS = new Set([
  'человек', 'люди', 'личность', 'персона', 'мужчина', 'женщина', 'парень', 'девушка', 'юноша', 'девочка', 'мальчик', 'ребёнок',
  'малыш', 'малышка', 'подросток', 'старик', 'старушка', 'старуха', 'дама', 'господин', 'госпожа', 'гражданин', 'гражданка',
  'друг', 'подруга', 'приятель', 'приятельница', 'знакомый', 'знакомая', 'товарищ', 'коллега', 'сосед', 'соседка', 'тёзка',
  'дядя', 'тётя', 'бабушка', 'дедушка', 'мама', 'мать', 'отец', 'сын', 'дочь', 'дочка', 'внук', 'внучка', 'брат', 'сестра',
  'кузен', 'кузина', 'жених', 'невеста', 'любовник', 'любовница', 'возлюбленный', 'возлюбленная', 'бойфренд', 'гёрлфренд',
  'красавица', 'красавец', 'блондинка', 'брюнетка', 'именинник', 'именинница', 'новорождённый', 'младенец', 'сирота',
  'пострадавший', 'погибший', 'умерший', 'покойный', 'задержанный', 'обвиняемый', 'подозреваемый', 'осуждённый',
  'прохожий', 'пешеход', 'пассажир', 'посетитель', 'гость',
  // forms of address
  'мистер', 'мисс', 'миссис', 'мадам', 'мадемуазель', 'месье', 'сеньор', 'сеньора', 'синьор', 'синьора', 'фрау', 'герр', 'пан', 'пани', 'сэр', 'леди',
  // adherents of a party or a creed, and holders of a prize: what one believes or won, not what one does
  'демократ', 'республиканец', 'либерал', 'консерватор', 'единоросс', 'коммунист', 'социалист', 'националист', 'лауреат', 'номинант',
]);

// Where one is from is a nationality, not a title: россиянин, горожанка, москвич, немка, француженка.
const ORIGIN_SUFFIX = /(анин|янин|анка|янка|ич|ичка|енка|ец)$/;

const WORKING_POS = new Set(['VERB', 'INFN', 'PRTF', 'GRND']);
// Nouns the dictionary files as things that, worked as, are people: "работала моделью".
const PERSON_THING_NOUNS = new Set(['модель', 'звезда', 'лицо']);
// Of those, the one that is a title before a name: "модель Мария Петрова" (not "лицо Ивана Петрова", his face).
const TITLE_THING_NOUNS = new Set(['модель']);

// Shared by every token that heads no role (most of them): phraseAt asks each token.
const NOT_A_HEAD: WordParse[] = [];

/** Whether some reading of the word may agree with a head as its adjective (see `agrees`): asked of the word before every head, so kept in the form. */
const mayAgree = formFlag((doc: Doc, index: number) => doc.parses[index].some((parse) => (parse.pos === 'ADJF' || parse.pos === 'PRTF') && (!parse.grammemes.has('Apro') || parse.lemma === 'самый')));

/** A word that may stand before the head as its adjective: on the same line, not a name, not glued to a number ("43-летний"). */
function canPrecede(doc: Doc, index: number, names: NameTokens): boolean {
  const { tokens } = doc;
  if (tokens[index].kind !== 'word' || tokens[index + 1].lineBreakBefore || names.inName(index)) return false;
  return !(tokens[index - 1]?.text === '-' && tokens[index - 1].end === tokens[index].start);
}

/** Readings of an adjective that may stand before a frozen compound: singular, of a man's title (a masculine or common-gender noun). */
function frozenAdjective(doc: Doc, index: number): WordParse[] {
  return doc.parses[index].filter((parse) => (parse.pos === 'ADJF' || parse.pos === 'PRTF') && !parse.grammemes.has('Apro') && parse.grammemes.has('sing') && !parse.grammemes.has('femn') && !parse.grammemes.has('neut'));
}

/** Start of an "и.о." / "врио" / "исполняющий обязанности" prefix right before the head. */
function frozenPrefixStart(doc: Doc, head: number): number | undefined {
  const before = lowerAt(doc, head - 1);
  if (before === 'врио') return head - 1;
  if (before === '.' && lowerAt(doc, head - 4) === 'и' && lowerAt(doc, head - 3) === '.' && lowerAt(doc, head - 2) === 'о') return head - 4;
  if (before === 'обязанности' && head >= 2 && actingReadings(doc, head - 2).length > 0) return head - 2;
  return undefined;
}

/** Readings of "исполняющий" (обязанности …), whose case is the whole phrase's. */
export function actingReadings(doc: Doc, index: number): WordParse[] {
  return doc.parses[index].filter((parse) => parse.pos === 'PRTF' && parse.lemma === 'исполнять');
}

const GENDERS = ['masc', 'femn', 'neut'];
// The dictionary takes an unknown compound's form for its lemma: "женщиной-руководителем".
const WOMAN_COMPOUND = /^женщин[а-яё]*-/;

/** The adjective before the head agrees with none of its readings as a head and with a reading of the word as a thing. */
function agreesWithThingOnly(doc: Doc, head: number, headParses: readonly WordParse[]): boolean {
  const adjectives = doc.parses[head - 1];
  if (headParses.some((parse) => adjectives.some((adjective) => agrees(adjective, parse)))) return false;
  return doc.parses[head].some((parse) => parse.pos === 'NOUN' && parse.grammemes.has('inan') && !headParses.includes(parse) && adjectives.some((adjective) => agrees(adjective, parse)));
}

/** Whether a reading is an adjective (or participle) agreeing with the noun reading in case, number and gender. */
export function agrees(adjective: WordParse, noun: WordParse): boolean {
  if (adjective.pos !== 'ADJF' && adjective.pos !== 'PRTF') return false;
  // Pronoun-like adjectives ("этот", "свой") are not part of a title, but "самый" grades one.
  if (adjective.grammemes.has('Apro') && adjective.lemma !== 'самый') return false;
  if (caseOf(adjective) !== caseOf(noun)) return false;
  const plural = noun.grammemes.has('plur');
  if (plural !== adjective.grammemes.has('plur')) return false;
  if (plural) return true;
  if (noun.grammemes.has('Ms-f')) return true;
  // "первая женщина-президент": a compound of "женщина" and a man's title takes a woman's adjective (the dictionary reads it as masculine).
  if (WOMAN_COMPOUND.test(noun.lemma) && adjective.grammemes.has('femn')) return true;
  for (const gender of GENDERS) {
    if (noun.grammemes.has(gender)) return adjective.grammemes.has(gender);
  }
  return true;
}
