/**
 * Role nouns used instead of a name ("помощник президента ответил", "отметила сенатор"): the
 * person holding the role, the quoted speaker just before, or the nearest person; a role
 * narrowed to somebody unnamed ("представитель Белого дома") stays a description.
 */
import type { Doc } from '../doc';
import type { Person, Role } from '../types';
import { countStartingBefore } from './mentionIndex';
import type { NounPhrase } from './nounPhrases';
import { mentionAt, nearestPerson, type PlacedMention, type SpeakerContext } from './speakers';
import type { VerbAgreement } from './wordForms';

const CONTINUITY_SENTENCES = 2;
// Sentences back to the named subject; a quotation of several sentences counts each.
const SINGLE_HOLDER_REACH = 4;
/** Offices held by one person at a time, unlike "представитель" or "источник". */
const SINGLE_HOLDER_HEADS = new Set([
  'глава', 'министр', 'руководитель', 'председатель', 'президент', 'премьер', 'премьер-министр', 'мэр', 'губернатор',
  'директор', 'гендиректор', 'генсек', 'спикер', 'лидер', 'канцлер', 'король', 'посол', 'командующий', 'начальник',
  'пресс-секретарь', 'министр', 'главком', 'председательница', 'ректор', 'генпрокурор', 'прокурор', 'омбудсмен',
]);

/** Nouns naming a person only as one of a body's or a place's many (a representative, a source, a resident). */
const ONE_OF_MANY_HEADS = new Set([
  'представитель', 'представительница', 'источник', 'собеседник', 'собеседница', 'очевидец', 'очевидица', 'свидетель',
  'свидетельница', 'участник', 'участница', 'житель', 'жительница', 'сотрудник', 'сотрудница', 'член',
]);

/** Adjectives that stand for a person ("уполномоченный профсоюза", "пострадавший"). */
export const SUBSTANTIVE_ROLES = new Set([
  'уполномоченный', 'ответственный', 'пострадавший', 'задержанный', 'погибший', 'обвиняемый', 'подозреваемый',
  'военный', 'учёный', 'ученый', 'рабочий', 'служащий', 'управляющий', 'заведующий', 'дежурный', 'пресс-секретарь',
  'верующий', 'выживший', 'раненый', 'осуждённый', 'осужденный', 'участковый', 'понятой', 'приближённый', 'приближенный',
]);

/**
 * A role noun used instead of a name: the latest earlier person holding that role; for a role
 * with nothing more specific than names and places after it ("сенатор", "помощник Путина",
 * "литовский премьер"), the nearest earlier person agreeing with the verb. A role narrowed by
 * other words ("представитель Белого дома") stays an unnamed description.
 */
export function holderOfRole(context: SpeakerContext, phrase: NounPhrase, agreement: VerbAgreement): string | undefined {
  const { doc } = context;
  const headLemma = doc.parses[phrase.head][0].lemma;
  const specifiers: string[] = [];
  const named = new Set<string>();
  for (let i = phrase.head + 1; i < phrase.end; i++) {
    const mention = mentionAt(context, i);
    if (mention) named.add(mention.personId);
    const best = doc.parses[i][0];
    if (mention || !best || best.grammemes.has('Geox')) continue;
    specifiers.push(best.lemma);
  }
  const before = doc.tokens[phrase.start].start;
  let holder: { id: string; at: number } | undefined;
  for (const { person, role, lemmas } of rolesWithLemma(context, headLemma)) {
    if (named.has(person.id) || role.start >= before || !specifiers.every((lemma) => lemmas.has(lemma))) continue;
    const at = lastMentionBefore(context, person.id, before);
    if (at !== undefined && (!holder || at > holder.at)) holder = { id: person.id, at };
  }
  if (holder) return holder.id;
  const sentence = doc.sentenceOfToken[phrase.start];
  // An office with one holder ("глава МИД", "министр финансов") right after a named subject is
  // that person again; nobody introduces a new speaker that way without naming them.
  if (specifiers.length > 0 && SINGLE_HOLDER_HEADS.has(headLemma) && named.size === 0) {
    // Mentions are in text order, so their sentences only fall walking back: stop past the reach.
    // Of the latest sentence naming someone, the subject: its first nominative name, not one in a
    // clause after it ("Кудрин заявил, что уйдёт, если премьером станет Медведев").
    let subject: PlacedMention | undefined;
    for (let i = countStartingBefore(context.mentions, before) - 1; i >= 0; i--) {
      const mention = context.mentions[i];
      const mentionSentence = doc.sentenceOfToken[mention.tokenStart];
      if (mentionSentence < sentence - SINGLE_HOLDER_REACH || (subject && mentionSentence < doc.sentenceOfToken[subject.tokenStart])) break;
      if (mention.nominative && mention.end <= before && agrees(context, mention.personId, agreement)) subject = mention;
    }
    return subject?.personId;
  }
  // "представитель Обамы" narrows the role as much as "представитель Белого дома" does.
  if (specifiers.length > 0 || named.size > 0) return undefined;
  // A bare role noun right after a quoted speaker usually names that speaker again: an unnamed
  // one stays unnamed ("…, — сообщил уполномоченный ЕС. … — проинформировал еврочиновник").
  const recent = context.recentSpeakers.filter((entry) => entry.sentence < sentence && entry.sentence >= sentence - CONTINUITY_SENTENCES).pop();
  if (recent?.speaker.speakerText) return undefined;
  if (recent?.speaker.speakerId && !named.has(recent.speaker.speakerId) && agrees(context, recent.speaker.speakerId, agreement)) return recent.speaker.speakerId;
  // "Лидер партии погиб. По словам представителя, …": one of many, by relation, is someone else.
  if (ONE_OF_MANY_HEADS.has(headLemma)) return undefined;
  return nearestPerson(context, before, agreement, named);
}

function agrees(context: SpeakerContext, personId: string, agreement: VerbAgreement): boolean {
  const gender = context.personById.get(personId)?.gender ?? null;
  return agreement !== 'plural' && (agreement === null || gender === null || gender === agreement);
}

export interface LemmaRole { person: Person; role: Role; lemmas: ReadonlySet<string> }

/**
 * Every person's roles whose lemmas include `lemma`, in the order of people and their roles.
 * Each role phrase asked every role of every person before: quadratic in a long document.
 */
function rolesWithLemma(context: SpeakerContext, lemma: string): readonly LemmaRole[] {
  let byLemma = context.rolesByLemma;
  if (!byLemma) {
    byLemma = new Map();
    for (const person of context.people) {
      for (const role of person.roles) {
        const lemmas = roleLemmas(context.doc, role.normalized);
        for (const each of lemmas) {
          const list = byLemma.get(each);
          if (list) list.push({ person, role, lemmas });
          else byLemma.set(each, [{ person, role, lemmas }]);
        }
      }
    }
    context.rolesByLemma = byLemma;
  }
  return byLemma.get(lemma) ?? [];
}

// Every role phrase tries every earlier role of every person: the lemmas of a role are found
// once per document, not once per try (a 1 MB text made 60 MB of garbage here).
function roleLemmas(doc: Doc, role: string): ReadonlySet<string> {
  const known = (doc.scratch.roleLemmas ??= new Map());
  let lemmas = known.get(role);
  if (!lemmas) {
    lemmas = new Set(role.split(/\s+/).map((word) => doc.morphology.parse(word)[0]?.lemma ?? word.toLowerCase()));
    known.set(role, lemmas);
  }
  return lemmas;
}

/** The start of the person's last mention (in text order) ending by `before`. */
function lastMentionBefore(context: SpeakerContext, personId: string, before: number): number | undefined {
  const own = context.mentionsOfPerson.get(personId) ?? [];
  for (let i = countStartingBefore(own, before) - 1; i >= 0; i--) if (own[i].end <= before) return own[i].start;
  return undefined;
}
