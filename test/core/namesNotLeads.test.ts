/**
 * Words that look like the first word of a name and are not: a short noun opening a sentence
 * («Имя Аллена всплыло»: the noun, not a Korean surname Имя), and a word read as a first name only
 * weakly before adjectives («Герою Советского Союза»: a hero, not Гера Советская).
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

describe('a short noun opening a sentence', () => {
  it('is the noun, and the name after it the name', () => {
    assert.deepEqual(namesFound('Имя Аллена всплыло в ходе расследования.', morphology), ['Аллена → Аллен']);
  });
  it('mid-sentence a short word before a name may still be a surname', () => {
    assert.deepEqual(namesFound('На сцену вышел певец Ар Келли.', morphology), ['Ар Келли → Ар Келли']);
  });
});

describe('a word read only weakly as a first name, before adjectives', () => {
  it('is no name with them', () => {
    assert.deepEqual(namesFound('Орден вручили дважды Герою Советского Союза Андрияну Николаеву.', morphology), ['Андрияну Николаеву → Андриян Николаев']);
  });
});
