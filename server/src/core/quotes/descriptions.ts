/**
 * Speakers described without a name as antecedents of "он" / "она": news introduces a source by
 * description ("Это подтвердил один из участников встречи") and goes on with a pronoun
 * ("«…», — сказал он"). The pronoun then stands for the description, not for the last person
 * named before it.
 */
import type { Doc } from '../doc';
import { tokenIndexAt } from '../tokens/tokenIndex';
import { attributeToVerb } from './attribution';
import { countStartingBefore } from './mentionIndex';
import { speakerOfSentence } from './reportedSpeech';
import type { Speaker, SpeakerContext } from './speakers';
import { SPEECH_VERBS } from './speechVerbs';
import { isVerbOf, lower, verbAgreement } from './wordForms';

let findingAntecedent = false;

/**
 * "Это подтвердил один из участников встречи. «…», — сказал он.": a speaker described without a
 * name just before (earlier in the pronoun's sentence, else in the sentence before), after the
 * last person named, is what "он" / "она" stands for.
 */
export function describedAntecedent(context: SpeakerContext, pronoun: number): Speaker | undefined {
  const { doc } = context;
  if (findingAntecedent) return undefined;
  const inQuote = (index: number) => context.isQuoted(doc.tokens[index].start, doc.tokens[index].end);
  const own = doc.sentences[doc.sentenceOfToken[pronoun]];
  let verb = -1;
  for (let i = own.tokenStart; i < pronoun - 1; i++) if (!inQuote(i) && isVerbOf(doc, i, SPEECH_VERBS) && doc.parses[i][0]?.pos === 'VERB') verb = i;
  const previous = doc.sentenceOfToken[pronoun] - 1;
  if (verb < 0 && previous < 0) return undefined;
  const from = verb >= 0 ? own.tokenStart : doc.sentences[previous].tokenStart;
  const lastMention = context.mentions[countStartingBefore(context.mentions, doc.tokens[pronoun].start) - 1];
  // A person named since, unless in the words the description reported ("Источник рассказал, что губернатор Зорин …").
  const namedSince = lastMention !== undefined && lastMention.tokenStart >= from;
  if (namedSince && (verb >= 0 || lastMention.tokenStart >= own.tokenStart)) return undefined;
  findingAntecedent = true;
  try {
    // The clause of the earlier verb ends where the quotation attributed by the pronoun begins.
    let to = pronoun - 1;
    while (to > verb + 1 && (inQuote(to - 1) || doc.tokens[to - 1].kind === 'punct')) to--;
    const said = verb >= 0 ? attributeToVerb(context, verb, from, to, inQuote) : speakerOfSentence(context, previous, inQuote);
    if (!said?.speakerText || !said.cue) return undefined;
    const cue = tokenIndexAt(doc.tokens, said.cue.start);
    if (namedSince && !reportedBetween(doc, cue, lastMention.tokenStart)) return undefined;
    const word = lower(doc, pronoun);
    const gender = FEMININE.has(word) ? 'female' : 'male';
    // "По его словам" may stand for an outlet or body too ("пишет газета «…». По её данным"); "он" for a person.
    const possessive = word !== 'он' && word !== 'она';
    if (!possessive && !namesSomeone(doc, said.speakerText)) return undefined;
    return (verbAgreement(doc, cue) ?? genderOfText(doc, said.speakerText)) === gender ? { speakerId: null, speakerText: said.speakerText } : undefined;
  } finally {
    findingAntecedent = false;
  }
}

/** The verb's reported words ("рассказал, что …", "заявил: …") hold the token: it is no subject. */
function reportedBetween(doc: Doc, cue: number, token: number): boolean {
  if (doc.parses[cue][0]?.pos !== 'VERB') return false;
  for (let j = cue + 1; j < token; j++) if (lower(doc, j) === 'что' || doc.tokens[j].text === ':') return true;
  return false;
}

const FEMININE = new Set(['она', 'её', 'ее']);

/** The gender of a description's head, its first noun that can be nominative ("газета «Вечерний город»" → female). */
function genderOfText(doc: Doc, text: string): 'male' | 'female' | null {
  for (const word of text.split(/\s+/)) {
    const noun = doc.morphology.parse(word).find((parse) => parse.pos === 'NOUN' && parse.grammemes.has('nomn'));
    if (!noun) continue;
    if (noun.grammemes.has('Ms-f')) return null;
    return noun.grammemes.has('femn') ? 'female' : noun.grammemes.has('masc') ? 'male' : null;
  }
  return null;
}

/** A description of a person ("один из участников", "источник в министерстве"), not an outlet or a body. */
export function namesSomeone(doc: Doc, text: string): boolean {
  return text.split(/\s+/).some((word) => doc.morphology.parse(word).some((parse) => (parse.pos === 'NOUN' && parse.grammemes.has('anim') && parse.known) || parse.lemma === 'источник'));
}
