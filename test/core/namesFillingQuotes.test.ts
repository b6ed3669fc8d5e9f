/**
 * Words that fill a pair of quotation marks are the name of a work, a party, a club or a
 * company, not a person's: «Бургер Кинг», «Борис Годунов», "Пхыа Тхаи". A person named inside a
 * longer title is still found («Театр Козьмы Пруткова»).
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

describe('a name that fills a pair of quotation marks', () => {
  it('is a title, in «» and in straight quotes', () => {
    assert.deepEqual(namesFound('Он пел в опере «Борис Годунов» и снимался в фильме "Мэри Поппинс".', morphology), []);
  });
  it('a person named inside a longer title, or outside quotes, is still found', () => {
    assert.deepEqual(namesFound('Премьерой стал спектакль «Театр Козьмы Пруткова».', morphology), ['Козьмы Пруткова → Козьма Прутков']);
    assert.deepEqual(namesFound('Партию исполнил Борис Годунов.', morphology), ['Борис Годунов → Борис Годунов']);
  });
});
