/**
 * Who a predicate speaks of: the subject before a verb (a name, "он"/"она" standing for the
 * last fitting person named before, or "тот"/"та" for the one just named), or the object of an active verb ("назначил Иванова").
 */
import { lowerText, type Doc } from '../doc';
import { caseOf, type WordParse } from '../morphology/morphology';
import type { NamedMention, NameIndex } from './nameIndex';
import { roleHeadsAt } from './roleLexicon';

const QUOTES_AND_HYPHENS = new Set(['-', '«', '»', '"', '“', '”', '„']);
// How far back "он"/"она" may look for the person it stands for.
const PRONOUN_REACH_SENTENCES = 3;
// Nouns of time, which a biography's "В 1999—2000 гг. — …" puts before the dash.
const TIME_WORDS = new Set(['год', 'месяц', 'период', 'время']);
// How far back the subject of a biography's "С 2001 года — …" may be named.
const BIOGRAPHY_REACH_SENTENCES = 8;

/**
 * The subject of the verb: the nearest name or personal pronoun before it in its sentence, not
 * after a preposition; one after a preposition or in the instrumental only is stepped over ("играл
 * с Игги Попом, был продюсером"), any other case ends the search. A participle ("занимавшего пост") speaks of the name it follows, in any
 * case; a finite verb with no nominative word before it has its subject left out, as in a
 * biography ("В 1988 году стал депутатом"): the last person named before, of the verb's gender.
 */
export function subjectBefore(doc: Doc, verb: number, names: NameIndex, reading?: WordParse): NamedMention | undefined {
  const sentenceStart = doc.sentences[doc.sentenceOfToken[verb]].tokenStart;
  const participle = reading?.pos === 'PRTF' || reading?.pos === 'GRND';
  let nominative = false;
  let title = false;
  for (let index = verb - 1; index >= sentenceStart; index--) {
    const named = names.endingAt(index + 1);
    if (named && named.tokenStart >= sentenceStart) {
      const subject = (participle || named.cases.has('nomn')) && !afterPreposition(doc, named.tokenStart);
      if (subject) return named;
      // "играл с Игги Попом, был продюсером": a name after a preposition or in the instrumental only is no subject; the subject is further back.
      if (participle || named.cases.has('nomn') || !(afterPreposition(doc, named.tokenStart) || named.cases.has('ablt'))) return undefined;
      index = named.tokenStart;
      continue;
    }
    const word = lowerText(doc, index);
    if (word === 'он' || word === 'она') return antecedent(doc, index, word === 'она' ? 'female' : 'male', names);
    if ((word === 'тот' || word === 'та') && standsAlone(doc, index)) return lastNamed(doc, index, word === 'та' ? 'female' : 'male', names);
    const best = doc.parses[index][0];
    // "Майка Помпео, который стал госсекретарём": the relative pronoun stands for the name before its comma.
    if (best?.lemma === 'который' && caseOf(best) === 'nomn' && doc.tokens[index - 1]?.text === ',') return nameBeforeComma(doc, index - 1, names, sentenceStart);
    // A number of years or months is no subject: "Два года работал учителем".
    const subjectWord = best?.grammemes.has('nomn') === true && best.pos !== 'ADJF' && best.pos !== 'NUMR' && !afterPreposition(doc, index);
    if (subjectWord && !nominative && !title && roleHeadsAt(doc, index).some((parse) => caseOf(parse) === 'nomn' && parse.grammemes.has('sing'))) title = true;
    else nominative ||= subjectWord;
  }
  // "Тогда будущий премьер-министр работала адвокатом": a title with no name for its subject stands for the person the text is about.
  if (title && !nominative && !participle && reading?.pos === 'VERB' && reading.grammemes.has('sing') && reading.grammemes.has('past')) return antecedent(doc, verb, reading.grammemes.has('femn') ? 'female' : reading.grammemes.has('masc') ? 'male' : null, names, PRONOUN_REACH_SENTENCES);
  if (nominative || title || participle || !reading || reading.pos === 'INFN' || !reading.grammemes.has('sing')) return undefined;
  return antecedent(doc, verb, reading.grammemes.has('femn') ? 'female' : 'male', names, BIOGRAPHY_REACH_SENTENCES);
}

/** A name between two tokens that can be the accusative object of an active verb. */
export function objectBetween(start: number, end: number, names: NameIndex): NamedMention | undefined {
  return names.mentions.find((named) => named.tokenStart > start && named.tokenEnd <= end && named.cases.has('accs'));
}

/** "48-летнего Гуллита назначили тренером": the accusative name right before an active verb with no subject of its own. */
export function objectBefore(verb: number, names: NameIndex): NamedMention | undefined {
  const named = names.endingAt(verb);
  return named?.cases.has('accs') ? named : undefined;
}

/** "избрала спикером первого заместителя главы партии Александра Турчинова": the accusative name after the role. */
export function objectAfter(doc: Doc, from: number, names: NameIndex): NamedMention | undefined {
  return nameAfter(doc, from, names, 10, 'accs');
}

/**
 * The first nominative name after the token in its sentence, within a few words: "послом
 * назначен Василий Небензя", "главой банка станет советник канцлера Ангелы Меркель Йенс Вайдман"
 * (a genitive name on the way belongs to the subject's title).
 */
export function subjectAfter(doc: Doc, from: number, names: NameIndex, reach = 14): NamedMention | undefined {
  return nameAfter(doc, from, names, reach, 'nomn', true);
}

function nameAfter(doc: Doc, from: number, names: NameIndex, reach: number, wanted: 'nomn' | 'accs', passGenitives = false): NamedMention | undefined {
  if (from >= doc.tokens.length) return undefined;
  const sentenceEnd = doc.sentences[doc.sentenceOfToken[from]].tokenEnd;
  for (let index = from; index < Math.min(sentenceEnd, from + reach); index++) {
    if (doc.tokens[index].kind === 'punct' && !QUOTES_AND_HYPHENS.has(doc.tokens[index].text)) return undefined;
    const named = names.startingAt(index);
    if (named?.cases.has(wanted)) return named;
    if (named && !(passGenitives && named.cases.has('gent'))) return undefined;
    if (named) index = named.tokenEnd - 1;
  }
  return undefined;
}

function afterPreposition(doc: Doc, index: number): boolean {
  return index > 0 && doc.parses[index - 1].some((parse) => parse.pos === 'PREP');
}

/** The last person named before the token, within a few sentences, whose gender fits. */
export function antecedent(doc: Doc, pronoun: number, gender: 'male' | 'female' | null, names: NameIndex, reach = PRONOUN_REACH_SENTENCES): NamedMention | undefined {
  const earliest = doc.sentences[Math.max(0, doc.sentenceOfToken[pronoun] - reach)].tokenStart;
  let found: NamedMention | undefined;
  let subject: NamedMention | undefined;
  for (const named of names.mentions) {
    if (named.tokenEnd > pronoun) break;
    if (named.tokenStart < earliest || !(gender === null || named.person.gender === gender || named.person.gender === null)) continue;
    found = named;
    // A name that can be a subject, outside brackets, is what a left-out subject goes on with
    // ("Сурков … помогал президенту Путину. С 2004 года — заместитель …" is Сурков).
    if (named.cases.has('nomn') && !inBrackets(doc, named.tokenStart)) subject = named;
  }
  return subject ?? found;
}

/**
 * "тот" or "та" as a subject ("…, когда тот был назначен директором"): a demonstrative with no
 * noun after it stands for a person just named, not for the subject going on from before as "он"
 * may: the nearest one named before it, of its gender, in its sentence or the one before.
 */
function lastNamed(doc: Doc, pronoun: number, gender: 'male' | 'female', names: NameIndex): NamedMention | undefined {
  const earliest = doc.sentences[Math.max(0, doc.sentenceOfToken[pronoun] - 1)].tokenStart;
  let found: NamedMention | undefined;
  for (const named of names.mentions) {
    if (named.tokenEnd > pronoun) break;
    if (named.tokenStart >= earliest && (named.person.gender === gender || named.person.gender === null)) found = named;
  }
  return found;
}

/** "тот был", "та уже": a demonstrative followed by a verb, adverb or particle, no noun or adjective it could go with. */
function standsAlone(doc: Doc, index: number): boolean {
  const next = doc.parses[index + 1]?.[0];
  return doc.tokens[index + 1]?.kind === 'word' && (next?.pos === 'VERB' || next?.pos === 'PRTS' || next?.pos === 'ADVB' || next?.pos === 'PRCL');
}

/** Whether a bracket opened before the token in its sentence is still open. */
function inBrackets(doc: Doc, token: number): boolean {
  const sentenceStart = doc.sentences[doc.sentenceOfToken[token]].tokenStart;
  for (let index = token - 1; index >= sentenceStart; index--) {
    if (doc.tokens[index].text === ')') return false;
    if (doc.tokens[index].text === '(') return true;
  }
  return false;
}

/**
 * "С 2001 года по 2011 год — глава палаты", "…, в 1995—2002 гг. — премьер-министр": a dash with
 * no subject before it in its clause stands for "был"; the subject is the person last named,
 * further back than a pronoun's, since a biography lists its posts sentence after sentence; "он"
 * or "она" right before the dash is the subject and stands for the last person of its gender.
 */
export function dashSubject(doc: Doc, phraseStart: number, names: NameIndex): NamedMention | undefined {
  const dash = doc.tokens[phraseStart - 1];
  if (!dash || (dash.text !== '—' && dash.text !== '–')) return undefined;
  const sentenceStart = doc.sentences[doc.sentenceOfToken[phraseStart]].tokenStart;
  let clauseStart = phraseStart - 1;
  while (clauseStart > sentenceStart && doc.tokens[clauseStart - 1].text !== ',' && doc.tokens[clauseStart - 1].text !== ';') clauseStart--;
  for (let index = clauseStart; index < phraseStart - 1; index++) {
    // "Сейчас он — профессор университета": "он" or "она" right before the dash is the subject, the person it stands for.
    const word = lowerText(doc, index);
    if ((word === 'он' || word === 'она') && index === phraseStart - 2) return antecedent(doc, index, word === 'она' ? 'female' : 'male', names);
    const best = doc.parses[index][0];
    // "В 1999—2000 гг. — …", "В 90-е годы — …": a time is no subject.
    const time = best !== undefined && TIME_WORDS.has(best.lemma);
    if (names.inName(index) || (best?.pos === 'VERB') || (best?.grammemes.has('nomn') && best.pos !== 'ADJF' && best.pos !== 'NUMR' && !time && !afterPreposition(doc, index))) return undefined;
  }
  return antecedent(doc, clauseStart, null, names, BIOGRAPHY_REACH_SENTENCES);
}

// Words before "как" that make it a conjunction of time or cause, not "in the capacity of": "после того как", "так как", "с тех пор как".
const CONJUNCTION_BEFORE_KAK = new Set([',', 'того', 'так', 'пор', 'только', 'же', 'тем', 'между']);

/**
 * "Рено в качестве генпрокурора столкнулась", "Ким попробует себя в качестве дегустатора",
 * "Алиев, который стоял во главе страны как лидер Компартии", "Панин прославился как
 * киноактёр", "Арапова знают и как исполнителя": a title after "в качестве" ("в роли") or "как" says in
 * what capacity the person of its clause acts. That person is the nearest name before it in its
 * clause (or "он"/"она", or the name "который" stands for): the subject when the title is in the
 * nominative or after "в качестве", the object when the title after "как" is accusative only.
 * Not "после того, как …" or "так как …", where "как" opens a clause.
 */
export function capacityHolder(doc: Doc, phraseStart: number, cases: ReadonlySet<string>, names: NameIndex): NamedMention | undefined {
  const { tokens } = doc;
  const lower = (index: number) => (index >= 0 && index < tokens.length ? lowerText(doc, index) : '');
  let marker: number;
  let wanted: 'nomn' | 'accs' | 'either';
  // "выступал в роли продюсера" says in what capacity, as "в качестве" does.
  if ((lower(phraseStart - 1) === 'качестве' || lower(phraseStart - 1) === 'роли') && lower(phraseStart - 2) === 'в' && cases.has('gent')) {
    marker = phraseStart - 2;
    wanted = 'either';
  } else if (lower(phraseStart - 1) === 'как' && !CONJUNCTION_BEFORE_KAK.has(lower(phraseStart - 2)) && (cases.has('nomn') || cases.has('accs'))) {
    marker = phraseStart - 1;
    wanted = cases.has('nomn') ? 'nomn' : 'accs';
  } else {
    return undefined;
  }
  const sentenceStart = doc.sentences[doc.sentenceOfToken[marker]].tokenStart;
  for (let index = marker - 1; index >= sentenceStart; index--) {
    const text = tokens[index].text;
    if (text === ')') {
      const open = openingBracket(doc, index, sentenceStart);
      if (open < 0) return undefined;
      index = open;
      continue;
    }
    const named = names.endingAt(index + 1);
    if (named && named.tokenStart >= sentenceStart) {
      if (afterPreposition(doc, named.tokenStart)) return undefined;
      const fits = wanted === 'either' ? named.cases.has('nomn') || named.cases.has('accs') : named.cases.has(wanted);
      return fits ? named : undefined;
    }
    const word = lowerText(doc, index);
    if ((word === 'он' || word === 'она') && wanted !== 'accs') return antecedent(doc, index, word === 'она' ? 'female' : 'male', names);
    const best = doc.parses[index][0];
    if (best?.lemma === 'который' && caseOf(best) === 'nomn' && tokens[index - 1]?.text === ',') return wanted === 'accs' ? undefined : nameBeforeComma(doc, index - 1, names, sentenceStart);
    // Another pronoun ("я как руководитель", "мы в качестве …") is the one acting.
    if (text === ',' || text === ';' || text === ':' || best?.pos === 'NPRO' && caseOf(best) === 'nomn') return undefined;
  }
  return undefined;
}

/** The name that ends at the comma, or before a bracketed aside that does ("Элиза Детрец (Elisa Detrez), которая …"). */
function nameBeforeComma(doc: Doc, comma: number, names: NameIndex, sentenceStart: number): NamedMention | undefined {
  const named = names.endingAt(comma);
  if (named || doc.tokens[comma - 1]?.text !== ')') return named;
  const open = openingBracket(doc, comma - 1, sentenceStart);
  return open < 0 ? undefined : names.endingAt(open);
}

/** The "(" that the ")" at the token closes, in its sentence, or -1. */
function openingBracket(doc: Doc, close: number, sentenceStart: number): number {
  for (let index = close - 1; index >= sentenceStart; index--) {
    if (doc.tokens[index].text === '(') return index;
    if (doc.tokens[index].text === ')') return -1;
  }
  return -1;
}
