/**
 * A foreign first name the dictionary knows only as a place, a thing or an adjective, before a
 * surname it does not know, right after a noun for a person: one name, not a word and a stray.
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

describe('two capitalised words after a noun for a person, the second unknown to the dictionary', () => {
  it('are a name when the first is a place in the noun\'s case or does not decline', () => {
    assert.deepEqual(namesFound('Вчера с журналистами беседовала актриса Кара Делевинь.', morphology), ['Кара Делевинь → Кара Делевинь']);
    assert.deepEqual(namesFound('В дебатах участвовал политик-популист Хань Гоюй.', morphology), ['Хань Гоюй → Хань Гоюй']);
  });
  it('are a name when the first is an adjective or a plural noun in another case', () => {
    assert.deepEqual(namesFound('Роман связан с биографом Полой Бродвелл.', morphology).map((name) => name.split(' → ')[0]), ['Полой Бродвелл']);
    assert.deepEqual(namesFound('Реформу поддержал премьер-министр Салам Фаяд.', morphology), ['Салам Фаяд → Салам Фаяд']);
  });
  it('are not a name when the place is in the genitive the noun governs', () => {
    assert.deepEqual(namesFound('Внучка императора Японии Хирохито вышла замуж.', morphology).map((name) => name.split(' → ')[0]).filter((name) => name.includes('Японии')), []);
    assert.deepEqual(namesFound('Выступил представитель Гватемалы Хухуйчик.', morphology).filter((name) => name.includes('Гватемалы')), []);
  });
  it('are not one name when a third name word follows', () => {
    assert.deepEqual(namesFound('Менеджер Хьюстон Патриша Хьюстон заявила это.', morphology).filter((name) => name.startsWith('Хьюстон Патриша')), []);
  });
});
