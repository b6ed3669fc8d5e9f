/** A surname in -й repeated alone in an oblique case, where the case ending takes the place of the -й. */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { namesFound } from './namesHelper';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

describe('a surname in -й named in full earlier', () => {
  it('is found again in the genitive, dative and instrumental', () => {
    assert.deepEqual(namesFound('Суд выслушал хирурга Конрада Мюррея. Адвокаты Мюррея просили отсрочки. Мюррею дали слово, с Мюрреем спорили.', morphology),
      ['Конрада Мюррея → Конрад Мюррей', 'Мюррея → Мюррей', 'Мюррею → Мюррей', 'Мюрреем → Мюррей']);
  });
});
