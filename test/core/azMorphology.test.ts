import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Az = require('az') as { Morph(word: string): { tag: { isCapitalized(): boolean; isProductive(): boolean; toString(): string; Name?: boolean; Surn?: boolean } }[] };

before(async () => {
  await loadMorphology();
});

describe('az morphology', () => {
  it('answers what az\'s tags answered once each tag has been asked (the answers are kept per tag)', () => {
    for (const word of ['Иван', 'Петрова', 'мама', 'бежал', 'Москва']) {
      for (const { tag } of Az.Morph(word)) {
        const first = [tag.isCapitalized(), tag.isProductive(), tag.toString()];
        assert.deepEqual([tag.isCapitalized(), tag.isProductive(), tag.toString()], first);
        assert.equal(Boolean(first[0]), Boolean(tag.Name || tag.Surn || (tag as Record<string, unknown>).Patr || (tag as Record<string, unknown>).Geox || (tag as Record<string, unknown>).Init));
        assert.match(String(first[2]), /^[A-Za-z]/);
      }
    }
    assert.ok(Az.Morph('Иван').some(({ tag }) => tag.isCapitalized()));
    assert.ok(Az.Morph('мама').every(({ tag }) => !tag.isCapitalized()));
  });
});
