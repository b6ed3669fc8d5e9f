/** The table of editorial checks. Adding a check: a file in this folder and a row here. */
import type { Check, CheckContext } from './check';
import type { Finding } from '../types';
import { ambiguousSpeaker } from './ambiguousSpeaker';
import { disabledChecks } from './directives';
import { hyphenDash } from './hyphenDash';
import { nameVariants } from './nameVariants';
import { straightQuotes } from './straightQuotes';
import { surnameFirstMention } from './surnameFirstMention';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuotes } from './unbalancedQuotes';

/** Every check, in the order their docs list them. */
export const CHECKS: readonly Check[] = [
  unattributedQuote, unbalancedQuotes, nameVariants, surnameFirstMention, straightQuotes, hyphenDash, ambiguousSpeaker,
];

/** Runs every check the text's directives leave on and returns the findings in text order. */
export function runChecks(context: CheckContext): Finding[] {
  const disabled = disabledChecks(context.text);
  if (disabled.all) return [];
  const findings: Finding[] = [];
  for (const check of CHECKS) if (!disabled.codes.has(check.code)) for (const finding of check.run(context)) findings.push(finding);
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

export type { Check, CheckContext };
