import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { WordCache } from '../../server/src/core/wordCache';

describe('WordCache', () => {
  it('when full, keeps the forms used since the last sweep and drops the others', () => {
    const cache = new WordCache<number>(4);
    for (const [form, value] of [['мир', 1], ['труд', 2], ['май', 3], ['весна', 4]] as const) cache.set(form, value);
    cache.set('лето', 5); // the first sweep: all four were added since, three of them stay
    const peaceKept = cache.get('мир') !== undefined;
    // The second sweep keeps лето (added since the first) and мир (looked up since), nothing else.
    cache.set('осень', 6);
    assert.equal(cache.get('лето'), 5);
    assert.equal(cache.get('мир'), peaceKept ? 1 : undefined);
    for (const form of ['труд', 'май', 'весна']) assert.equal(cache.get(form), undefined, form);
    assert.equal(cache.get('осень'), 6);
  });

  it('a sweep keeps three quarters of the capacity at most', () => {
    const cache = new WordCache<number>(4);
    for (const [form, value] of [['мир', 1], ['труд', 2], ['май', 3], ['весна', 4]] as const) cache.set(form, value);
    cache.set('лето', 5);
    assert.equal(['мир', 'труд', 'май', 'весна'].filter((form) => cache.get(form) !== undefined).length, 3);
    assert.equal(cache.get('лето'), 5);
  });

  it('a form in use stays however many forms pass through once', () => {
    const cache = new WordCache<string>(100);
    cache.set('мама', 'мама');
    for (let i = 0; i < 1000; i++) {
      cache.set(`слово${i}`, 'слово');
      assert.equal(cache.get('мама'), 'мама');
    }
    assert.equal(cache.get('слово0'), undefined);
  });

  it('finds a form by its span of a text, the same as by the form', () => {
    const cache = new WordCache<number>(10);
    cache.set('мыла', 1);
    const text = 'Мама мыла раму';
    assert.equal(cache.getSpan(text, 5, 9), 1);
    assert.equal(cache.getSpan(text, 5, 8), undefined);
    assert.equal(cache.getSpan(text, 0, 4), undefined);
    assert.equal(cache.get('мыла'), 1);
  });
});
