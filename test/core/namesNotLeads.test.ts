/**
 * Words that look like the first word of a name and are not: a short noun opening a sentence
 * («Имя Аллена всплыло»: the noun, not a Korean surname Имя), and a word read as a first name only
 * weakly before adjectives («Герою Советского Союза»: a hero, not Гера Советская), and a word read
 * only in the genitive between a noun and a given name («президент Филиппин Родриго Дутерте»). And
 * a word that does lead one: a surname read mostly otherwise (Песков, a plural of песок) after a title
 * and its genitive complement.
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

describe('a word read only in the genitive between a noun and a given name', () => {
  it('is the noun\'s complement, not the first word of the name', () => {
    assert.deepEqual(namesFound('Вчера президент Филиппин Родриго Дутерте прибыл в Пекин.', morphology), ['Родриго Дутерте → Родриго Дутерте']);
  });
  it('a short one is the declined first word of an Asian name', () => {
    assert.deepEqual(namesFound('Видео южнокорейского певца Пака Чэ Сана набрало миллиард просмотров.', morphology).length, 1);
  });
});

describe('a surname the dictionary reads mostly otherwise, after a title and its genitive complement', () => {
  it('is the title\'s holder', () => {
    assert.deepEqual(namesFound('В ответ пресс-секретарь президента России Песков дал понять, что решения нет.', morphology), ['Песков → Песков']);
  });
  it('but not right after a genitive with no title before it', () => {
    assert.deepEqual(namesFound('На берегу реки Песков не было.', morphology), []);
  });
});
