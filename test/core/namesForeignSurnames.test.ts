/**
 * A double surname whose last part is short (Бернерс-Ли, Хоган-Хау) declines in its first part
 * only: its nominative takes the case ending off that part. A first name and two foreign
 * surname-like words are one name with a middle or maiden name (Мейрид Корриган Магуайр).
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

describe('a double surname with a short last part', () => {
  it('comes to the nominative by its first part', () => {
    assert.deepEqual(namesFound('Он написал статью совместно с Тимом Бернерсом-Ли.', morphology), ['Тимом Бернерсом-Ли → Тим Бернерс-Ли']);
    assert.deepEqual(namesFound('Отставку комиссара Бернарда Хогана-Хау приняли.', morphology), ['Бернарда Хогана-Хау → Бернард Хоган-Хау']);
  });
});

describe('a first name and two foreign surname-like words ending the run', () => {
  it('is one name with a middle or maiden name', () => {
    assert.deepEqual(namesFound('Премию получила Мейрид Корриган Магуайр.', morphology), ['Мейрид Корриган Магуайр → Мейрид Корриган Магуайр']);
  });
  it('two Russian surnames after a first name are two people', () => {
    assert.equal(namesFound('Встреча с Александром Хлопониным Пшихачев осталась довольна.', morphology).length, 2);
  });
});

describe('foreign first names the dictionary lacks or reads as something else', () => {
  it('lead a name: Милан (a city to the dictionary), Джей, Лея', () => {
    assert.deepEqual(namesFound('Чемпионом стал представитель Чехии Милан Томашик, выступающий за шведский клуб.', morphology), ['Милан Томашик → Милан Томашик']);
    assert.deepEqual(namesFound('Из корпорации ушёл управляющий Джей Аллард.', morphology), ['Джей Аллард → Джей Аллард']);
  });
  it('the city alone stays a city', () => {
    assert.deepEqual(namesFound('Команда прилетела в Милан во вторник.', morphology), []);
  });
});
