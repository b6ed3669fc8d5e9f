/**
 * Sources named by place or by a name in quotation marks: "сказали в министерстве", "говорится
 * в заявлении МИД", "в их заявлении", "как пишет «Коммерсантъ»". Also the small token tests the
 * subject search shares: prepositions, quote marks, dots inside web addresses.
 */
import type { Doc } from '../doc';
import { caseOf } from '../morphology/morphology';
import { phraseAround } from './nounPhrases';
import { mentionAt, NOBODY, resolvePronoun, speakerOfPhrase, type Speaker, type SpeakerContext } from './speakers';
import { STATEMENT_NOUNS } from './speechVerbs';
import { subjectBefore } from './subjects';
import { canBeNominative, isFunctionWord, isNounOf, isVerbOf, lower, type VerbAgreement } from './wordForms';

/** Prepositions: a noun after one is never a subject. */
export const PREPOSITIONS = new Set(['в', 'во', 'на', 'по', 'с', 'со', 'к', 'ко', 'от', 'из', 'у', 'о', 'об', 'для', 'при', 'после', 'перед', 'за', 'под', 'над', 'между', 'через', 'без', 'до', 'про', 'против', 'среди', 'вместе']);
/** Places that are idioms, not sources: "в итоге", "в частности", "в свою очередь", "в ответ". */
export const ADVERBIAL_PLACES = new Set(['рамка', 'рамки', 'живой', 'итог', 'частность', 'целое', 'ответ', 'очередь', 'число', 'время', 'момент', 'день', 'год', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'ходе', 'ход', 'связь', 'результат', 'среду', 'случай', 'интервью', 'эфир', 'беседа', 'разговор']);
/** Possessives before a statement noun, with the gender they point at (null: plural or reflexive). */
export const POSSESSIVES: Record<string, VerbAgreement | null> = { 'его': 'male', 'её': 'female', 'ее': 'female', 'их': null, 'своём': null, 'своем': null, 'своей': null, 'своих': null };

/** "как пишет «Коммерсантъ»": a short capitalised name in quotation marks opening at `index`. */
export function quotedNameAt(doc: Doc, index: number, to: number): string | undefined {
  const { tokens } = doc;
  // A quotation mark opening the text leaves the caller's search for its opener at index -1.
  if (index < 0 || (tokens[index].text !== '«' && tokens[index].text !== '"')) return undefined;
  for (let j = index + 1; j < Math.min(to, index + 5); j++) {
    if (tokens[j].text === '»' || tokens[j].text === '"') {
      // "рассказал «Известиям»" addresses the outlet; only a nominative name speaks.
      const named = j > index + 1 && tokens[index + 1].capitalized && canBeNominative(doc, index + 1);
      return named ? doc.text.slice(tokens[index + 1].start, tokens[j - 1].end) : undefined;
    }
    if (tokens[j].kind === 'punct' && !isInnerDot(doc, j) && tokens[j].text !== '-') return undefined;
  }
  return undefined;
}

/** Any quotation mark. */
export function isQuoteMark(text: string): boolean {
  return ['«', '»', '"', '„', '“', '”'].includes(text);
}

/** A dot inside a web address or abbreviation (iz.ru), not a sentence end. */
export function isInnerDot(doc: Doc, index: number): boolean {
  const next = doc.tokens[index + 1];
  return doc.tokens[index].text === '.' && !doc.tokens[index].spaceBefore && next !== undefined && !next.spaceBefore;
}

function canBeGenitive(doc: Doc, index: number): boolean {
  return doc.tokens[index].script !== 'cyrillic' || doc.parses[index].some((parse) => caseOf(parse) === 'gent' || parse.grammemes.has('Fixd'));
}


/** One past the object of the preposition at `index`: adjectives, a noun and its complements. */
export function prepositionObjectEnd(doc: Doc, index: number, to: number): number {
  let head = index + 1;
  while (head < to - 1 && (doc.parses[head][0]?.pos === 'ADJF' || POSSESSIVES[lower(doc, head)] !== undefined)) head++;
  if (doc.tokens[head].kind !== 'word') return head;
  return phraseAround(doc, head, head, to).end;
}

/** "в министерстве" → министерство; "в заявлении МИД" → МИД; "в сообщении" alone names nobody. */
export function placeSpeaker(context: SpeakerContext, first: number, to: number): Speaker {
  const { doc } = context;
  let index = first;
  const possessive = POSSESSIVES[lower(doc, index)];
  while (index < to - 1 && (doc.parses[index][0]?.pos === 'ADJF' || POSSESSIVES[lower(doc, index)] !== undefined)) index++;
  // "в их заявлении", "в своём заявлении": the author is whoever the possessive points at.
  if (possessive !== undefined && isNounOf(doc, index, STATEMENT_NOUNS)) return possessive === null ? NOBODY : resolvePronoun(context, first, possessive);
  if (index >= to || doc.tokens[index].kind !== 'word') return NOBODY;
  // "справку, в которой говорилось": the document the relative word stands for, and its issuer.
  if (doc.parses[index].some((parse) => parse.lemma === 'который')) return documentIssuer(context, index);
  if (isNounOf(doc, index, STATEMENT_NOUNS)) {
    const author = index + 1 < to && doc.tokens[index + 1].kind === 'word' && !isFunctionWord(doc, index + 1) && canBeGenitive(doc, index + 1) ? index + 1 : undefined;
    if (author === undefined) return documentIssuer(context, index);
    const mention = mentionAt(context, author);
    if (mention) return { speakerId: mention.personId, speakerText: null };
    return speakerOfPhrase(context, phraseAround(doc, author, author, to), null, 'gent');
  }
  const mention = mentionAt(context, index);
  if (mention) return { speakerId: mention.personId, speakerText: null };
  const phrase = phraseAround(doc, index, index, to);
  if (isSourcePlace(doc, index)) return speakerOfPhrase(context, phrase, null, 'loct');
  // "в представлении генпрокурора Юрия Чайки": a person named in the place speaks through it.
  for (let i = phrase.start; i < phrase.end; i++) {
    const named = mentionAt(context, i);
    if (named) return { speakerId: named.personId, speakerText: null };
  }
  return NOBODY;
}

/**
 * Bodies that speak where they are: "сказали в министерстве", "в пресс-службе МВД сообщили".
 * Not any place: "в кинематографе стали называть", "в сентябре сообщалось".
 */
const INSTITUTION_NOUNS = new Set([
  'министерство', 'ведомство', 'минобороны', 'правительство', 'администрация', 'мэрия', 'управа', 'префектура', 'аппарат',
  'канцелярия', 'секретариат', 'офис', 'посольство', 'консульство', 'представительство', 'миссия', 'делегация',
  'пресс-служба', 'пресс-центр', 'служба', 'управление', 'департамент', 'отдел', 'комитет', 'комиссия', 'совет', 'дума',
  'парламент', 'сенат', 'палата', 'суд', 'прокуратура', 'генпрокуратура', 'следствие', 'полиция', 'милиция', 'штаб',
  'генштаб', 'командование', 'руководство', 'партия', 'фракция', 'компания', 'авиакомпания', 'корпорация', 'концерн',
  'холдинг', 'банк', 'фонд', 'организация', 'объединение', 'союз', 'ассоциация', 'профсоюз', 'агентство', 'редакция',
  'издание', 'газета', 'журнал', 'телеканал', 'радиостанция', 'пресса', 'больница', 'клиника', 'госпиталь', 'институт',
  'университет', 'академия', 'лаборатория', 'центр', 'театр', 'музей', 'клуб', 'федерация', 'лига', 'оргкомитет',
  'окружение', 'команда', 'штаб-квартира', 'биржа', 'регулятор', 'инспекция', 'надзор', 'кабинет', 'госдепартамент', 'орган',
  'епархия', 'патриархия', 'церковь', 'община', 'движение', 'группа', 'группировка', 'блок', 'коалиция', 'альянс', 'войско',
]);

function isSourcePlace(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  // A proper name (Кремль, Минздрав, СБУ, Odebrecht): its capital is its own after the preposition.
  if (token.capitalized || token.script !== 'cyrillic') return true;
  return doc.parses[index].some((parse) => parse.pos === 'NOUN' && (INSTITUTION_NOUNS.has(parse.lemma) || STATEMENT_NOUNS.has(parse.lemma)));
}

/** Sentences back to where a document was issued: "X приняла резолюцию. В документе …". */
const ISSUE_REACH = 2;
/** Verbs of issuing a document: its subject is the author ("приняла резолюцию", "выступил с заявлением"), unlike "получил письмо". */
const ISSUING_VERBS = new Set([
  'принять', 'принимать', 'опубликовать', 'публиковать', 'выпустить', 'выпускать', 'распространить', 'распространять',
  'обнародовать', 'подписать', 'подписывать', 'направить', 'направлять', 'издать', 'издавать', 'подготовить', 'готовить',
  'выступить', 'выступать', 'разместить', 'размещать', 'отправить', 'отправлять', 'представить', 'представлять',
  'сделать', 'делать', 'утвердить', 'утверждать', 'одобрить', 'одобрять', 'написать', 'писать', 'опубликоваться',
]);

/**
 * "в документе", "в сообщении" with no author named: the subject that issued a document in the
 * sentences just before ("Сенат принял резолюцию. В документе …"); nobody when none did.
 */
function documentIssuer(context: SpeakerContext, noun: number): Speaker {
  const { doc } = context;
  const inQuote = (index: number) => context.isQuoted(doc.tokens[index].start, doc.tokens[index].end);
  const relative = doc.parses[noun].some((parse) => parse.lemma === 'который');
  const sentence = doc.sentenceOfToken[noun];
  const earliest = doc.sentences[Math.max(0, sentence - ISSUE_REACH)]?.tokenStart ?? 0;
  for (let i = noun - 1; i >= earliest; i--) {
    if (inQuote(i) || !isNounOf(doc, i, STATEMENT_NOUNS)) continue;
    // "В заявлении МВД говорится … В заявлении также говорится": the statement named with its author just before.
    // Not for a relative word ("фразу из интервью X, в которой говорится"): it stands for its own noun.
    const author = relative ? undefined : namedAuthorAfter(context, i);
    if (author) return author;
    if (doc.parses[i][0]?.grammemes.has('nomn')) continue;
    const from = doc.sentences[doc.sentenceOfToken[i]].tokenStart;
    for (let verb = i - 1; verb >= from && verb >= i - 4; verb--) {
      if (!isVerbOf(doc, verb, ISSUING_VERBS) || doc.parses[verb][0]?.pos !== 'VERB') continue;
      const issuer = subjectBefore(context, verb, from, inQuote);
      return issuer && (issuer.speakerId || issuer.speakerText) ? issuer : NOBODY;
    }
  }
  return NOBODY;
}

/** The author named right after a statement noun, by a person's mention or a capitalised name in the genitive ("заявлении МВД"). */
function namedAuthorAfter(context: SpeakerContext, noun: number): Speaker | undefined {
  const { doc } = context;
  const author = noun + 1;
  const token = doc.tokens[author];
  if (!token || token.kind !== 'word' || token.lineBreakBefore || !token.capitalized || isFunctionWord(doc, author) || !canBeGenitive(doc, author)) return undefined;
  const mention = mentionAt(context, author);
  if (mention) return { speakerId: mention.personId, speakerText: null };
  const sentenceEnd = doc.sentences[doc.sentenceOfToken[author]].tokenEnd;
  const speaker = speakerOfPhrase(context, phraseAround(doc, author, author, sentenceEnd), null, 'gent');
  return speaker.speakerId || speaker.speakerText ? speaker : undefined;
}
