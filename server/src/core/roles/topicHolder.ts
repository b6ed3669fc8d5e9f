/**
 * A bare title standing for the person the text is about: "Выдающийся политик.", "78-летний
 * лидер скончался", "Осуждённый блоггер, которого …". When no one in the article holds that
 * title, a singular nominative title that opens a clause and is its subject refers to the last
 * person named before its sentence, of a fitting gender. A title of someone's lawyer,
 * spokesman or kin ("его адвокат") refers to no one so. An epithet (what a well-known person is
 * known as: "бизнесмена", "певец") after names in its own sentence refers to the one the text is about.
 */
import { lowerText, type Doc } from '../doc';
import { AGE_ADJECTIVE } from '../morphology/morphology';
import type { Person } from '../types';
import { lastNamedBefore, mentionsBefore, mostNamed, type NameIndex } from './nameIndex';
import { phraseAt, type RolePhrase } from './rolePhrase';
import { antecedent } from './subjects';
import { headLemmaOf, type RoleBook } from './roleBook';
import { isRelationalHead } from './roleLexicon';

/** The person a subject title refers to, if the text makes it plain. */
export function topicHolder(doc: Doc, phrase: RolePhrase, tokenEnd: number, names: NameIndex): Person | undefined {
  // "Его адвокат сообщил", "Официальный представитель посольства заявил": a title that says who
  // someone is through another (isRelationalHead) names the other's lawyer or spokesman, not the
  // person just named.
  if (phrase.frozenHead || isRelationalHead(headLemmaOf(phrase))) return undefined;
  const sentence = doc.sentences[doc.sentenceOfToken[phrase.head]];
  const femaleHead = phrase.headParses.every((parse) => parse.grammemes.has('femn') && !parse.grammemes.has('Ms-f'));
  // Someone named before it in its own sentence (two binary searches: asked of every such title of a long text): only
  // an epithet of the person the text is about goes back to them.
  if (mentionsBefore(names, phrase.tokenStart) > mentionsBefore(names, sentence.tokenStart)) return mainNamedBefore(doc, phrase, names, femaleHead);
  const gender = phrase.cases.has('nomn') ? subjectGender(doc, phrase, tokenEnd, sentence.tokenEnd) : undefined;
  if (gender === undefined) return soleTopic(doc, phrase, names, femaleHead);
  const wanted = gender ?? (femaleHead ? 'female' : 'male');
  return (epithet(doc, phrase) ? mainNamedEarlier(doc, phrase, wanted, names) : undefined) ?? antecedent(doc, sentence.tokenStart, wanted, names)?.person;
}

/**
 * "… Певец исполнил новые песни": a subject epithet is the person the text is about (`mostNamed`),
 * named before it and of the verb's gender, rather than whoever was named last.
 */
function mainNamedEarlier(doc: Doc, phrase: RolePhrase, wanted: 'male' | 'female', names: NameIndex): Person | undefined {
  const main = mostNamed(names);
  return main && (main.gender === wanted || main.gender === null) && namedBefore(main, doc.tokens[phrase.tokenStart].start) ? main : undefined;
}

/** The person the text is about (`mostNamed`), unless the title is a woman's and they are a man. */
function mainFitting(names: NameIndex, femaleHead: boolean): Person | undefined {
  const main = mostNamed(names);
  return main && !(femaleHead && main.gender === 'male') ? main : undefined;
}

/** The person is named before the offset. */
function namedBefore(person: Person, offset: number): boolean {
  return person.mentions.some((mention) => mention.kind === 'name' && mention.start < offset);
}

// How many sentences back the sole person named may be, past sentences that name no one.
const SOLE_TOPIC_SENTENCES = 2;

/**
 * "Петров вышел на свободу. Кандидатуру этого чиновника …", "… 47-летнего журналиста": a
 * singular title marked as known (этот, an age), or a bare one in an oblique case after an adjective
 * describing its holder ("смерти испанского художника"), or a bare one of what a well-known person
 * is known as ("Рокера доставили в клинику", see {@link EPITHETS}), refers to the person named in the
 * sentence before (or, when it names no one, the one before that) when that is the only person
 * named there and no one else has been named since. An epithet refers further back as well, to the
 * person the text is about (`mostNamed`) when they were the last named.
 */
function soleTopic(doc: Doc, phrase: RolePhrase, names: NameIndex, femaleHead: boolean): Person | undefined {
  if (!phrase.headParses.some((parse) => parse.grammemes.has('sing'))) return undefined;
  const sentenceIndex = doc.sentenceOfToken[phrase.head];
  if (!(markedAsKnown(doc, phrase) || describedBare(doc, phrase) || epithet(doc, phrase))) return undefined;
  if (sentenceIndex === 0) return undefined;
  // The sentence before, or when it names no one, the one before that.
  for (let back = 1; back <= Math.min(SOLE_TOPIC_SENTENCES, sentenceIndex); back++) {
    const person = soleNamedSince(doc.sentences[sentenceIndex - back].tokenStart, phrase.tokenStart, names);
    // Several named there: an epithet is still the person the text is about when they are among them.
    if (person === null) return epithet(doc, phrase) ? mainNamedSince(doc.sentences[sentenceIndex - back].tokenStart, phrase.tokenStart, names, femaleHead) : undefined;
    if (person) return femaleHead && person.gender === 'male' ? undefined : person;
  }
  // Further back, an epithet is still the person the text is about when no one else has been named since.
  const main = epithet(doc, phrase) ? mainFitting(names, femaleHead) : undefined;
  return main && lastNamedBefore(names, phrase.tokenStart)?.person === main ? main : undefined;
}

/**
 * "Березовского не верит в версию о самоубийстве бизнесмена", "… когда политик возвращался": an
 * epithet after names in its own sentence is the person the text is about (`mostNamed`) when
 * they are among those names, no one is named after it in the sentence, and the gender fits.
 */
function mainNamedBefore(doc: Doc, phrase: RolePhrase, names: NameIndex, femaleHead: boolean): Person | undefined {
  if (!epithet(doc, phrase) || !phrase.headParses.some((parse) => parse.grammemes.has('sing'))) return undefined;
  const main = mainFitting(names, femaleHead);
  if (!main) return undefined;
  const sentence = doc.sentences[doc.sentenceOfToken[phrase.head]];
  let named = false;
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    const mention = names.startingAt(index);
    if (!mention) continue;
    if (index >= phrase.tokenEnd) return undefined;
    if (mention.person === main && index < phrase.tokenStart) named = true;
  }
  return named ? main : undefined;
}

/** The person the text is about (`mostNamed`) when named from the token `from` up to `to`, of a fitting gender. */
function mainNamedSince(from: number, to: number, names: NameIndex, femaleHead: boolean): Person | undefined {
  const main = mainFitting(names, femaleHead);
  if (!main) return undefined;
  for (let index = mentionsBefore(names, to) - 1; index >= 0 && names.mentions[index].tokenStart >= from; index--) {
    if (names.mentions[index].person === main) return main;
  }
  return undefined;
}

/** The one person named from the token `from` up to `to`; `null` when several are, `undefined` when no one is. */
function soleNamedSince(from: number, to: number, names: NameIndex): Person | null | undefined {
  let person: Person | undefined;
  for (const named of names.mentions) {
    if (named.tokenStart >= to) break;
    if (named.tokenStart < from) continue;
    if (person && named.person !== person) return null;
    person = named.person;
  }
  return person;
}

/**
 * Whether the title is a subject, and the gender its verb shows: a finite verb right after it
 * ("лидер скончался"), "…, который", or a sentence that is the title alone. `null` when the
 * verb shows no gender, `undefined` when the title is not a subject.
 */
function subjectGender(doc: Doc, phrase: RolePhrase, tokenEnd: number, sentenceEnd: number): 'male' | 'female' | null | undefined {
  const { tokens, parses } = doc;
  const next = tokens[tokenEnd];
  if (!next || tokenEnd >= sentenceEnd || next.text === '.' || next.text === '!') return onlyWords(doc, phrase, tokenEnd) ? null : undefined;
  if (next.text === ',' && parses[tokenEnd + 1]?.some((parse) => parse.lemma === 'который')) return null;
  for (let index = tokenEnd; index < Math.min(sentenceEnd, tokenEnd + 3); index++) {
    if (tokens[index].kind !== 'word') return undefined;
    const verb = parses[index][0];
    if (verb?.pos === 'VERB' && verb.grammemes.has('indc') && verb.grammemes.has('sing')) {
      return verb.grammemes.has('femn') ? 'female' : verb.grammemes.has('masc') ? 'male' : null;
    }
    if (verb?.pos !== 'ADVB' && verb?.pos !== 'PRCL') return undefined;
  }
  return undefined;
}

/** The sentence holds nothing but the title: "Выдающийся политик." */
function onlyWords(doc: Doc, phrase: RolePhrase, tokenEnd: number): boolean {
  const sentence = doc.sentences[doc.sentenceOfToken[phrase.head]];
  return phrase.tokenStart === sentence.tokenStart && tokenEnd >= sentence.tokenEnd - 1;
}

/** "этого чиновника", "47-летнего журналиста": a demonstrative or an age before the title. */
function markedAsKnown(doc: Doc, phrase: RolePhrase): boolean {
  for (let index = Math.max(0, phrase.tokenStart - 1); index < phrase.head; index++) {
    const word = lowerText(doc, index);
    if (AGE_ADJECTIVE.test(word) || doc.parses[index].some((parse) => parse.lemma === 'этот' && parse.pos === 'ADJF')) return true;
  }
  return false;
}

// Adjectives that make a title speak of a new or a former holder, not of the one just named.
const OTHER_TIME = new Set(['новый', 'бывший', 'будущий', 'прежний', 'тогдашний', 'неизвестный']);

/**
 * "кончина испанского художника", "легендарной певице исполнилось": a bare title (no complement)
 * in an oblique case, neither the nominative of a subject nor the instrumental of a predicate,
 * after an adjective that describes its holder, and not a bracketed gloss of the word before it.
 */
function describedBare(doc: Doc, phrase: RolePhrase): boolean {
  if (phrase.tokenEnd !== phrase.head + 1 || phrase.tokenStart >= phrase.head || phrase.cases.has('nomn') || phrase.cases.has('ablt')) return false;
  // "пост кадия (шариатского судьи)": a title in brackets glosses the word before it, it names no one.
  if (doc.tokens[phrase.tokenStart - 1]?.text === '(') return false;
  const before = doc.parses[phrase.head - 1];
  return before.some((parse) => parse.pos === 'ADJF') && !before.some((parse) => OTHER_TIME.has(parse.lemma));
}

// Occupations a news text calls a well-known person by instead of the name: what they are known as, not an office one holds for a time.
const EPITHETS = new Set([
  'актёр', 'актриса', 'артист', 'артистка', 'певец', 'певица', 'музыкант', 'композитор', 'пианист', 'пианистка', 'скрипач', 'дирижёр', 'рокер', 'рэпер', 'исполнитель', 'исполнительница',
  'писатель', 'писательница', 'поэт', 'поэтесса', 'драматург', 'художник', 'художница', 'живописец', 'скульптор', 'режиссёр', 'сценарист', 'продюсер', 'фотограф', 'модельер', 'дизайнер',
  'танцор', 'танцовщица', 'балерина', 'юморист', 'комик', 'клоун', 'телеведущий', 'телеведущая', 'ведущий', 'ведущая', 'блогер', 'блоггер', 'журналист', 'журналистка',
  'политик', 'бизнесмен', 'предприниматель', 'предпринимательница', 'миллиардер', 'олигарх', 'магнат', 'медиамагнат', 'банкир', 'учёный', 'историк', 'философ', 'изобретатель', 'математик', 'физик',
  'спортсмен', 'спортсменка', 'футболист', 'хоккеист', 'баскетболист', 'теннисист', 'теннисистка', 'боксёр', 'борец', 'гимнаст', 'гимнастка', 'фигурист', 'фигуристка', 'шахматист', 'шахматистка',
  'пловец', 'пловчиха', 'легкоатлет', 'легкоатлетка', 'гонщик', 'лыжник', 'лыжница', 'биатлонист', 'биатлонистка', 'велогонщик', 'атлет', 'космонавт', 'астронавт', 'путешественник', 'альпинист',
  'программист', 'хакер', 'вокалист', 'вокалистка', 'гитарист', 'кинозвезда', 'киноактёр', 'киноактриса', 'кинорежиссёр', 'мультипликатор', 'тележурналист', 'фотомодель',
  'археолог', 'биолог', 'химик', 'астроном', 'экономист', 'архитектор',
  'хореограф', 'балетмейстер', 'сатирик', 'шоумен', 'радиоведущий', 'публицист', 'кинокритик', 'искусствовед', 'правозащитник', 'оппозиционер', 'диссидент',
  'миллионер', 'мультимиллиардер', 'кутюрье', 'гроссмейстер', 'фристайлист', 'сноубордист', 'конькобежец', 'штангист', 'дзюдоист', 'каратист',
]);

/**
 * "Рокера доставили в клинику", "картины художника": a bare title of what someone is known as,
 * not in the instrumental of a predicate ("стал лучшим актёром"), and of a word that is no
 * inanimate noun too ("математика" the school subject).
 */
export function epithet(doc: Doc, phrase: RolePhrase): boolean {
  if (phrase.tokenEnd !== phrase.head + 1 || doc.tokens[phrase.tokenStart - 1]?.text === '(' || phrase.cases.has('ablt')) return false;
  const parses = doc.parses[phrase.head];
  return EPITHETS.has(phrase.headParses[0].lemma) && !parses.some((parse) => parse.pos === 'NOUN' && !parse.grammemes.has('anim'));
}

/**
 * "Адвокат футболиста признал …", "Это сообщила мать спортсменки": an epithet closing the title of
 * someone's lawyer, spokesman or kin, with no name after it, is the person the text is about
 * (`mostNamed`), named before it; it is theirs, and a mention of them, when no one holds it yet.
 */
export function attachInnerEpithets(doc: Doc, phrases: readonly RolePhrase[], names: NameIndex, book: RoleBook): void {
  let taken: Set<number> | undefined;
  for (const phrase of phrases) {
    if (phrase.innerHead === undefined || phrase.innerStart === undefined || phrase.innerHead + 1 !== phrase.tokenEnd || names.startingAt(phrase.tokenEnd) || !isRelationalHead(headLemmaOf(phrase))) continue;
    const inner = phraseAt(doc, phrase.innerHead, names);
    if (!inner || !epithet(doc, inner)) continue;
    const main = mainFitting(names, inner.headParses.every((parse) => parse.grammemes.has('femn') && !parse.grammemes.has('Ms-f')));
    const start = Math.max(inner.tokenStart, phrase.innerStart);
    const offset = doc.tokens[start].start;
    if (!main || !namedBefore(main, offset)) continue;
    taken ??= new Set(book.held.map((held) => held.role.start));
    if (taken.has(offset)) continue;
    const role = book.attach(main, inner, start, phrase.tokenEnd);
    if (role) main.mentions.push({ start: role.start, end: role.end, text: role.text, kind: 'role', normalized: role.normalized });
  }
}
