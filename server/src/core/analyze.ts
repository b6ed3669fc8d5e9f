/**
 * The analysis core's entry point: a pure function from text to {@link Analysis}.
 * Stages run in order, each in its own folder: tokens → sentences → morphology → names →
 * people → roles → quotes → checks. It never throws on any input string.
 */
import { runChecks } from './checks';
import { docScratch, tokenizeForms, type Doc } from './doc';
import type { Morphology } from './morphology/morphology';
import { findNames } from './names/findNames';
import { linkPeople } from './people/linkPeople';
import { findQuotes } from './quotes/findQuotes';
import { attachRoles } from './roles/attachRoles';
import { splitSentences, type Sentence } from './sentences/splitSentences';
import type { Analysis } from './types';

/** Builds the document's shared working state: tokens, sentences and morphology. */
export function prepareDoc(text: string, morphology: Morphology): Doc {
  const { tokens, forms, parses, formFlags } = tokenizeForms(text, morphology);
  const sentences = splitSentences(tokens);
  return { text, tokens, sentences, sentenceOfToken: sentenceIndexes(tokens.length, sentences), parses, forms, formFlags, morphology, scratch: docScratch() };
}

/** For each token, the index of its sentence. */
export function sentenceIndexes(tokenCount: number, sentences: readonly Sentence[]): Int32Array {
  const sentenceOfToken = new Int32Array(tokenCount);
  sentences.forEach((sentence, index) => sentenceOfToken.fill(index, sentence.tokenStart, sentence.tokenEnd));
  return sentenceOfToken;
}

/** Analyses a text: people with their mentions and roles, quotes with speakers, editorial findings. */
export function analyze(text: string, morphology: Morphology): Analysis {
  return analyzeDoc(prepareDoc(text, morphology));
}

/**
 * The stages after morphology, which read the whole document. `analyze` hands them a fresh
 * {@link Doc}; the editor's incremental path (`incremental/`) one assembled from cached lines.
 */
export function analyzeDoc(doc: Doc): Analysis {
  const people = linkPeople(findNames(doc));
  attachRoles(doc, people);
  const { quotes, unbalancedMarks } = findQuotes(doc, people);
  const findings = runChecks({ text: doc.text, people, quotes, unbalancedMarks });
  return { people, quotes, findings };
}
