/**
 * The analysis in the shape of the CLI contract (README, "The CLI contract"): the form that
 * `analyze --jsonl`, the evaluation and the export command share.
 */
import type { Analysis } from './types';

export interface ContractMention { start: number; end: number; text: string; kind: string; normalized: string }
export interface ContractRole { start: number; end: number; text: string; normalized: string; relatedPerson?: string }
export interface ContractPerson { id: string; name: string; gender: 'male' | 'female' | null; mentions: ContractMention[]; roles: ContractRole[] }
export interface ContractQuote {
  start: number; end: number; text: string; kind: 'direct' | 'indirect';
  speaker: string | null; speakerText: string | null;
  cue: { start: number; end: number; text: string } | null;
}
export interface ContractDiagnostic { start: number; end: number; code: string; severity: string; message: string }
export interface ContractResult {
  file?: string;
  people: ContractPerson[];
  quotes: ContractQuote[];
  diagnostics: ContractDiagnostic[];
}

/** Converts an analysis to the contract's plain JSON value. */
export function toContract(analysis: Analysis, file?: string): ContractResult {
  return {
    ...(file !== undefined ? { file } : {}),
    people: analysis.people.map((person) => ({
      id: person.id,
      name: person.name,
      gender: person.gender,
      mentions: person.mentions.map(({ start, end, text, kind, normalized }) => ({ start, end, text, kind, normalized })),
      roles: person.roles.map(({ start, end, text, normalized, relatedPersonId }) => ({
        start, end, text, normalized, ...(relatedPersonId ? { relatedPerson: relatedPersonId } : {}),
      })),
    })),
    quotes: analysis.quotes.map((quote) => ({
      start: quote.start, end: quote.end, text: quote.text, kind: quote.kind,
      speaker: quote.speakerId, speakerText: quote.speakerText,
      cue: quote.cue ? { start: quote.cue.start, end: quote.cue.end, text: quote.cue.text } : null,
    })),
    diagnostics: analysis.findings.map(({ start, end, code, severity, message }) => ({ start, end, code, severity, message })),
  };
}
