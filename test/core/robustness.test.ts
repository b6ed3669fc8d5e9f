import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import type { Analysis, Span } from '../../server/src/core/types';

// Pieces of news-like text, so random strings hit the interesting paths (names, quotes, cues).
const PIECES = [
  'Юрий Ушаков', 'Ушакова', 'В. В. Путин', 'заявил', 'сказала она', ', — ', '«', '»', '„', '“', '”', '"', ': ', '. ', '\n', '\r\n', '\r',
  '\n\n', '\n«', '««', '»»', 'помощник президента', 'По словам ', 'сообщил, что ', '— ', 'Москва', 'NATO', '😀', 'е\u0301', '\u0000', '\ufeff', '\u2028', '[…]', '<…>',
];

const newsLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

function spansOf(analysis: Analysis): Span[] {
  return [
    ...analysis.people.flatMap((person) => [...person.mentions, ...person.roles]),
    ...analysis.quotes.flatMap((quote) => [quote, ...(quote.cue ? [quote.cue] : []), ...(quote.openMark ? [quote.openMark] : []), ...(quote.closeMark ? [quote.closeMark] : [])]),
    ...analysis.findings,
  ];
}

function isBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

function checkInvariants(text: string, analysis: Analysis): void {
  for (const span of spansOf(analysis)) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), 'integer offsets');
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `span ${span.start}-${span.end} outside 0-${text.length}`);
    assert.ok(isBoundary(text, span.start) && isBoundary(text, span.end), `span ${span.start}-${span.end} splits a surrogate pair`);
    if ('text' in span) assert.equal(text.slice(span.start, span.end), (span as Span & { text: string }).text);
  }
  for (const quote of analysis.quotes) {
    if (quote.openMark && quote.closeMark) {
      assert.ok(quote.openMark.end <= quote.start && quote.end <= quote.closeMark.start, 'quote inside its marks');
    }
  }
}

describe('analysis on any input', () => {
  let morphology: Morphology;
  before(async () => { morphology = await loadMorphology(); });

  it('returns, keeps offsets inside the text on character boundaries, and is deterministic', () => {
    fc.assert(fc.property(newsLike, (text) => {
      const first = analyze(text, morphology);
      checkInvariants(text, first);
      assert.deepEqual(analyze(text, morphology), first);
    }), { numRuns: 300 });
  });

  it('handles any string of arbitrary code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 }), (a, b) => {
      checkInvariants(a + b, analyze(a + b, morphology));
    }), { numRuns: 200 });
  });

  it('copes with a 100,000-character line and a text of only quotation marks', () => {
    const longLine = 'Министр Иван Петров заявил: «'.concat('очень '.repeat(16_000), '».');
    checkInvariants(longLine, analyze(longLine, morphology));
    const marks = '«»„“"'.repeat(20_000);
    checkInvariants(marks, analyze(marks, morphology));
  });

  it('keeps a » that closes a nested quotation and the quote at once inside the quote, not as its closing mark', () => {
    for (const text of ['««〡Ⰰ заявил»', '«Мы работаем с «Газпромом», — сказал Петров.']) {
      const analysis = analyze(text, morphology);
      checkInvariants(text, analysis);
      const quote = analysis.quotes.find((found) => found.openMark?.start === 0);
      assert.ok(quote, `a quote opens the text: ${text}`);
      assert.equal(text[quote.end - 1], '»');
      assert.equal(quote.closeMark, undefined);
    }
  });

  it('gives an empty text an empty analysis', () => {
    assert.deepEqual(analyze('', morphology), { people: [], quotes: [], findings: [] });
  });
});
