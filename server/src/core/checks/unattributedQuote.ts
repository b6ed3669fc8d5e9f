import type { Check } from './check';

/** A direct quotation whose speaker the text does not give. */
export const unattributedQuote: Check = {
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A direct quotation with no speaker.',
  run({ quotes }) {
    return quotes
      .filter((quote) => quote.kind === 'direct' && quote.speakerId === null && quote.speakerText === null)
      .map((quote) => ({
        start: quote.openMark?.start ?? quote.start,
        end: quote.closeMark?.end ?? quote.end,
        code: 'unattributed-quote',
        severity: 'warning' as const,
        message: 'Quotation without a speaker: the text does not say who said it.',
      }));
  },
};
