import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { WordCache } from '../../server/src/core/wordCache';

describe('WordCache', () => {
  it('keeps at most two generations, and a form in use is carried over', () => {
    const cache = new WordCache<number>(2);
    cache.set('мир', 1);
    cache.set('труд', 2);
    cache.set('май', 3); // the first generation is full: мир and труд become the previous one
    assert.equal(cache.get('мир'), 1); // carried into the current generation, which is now full
    cache.set('весна', 4); // full again: май and мир become the previous generation, and труд is dropped
    assert.equal(cache.get('труд'), undefined);
    assert.equal(cache.get('мир'), 1);
    assert.equal(cache.get('весна'), 4);
  });
});
