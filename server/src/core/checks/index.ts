/** The table of editorial checks. Adding a check: a file in this folder and a row here. */
import type { Check, CheckContext } from './check';
import type { Finding } from '../types';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuotes } from './unbalancedQuotes';

export const CHECKS: readonly Check[] = [unattributedQuote, unbalancedQuotes];

/** Runs every check and returns the findings in text order. */
export function runChecks(context: CheckContext): Finding[] {
  return CHECKS.flatMap((check) => check.run(context)).sort((a, b) => a.start - b.start || a.end - b.end);
}

export type { Check, CheckContext };
