/**
 * Finds who a speech verb's subject is: before the verb ("Ушаков заявил", "помощник президента
 * ответил") or after it ("— заявил он", "как сообщил Reuters представитель Белого дома"),
 * including impersonal forms that name the source by place ("сказали в министерстве",
 * "говорится в заявлении МИД").
 */
import type { Doc } from '../doc';
import { opensSentence } from '../names/nameWords';
import { isRelationalHead } from '../roles/roleLexicon';
import { caseOf, type WordParse } from '../morphology/morphology';
import { describedAntecedent } from './descriptions';
import { oneOfSpeaker, resolveGroup } from './groups';
import { nominativeText, phraseAround, quotedNameEnd } from './nounPhrases';
import { inCaseOf, isSpeakerPronoun, mentionAt, NOBODY, resolvePronoun, speakerOfPhrase, type PlacedMention, type Speaker, type SpeakerContext } from './speakers';
import { ADVERBIAL_PLACES, isInnerDot, isQuoteMark, placeSpeaker, prepositionObjectEnd, PREPOSITIONS, quotedNameAt } from './places';
import { canBeNominative, isFiniteVerb, isFunctionWord, lower, verbAgreement, type VerbAgreement } from './wordForms';

const TIME_NOUNS = new Set(['год', 'месяц', 'неделя', 'день', 'час', 'минута', 'время', 'утро', 'вечер', 'ночь', 'век', 'сутки', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'раз', 'процент']);
const NOMINATIVE_PRONOUNS = new Set(['он', 'она']);
const RELATIVE = /^(котор|чей|чья|чьё|чьи)/;
const MAX_ASIDE_TOKENS = 12;
/** Relative words of place: the clause they open may leave the subject to the main clause. */
const PLACE_RELATIVES = new Set(['где', 'куда', 'откуда']);
const NOMINATIVE_RELATIVES = new Set(['который', 'которая', 'которые']);
const POSSESSIVES = new Set(['его', 'её', 'ее', 'их', 'своего', 'своей', 'своих']);
const BOUNDARIES = new Set([',', ':', ';', '(', ')', '«', '»', '"', '„', '“', '”', '.', '!', '?', '…', '—', '–']);
// Outlets relay more often than they speak: "как сообщил Reuters представитель" names the speaker second.
const OUTLETS = new Set(['reuters', 'afp', 'ap', 'bloomberg', 'cnn', 'bbc', 'тасс', 'интерфакс', 'риа', 'рбк', 'би-би-си', 'dpa', 'ansa', 'efe', 'униан', 'унн', 'bns', 'ria']);

/** The speaker named before the verb, within its clause; skips relative clauses set off by commas and prepositional phrases. */
export function subjectBefore(context: SpeakerContext, verb: number, from: number, inQuote: (index: number) => boolean): Speaker | undefined {
  const { doc } = context;
  const agreement = verbAgreement(doc, verb);
  // "В заявлении МИД говорится", "В Кремле заявили": an impersonal verb's source is a place.
  let place: Speaker | undefined;
  const impersonal = agreement === 'plural' || agreement === null;
  let joined = false;
  let i = verb - 1;
  while (i >= from) {
    const token = doc.tokens[i];
    // "«Газпром» заявил": a name in quotation marks right before the verb is its subject; elsewhere
    // it is part of the clause ("назвал «Северный поток — 2» …").
    if (i === verb - 1 && (token.text === '»' || token.text === '"')) {
      let open = i - 1;
      while (open > Math.max(from, i - 6) && doc.tokens[open].text !== '«' && doc.tokens[open].text !== '"') open--;
      const name = quotedNameAt(doc, open, verb);
      if (name) return { speakerId: null, speakerText: name };
    }
    if (inQuote(i)) {
      i--;
      continue;
    }
    if (token.text === ')' && agreement !== 'plural') {
      // "Игорь Панин (Igor Panin) сообщил": an aside in brackets belongs to the word before it.
      const open = bracketOpening(doc, i, from);
      if (open !== undefined) {
        i = open - 1;
        continue;
      }
    }
    if (token.text === ',') {
      const skipTo = insertedClauseStart(context, i, from, agreement);
      // "Моралес, вслед за коллегами из Венесуэлы и Никарагуа сообщил": an aside of a
      // prepositional phrase whose closing comma is left out; the subject stands before it.
      if (skipTo === undefined && asideAfterSubject(doc, from, i + 1, verb)) {
        i--;
        continue;
      }
      if (skipTo === undefined) {
        // "Керри прилетел в Кабул, где … отметил": a clause of place without its own subject speaks of the main one's.
        // So does "направил письмо, в котором поблагодарил": a document written, the writer speaking in it.
        const sharesMain = i === verb - 1 || onlyAdverbsBetween(doc, i + 1, verb) || PLACE_RELATIVES.has(lower(doc, i + 1))
          || (PREPOSITIONS.has(lower(doc, i + 1)) && RELATIVE.test(lower(doc, i + 2)));
        const shared = sharesMain ? sharedSubject(context, i, from, agreement, inQuote) : undefined;
        if (shared) return shared;
        break;
      }
      i = skipTo - 1;
      continue;
    }
    if (BOUNDARIES.has(token.text) && !isInnerDot(doc, i) && !isQuoteMark(token.text)) break;
    if (impersonal && place === undefined && (lower(doc, i) === 'в' || lower(doc, i) === 'во') && i + 1 < verb && !ADVERBIAL_PLACES.has(doc.parses[i + 1][0]?.lemma ?? '')) {
      place = placeSpeaker(context, i + 1, verb);
    }
    if (token.text === 'и' && i > from) joined = true;
    // "был пьян, размахивал удостоверением и кричал": predicates joined by и share their subject.
    if (joined && doc.parses[i][0]?.pos === 'VERB' && isFiniteVerb(doc, i) && verbAgreement(doc, i) === agreement) {
      // That verb's own search covers every word left of it: none found there, none found here.
      return subjectBefore(context, i, from, inQuote) ?? subjectAfter(context, i, verb, inQuote) ?? (place && (place.speakerId || place.speakerText) ? place : undefined);
    }
    // "Дмитрий Дёмушкин, который успел заявить": the relative word stands for the name before it.
    if (NOMINATIVE_RELATIVES.has(lower(doc, i)) && doc.tokens[i - 1]?.text === ',') {
      const antecedent = mentionAt(context, i - 2);
      if (antecedent) return { speakerId: antecedent.personId, speakerText: null };
      const described = relativeAntecedent(context, i, from);
      if (described) return described;
    }
    const found = candidateAt(context, i, from, verb, agreement);
    // "с коллегами из Венесуэлы и Никарагуа": a word joined by и to the object of a preposition is an object too.
    if (found && inPrepositionalObject(context, found.start, from)) {
      i = found.start - 1;
      continue;
    }
    const preposition = found ? found.start - 1 : -1;
    if (found && !PREPOSITIONS.has(lower(doc, preposition))) return objectOfVerbBefore(context, found, i, from, inQuote) ?? found.speaker;
    if (found && impersonal && place === undefined && (lower(doc, preposition) === 'в' || lower(doc, preposition) === 'во')) {
      place = placeSpeaker(context, preposition + 1, verb);
    }
    i = found ? found.start - 1 : i - 1;
  }
  return place && (place.speakerId || place.speakerText) ? place : undefined;
}

/** Words that open a prepositional phrase with the preposition after them: "вслед за", "наряду с". */
const PREPOSITION_LEADS = new Set(['вслед', 'наряду', 'вопреки', 'согласно', 'благодаря', 'подобно', 'вплоть']);

/** Pronouns that make a phrase a clause of its own: "после чего крикнул", "за что получил". */
const CLAUSE_PRONOUNS = new Set(['что', 'чего', 'чему', 'чем', 'чём', 'кто', 'кого', 'кому', 'кем', 'ком']);

/**
 * A prepositional aside from `first` to `end` (see below) that stands between a subject and its
 * verb: no finite verb left of it in the clause ("Собор перейдёт …, с сохранением функции,
 * заявил X" names its speaker after the verb).
 */
function asideAfterSubject(doc: Doc, from: number, first: number, end: number): boolean {
  if (!prepositionalAside(doc, first, end)) return false;
  for (let k = from; k < first - 1; k++) if (isFiniteVerb(doc, k) && doc.parses[k][0]?.pos === 'VERB') return false;
  return true;
}

/** Tokens `first` to `end` open with a preposition ("вслед за", "вместе с", "по примеру") and hold no verb of their own. */
function prepositionalAside(doc: Doc, first: number, end: number): boolean {
  if (first >= end || !(PREPOSITIONS.has(lower(doc, first)) || PREPOSITION_LEADS.has(lower(doc, first)))) return false;
  for (let k = first; k < end; k++) {
    const pos = doc.parses[k]?.[0]?.pos;
    if (isFiniteVerb(doc, k) || pos === 'VERB' || pos === 'INFN' || pos === 'GRND' || pos === 'CONJ' && lower(doc, k) !== 'и' && lower(doc, k) !== 'или' || RELATIVE.test(lower(doc, k)) || CLAUSE_PRONOUNS.has(lower(doc, k)) || BOUNDARIES.has(doc.tokens[k].text)) return false;
  }
  return true;
}

/**
 * "вместе с коллегами из Венесуэлы и Никарагуа": the word at `start` follows и (или) after a
 * word that cannot be nominative, within a phrase a preposition opens: it is that preposition's
 * object, not a subject.
 */
function inPrepositionalObject(context: SpeakerContext, start: number, from: number): boolean {
  const { doc } = context;
  const conjunction = lower(doc, start - 1);
  if ((conjunction !== 'и' && conjunction !== 'или') || start - 2 < from) return false;
  let j = start - 2;
  if (canBeNominative(doc, j) || doc.tokens[j].kind !== 'word') return false;
  for (let steps = 0; j >= from && steps < 6; steps++, j--) {
    if (PREPOSITIONS.has(lower(doc, j))) return true;
    if (doc.tokens[j].kind !== 'word' || isFiniteVerb(doc, j) || canBeNominative(doc, j) && !isFunctionWord(doc, j)) return false;
  }
  return false;
}

/**
 * "прогнозы тех обозревателей, которые предсказывали", "процитировало представителя ведомства,
 * который заявил": the person noun before the comma that agrees with the relative word in gender
 * and number (past its genitive complements) is what the relative word stands for, in any case.
 */
function relativeAntecedent(context: SpeakerContext, relative: number, from: number): Speaker | undefined {
  const { doc } = context;
  const word = lower(doc, relative);
  const agrees = (parse: WordParse) => (word === 'которые' ? parse.grammemes.has('plur') : !parse.grammemes.has('plur') && (word === 'которая') === parse.grammemes.has('femn'));
  for (let j = relative - 2; j >= Math.max(from, relative - 7) && isPhraseWord(doc, j); j--) {
    if (mentionAt(context, j)) return undefined;
    if (doc.parses[j][0]?.pos !== 'NOUN') continue;
    const reading = doc.parses[j].find((parse) => parse.pos === 'NOUN' && parse.grammemes.has('anim') && agrees(parse));
    if (!reading) {
      // A genitive complement ("представителя правительства") is passed over; any other noun ends the search.
      if (doc.parses[j].some((parse) => parse.pos === 'NOUN' && caseOf(parse) === 'gent')) continue;
      return undefined;
    }
    if (['Name', 'Surn', 'Patr', 'Orgn', 'Geox'].some((tag) => reading.grammemes.has(tag))) return undefined;
    const phrase = phraseAround(doc, j, from, relative - 1);
    // "помиловал Джо Арпайо, своего политического союзника, который называл": the apposed name.
    const before = POSSESSIVES.has(lower(doc, phrase.start - 1)) ? phrase.start - 2 : phrase.start - 1;
    const named = doc.tokens[before]?.text === ',' ? mentionAt(context, before - 1) : undefined;
    if (named) return { speakerId: named.personId, speakerText: null };
    // "его бывшего шофёра, который утверждает": someone's driver is the driver, not that someone.
    if (POSSESSIVES.has(lower(doc, phrase.start - 1))) return { speakerId: null, speakerText: nominativeText(doc, phrase, caseOf(reading) ?? 'nomn') };
    return speakerOfPhrase(context, phrase, null, caseOf(reading) ?? 'nomn');
  }
  return undefined;
}

/**
 * "Участники несли плакаты и скандировали": a thing named right after another verb is that
 * verb's object, and the two verbs share the subject before the first. The subject found so, if any.
 */
function objectOfVerbBefore(context: SpeakerContext, found: { speaker: Speaker; start: number }, last: number, from: number, inQuote: (index: number) => boolean): Speaker | undefined {
  const { doc } = context;
  const before = found.start - 1;
  if (found.speaker.speakerId !== null || before < from || !isFiniteVerb(doc, before) || doc.parses[before][0]?.pos !== 'VERB') return undefined;
  for (let j = found.start; j <= last; j++) {
    if (doc.parses[j].some((parse) => parse.pos === 'NOUN' && parse.grammemes.has('inan') && parse.grammemes.has('accs'))) return subjectBefore(context, before, from, inQuote);
  }
  return undefined;
}

/** The closing bracket of the aside `open` starts, within a few words; `open` itself if none. */
function bracketClosing(doc: Doc, open: number): number {
  for (let j = open + 1; j < Math.min(doc.tokens.length, open + MAX_ASIDE_TOKENS); j++) {
    if (doc.tokens[j].text === ')') return j;
    if (doc.tokens[j].text === '(' || doc.tokens[j].lineBreakBefore) return open - 1;
  }
  return open - 1;
}

/** The opening bracket of the aside that `close` ends, within the clause and a few words. */
function bracketOpening(doc: Doc, close: number, from: number): number | undefined {
  for (let j = close - 1; j >= Math.max(from, close - MAX_ASIDE_TOKENS); j--) {
    const text = doc.tokens[j].text;
    if (text === '(') return j > from && doc.tokens[j - 1].kind === 'word' ? j : undefined;
    if (text === ')' || text === '.' && !isInnerDot(doc, j)) return undefined;
  }
  return undefined;
}

/**
 * "X вышла к журналистам, объявила: …": predicates joined by a comma share the subject of the
 * first. The verb before the comma must agree with ours and stand in the same clause (no
 * conjunction or relative word between it and the comma).
 */
function sharedSubject(context: SpeakerContext, comma: number, from: number, agreement: VerbAgreement, inQuote: (index: number) => boolean): Speaker | undefined {
  const { doc } = context;
  for (let j = comma - 1; j >= from; j--) {
    if (inQuote(j)) continue;
    const best = doc.parses[j][0];
    if (BOUNDARIES.has(doc.tokens[j].text) || best?.pos === 'CONJ' || RELATIVE.test(lower(doc, j))) return undefined;
    if (best?.pos !== 'VERB') continue;
    if (verbAgreement(doc, j) !== agreement || agreement === 'plural' && !best.grammemes.has('past')) return undefined;
    return subjectBefore(context, j, from, inQuote);
  }
  return undefined;
}

function onlyAdverbsBetween(doc: Doc, first: number, last: number): boolean {
  for (let j = first; j < last; j++) {
    const pos = doc.parses[j][0]?.pos;
    if (pos !== 'ADVB' && pos !== 'PRCL') return false;
  }
  return true;
}

/**
 * For ", … ," ending at `comma`: the index of the opening comma when the segment is inserted into
 * the clause (a relative or participial clause, or a parenthesis such as "в частности").
 */
function insertedClauseStart(context: SpeakerContext, comma: number, from: number, agreement: VerbAgreement): number | undefined {
  const { doc } = context;
  for (let j = comma - 1; j >= from; j--) {
    if (doc.tokens[j].text !== ',') continue;
    let relative = false;
    for (let k = j + 1; k < Math.min(comma, j + 5) && !relative; k++) relative = RELATIVE.test(lower(doc, k));
    // ", в прошлом занимавшая пост министра, …": a participle may follow an adverbial.
    let participle = false;
    for (let k = j + 1; k < Math.min(comma, j + 6) && !participle; k++) participle = doc.parses[k]?.[0]?.pos === 'PRTF' || doc.parses[k]?.[0]?.pos === 'GRND';
    let parenthesis = comma - (j + 1) <= 4;
    for (let k = j + 1; k < comma && parenthesis; k++) if (candidateAt(context, k, k, comma, agreement)) parenthesis = false;
    return relative || participle || parenthesis || apposedToName(context, j, comma) || asideAfterSubject(doc, from, j + 1, comma) ? j : undefined;
  }
  return undefined;
}

/**
 * "Анатолий Громов, член совета директоров холдинга, заявил": between commas right after a
 * name, a noun phrase with no verb of its own says who the person is.
 */
function apposedToName(context: SpeakerContext, open: number, close: number): boolean {
  const { doc } = context;
  if (!mentionAt(context, open - 1)?.nominative || !isNominativeNoun(doc, open + 1) || mentionAt(context, open + 1)) return false;
  for (let k = open + 1; k < close; k++) if (isFiniteVerb(doc, k) || doc.parses[k][0]?.pos === 'VERB') return false;
  return true;
}

/** The speaker named after the verb, up to the end of its clause. */
export function subjectAfter(context: SpeakerContext, verb: number, to: number, inQuote: (index: number) => boolean): Speaker | undefined {
  const { doc } = context;
  const agreement = verbAgreement(doc, verb);
  let place: Speaker | undefined;
  for (let i = verb + 1; i < to; i++) {
    const token = doc.tokens[i];
    const quotedName = quotedNameAt(doc, i, to);
    if (quotedName) {
      // "подтвердил «Ъ» один из участников": an indeclinable outlet told, the speaker after it.
      const nameEnd = quotedNameEnd(doc, i, to);
      const told = nameEnd !== undefined ? subjectAfterOutlet(context, nameEnd - 1, to, agreement, inQuote) : undefined;
      return told ?? { speakerId: null, speakerText: quotedName };
    }
    const nameEnd = quotedNameEnd(doc, i, to);
    if (nameEnd !== undefined) {
      // "рассказал «Известиям» Петров": the outlet addressed, then the speaker.
      i = nameEnd - 1;
      continue;
    }
    if (inQuote(i) || BOUNDARIES.has(token.text) || (i > verb + 1 && isFiniteVerb(doc, i)) || doc.parses[i][0]?.pos === 'INFN') break;
    const mention = mentionAt(context, i);
    if (mention?.nominative) return { speakerId: mention.personId, speakerText: null };
    if (mention) {
      i = mention.tokenEnd - 1;
      continue;
    }
    if (PREPOSITIONS.has(lower(doc, i)) && i + 1 < to) {
      // A prepositional phrase never holds the subject; "в министерстве" may name the source.
      let objectEnd = prepositionObjectEnd(doc, i, to);
      for (let k = i + 1; k < objectEnd; k++) if (mentionAt(context, k)?.nominative) objectEnd = k;
      const inPlace = lower(doc, i) === 'в' || lower(doc, i) === 'во';
      if (inPlace && place === undefined && !ADVERBIAL_PLACES.has(doc.parses[i + 1][0]?.lemma ?? '')) place = placeSpeaker(context, i + 1, objectEnd);
      i = objectEnd - 1;
      continue;
    }
    if (isFunctionWord(doc, i)) continue;
    // Adjectives before the head belong to the phrase: "— говорят местные жители".
    const found = candidateAt(context, i, verb + 1, to, agreement, true);
    if (!found) continue;
    if (isOutlet(doc, i)) {
      const next = subjectAfterOutlet(context, i, to, agreement, inQuote);
      if (next) return next;
    }
    return found.speaker;
  }
  return agreement === 'plural' || agreement === null ? place : undefined;
}

/** "сказал РИА Новости высокопоставленный источник": past the outlet's name, the speaker it was told by. */
function subjectAfterOutlet(context: SpeakerContext, outlet: number, to: number, agreement: VerbAgreement, inQuote: (index: number) => boolean): Speaker | undefined {
  const { doc } = context;
  let nameEnd = outlet + 1;
  while (nameEnd < Math.min(to, outlet + 3) && doc.tokens[nameEnd].kind === 'word' && doc.tokens[nameEnd].capitalized && !mentionAt(context, nameEnd)) nameEnd++;
  for (let i = nameEnd; i < Math.min(to, nameEnd + 4); i++) {
    // "сообщает Reuters со ссылкой на источники": the outlet speaks, citing its sources.
    if (inQuote(i) || BOUNDARIES.has(doc.tokens[i].text) || PREPOSITIONS.has(lower(doc, i))) return undefined;
    const found = candidateAt(context, i, nameEnd, to, agreement, true);
    if (found) return found.speaker;
  }
  return undefined;
}

/** A wire agency or broadcaster that relays more often than it speaks (Reuters, ТАСС). */
export function isOutlet(doc: Doc, index: number): boolean {
  return OUTLETS.has(lower(doc, index));
}

/**
 * A speaker starting or ending at token `index`: a person mention, a nominative pronoun, or a
 * nominative noun phrase. Scanning left (`forward` false) the phrase head is the leftmost noun
 * of the run of words that ends at `index`.
 */
function candidateAt(context: SpeakerContext, index: number, from: number, to: number, agreement: VerbAgreement, forward = false): { speaker: Speaker; start: number } | undefined {
  const { doc } = context;
  const token = doc.tokens[index];
  if (token.kind !== 'word') return undefined;
  const mention = mentionAt(context, index);
  if (mention?.nominative) return ownerBefore(context, mention, from, to, agreement) ?? { speaker: { speakerId: mention.personId, speakerText: null }, start: mention.tokenStart };
  if (NOMINATIVE_PRONOUNS.has(lower(doc, index)) && isSpeakerPronoun(doc, index)) {
    return { speaker: describedAntecedent(context, index) ?? resolvePronoun(context, index, agreement), start: index };
  }
  if (lower(doc, index) === 'они') return { speaker: resolveGroup(context, index), start: index };
  const oneOf = oneOfSpeaker(context, index, to);
  if (oneOf) return { speaker: oneOf, start: index };
  if (mention || !isNominativeNoun(doc, index)) return undefined;
  let head = index;
  if (!forward) {
    // The head moves left over genitive complements only: "представитель МИД Франции", not
    // "оглашения приговора сторонники" (a nominative-only noun complements nothing).
    for (let j = index - 1; j >= from && isPhraseWord(doc, j) && canComplement(doc, j + 1); j--) if (isNominativeNoun(doc, j) && !isSubstantive(doc, j) && !mentionAt(context, j)) head = j;
  }
  const phrase = phraseAround(doc, head, from, to);
  if (!agreesInNumber(doc, head, agreement)) return undefined;
  // "— считает политолог Анна Смирнова": a name in apposition right after a person noun is the
  // speaker; one word after a complement may belong to it ("куратор музея По").
  // A prepositional phrase may come between ("руководитель дирекции по радиовещанию Сергей Архипов").
  let nameAt = phrase.end;
  // "писатель и журналист Павел Зимин": titles joined by и before the name.
  if (forward && lower(doc, nameAt) === 'и' && isNominativeNoun(doc, nameAt + 1) && doc.parses[nameAt + 1][0]?.grammemes.has('anim')) nameAt = phraseAround(doc, nameAt + 1, nameAt + 1, to).end;
  // "глава пресс-службы Святого престола кардинал Федерико Ломбарди", "житель штата Массачусетс
  // Джеймс Костелло": a rank or a place of one word before a full name.
  const fullNameNext = (mentionAt(context, nameAt + 1)?.tokenStart === nameAt + 1) && (mentionAt(context, nameAt + 1)?.tokenEnd ?? 0) - (nameAt + 1) >= 2;
  if (forward && !mentionAt(context, nameAt) && fullNameNext && (doc.tokens[nameAt]?.capitalized || (isNominativeNoun(doc, nameAt) && doc.parses[nameAt][0]?.grammemes.has('anim')))) nameAt++;
  for (let phrases = 0; phrases < 2 && PREPOSITIONS.has(lower(doc, nameAt)) && nameAt + 1 < doc.tokens.length; phrases++) nameAt = prepositionObjectEnd(doc, nameAt, forward ? to : doc.tokens.length);
  // "президент Фонда (Human Rights Foundation) Тор Халворссен": an aside in brackets before the name.
  if (doc.tokens[nameAt]?.text === '(') nameAt = bracketClosing(doc, nameAt) + 1;
  const apposed = mentionAt(context, nameAt);
  const personNoun = doc.parses[head][0]?.grammemes.has('anim') || isSubstantive(doc, head);
  if (apposed && inCaseOf(context, apposed, 'nomn') && personNoun && apposed.tokenStart === nameAt && !doc.tokens[nameAt].lineBreakBefore
    && (nameAt === head + 1 || apposed.tokenEnd - apposed.tokenStart >= 2)) {
    return { speaker: { speakerId: apposed.personId, speakerText: null }, start: phrase.start };
  }
  // "— пояснил автор законопроекта, первый зампред думского комитета Андрей Красов": a second
  // description after a comma, with the name, says who the first one is.
  if (forward && personNoun && doc.tokens[nameAt]?.text === ',') {
    for (let k = nameAt + 1; k < Math.min(to, nameAt + 4) && doc.tokens[k].kind === 'word'; k++) {
      const second = candidateAt(context, k, k, to, agreement, true);
      if (second?.speaker.speakerId) return { speaker: second.speaker, start: phrase.start };
      if (second) break;
    }
  }
  return { speaker: speakerOfPhrase(context, phrase, agreement), start: phrase.start };
}

/**
 * "Прислуга Макафи утверждала", "Адвокат Шойгу заявил": a name that does not decline after a noun for a person is that noun's genitive,
 * not its apposition, when the verb takes the noun's gender and not the person's (his name, her verb), or when the noun is one of
 * someone's relation (адвокат, помощник, прислуга) and the name a surname alone in a vowel that no case changes (Макафи, Шойгу, Лукашенко):
 * the subject is the noun with its complement.
 */
function ownerBefore(context: SpeakerContext, mention: PlacedMention, from: number, to: number, agreement: VerbAgreement): { speaker: Speaker; start: number } | undefined {
  const { doc } = context;
  const head = mention.tokenStart - 1;
  if (head < from || doc.tokens[head].kind !== 'word' || mentionAt(context, head) || doc.tokens[mention.tokenStart].lineBreakBefore) return undefined;
  if (doc.tokens[head].capitalized && !opensSentence(doc, head)) return undefined;
  const top = doc.parses[head][0];
  if (!top || top.pos !== 'NOUN' || !top.grammemes.has('anim') || !top.grammemes.has('nomn') || top.grammemes.has('plur')) return undefined;
  const gender = context.personById.get(mention.personId)?.gender;
  const verbGender = agreement === 'male' || agreement === 'female' ? agreement : null;
  const clashes = verbGender !== null && gender !== null && gender !== undefined && gender !== verbGender
    && (top.grammemes.has(verbGender === 'female' ? 'femn' : 'masc') || top.grammemes.has('Ms-f'));
  const undeclined = mention.tokenEnd - mention.tokenStart === 1 && INDECLINABLE_END.test(doc.tokens[mention.tokenStart].text) && isRelationalHead(top.lemma);
  if (!clashes && !undeclined) return undefined;
  const phrase = phraseAround(doc, head, from, to);
  if (phrase.end < mention.tokenEnd) return undefined;
  return { speaker: { speakerId: null, speakerText: nominativeText(doc, phrase, 'nomn') }, start: phrase.start };
}

/** The last letter of a word no case ending changes: a vowel other than а/я. */
const INDECLINABLE_END = /[оеиуюэё]$/u;

/** A plural verb wants a plural subject and a singular verb a singular one ("газопровод называют" has none); see gender below. */
function agreesInNumber(doc: Doc, head: number, agreement: VerbAgreement): boolean {
  if (agreement === null || doc.tokens[head].script !== 'cyrillic') return true;
  const nominatives = doc.parses[head].filter((parse) => parse.grammemes.has('nomn') || parse.grammemes.has('Fixd'));
  if (nominatives.length === 0) return true;
  const plural = agreement === 'plural';
  // Gender too, loosely: "сенатор отметила" agrees (titles are masculine), "заявление сделала" does not.
  const genderAgrees = (parse: WordParse) => plural || parse.grammemes.has('Ms-f')
    || (!parse.grammemes.has('neut') && !(agreement === 'male' && parse.grammemes.has('femn')));
  return nominatives.some((parse) => parse.grammemes.has('Fixd') || ((parse.grammemes.has('plur') === plural || parse.grammemes.has('Pltm')) && genderAgrees(parse)));
}

function isNominativeNoun(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || isFunctionWord(doc, index)) return false;
  // "в январе 2019 года", "три дня": dates and quantities are not subjects.
  if (doc.tokens[index - 1]?.kind === 'number' || TIME_NOUNS.has(doc.parses[index][0]?.lemma ?? '') || PREPOSITIONS.has(lower(doc, index))) return false;
  if (token.script !== 'cyrillic') return token.capitalized || token.text === token.text.toUpperCase();
  // An abbreviation in capitals (ИГ, ФАС) does not decline, whatever the dictionary reads into it.
  if (token.capitalized && isAbbreviation(token.text)) return true;
  const parses = doc.parses[index];
  const noun = parses.some((parse) => parse.pos === 'NOUN' && !parse.grammemes.has('Apro')) || isSubstantive(doc, index);
  const best = parses[0]?.pos;
  return noun && canBeNominative(doc, index) && best !== 'ADVB' && best !== 'VERB' && best !== 'INFN' && best !== 'PRED';
}

/** Two to six capital letters (ИГ, ФАС, МВД), checked without making an upper-case copy: this runs for most words scanned. */
function isAbbreviation(text: string): boolean {
  if (text.length < 2 || text.length > 6) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (!((code >= 0x410 && code <= 0x42f) || code === 0x401)) return false;
  }
  return true;
}

/** An adjective or participle standing for a person ("уполномоченный исполнительной коллегии"): no noun agrees with it. */
export function isSubstantive(doc: Doc, index: number): boolean {
  const reading = doc.parses[index]?.find((parse) => parse.pos === 'ADJF' && parse.grammemes.has('nomn') && !parse.grammemes.has('Apro'));
  if (!reading || doc.tokens[index].capitalized && index > 0 && !['.', '!', '?', '—', '–'].includes(doc.tokens[index - 1].text)) return false;
  const next = doc.parses[index + 1] ?? [];
  return doc.tokens[index + 1]?.kind === 'word' && !next.some((parse) => (parse.pos === 'NOUN' || parse.pos === 'ADJF' || parse.pos === 'PRTF') && parse.grammemes.has('nomn'));
}

/** A word that may stand after a head noun as part of its phrase: not a noun that can only be nominative. */
function canComplement(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.script !== 'cyrillic' || token.capitalized) return true;
  const parses = doc.parses[index];
  return !parses.some((parse) => parse.pos === 'NOUN') || parses.some((parse) => parse.pos === 'NOUN' && caseOf(parse) !== 'nomn');
}

function isPhraseWord(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.kind !== 'word' || isFunctionWord(doc, index)) return false;
  const pos = doc.parses[index][0]?.pos;
  return pos === 'NOUN' || pos === 'ADJF' || pos === 'PRTF' || token.capitalized || token.script !== 'cyrillic';
}
