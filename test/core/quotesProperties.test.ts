import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import * as fc from 'fast-check';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { quotesIn, type TestPerson } from './quotesHarness';

let morphology: Morphology;
before(async () => { morphology = await loadMorphology(); });

const PIECES = ['«', '»', '„', '“', '”', '"', '—', '–', '-', ',', '.', ':', '!', '?', ' ', ' ', ' ', '\n', '\n\n', 'Петров', 'он', 'она', 'заявил',
  'сказала', 'по', 'словам', 'что', 'в', 'министерстве', 'Газпром', 'представитель', 'МИД', 'как', 'сообщил', 'мы', 'готовы', 'его'];
const PEOPLE: TestPerson[] = [{ name: 'Иван Петров', gender: 'male', forms: ['Петров'] }];

describe('quotation stage on arbitrary text', () => {
  it('never throws, and every quote and mark lies inside the text with its own text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
      const text = pieces.join('');
      const { result } = quotesIn(text, morphology, PEOPLE);
      for (const quote of result.quotes) {
        assert.ok(0 <= quote.start && quote.start <= quote.end && quote.end <= text.length);
        assert.equal(quote.text, text.slice(quote.start, quote.end));
        if (quote.cue) assert.equal(quote.cue.text, text.slice(quote.cue.start, quote.cue.end));
      }
      for (const mark of result.unbalancedMarks) assert.ok(mark.end <= text.length && '«»„“”"'.includes(text[mark.start]));
    }), { numRuns: 300 });
  });

  it('an unbalanced opening mark never swallows the next paragraph', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES.filter((piece) => !piece.includes('\n'))), { maxLength: 30 }), (pieces) => {
      const text = `«${pieces.join('')}\n\nДругой абзац без кавычек.`;
      const { result } = quotesIn(text, morphology, PEOPLE);
      const paragraph = text.indexOf('\n\nДругой');
      for (const quote of result.quotes.filter((found) => found.kind === 'direct')) assert.ok(quote.end <= paragraph);
    }), { numRuns: 200 });
  });
});
