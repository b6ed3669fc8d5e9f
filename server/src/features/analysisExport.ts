/**
 * The `ruNewsLens/analysis` request: the article's analysis in the CLI contract's JSON shape
 * (core/serialize.ts), or the same as CSV, one row per person, mention, role, quote and finding.
 * The client's Show People and Export Analysis commands read it; any LSP client can.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toContract, type ContractResult } from '../core/serialize';
import type { Analysis } from '../core/types';

export const ANALYSIS_REQUEST = 'ruNewsLens/analysis';

export interface AnalysisParams {
  textDocument: { uri: string };
  /** `json` (the default) answers with the contract object, `csv` with a string. */
  format?: 'json' | 'csv';
}

export const CSV_COLUMNS = ['type', 'id', 'person', 'start', 'end', 'kind', 'text', 'normalized', 'speaker', 'speakerText', 'cue', 'severity', 'message'] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/** The answer to `ruNewsLens/analysis`: the contract object, or its CSV text. */
export function analysisExport(document: TextDocument, analysis: Analysis, format: 'json' | 'csv' = 'json'): ContractResult | string {
  const contract = toContract(analysis, decodeURIComponent(document.uri.split('/').pop() ?? document.uri));
  return format === 'csv' ? toCsv(contract) : contract;
}

/** RFC 4180 CSV with a header row; quotes are numbered q1, q2, … in text order. */
export function toCsv(contract: ContractResult): string {
  const rows: Row[] = [];
  for (const person of contract.people) {
    rows.push({ type: 'person', id: person.id, person: person.id, kind: person.gender, text: person.name });
    for (const mention of person.mentions) rows.push({ type: 'mention', person: person.id, start: mention.start, end: mention.end, kind: mention.kind, text: mention.text, normalized: mention.normalized });
    for (const role of person.roles) rows.push({ type: 'role', person: person.id, start: role.start, end: role.end, text: role.text, normalized: role.normalized });
  }
  contract.quotes.forEach((quote, index) => rows.push({
    type: 'quote', id: `q${index + 1}`, start: quote.start, end: quote.end, kind: quote.kind, text: quote.text,
    speaker: quote.speaker, speakerText: quote.speakerText, cue: quote.cue?.text ?? null,
  }));
  for (const finding of contract.diagnostics) rows.push({ type: 'diagnostic', start: finding.start, end: finding.end, kind: finding.code, severity: finding.severity, message: finding.message });
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => field(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
