import type { Check } from './check';

/** A quotation mark whose partner is missing in its paragraph. */
export const unbalancedQuotes: Check = {
  code: 'unbalanced-quotes',
  defaultSeverity: 'error',
  description: 'An opening quotation mark with no closing one, or the reverse.',
  run({ text, unbalancedMarks }) {
    return unbalancedMarks.map((mark) => ({
      start: mark.start,
      end: mark.end,
      code: 'unbalanced-quotes',
      severity: 'error' as const,
      message: `Quotation mark ${text.slice(mark.start, mark.end)} has no partner in its paragraph.`,
      data: { mark: text.slice(mark.start, mark.end) },
    }));
  },
};
