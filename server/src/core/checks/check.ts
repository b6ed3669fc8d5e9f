import type { Span, Person, Quote, Severity, Finding } from '../types';

/** What every editorial check reads: the text and the analysis stages' results. */
export interface CheckContext {
  text: string;
  people: readonly Person[];
  quotes: readonly Quote[];
  unbalancedMarks: readonly Span[];
}

/** One editorial rule: a stable code, a default severity and a function from context to findings. */
export interface Check {
  code: string;
  defaultSeverity: Severity;
  /** One line for settings and docs. */
  description: string;
  run(context: CheckContext): Finding[];
}
