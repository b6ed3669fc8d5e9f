/**
 * Foreign first names that do not decline (Али, Тони, Оливье), which the dictionary also reads as
 * an oblique case of a woman's name in -я (Аля, Тоня, Оливья): before a surname that shows no
 * case they are a man's name in the nominative.
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

describe('indeclinable foreign first names', () => {
  it('a first name in -и before an indeclinable surname is his nominative, not her genitive', () => {
    assert.deepEqual(namesFound('На церемонии были шейх Али Хамдани и его советник.', morphology), ['Али Хамдани → Али Хамдани']);
    assert.deepEqual(namesFound('Делегацию возглавлял депутат Тони Мбеки (партия «Союз»).', morphology), ['Тони Мбеки → Тони Мбеки']);
  });
  it('a listed foreign first name the dictionary reads only as her dative gives no gender', () => {
    assert.deepEqual(namesFound('Бельгийский нотариус Оливье Кастельнер, защищавший интересы семьи, отказался от комментариев.', morphology), ['Оливье Кастельнер → Оливье Кастельнер']);
  });
  it('before a surname that shows her case the first name still declines as hers', () => {
    assert.deepEqual(namesFound('Мы встретились у Тони Лебедевой.', morphology), ['Тони Лебедевой → Тоня Лебедева']);
  });
});
