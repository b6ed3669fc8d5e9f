/**
 * A relative word agrees in gender with the name it follows: «…, которая» after a name that is
 * her nominative or his genitive makes it hers, unless a common noun before may own the name.
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

describe('a feminine relative word after the name', () => {
  it('makes a name after a place\'s name hers', () => {
    assert.deepEqual(namesFound('На заседании правительства Москвы Анастасия Ракова, которая курирует реформу, выступила с докладом.', morphology), ['Анастасия Ракова → Анастасия Ракова']);
  });
  it('not after a common noun that may be what the relative word stands for', () => {
    assert.deepEqual(namesFound('Дочь Евгения Петрова, которая живёт в Париже, приехала.', morphology), ['Евгения Петрова → Евгений Петров']);
  });
});
