/**
 * A listed foreign first name ending in a consonant written with a case ending is a man's (only
 * his such name declines), and the name is in that case.
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

describe('a declined foreign first name', () => {
  it('gives the case to a surname that does not decline', () => {
    assert.deepEqual(namesFound('Комиксы Стэна Ли читают во всём мире.', morphology), ['Стэна Ли → Стэн Ли']);
    assert.deepEqual(namesFound('Премию вручили Мишелю Платини.', morphology), ['Мишелю Платини → Мишель Платини']);
  });
  it('and to one that does, his -а showing the genitive or with a surname in -у the accusative', () => {
    assert.deepEqual(namesFound('Жюри наградило Эмира Кустурицу.', morphology), ['Эмира Кустурицу → Эмир Кустурица']);
    assert.deepEqual(namesFound('Встреча с Эммерсоном Мнангагвой прошла в Хараре.', morphology), ['Эммерсоном Мнангагвой → Эммерсон Мнангагва']);
  });
  it('a listed name as written is its own nominative', () => {
    assert.deepEqual(namesFound('Смерть президента Бингу ва Мутарики потрясла страну.', morphology).map((name) => name.split(' → ')[1]), ['Бингу']);
  });
});
