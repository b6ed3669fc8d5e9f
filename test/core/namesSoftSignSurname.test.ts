/**
 * A first name that reads as her nominative or his genitive (Юлия: she, or Юлий's genitive) before a
 * surname the dictionary does not know ending in -ь: a man's would take an ending (Гремпаля), so the
 * bare surname is hers.
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

describe('a bare surname in -ь after a first name of either gender', () => {
  it('is a woman\'s nominative', () => {
    assert.deepEqual(namesFound('Сотрудник банка и его жена Юлия Гремпаль найдены дома.', morphology), ['Юлия Гремпаль → Юлия Гремпаль']);
  });
  it('with a case ending it is still his', () => {
    assert.deepEqual(namesFound('Вчера в суд вызвали Юлия Гремпаля.', morphology), ['Юлия Гремпаля → Юлий Гремпаль']);
  });
});
