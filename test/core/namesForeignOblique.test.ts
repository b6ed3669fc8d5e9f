/**
 * Foreign names in an oblique case that the dictionary does not decline: the endings both words
 * share, or one no nominative has, tell the case.
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

describe('a man\'s foreign name both words of which end in -а/-я', () => {
  it('is a genitive or accusative when the first name without the ending is a known one', () => {
    assert.deepEqual(namesFound('Клуб продал Карлоса Тевеса в Италию.', morphology), ['Карлоса Тевеса → Карлос Тевес']);
    assert.deepEqual(namesFound('Тренер похвалил Акселя Вебера за игру.', morphology), ['Акселя Вебера → Аксель Вебер']);
  });
  it('stays as written when the first name without it is none (Никола)', () => {
    assert.deepEqual(namesFound('Изобретатель Никола Тесла родился в Смилянах.', morphology), ['Никола Тесла → Никола Тесла']);
  });
});

describe('an unknown surname ending in -ы after a consonant', () => {
  it('is the genitive of a name in -а', () => {
    assert.deepEqual(namesFound('Отставку министра Сейджи Маехары приняли вчера.', morphology), ['Сейджи Маехары → Сейджи Маехара']);
  });
  it('leaves a listed first name in -ы as written', () => {
    assert.deepEqual(namesFound('Визит Гурбангулы Бердымухамедова отложили.', morphology), ['Гурбангулы Бердымухамедова → Гурбангулы Бердымухамедов']);
  });
});
