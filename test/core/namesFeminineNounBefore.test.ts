/**
 * A noun for a woman right before a lone name ending in a consonant makes it her surname, even
 * when the dictionary knows the word as a man's first name: only his such name would decline.
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';

let morphology: Morphology;
before(async () => { morphology = await loadMorphology(); });

function people(text: string): string[] {
  return analyze(text, morphology).people.map((person) => `${person.name} ${person.gender ?? '?'}`);
}

describe('a feminine person noun before a lone name', () => {
  it('makes the name hers', () => {
    assert.deepEqual(people('Журналистка Смит рассказала о поездке в Китай.'), ['Смит female']);
    assert.deepEqual(people('Вчера в театре выступила певица Мартин.'), ['Мартин female']);
    assert.deepEqual(people('Организаторы поблагодарили актрису Джонс за участие в фестивале.'), ['Джонс female']);
  });
  it('not after a noun for a relation, nor after one that names men too', () => {
    assert.deepEqual(people('Джон Смит уехал. Соседка Смит утверждала, что хозяин давно не появлялся.'), ['Джон Смит male']);
    assert.deepEqual(people('На сцену вышел звезда Мартин.'), ['Мартин male']);
  });
});

describe('a feminine person noun before a whole name', () => {
  it('makes the name hers, and its other mentions where their form allows', () => {
    assert.deepEqual(people('Известная писательница Колин Тейлор выпустила новую книгу. Колин Тейлор пишет каждый день, а Тейлор отдыхает летом.'), ['Колин Тейлор female']);
  });
  it('not a name a man\'s case ending shows', () => {
    assert.deepEqual(people('Студентка Ивана Петрова выступила на конференции.'), ['Иван Петров male']);
  });
});
