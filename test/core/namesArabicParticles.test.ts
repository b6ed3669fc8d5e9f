/**
 * Arabic names with "son/daughter of" (бен, бин, ибн, бинт) and an article written apart and
 * capitalised (Аль Тани): one name, whose family part runs from the particle to the end, whatever
 * the dictionary makes of each word (Тани as a form of Таня, Тамим unknown, бинт a bandage).
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { namesFound } from './namesHelper';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

describe('an Arabic name with filiation and a capitalised article', () => {
  it('is one name, the article and the father\'s name inside it', () => {
    assert.deepEqual(namesFound('Вчера шейх Хамад бен Халифа Аль Тани принял делегацию.', morphology), ['Хамад бен Халифа Аль Тани → Хамад бен Халифа Аль Тани']);
  });
  it('a word the dictionary does not know leads it before the particle, and the word after the article stays as written', () => {
    assert.deepEqual(namesFound('Наследником назначили Тамима бен Хамада Аль Тани.', morphology).map((found) => found.split(' → ')[0]), ['Тамима бен Хамада Аль Тани']);
    assert.match(namesFound('Наследником назначили Тамима бен Хамада Аль Тани.', morphology)[0], /Аль Тани$/);
  });
  it('«бинт» between two capitalised words is the particle, not a bandage', () => {
    assert.deepEqual(namesFound('На приёме была его жена Моза бинт Нассер.', morphology), ['Моза бинт Нассер → Моза бинт Нассер']);
  });
  it('a father and a son who share the family part stay two people, each under the name in order', () => {
    const { people } = analyze('Вчера шейх Хамад бен Халифа Аль Тани отрёкся от престола. Новым эмиром стал Тамим бен Хамад Аль Тани.', morphology);
    assert.deepEqual(people.map((person) => person.name).sort(), ['Тамим бен Хамад Аль Тани', 'Хамад бен Халифа Аль Тани']);
  });
});
