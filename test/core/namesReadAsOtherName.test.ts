/**
 * Name words the dictionary reads as some other name: only as a plural of a name (Керимов as
 * "of Kerims", Марис as "of Marisas"), a surname that is a woman's first name too (Сталина), a
 * foreign surname that looks like an oblique case of a rare first name (Трише, as if the dative
 * of Триша). Inside a name they are its surname or first name, and the name stays whole.
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

describe('a name word the dictionary reads only as a plural of a name', () => {
  it('is a surname when shaped like one, so the name with a patronymic stays whole', () => {
    assert.deepEqual(namesFound('Совет директоров возглавил Тимур Абусаидович Керимов.', morphology), ['Тимур Абусаидович Керимов → Тимур Абусаидович Керимов']);
  });
  it('is a first name otherwise', () => {
    assert.deepEqual(namesFound('Концертом дирижировал Марис Янсонс.', morphology), ['Марис Янсонс → Марис Янсонс']);
  });
});

describe('a first name that is a surname too, after a first name', () => {
  it('is the surname when only its surname agrees in case', () => {
    assert.deepEqual(namesFound('Историки спорят о роли Иосифа Сталина в войне.', morphology), ['Иосифа Сталина → Иосиф Сталин']);
  });
});

describe('an oblique first name ending in a vowel after a nominative first name', () => {
  it('is a foreign surname that does not decline', () => {
    assert.deepEqual(namesFound('Глава банка Жан-Клод Трише покинет пост осенью.', morphology), ['Жан-Клод Трише → Жан-Клод Трише']);
  });
  it('but two first names that agree stay one name as before', () => {
    assert.deepEqual(namesFound('На сцену вышел Жан-Клод Ван Дамм.', morphology).length, 1);
  });
});
