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
  if (lastMention && lastMention.tokenStart >= from) return undefined;
  findingAntecedent = true;
  try {
    // The clause of the earlier verb ends where the quotation attributed by the pronoun begins.
    let to = pronoun - 1;
    while (to > verb + 1 && (inQuote(to - 1) || doc.tokens[to - 1].kind === 'punct')) to--;
    const said = verb >= 0 ? attributeToVerb(context, verb, from, to, inQuote) : speakerOfSentence(context, previous, inQuote);
    if (!said?.speakerText || !said.cue) return undefined;
    const cue = tokenIndexAt(doc.tokens, said.cue.start);
    const gender = lower(doc, pronoun) === 'она' ? 'female' : 'male';
    return verbAgreement(doc, cue) === gender && namesSomeone(doc, said.speakerText) ? { speakerId: null, speakerText: said.speakerText } : undefined;
  } finally {
    findingAntecedent = false;
  }
}

/** A description of a person ("один из участников", "источник в министерстве"), not an outlet or a body. */
export function namesSomeone(doc: Doc, text: string): boolean {
  return text.split(/\s+/).some((word) => doc.morphology.parse(word).some((parse) => (parse.pos === 'NOUN' && parse.grammemes.has('anim') && parse.known) || parse.lemma === 'источник'));
}
