/**
 * The analysis core's entry point: a pure function from text to {@link Analysis}.
 * Stages run in order, each in its own folder: tokens → sentences → morphology → names →
 * people → roles → quotes → checks. It never throws on any input string.
 */
import { runChecks } from './checks';
import { tagMorph, type Doc } from './doc';
import type { Morphology } from './morphology/morphology';
import { findNames } from './names/findNames';
import { linkPeople } from './people/linkPeople';
import { findQuotes } from './quotes/findQuotes';
import { attachRoles } from './roles/attachRoles';
import { splitSentences } from './sentences/splitSentences';
import { tokenize } from './tokens/tokenize';
import type { Analysis } from './types';

/** Builds the document's shared working state: tokens, sentences and morphology. */
export function prepareDoc(text: string, morphology: Morphology): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const sentenceOfToken = new Int32Array(tokens.length);
  sentences.forEach((sentence, index) => sentenceOfToken.fill(index, sentence.tokenStart, sentence.tokenEnd));
  return { text, tokens, sentences, sentenceOfToken, parses: tagMorph(tokens, morphology), morphology };
}

/** Analyses a text: people with their mentions and roles, quotes with speakers, editorial findings. */
export function analyze(text: string, morphology: Morphology): Analysis {
  const doc = prepareDoc(text, morphology);
  const people = linkPeople(findNames(doc));
  attachRoles(doc, people);
  const { quotes, unbalancedMarks } = findQuotes(doc, people);
  const findings = runChecks({ text, people, quotes, unbalancedMarks });
  return { people, quotes, findings };
}
