/**
 * Attaches roles stated by a predicate: "X назначен послом", "X стал премьером", "он работал
 * журналистом", "X занимает пост министра", "послом назначен X", and the active "президент
 * назначил X послом" or "снять X с поста лидера партии", where the role belongs to the object.
 */
import { lowerText, type Doc } from '../doc';
import { caseOf, type WordParse } from '../morphology/morphology';
import type { NamedMention, NameIndex } from './nameIndex';
import { needsComplement, roleHeadsAt } from './roleLexicon';
import type { RoleBook } from './roleBook';
import type { Anchor, Leftover } from './appositions';
import { clauseStart, type RolePhrase } from './rolePhrase';
import { capacityHolder, dashSubject, objectAfter, objectBefore, objectBetween, subjectAfter, subjectBefore } from './subjects';

// Verbs (and their participles) whose instrumental complement says what the subject is.
const LINKING_VERBS = new Set([
  'назначение', 'избрание', 'утверждение', 'переизбрание',
  'стать', 'становиться', 'являться', 'быть', 'работать', 'поработать', 'проработать', 'служить', 'оставаться', 'остаться',
  'числиться', 'считаться', 'выступить', 'выступать', 'пробыть', 'побыть', 'прослужить', 'начинать', 'начать', 'оказаться', 'именоваться', 'называться', 'назначить', 'назначать', 'избрать', 'избирать', 'утвердить', 'переизбрать', 'трудиться', 'устроиться',
  'признать', 'признавать', 'назвать', 'называть',
  // A player's position: "играл полузащитником".
  'играть', 'поиграть',
]);
// Verbs of working, which may name the place before the instrumental: "работала в Google инженером".
const WORKING_VERBS = new Set(['играть', 'поиграть', 'работать', 'поработать', 'проработать', 'служить', 'прослужить', 'трудиться', 'устроиться', 'назначить', 'назначать']);
// Verbs whose object, not subject, receives the role: "президент назначил его послом".
const CAUSATIVE_VERBS = new Set(['назначить', 'назначать', 'избрать', 'избирать', 'утвердить', 'переизбрать', 'назначение', 'избрание', 'утверждение', 'переизбрание', 'признать', 'признавать', 'назвать', 'называть']);
// Nouns that name an office by its holder's title: "пост министра", "должность посла", "кресло мэра", "исполнял обязанности министра".
const OFFICE_NOUNS = new Set(['пост', 'должность', 'кресло', 'полномочие', 'обязанность', 'звание', 'ранг', 'чин']);
// Verbs by which one takes up an office one is put onto: "вступил в должность", "заступил на пост".
const ENTERING_VERBS = new Set(['вступить', 'вступать', 'заступить', 'заступать', 'перевести', 'перейти', 'вернуться', 'занять', 'занимать']);
// Verbs of putting someone forward for an office: "выдвинул Ивана Петрова на пост", "предложил кандидатуру Петрова на должность".
const NOMINATING_VERBS = new Set(['выдвинуть', 'выдвигать', 'предложить', 'предлагать', 'рекомендовать', 'номинировать']);
const VERB_POS = new Set(['VERB', 'PRTS', 'INFN', 'PRTF', 'GRND']);
// Nouns of appointment stand for their verbs: "утверждение Пан Ги Муна генеральным секретарём".
const APPOINTMENT_NOUNS = new Set(['назначение', 'избрание', 'утверждение', 'переизбрание']);
// Infinitives of becoming and being: the office they name is a prospect ("хочет стать мэром").
const PROSPECTIVE_VERBS = new Set(['стать', 'становиться', 'быть', 'являться']);
const MAX_GAP = 4;
// A date between the verb and its instrumental, "избрана 28 июня директором", names a month.
const TIME_NOUNS = new Set(['год', 'месяц', 'время', 'неделя', 'день', 'раз',
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']);

/** Attaches predicate roles; returns the phrases still unattached, and the attached ones as anchors of lists ("работала инженером, дизайнером"). */
export function attachPredicates(doc: Doc, leftovers: readonly Leftover[], names: NameIndex, book: RoleBook): { rest: Leftover[]; anchors: Anchor[] } {
  const anchors: Anchor[] = [];
  const rest = leftovers.filter(({ phrase, tokenEnd, related }) => {
    if (related && isCausativeObject(doc, phrase, related, names)) {
      book.attach(related.person, phrase, phrase.tokenStart, objectEnd(doc, phrase, related));
      return false;
    }
    const holder = holderOf(doc, phrase, tokenEnd, names);
    if (!holder || holder.person === related?.person) return true;
    book.attach(holder.person, phrase, phrase.tokenStart, tokenEnd, related?.person);
    if (!related) anchors.push({ phrase, person: holder.person, afterName: true });
    const predecessor = related ? undefined : predecessorAfter(doc, tokenEnd, names, holder) ?? insteadOpening(doc, clauseStart(phrase), names);
    if (predecessor && predecessor.person !== holder.person) book.attach(predecessor.person, phrase, phrase.tokenStart, tokenEnd);
    return false;
  });
  return { rest, anchors };
}

/**
 * "Вместо Ивана Петрова главой банка станет Олег Сидоров": a sentence opening with "вместо" and a
 * genitive name right before the title; that name held the office before. The name, when so.
 */
function insteadOpening(doc: Doc, titleStart: number, names: NameIndex): NamedMention | undefined {
  const sentenceStart = doc.sentences[doc.sentenceOfToken[titleStart]].tokenStart;
  if (lowerText(doc, sentenceStart) !== 'вместо') return undefined;
  const named = names.startingAt(sentenceStart + 1);
  return named && named.tokenEnd === titleStart && named.cases.has('gent') ? named : undefined;
}

// Verbs of taking someone's place: "стал мэром, сменив на этом посту Ивана Петрова".
const REPLACING_VERBS = new Set(['сменить', 'сменять', 'заменить', 'заменять']);
// How far after the title its clause may go on before "сменив" or "вместо", and from there to the predecessor's name.
const PREDECESSOR_REACH = 10;

/**
 * "стал мэром города, сменив на этом посту Ивана Петрова", "назначен министром вместо ушедшего в
 * отставку Ивана Петрова": the one whose place the holder takes held the same office. The name
 * after a verb of replacing (accusative) or "вместо" (genitive), in the title's sentence, past the
 * words that say which post ("на этом посту") or describe the predecessor ("86-летнего"); the
 * holder's own name may come first ("премьером стал Иван Петров вместо Павла Сидорова"). So
 * does a genitive name right after "после" ("станет главой клуба после Ивана Петрова").
 */
function predecessorAfter(doc: Doc, tokenEnd: number, names: NameIndex, holder: NamedMention): NamedMention | undefined {
  const { tokens } = doc;
  if (tokenEnd >= tokens.length) return undefined;
  const sentence = doc.sentenceOfToken[tokenEnd];
  const sentenceEnd = doc.sentences[sentence].tokenEnd;
  for (let index = tokenEnd; index < Math.min(sentenceEnd, tokenEnd + PREDECESSOR_REACH); index++) {
    // The holder's own name may stand between: "премьером стал Иван Петров вместо …".
    const own = names.startingAt(index);
    if (own && own.person === holder.person) {
      index = own.tokenEnd - 1;
      continue;
    }
    if (names.inName(index) || (tokens[index].kind === 'punct' && tokens[index].text !== ',')) return undefined;
    const instead = lowerText(doc, index) === 'вместо';
    // "станет главой клуба после Ивана Петрова": the name right after "после" held the office before.
    if (lowerText(doc, index) === 'после') {
      const named = names.startingAt(index + 1);
      if (named?.cases.has('gent') && named.person !== holder.person) return named;
      continue;
    }
    const replacing = !instead && doc.parses[index].some((parse) => REPLACING_VERBS.has(parse.lemma) && (parse.pos === 'VERB' || parse.pos === 'GRND' || parse.pos === 'PRTF'));
    if (!instead && !replacing) continue;
    for (let next = index + 1; next < Math.min(sentenceEnd, index + 1 + PREDECESSOR_REACH); next++) {
      const named = names.startingAt(next);
      if (named) return named.cases.has(instead ? 'gent' : 'accs') ? named : undefined;
      if (tokens[next].kind === 'punct' && !gluedHyphen(doc, next)) return undefined;
      // "сменившая на посту лидера партии Ивана Петрова" names another post, which the predecessor held.
      if (roleHeadsAt(doc, next).length > 0 && officeBefore(doc, next) !== undefined) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "Анна Смирнова сменила на посту главы ведомства Ивана Петрова", "Олегу Сидорову, сменившему
 * на посту премьер-министра Ивана Петрова": after a verb of replacing and "на посту" (or "на
 * должности"), the office the title names was held by both, the one who replaced (the verb's
 * subject, or the noun its participle follows) and the one replaced (the accusative name after the
 * title, past the words that describe him: "своего больного брата Ивана"). Whichever step took the
 * title gave it to one of them, or to none; this gives it to both, the one who replaced only once
 * he has ("сменил", not "сменит") and when he is named in the sentence.
 */
export function attachReplacedOnPost(doc: Doc, phrases: readonly RolePhrase[], names: NameIndex, book: RoleBook): void {
  for (const phrase of phrases) {
    const verb = replacingVerbBefore(doc, phrase.tokenStart);
    if (!verb || !phrase.headParses.some((parse) => parse.grammemes.has('sing'))) continue;
    const replaced = objectAfter(doc, phrase.tokenEnd, names);
    if (!replaced || !describesOnly(doc, phrase.tokenEnd, replaced.tokenStart)) continue;
    book.attach(replaced.person, phrase);
    // The one who replaced holds it once he has: not "сменит" yet; and he is named in the clause, not told by a title or a pronoun.
    if (verb.parse.grammemes.has('futr')) continue;
    const replacer = verb.parse.pos === 'PRTF' ? participleNoun(doc, verb.index, names) : subjectBefore(doc, verb.index, names, verb.parse);
    if (replacer && replacer.person !== replaced.person && doc.sentenceOfToken[replacer.tokenStart] === doc.sentenceOfToken[verb.index]) book.attach(replacer.person, phrase);
  }
}

/** The verb of replacing before "на посту" (or "на должности") right before the title. */
function replacingVerbBefore(doc: Doc, phraseStart: number): { index: number; parse: WordParse } | undefined {
  const office = phraseStart - 1;
  if (!doc.parses[office]?.some((parse) => (parse.lemma === 'пост' || parse.lemma === 'должность') && caseOf(parse) === 'loct') || lowerText(doc, office - 1) !== 'на') return undefined;
  const parse = doc.parses[office - 2]?.find((reading) => REPLACING_VERBS.has(reading.lemma) && (reading.pos === 'VERB' || reading.pos === 'PRTF'));
  return parse && { index: office - 2, parse };
}

/** Only adjectives, pronouns and animate nouns (kinship, rank) stand between the title and the name: "своего больного брата". */
function describesOnly(doc: Doc, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const best = doc.parses[index][0];
    if (doc.tokens[index].kind !== 'word' || !(best?.pos === 'ADJF' || best?.pos === 'NPRO' || (best?.pos === 'NOUN' && best.grammemes.has('anim')))) return false;
  }
  return true;
}

/** "Олегу Сидорову, сменившему …": the name right before the participle, across its comma. */
function participleNoun(doc: Doc, participle: number, names: NameIndex): NamedMention | undefined {
  return names.endingAt(doc.tokens[participle - 1]?.text === ',' ? participle - 1 : participle);
}

/**
 * "назначил своим представителем Ивана Петрова", "избрала спикером первого заместителя главы
 * партии Ивана Петрова", "назначил губернатором области единоросса Ивана Петрова": after a verb
 * of appointing, the accusative name that follows an instrumental title is the verb's object,
 * which receives the title, not a genitive complement saying whose the title is.
 */
function isCausativeObject(doc: Doc, phrase: RolePhrase, related: NamedMention, names: NameIndex): boolean {
  if (!related.cases.has('accs') || !phrase.cases.has('ablt') || related.tokenStart < phrase.tokenEnd || related.tokenStart > phrase.tokenEnd + 1) return false;
  if (!phrase.headParses.some((parse) => caseOf(parse) === 'ablt' && parse.grammemes.has('sing'))) return false;
  // "назначил послом сына Ивана Петрова": the son is appointed, not the one named.
  const before = doc.parses[related.tokenStart - 1];
  if (related.tokenStart > phrase.head + 1 && before.some((parse) => needsComplement(parse.lemma))) return false;
  const verb = verbWithin(doc, names, clauseStart(phrase) - 1, -1, CAUSATIVE_VERBS, MAX_GAP + 3);
  return verb !== undefined && (verb.parse.pos === 'VERB' || verb.parse.pos === 'INFN') && objectBetween(verb.index, phrase.tokenStart, names) === undefined;
}

/** Where the object's title ends: before an animate noun in the accusative right before the name, which describes the object ("единоросса Ивана Петрова"). */
function objectEnd(doc: Doc, phrase: RolePhrase, related: NamedMention): number {
  const last = related.tokenStart - 1;
  const describes = last > phrase.head && doc.parses[last].some((parse) => parse.pos === 'NOUN' && parse.grammemes.has('anim') && caseOf(parse) === 'accs');
  return describes ? last : phrase.tokenEnd;
}

/** The nominative name right after the comma that closes the phrase's clause. */
function subjectAfterComma(doc: Doc, tokenEnd: number, names: NameIndex): NamedMention | undefined {
  if (doc.tokens[tokenEnd]?.text !== ',') return undefined;
  const named = names.startingAt(tokenEnd + 1);
  return named?.cases.has('nomn') ? named : undefined;
}

/** Whether a phrase names an office ("на пост министра") rather than a person. */
export function namesOffice(doc: Doc, phrase: RolePhrase): boolean {
  return officeBefore(doc, phrase.tokenStart) !== undefined;
}

function holderOf(doc: Doc, phrase: RolePhrase, tokenEnd: number, names: NameIndex): NamedMention | undefined {
  if (!phrase.partitive && !phrase.headParses.some((parse) => parse.grammemes.has('sing'))) return undefined;
  const start = clauseStart(phrase);
  const capacity = capacityHolder(doc, start, phrase.cases, names);
  if (capacity) return capacity;
  if (phrase.cases.has('ablt')) {
    const verb = futureAuxiliary(doc, verbWithin(doc, names, start - 1, -1, LINKING_VERBS, MAX_GAP + 3));
    // "хочет стать мэром", "может быть президентом": an office hoped for, not held.
    if (verb?.parse.pos === 'INFN' && PROSPECTIVE_VERBS.has(verb.parse.lemma)) return undefined;
    if (verb) {
      const causative = (verb.parse.pos === 'VERB' || verb.parse.pos === 'INFN' || verb.parse.pos === 'NOUN') && CAUSATIVE_VERBS.has(verb.parse.lemma);
      if (causative) return objectBetween(verb.index, start, names) ?? objectAfter(doc, tokenEnd, names) ?? objectBefore(verb.index, names);
      // "назначенный премьер-министром Иван Петров": a passive participle's noun follows the phrase.
      if (verb.parse.pos === 'PRTF' && verb.parse.grammemes.has('pssv') && CAUSATIVE_VERBS.has(verb.parse.lemma)) return names.startingAt(tokenEnd) ?? subjectBefore(doc, verb.index, names, verb.parse);
      // "Будучи игроком «Гэлакси», Бекхэм выступал …": a gerund opening the sentence speaks of the subject after its comma.
      if (verb.parse.pos === 'GRND') return subjectBefore(doc, verb.index, names, verb.parse) ?? subjectAfterComma(doc, tokenEnd, names);
      return subjectBefore(doc, verb.index, names, verb.parse);
    }
    const after = verbWithin(doc, names, tokenEnd, 1, LINKING_VERBS, 2);
    if (after) return subjectAfter(doc, after.index + 1, names);
    const fronted = frontedSubject(doc, start, tokenEnd, names) ?? gappedSubject(doc, start, tokenEnd, names);
    if (fronted) return fronted;
  }
  if (phrase.cases.has('nomn')) {
    const elided = dashSubject(doc, start, names);
    if (elided) return elided;
  }
  const office = officeBefore(doc, phrase.tokenStart);
  if (office !== undefined && phrase.headParses.some((parse) => caseOf(parse) === 'gent')) return officeHolder(doc, office, tokenEnd, names) ?? takerAfter(doc, office, tokenEnd, names);
  return undefined;
}

/**
 * "будет являться соруководителем", "будут работать инженерами": an infinitive after a future
 * form of "быть" is the compound future of its verb, said of the subject as a finite verb is,
 * so it is read at the auxiliary (its person, number and tense), not as an office hoped for.
 */
function futureAuxiliary(doc: Doc, verb: { index: number; parse: WordParse } | undefined): { index: number; parse: WordParse } | undefined {
  // "будет назначать его послом" gives the title to the object, as the verb itself says.
  if (verb?.parse.pos !== 'INFN' || CAUSATIVE_VERBS.has(verb.parse.lemma)) return verb;
  const auxiliary = doc.parses[verb.index - 1]?.find((parse) => parse.lemma === 'быть' && parse.pos === 'VERB' && parse.grammemes.has('futr'));
  return auxiliary ? { index: verb.index - 1, parse: auxiliary } : verb;
}

// Words of a modal verb before the infinitive of a linking one: "должен стать", "может стать", "будет назначен".
const MODAL_LEMMAS = new Set(['должный', 'мочь', 'быть', 'собираться', 'планировать']);
// How far after a fronted title its verb may come, past asides, places and modal words.
const FRONTED_REACH = 10;
// How many words an aside between commas, or a prepositional phrase, may have before the verb.
const ASIDE_WORDS = 4;

/**
 * "Президентом, по всей вероятности, станет Иван Петров", "Министром финансов (канцлером
 * казначейства) должен стать Иван Петров", "Лидером группировки в Башкирии является Иван Петров",
 * "Лучшим бомбардиром для команды стал Иван Петров": an instrumental title that opens its
 * sentence is said of the subject after its linking verb, past an aside in commas or brackets, a
 * short prepositional phrase and a modal verb before the infinitive.
 */
function frontedSubject(doc: Doc, start: number, tokenEnd: number, names: NameIndex): NamedMention | undefined {
  const { tokens } = doc;
  const sentence = doc.sentences[doc.sentenceOfToken[start]];
  if (start !== sentence.tokenStart && start !== insteadOpening(doc, start, names)?.tokenEnd) return undefined;
  const limit = Math.min(sentence.tokenEnd, tokenEnd + FRONTED_REACH);
  for (let index = tokenEnd; index < limit; index++) {
    const token = tokens[index];
    if (token.lineBreakBefore) return undefined;
    if (token.text === '(') {
      const close = asideEnd(doc, index, ')', limit, names);
      if (close < 0) return undefined;
      index = close;
      continue;
    }
    if (token.text === ',') {
      const close = asideEnd(doc, index, ',', limit, names);
      if (close < 0) return undefined;
      index = close;
      continue;
    }
    // "Начальником штаба — первым заместителем командующего назначен …": a second instrumental title after a dash, the same office named again.
    if ((DASHES.has(token.text) || token.text === '-') && index === tokenEnd) {
      const close = secondTitleEnd(doc, index, limit + ASIDE_WORDS + 4, names);
      if (close < 0) return undefined;
      index = close - 1;
      continue;
    }
    if (token.kind !== 'word' || names.inName(index)) return undefined;
    const parses = doc.parses[index];
    const verb = parses.find((parse) => LINKING_VERBS.has(parse.lemma) && (parse.pos === 'VERB' || parse.pos === 'INFN' || parse.pos === 'PRTS'));
    if (verb) return verb.pos === 'INFN' && !MODAL_LEMMAS.has(doc.parses[index - 1]?.[0]?.lemma ?? '') ? undefined : subjectAfter(doc, index + 1, names);
    if (parses.some((parse) => MODAL_LEMMAS.has(parse.lemma) && (parse.pos === 'VERB' || parse.pos === 'ADJS'))) continue;
    // "Патриархом Болгарским стал …": an adjective after the title that agrees with it.
    if (index === tokenEnd && parses.some((parse) => parse.pos === 'ADJF' && caseOf(parse) === 'ablt')) continue;
    if (parses[0]?.pos !== 'PREP') return undefined;
    // A place or purpose: the preposition and a few words that are not a verb, a name or a title.
    let end = index + 1;
    while (end < limit && end - index <= ASIDE_WORDS && tokens[end].kind === 'word' && !names.inName(end) && roleHeadsAt(doc, end).length === 0
      && !doc.parses[end].some((parse) => parse.pos !== undefined && VERB_POS.has(parse.pos)) && doc.parses[end][0]?.pos !== 'PREP') end++;
    if (end === index + 1) return undefined;
    index = end - 1;
  }
  return undefined;
}

/**
 * "Директором стал Павел Сидоров, а продюсером — Иван Петров": after a comma and "а" (or "и"), an
 * instrumental title, a dash standing for the linking verb of the clause before, and the
 * nominative name that is its subject.
 */
function gappedSubject(doc: Doc, start: number, tokenEnd: number, names: NameIndex): NamedMention | undefined {
  const { tokens } = doc;
  if (start < 2) return undefined;
  const conjunction = lowerText(doc, start - 1);
  if ((conjunction !== 'а' && conjunction !== 'и') || tokens[start - 2]?.text !== ',' || !DASHES.has(tokens[tokenEnd]?.text)) return undefined;
  const named = names.startingAt(tokenEnd + 1);
  if (!named?.cases.has('nomn')) return undefined;
  const sentenceStart = doc.sentences[doc.sentenceOfToken[start]].tokenStart;
  for (let index = start - 3; index >= sentenceStart; index--) {
    if (doc.parses[index].some((parse) => LINKING_VERBS.has(parse.lemma) && (parse.pos === 'VERB' || parse.pos === 'PRTS'))) return named;
  }
  return undefined;
}

const DASHES = new Set(['—', '–']);

/**
 * After the dash that follows a fronted instrumental title, the end of a second one: an
 * instrumental title head first (its adjectives before it), then only the words of its
 * complement (nouns and adjectives, no verb, name or mark) up to the verb; -1 when there is none.
 */
function secondTitleEnd(doc: Doc, dash: number, limit: number, names: NameIndex): number {
  const { tokens } = doc;
  // A hyphen glued to its words joins a compound.
  if (tokens[dash - 1]?.end === tokens[dash].start || tokens[dash + 1]?.start === tokens[dash].end) return -1;
  let index = dash + 1;
  while (index < limit && doc.parses[index]?.some((parse) => (parse.pos === 'ADJF' || parse.pos === 'PRTF') && caseOf(parse) === 'ablt')) index++;
  if (index >= limit || !roleHeadsAt(doc, index).some((parse) => caseOf(parse) === 'ablt' && parse.grammemes.has('sing'))) return -1;
  for (index++; index < Math.min(limit, doc.tokens.length); index++) {
    if (tokens[index].kind !== 'word' || names.inName(index) || tokens[index].lineBreakBefore) return -1;
    const best = doc.parses[index][0];
    if (best?.pos !== 'NOUN' && best?.pos !== 'ADJF') return index;
  }
  return -1;
}

/** The closing mark of an aside opened at the token, a few words on, with no verb or name inside; -1 when there is none. */
function asideEnd(doc: Doc, open: number, closing: string, limit: number, names: NameIndex): number {
  for (let index = open + 1; index < limit && index - open <= ASIDE_WORDS + 4; index++) {
    if (doc.tokens[index].text === closing) return index > open + 1 ? index : -1;
    if (names.inName(index) || doc.tokens[index].lineBreakBefore || doc.parses[index][0]?.pos === 'VERB') return -1;
  }
  return -1;
}

// Verbs of taking an office ("пост министра занял X") or someone's place in it ("на посту министра его сменит X").
const TAKING_VERBS = new Set(['занять', 'занимать', 'сменить', 'сменять', 'заменить', 'заменять']);

/**
 * "Пост главного тренера занял Иван Петров", "на пост мэра назначен Иван Петров", "на посту
 * директора его сменит Иван Петров": an office with
 * no verb or name before it in its clause, then a verb of taking it or a passive of appointing, then its subject.
 */
function takerAfter(doc: Doc, office: number, tokenEnd: number, names: NameIndex): NamedMention | undefined {
  // Nothing before the office in its clause is a verb or a name ("Затем кресло президента заняла …").
  const sentenceStart = doc.sentences[doc.sentenceOfToken[office]].tokenStart;
  for (let index = office - 1; index >= sentenceStart && doc.tokens[index].text !== ','; index--) {
    if (names.inName(index) || doc.parses[index].some((parse) => parse.pos !== undefined && VERB_POS.has(parse.pos))) return undefined;
  }
  // "Пост министра в правительстве лейбористов занимал …", "На пост главы правительства большинством голосов была избрана …":
  // a place of the office, or the agent of the passive, may stand before the verb.
  const verb = verbWithin(doc, names, pastPlace(doc, tokenEnd, names), 1, TAKING_OR_APPOINTING, 4);
  if (!verb) return undefined;
  const taking = TAKING_VERBS.has(verb.parse.lemma) && verb.parse.pos === 'VERB';
  const appointed = CAUSATIVE_VERBS.has(verb.parse.lemma) && verb.parse.pos === 'PRTS';
  return taking || appointed ? subjectAfter(doc, verb.index + 1, names) : undefined;
}

const TAKING_OR_APPOINTING = new Set([...TAKING_VERBS, ...CAUSATIVE_VERBS]);

/** After a preposition, up to three nouns and adjectives that are no name ("в правительстве лейбористов"): the token after them, or the token itself. */
function pastPlace(doc: Doc, index: number, names: NameIndex): number {
  if (doc.parses[index]?.[0]?.pos !== 'PREP' || doc.tokens[index + 1]?.kind !== 'word') return index;
  let end = index + 1;
  while (end - index <= 3 && doc.tokens[end]?.kind === 'word' && !names.inName(end) && !doc.tokens[end].lineBreakBefore
    && (doc.parses[end][0]?.pos === 'NOUN' || doc.parses[end][0]?.pos === 'ADJF')) end++;
  return end > index + 1 ? end : index;
}

/** The office noun right before the phrase, and the preposition before it if any: "с поста", "на должность". */
function officeBefore(doc: Doc, phraseStart: number): number | undefined {
  const office = phraseStart - 1;
  if (office < 0 || !doc.parses[office].some((parse) => parse.pos === 'NOUN' && OFFICE_NOUNS.has(parse.lemma))) return undefined;
  return doc.parses[office - 1]?.some((parse) => parse.pos === 'PREP') ? office - 1 : office;
}

/** "снять Зюганова с поста лидера": a name before the office is its holder; else the subject of the verb. */
function officeHolder(doc: Doc, office: number, tokenEnd: number, names: NameIndex): NamedMention | undefined {
  // "на пост министра" is where someone goes: held only when appointed, not when a candidate ("баллотироваться на пост").
  // "на должности" is where one stays ("остаться на должности"): its plural accusative is too rare to read it as onto.
  const onto = doc.tokens[office].text.toLowerCase() === 'на' && doc.parses[office + 1].some((parse) => OFFICE_NOUNS.has(parse.lemma) && caseOf(parse) === 'accs' && parse.grammemes.has('sing'));
  const sentenceStart = doc.sentences[doc.sentenceOfToken[office]].tokenStart;
  let named: NamedMention | undefined;
  for (let index = office - 1, steps = 0; index >= sentenceStart && steps < 6; index--, steps++) {
    // "назначит Ивана Петрова (Ivan Petrov) на пост": a bracketed aside after the name is stepped over.
    if (doc.tokens[index].text === ')' && !named) {
      const open = bracketOpening(doc, index, sentenceStart);
      if (open < 0) return undefined;
      index = open;
      continue;
    }
    // The hyphen of "64-летнего" joins a word; any other mark ends the clause.
    if (doc.tokens[index].kind === 'punct' && !names.inName(index) && !gluedHyphen(doc, index)) return undefined;
    named ??= names.endingAt(index + 1);
    if (named && named.tokenStart <= index) continue;
    // "бывший" is a participle of "быть" only in form: an adjective of the title before the name.
    const verb = doc.parses[index].find((parse) => parse.pos !== undefined && (VERB_POS.has(parse.pos) || APPOINTMENT_NOUNS.has(parse.lemma)) && !(parse.pos === 'PRTF' && parse.lemma === 'быть'));
    if (!verb) continue;
    // One put forward is named between the verb and the office: "выдвинул её" or "свою кандидатуру" may be anyone's.
    if (onto && !CAUSATIVE_VERBS.has(verb.lemma) && !ENTERING_VERBS.has(verb.lemma) && !(named && NOMINATING_VERBS.has(verb.lemma))) return undefined;
    // A noun of appointment takes its person in the genitive: "назначение Ивана Петрова на пост".
    // So does "кандидатура": "предложил кандидатуру Анны Беловой на пост".
    if (named) {
      const ofNoun = verb.pos === 'NOUN' || doc.parses[named.tokenStart - 1]?.some((parse) => parse.lemma === 'кандидатура');
      return named.cases.has('accs') || named.cases.has('nomn') || (ofNoun && named.cases.has('gent')) ? named : undefined;
    }
    // "поздравил Ивана Петрова с избранием на пост", "телеграмму Петрову в связи с назначением на должность".
    const greeted = verb.pos === 'NOUN' ? greetedBefore(doc, index, names) : undefined;
    if (greeted) return greeted;
    // "занимающая пост премьер-министра Тереза Мэй": a participle's noun may follow the office.
    if (verb.pos === 'PRTF' && names.startingAt(tokenEnd)) return names.startingAt(tokenEnd);
    // "вынудил Петрова уйти с поста министра": an infinitive's subject is the object of the verb before it.
    const object = verb.pos === 'INFN' ? names.endingAt(index) : undefined;
    if (object && (object.cases.has('accs') || object.cases.has('datv'))) return object;
    return subjectBefore(doc, index, names, verb);
  }
  return named && !onto && (named.cases.has('accs') || named.cases.has('nomn')) ? named : undefined;
}

const POSSESSIVES = new Set(['его', 'её', 'ее']);
// Words between a noun of appointment and the one it is said of: "с избранием", "в связи с назначением", "по случаю избрания".
const OCCASION_WORDS = new Set(['с', 'в', 'связи', 'по', 'случаю']);

/** The accusative or dative name right before the words that open "с избранием", "в связи с назначением". */
function greetedBefore(doc: Doc, noun: number, names: NameIndex): NamedMention | undefined {
  // "по случаю его избрания", "с её назначением": the possessive is the one greeted.
  const words = POSSESSIVES.has(lowerText(doc, noun - 1)) ? noun - 1 : noun;
  let index = words - 1;
  while (index > words - 4 && index >= 0 && OCCASION_WORDS.has(lowerText(doc, index))) index--;
  if (index === words - 1) return undefined;
  const named = names.endingAt(index + 1);
  return named && doc.sentenceOfToken[named.tokenStart] === doc.sentenceOfToken[noun] && (named.cases.has('accs') || named.cases.has('datv')) ? named : undefined;
}

/** The "(" that the ")" at the token closes within a few tokens of its sentence, or -1. */
function bracketOpening(doc: Doc, close: number, sentenceStart: number): number {
  for (let index = close - 1; index >= Math.max(sentenceStart, close - 12); index--) {
    if (doc.tokens[index].text === '(') return index;
    if (doc.tokens[index].text === ')') return -1;
  }
  return -1;
}

/** A hyphen written without spaces between two tokens ("64-летнего"). */
function gluedHyphen(doc: Doc, index: number): boolean {
  const { tokens } = doc;
  return tokens[index].text === '-' && tokens[index - 1]?.end === tokens[index].start && tokens[index + 1]?.start === tokens[index].end;
}

/** The nearest verb of the set within a few words from the token in the direction, in one clause. */
function verbWithin(doc: Doc, names: NameIndex, from: number, step: 1 | -1, verbs: ReadonlySet<string>, reach = MAX_GAP): { index: number; parse: WordParse } | undefined {
  const sentence = doc.sentences[doc.sentenceOfToken[Math.max(0, Math.min(from, doc.tokens.length - 1))]];
  if (!sentence) return undefined;
  let crossedPlace = false;
  for (let index = from, steps = 0; index >= sentence.tokenStart && index < sentence.tokenEnd && steps < reach; index += step, steps++) {
    // The period of an initial inside a name ("А.Бастрыкина") ends nothing.
    if (doc.tokens[index].kind === 'punct' && doc.tokens[index].text !== '-' && !names.inName(index)) return undefined;
    const parse = doc.parses[index].find((reading) => verbs.has(reading.lemma) && reading.pos !== undefined && (VERB_POS.has(reading.pos) || APPOINTMENT_NOUNS.has(reading.lemma)));
    if (parse) return !crossedPlace || WORKING_VERBS.has(parse.lemma) ? { index, parse } : undefined;
    if (step === -1 && isShortPlace(doc, index)) {
      crossedPlace = true;
      continue;
    }
    // "станет вторым по возрасту хоккеистом", "стал первым в истории губернатором": the place belongs to an ordinal or superlative of the title.
    if (crossedPlace && doc.tokens[index + 1]?.kind === 'word' && doc.parses[index + 1][0]?.pos === 'PREP' && isInstrumentalRank(doc, index)) crossedPlace = false;
    if (!mayStandBetween(doc, index, names)) return undefined;
  }
  return undefined;
}

// Words that rank a title among others, so that a place or measure after them is theirs: "первым в истории", "вторым по возрасту", "самым молодым в стране".
const RANK_LEMMAS = new Set(['первый', 'второй', 'третий', 'последний', 'единственный', 'самый', 'лучший', 'молодой', 'старый', 'великий']);

/** An instrumental ordinal or superlative adjective: "первым", "вторым", "самым молодым", "лучшим". */
function isInstrumentalRank(doc: Doc, index: number): boolean {
  return doc.parses[index].some((parse) => parse.pos === 'ADJF' && caseOf(parse) === 'ablt' && (RANK_LEMMAS.has(parse.lemma) || parse.grammemes.has('Supr') || parse.grammemes.has('Anum')));
}

/** "в Google", "в компании": a preposition and one word after it, which a verb of working may have before its instrumental. */
function isShortPlace(doc: Doc, index: number): boolean {
  // "в 2017 году" is a time, not a place.
  const isPreposition = (at: number) => doc.parses[at]?.[0]?.pos === 'PREP' && doc.tokens[at + 1]?.kind !== 'number';
  return isPreposition(index) || (isPreposition(index - 1) && doc.tokens[index].kind === 'word');
}

/**
 * What may stand between a linking verb and its instrumental: names ("назначил Иванова
 * послом"), pronouns, adverbs, particles, other verbs ("был назначен"), numbers and time words
 * ("в 1986 году"). Any other noun means the instrumental belongs to something else ("обвинён в
 * попытке … горничной").
 */
function mayStandBetween(doc: Doc, index: number, names: NameIndex): boolean {
  if (names.inName(index) || doc.tokens[index].kind === 'number' || inOrdinal(doc, index)) return true;
  const best = doc.parses[index][0];
  if (!best) return false;
  // A noun right before a name is said of it: "назначил свою жену Мехрибан Алиеву вице-президентом";
  // an instrumental one is the agent of a passive ("избран парламентом президентом"), with its genitive ("указом президента").
  if (best.pos === 'NOUN') return TIME_NOUNS.has(best.lemma) || names.inName(index + 1) || isAgent(doc, index) || (caseOf(best) === 'gent' && isAgent(doc, index - 1));
  return best.pos !== 'PREP' || doc.tokens[index + 1]?.kind === 'number';
}

/** The hyphen or the ending of a number written as an ordinal ("стал 43-м президентом"). */
function inOrdinal(doc: Doc, index: number): boolean {
  const { tokens } = doc;
  const hyphen = tokens[index].text === '-' ? index : index - 1;
  return tokens[hyphen]?.text === '-' && tokens[hyphen - 1]?.kind === 'number' && tokens[hyphen - 1].end === tokens[hyphen].start
    && tokens[hyphen + 1]?.kind === 'word' && tokens[hyphen + 1].start === tokens[hyphen].end && tokens[hyphen + 1].text.length <= 3;
}

function isAgent(doc: Doc, index: number): boolean {
  const best = doc.parses[index]?.[0];
  return best?.pos === 'NOUN' && caseOf(best) === 'ablt' && !best.grammemes.has('anim') && doc.parses[index - 1]?.[0]?.pos !== 'PREP';
}

/** Whether the phrase is an instrumental right after a verb ("пробудет президентом"): a predicate, not a reference to someone. */
export function isPredicative(doc: Doc, phrase: RolePhrase): boolean {
  if (!phrase.headParses.every((parse) => caseOf(parse) === 'ablt')) return false;
  return doc.parses[phrase.tokenStart - 1]?.some((parse) => parse.pos !== undefined && VERB_POS.has(parse.pos)) ?? false;
}
