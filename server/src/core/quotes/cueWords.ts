/**
 * What a word form can be in attributing speech, as bits read once per form. The passes that
 * walk every token (reported speech in each sentence, the cues before a quotation) ask this one
 * number of each token and look further only at the few that can be cues.
 */
import { formFact, formFlag, type Doc } from '../doc';
import { isConviction, isVerbal } from './attribution';
import { CHARACTERISING_VERBS, SPEECH_NOUNS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from './speechVerbs';
import { isNounOf, isVerbOf } from './wordForms';

/** A verb form of a speech verb (see `isVerbOf`). */
export const SPEECH_VERB = 1;
/** A noun of "по словам X", "по мнению X" (see `isSpeechNounCue`). */
export const SPEECH_NOUN = 2;
/** A short adjective of conviction: "уверен", "убеждена" (see `isConviction`). */
export const CONVICTION_WORD = 4;
/** A verb form of a characterising verb: "назвал", "охарактеризовала". */
export const CHARACTERISING_VERB = 8;

/** A speech verb read first as a verb form that can head an attribution (see `isVerbal`). */
export const ATTRIBUTING_VERB = 16;

/** Some reading is of a speech verb that says something by itself: not a weak one, nor one that characterises (but считать). */
export const STRONG_SPEECH_LEMMA = 32;

/** The cue bits of the token's form; 0 for most words. */
export const cueKinds = formFact((doc, index) => (isVerbOf(doc, index, SPEECH_VERBS) ? SPEECH_VERB | (isVerbal(doc, index) ? ATTRIBUTING_VERB : 0) : 0)
  | (doc.parses[index].some((parse) => SPEECH_VERBS.has(parse.lemma) && !WEAK_SPEECH_VERBS.has(parse.lemma) && (!CHARACTERISING_VERBS.has(parse.lemma) || parse.lemma === 'считать')) ? STRONG_SPEECH_LEMMA : 0)
  | (isNounOf(doc, index, SPEECH_NOUNS) ? SPEECH_NOUN : 0)
  | (isConviction(doc, index) ? CONVICTION_WORD : 0)
  | (isVerbOf(doc, index, CHARACTERISING_VERBS) ? CHARACTERISING_VERB : 0), true);

/** Whether the form has any cue bit: kept in the form's own flags, so that the pass over every token reads no fact slot for the many words that are no cue. */
const mayCue = formFlag((doc, index) => doc.forms[index].kind === 'word' && cueKinds(doc, index) !== 0);

/**
 * The cue bits of every token, in one tight pass: the forms lie scattered in memory, so a pass
 * that reads nothing else of them touches each one once, and the later scans read this array.
 */
export function cueKindsOfTokens(doc: Doc): Uint8Array {
  const kinds = new Uint8Array(doc.tokens.length);
  // Punctuation and numbers have no readings, so no cue bits; neither the tokens nor the fact slots are read.
  for (let i = 0; i < kinds.length; i++) if (mayCue(doc, i)) kinds[i] = cueKinds(doc, i);
  return kinds;
}
