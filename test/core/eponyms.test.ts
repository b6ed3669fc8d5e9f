import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { namesFound } from './namesHelper';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

function namesIn(text: string): string[] {
  return namesFound(text, morphology);
}

describe('eponyms: the person a place or institution is named after (as NEREL and factRuEval mark it)', () => {
  const cases: [string, string[]][] = [
    // names the dictionary reads as surnames: found by the names stage as it was
    ['Спектакль идёт в театре им. Вахтангова до конца месяца.', ['Вахтангова → Вахтангов']],
    ['Он окончил МГУ имени Ломоносова в прошлом году.', ['Ломоносова → Ломоносов']],
    // a plural surname, a word the dictionary does not know, a word it knows as a place
    ['Она окончила институт им. Гнесиных по классу скрипки.', ['Гнесиных → Гнесины']],
    ['Он учился в художественном училище им. Шадра.', ['Шадра → Шадр']],
    ['Старый стадион имени Кирова снесли весной.', ['Кирова → Киров']],
    ['Выставка открылась в музее имени И. Д. Шадра.', ['И. Д. Шадра → И. Д. Шадр']],
    ['Премию вручили в Доме культуры им.Кирова вечером.', ['Кирова → Киров']],
    // not a person: an organisation, an adjective and noun, a title before the name
    ['Вечер прошёл в театре имени Моссовета.', []],
    ['Завод имени Ленинского комсомола закрыли давно.', []],
    ['Школа имени Героя Советского Союза Ивана Смирнова открылась.', ['Ивана Смирнова → Иван Смирнов']],
    // «по имени» is followed by a name in the nominative, which stays as the names stage reads it
    ['Девочку по имени Ульяна нашли утром.', ['Ульяна → Ульяна']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepEqual(namesIn(sentence), expected));
  }

  it('a place after «имени» is a person only right after a noun or a name of something', () => {
    assert.deepEqual(namesIn('Письмо подписали от имени Кирова и Москвы.'), []);
    assert.deepEqual(namesIn('От имени Кирова говорить некому.'), []);
    assert.deepEqual(namesIn('Сквер имени\nКирова'), []);
  });
});
