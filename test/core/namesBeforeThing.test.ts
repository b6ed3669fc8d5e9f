/**
 * A first name written before a capitalised word for a thing is part of that thing's name
 * (агентство Франс Пресс), not a person named by the first name alone.
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { namesFound } from './namesHelper';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

describe('a first name before a capitalised noun for a thing', () => {
  it('is no person', () => {
    assert.deepEqual(namesFound('Как передает агентство Франс Пресс, переговоры сорваны.', morphology), []);
    assert.deepEqual(namesFound('Источник сообщил об этом Франс Пресс в среду.', morphology), []);
  });
  it('a first name alone before a comma still is', () => {
    assert.deepEqual(namesFound('Как рассказал Франс, переговоры сорваны.', morphology), ['Франс → Франс']);
  });
});
