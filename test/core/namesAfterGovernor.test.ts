/**
 * The case of a man's foreign name whose first name shows none and whose unknown surname ends in
 * -а after a consonant, from the word before: after a preposition, or after a noun for a person
 * with no nominative reading and no verb after, it is not the nominative.
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

describe('a name in -а after a consonant after what governs it', () => {
  it('after a preposition is a genitive, and the verb after it is not its', () => {
    assert.deepEqual(namesFound('Пресс-конференция у Кими Райкконена прошла в Монце.', morphology), ['Кими Райкконена → Кими Райкконен']);
    assert.deepEqual(namesFound('Депутаты голосовали против Энрике Каприлеса.', morphology), ['Энрике Каприлеса → Энрике Каприлес']);
  });
  it('after a person noun with no nominative, ending the clause', () => {
    assert.deepEqual(namesFound('Чавес опередил соперника Энрике Каприлеса.', morphology), ['Чавес → Чавес', 'Энрике Каприлеса → Энрике Каприлес']);
  });
  it('but before a verb it may be the subject in apposition', () => {
    assert.deepEqual(namesFound('Помощник заместителя госсекретаря Мэтью Брайза призвал стороны к миру.', morphology), ['Мэтью Брайза → Мэтью Брайза']);
  });
  it('after a dash, the apposition of such a noun in a clause with its verb', () => {
    assert.deepEqual(namesFound('Авария настигла обоих его соперников — Кими Райкконена и Марка Уэббера.', morphology), ['Кими Райкконена → Кими Райкконен', 'Марка Уэббера → Марк Уэббер']);
  });
  it('but a dash with no verb before it stands for «is»: the name is nominative', () => {
    assert.deepEqual(namesFound('Новый секретарь кабинета министров — Ёсихидэ Суга.', morphology), ['Ёсихидэ Суга → Ёсихидэ Суга']);
  });
});
