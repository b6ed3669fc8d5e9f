import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { QUOTE_PATTERNS } from './fixtures/quotePatterns';

// Every attribution pattern of Russian news, through the whole pipeline (names, people, roles,
// quotes): the speaker must come out right whatever stage finds it.
let morphology: Morphology;
before(async () => { morphology = await loadMorphology(); });

/** The analysis's quotes of the checked kinds as "kind|text|speaker". */
export function describePassage(text: string, kinds: readonly string[], morph: Morphology): string[] {
  const analysis = analyze(text, morph);
  return analysis.quotes.filter((quote) => kinds.includes(quote.kind)).map((quote) => {
    const speaker = quote.speakerId ? analysis.people.find((person) => person.id === quote.speakerId)?.name : quote.speakerText;
    return `${quote.kind}|${quote.text}|${speaker ?? '-'}`;
  });
}

describe('attribution patterns of Russian news, whole pipeline', () => {
  for (const pattern of QUOTE_PATTERNS) {
    it(pattern.name, () => {
      assert.deepEqual(describePassage(pattern.text, pattern.kinds ?? ['direct', 'indirect'], morphology), pattern.quotes);
    });
  }
});

// The same passages typed with straight quotation marks and hyphens for dashes, as many sites
// publish them (nested marks left out: straight marks cannot nest).
describe('the same patterns in straight marks and hyphens', () => {
  const straight = (text: string) => text.replace(/[«»]/g, '"').replace(/ — /g, ' - ');
  for (const pattern of QUOTE_PATTERNS.filter((each) => !each.text.includes('„') && !/«[^»]*«/.test(each.text))) {
    it(pattern.name, () => {
      assert.deepEqual(describePassage(straight(pattern.text), pattern.kinds ?? ['direct', 'indirect'], morphology), pattern.quotes.map((quote) => quote.replace(/[«»]/g, '"')));
    });
  }
});
