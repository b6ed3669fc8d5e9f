/**
 * Brings a role phrase to the nominative singular, keeping agreement: the head and its
 * adjectives change ("российским президентом" → "российский президент"), the complements keep
 * their written form ("помощника президента России" → "помощник президента России").
 */
import { lowerText, type Doc } from '../doc';
import { caseOf, type WordParse } from '../morphology/morphology';
import { actingReadings, agrees, type RolePhrase } from './rolePhrase';

/** The nominative form of the tokens [start, end) of a phrase whose head is `phrase.head`. */
export function normalizeRole(doc: Doc, phrase: RolePhrase, start = phrase.tokenStart, end = phrase.tokenEnd): string {
  const { tokens, text } = doc;
  const head = phrase.headParses.find((parse) => parse.grammemes.has('sing')) ?? phrase.headParses[0];
  const words: string[] = [];
  if (phrase.frozenHead && start < phrase.head && everyAdjective(doc, start, phrase.head)) {
    // "первого замминистра" → "первый замминистра": the adjectives agree with a man's title, the compound keeps its form.
    for (let index = start; index < phrase.head; index++) words.push(masculineNominative(doc, index));
    words.push(tokens[phrase.head].text.toLowerCase());
  } else if (phrase.frozenHead) {
    const acting = actingReadings(doc, start)[0];
    const prefix = acting ? `${acting.inflect(['nomn', 'sing', 'masc']) ?? tokens[start].text.toLowerCase()} обязанности ` : '';
    words.push(prefix + text.slice(tokens[acting ? phrase.head : start].start, tokens[phrase.head].end).toLowerCase());
  } else {
    for (let index = start; index < phrase.head; index++) words.push(nominativeAdjective(doc, index, head, phrase.headParses));
    words.push(unknownCompound(doc, tokens[phrase.head].text, head) ?? nominativeHead(tokens[phrase.head].text, head));
  }
  const complement = phrase.head + 1 < end ? text.slice(tokens[phrase.head + 1].start, tokens[end - 1].end) : '';
  let joined = '';
  for (const word of words) if (word !== '') joined = joined === '' ? word : `${joined} ${word}`;
  if (complement !== '') joined = joined === '' ? complement : `${joined} ${complement}`;
  // Whitespace other than single spaces (a line break, two spaces) becomes one space.
  return OTHER_WHITESPACE.test(joined) ? joined.replace(/\s+/g, ' ') : joined;
}

const OTHER_WHITESPACE = /[^\S ]|\s\s/;

/** The head in the nominative singular, with a compound prefix the dictionary dropped put back (экс-, пресс-, спец-). */
export function nominativeHead(written: string, head: WordParse): string {
  const lower = written.toLowerCase();
  if (caseOf(head) === 'nomn' && head.grammemes.has('sing')) return lower;
  // Inflecting is the dictionary's slowest call; a title recurs, so its nominative is kept per reading.
  let nominative = nominatives.get(head);
  if (nominative === undefined) {
    nominative = head.inflect(['nomn', 'sing']) ?? head.inflect(['nomn']) ?? head.lemma;
    nominatives.set(head, nominative);
  }
  return restorePrefix(lower, nominative, head.lemma);
}

const nominatives = new WeakMap<WordParse, string>();

/**
 * "сенатора-демократа" → "сенатор-демократ": a hyphenated title the dictionary does not know
 * declines in both parts; each is brought to the nominative as a word of its own. Undefined when
 * the head is not such a compound or a part has no noun reading in the head's case.
 */
function unknownCompound(doc: Doc, written: string, head: WordParse): string | undefined {
  if (head.known || !written.includes('-')) return undefined;
  const wanted = caseOf(head);
  if (wanted === 'nomn' && head.grammemes.has('sing')) return written.toLowerCase();
  const number = head.grammemes.has('plur') ? 'plur' : 'sing';
  const parts: string[] = [];
  for (const part of written.toLowerCase().split('-')) {
    const noun = doc.morphology.parse(part).find((parse) => parse.pos === 'NOUN' && parse.known && caseOf(parse) === wanted && parse.grammemes.has(number));
    const nominative = noun?.inflect(['nomn', 'sing']);
    if (!nominative) return undefined;
    parts.push(nominative);
  }
  return parts.join('-');
}

function restorePrefix(written: string, nominative: string, lemma: string): string {
  const stem = lemma.slice(0, Math.min(3, lemma.length));
  if (written.startsWith(stem) || nominative.includes('-') && written.startsWith(nominative.slice(0, nominative.indexOf('-')))) return nominative;
  const at = written.indexOf(stem);
  return at > 0 ? written.slice(0, at) + nominative : nominative;
}

function nominativeAdjective(doc: Doc, index: number, head: WordParse, heads: readonly WordParse[]): string {
  const written = lowerText(doc, index);
  const adjective = bestAdjective(doc.parses[index].filter((parse) => agrees(parse, head))) ?? doc.parses[index].find((parse) => heads.some((other) => agrees(parse, other)));
  if (!adjective) return written;
  const gender = head.grammemes.has('Ms-f')
    ? (['masc', 'femn'].find((value) => adjective.grammemes.has(value)) ?? 'masc')
    : (['masc', 'femn', 'neut'].find((value) => head.grammemes.has(value)) ?? 'masc');
  if (caseOf(adjective) === 'nomn' && adjective.grammemes.has('sing')) return written;
  // A superlative declines by its ending; the dictionary files it under the plain adjective ("старейшим" under "старый", "высшего" under "высокий").
  if (adjective.grammemes.has('Supr')) return nominativeByEnding(written, gender);
  const nominative = nominativeOfAdjective(adjective, gender) ?? written;
  // The dictionary files ordinals under another word ("первым" under "один"): keep the written stem, change the ending.
  return nominative.slice(0, 2) === written.slice(0, 2) ? nominative : nominativeByEnding(written, gender);
}

/** Whether every token of [start, end) reads as a singular masculine adjective (before a frozen compound). */
function everyAdjective(doc: Doc, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!masculineAdjective(doc, index)) return false;
  return true;
}

function masculineAdjective(doc: Doc, index: number): WordParse | undefined {
  return doc.parses[index].find((parse) => (parse.pos === 'ADJF' || parse.pos === 'PRTF') && parse.grammemes.has('sing') && !parse.grammemes.has('femn') && !parse.grammemes.has('neut'));
}

function masculineNominative(doc: Doc, index: number): string {
  const written = doc.tokens[index].text.toLowerCase();
  const adjective = masculineAdjective(doc, index);
  if (!adjective || caseOf(adjective) === 'nomn') return written;
  const nominative = adjective.inflect(['nomn', 'sing', 'masc']) ?? written;
  return nominative.slice(0, 2) === written.slice(0, 2) ? nominative : nominativeByEnding(written, 'masc');
}

/** The adjective reading in the nominative singular of the gender, if the dictionary can build it. */
function nominativeOfAdjective(adjective: WordParse, gender: string): string | undefined {
  // A title's adjectives recur: the answer is kept per reading and gender (null: none), not asked of the dictionary's inflections again.
  let byGender = adjectiveNominatives.get(adjective);
  if (byGender === undefined) adjectiveNominatives.set(adjective, (byGender = new Map()));
  let nominative = byGender.get(gender);
  if (nominative === undefined) {
    // A participle keeps its voice and tense: "свергнутого" → "свергнутый", not "свергнувший".
    const kept = ['actv', 'pssv', 'past', 'pres'].filter((grammeme) => adjective.grammemes.has(grammeme));
    nominative = adjective.inflect(['nomn', 'sing', gender, ...kept]) ?? adjective.inflect(['nomn', 'sing', gender]) ?? adjective.inflect(['nomn', 'sing']) ?? null;
    byGender.set(gender, nominative);
  }
  return nominative ?? undefined;
}

const adjectiveNominatives = new WeakMap<WordParse, Map<string, string | null>>();

/**
 * Of the agreeing readings, the likeliest; between two adjectives spelled alike in this form
 * ("временным": временный and временной), the qualitative one, which is what describes a holder.
 */
function bestAdjective(readings: readonly WordParse[]): WordParse | undefined {
  let best: WordParse | undefined;
  for (const reading of readings) {
    if (!best || reading.score > best.score || (reading.score === best.score && reading.grammemes.has('Qual') && !best.grammemes.has('Qual'))) best = reading;
  }
  return best;
}

function nominativeByEnding(written: string, gender: string): string {
  // After ж, ш, ч, щ the soft ending is spelled with а: "лучшей" → "лучшая".
  if (gender === 'femn') return written.replace(/(ой|ую|ою|ых|ыми)$/, 'ая').replace(/([жшчщ])(ей|ею|их|ими)$/, '$1ая').replace(/(ей|юю|их|ими)$/, 'яя');
  return written.replace(/(ого|ому|ым|ом|ых|ыми)$/, 'ый').replace(/(его|ему|им|ем|их|ими)$/, 'ий');
}
