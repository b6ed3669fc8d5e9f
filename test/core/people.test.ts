import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { prepareDoc } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { findNames } from '../../server/src/core/names/findNames';
import { linkPeople } from '../../server/src/core/people/linkPeople';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

/** Each person as "Name (gender): mention, mention". */
function peopleIn(text: string): string[] {
  return linkPeople(findNames(prepareDoc(text, morphology))).map((person) =>
    `${person.name} (${person.gender ?? '?'}): ${person.mentions.map((mention) => mention.text).join(', ')}`);
}

describe('linkPeople', () => {
  const cases: [string, string, string[]][] = [
    ['a surname alone joins the full name in any case',
      'Президент встретился с Владимиром Путиным. Позднее Путина поддержали. Путин ответил.',
      ['Владимир Путин (male): Владимиром Путиным, Путина, Путин']],
    ['initials join the full name with the same surname and initial',
      'Юрий Ушаков прибыл. Ю. Ушаков заявил, что Ушакова ждут.',
      ['Юрий Ушаков (male): Юрий Ушаков, Ю. Ушаков, Ушакова']],
    ['a surname alone agrees in gender: Захаровой joins Мария Захарова, not a man',
      'Мария Захарова и Сергей Захаров выступили. Захаровой задали вопрос, а Захаров промолчал.',
      ['Мария Захарова (female): Мария Захарова, Захаровой', 'Сергей Захаров (male): Сергей Захаров, Захаров']],
    ['two people with one surname stay apart; a bare surname joins the one spoken of last',
      'Барак Обама и Мишель Обама купили дом. Мишель Обама приехала. Приезда Обамы ждали.',
      ['Барак Обама (male): Барак Обама', 'Мишель Обама (female): Мишель Обама, Мишель Обама, Обамы']],
    ['a bare surname with a verb of one gender joins the person of that gender',
      'Барак Обама и Мишель Обама купили дом. Мишель Обама приехала. Обама сказал.',
      ['Барак Обама (male): Барак Обама, Обама', 'Мишель Обама (female): Мишель Обама, Мишель Обама']],
    ['ё and е are one letter',
      'Пётр Лёвин приехал. Петр Левин уехал.',
      ['Пётр Лёвин (male): Пётр Лёвин, Петр Левин']],
    ['a foreign surname the dictionary does not know links by its stem and takes the full nominative',
      'Спецпосланник Стив Уиткофф прибыл. Уиткоффа встретили, с Уиткоффом говорили.',
      ['Стив Уиткофф (male): Стив Уиткофф, Уиткоффа, Уиткоффом']],
    ['a first name alone joins the person with that first name',
      'Мишель Обама приехала. Мишель улыбалась.',
      ['Мишель Обама (female): Мишель Обама, Мишель']],
    ['an adjectival surname the dictionary does not know links in every case',
      'Его встретил Владимир Зеленский. Зеленскому подарили книгу, а с Зеленским сфотографировались.',
      ['Владимир Зеленский (male): Владимир Зеленский, Зеленскому, Зеленским']],
    ['a word read as a first name that repeats a surname is that surname; a verb after a genitive is not its own',
      'Министр Питер Данн выступил. По словам Данна, ресурсов Данна была лишь половина.',
      ['Питер Данн (male): Питер Данн, Данна, Данна']],
    ['a patronymic form that is also a surname is the surname after a first name and alone',
      'Яхта Романа Абрамовича стоит в порту. Позже яхту Абрамовича увели.',
      ['Роман Абрамович (male): Романа Абрамовича, Абрамовича']],
    ['a surname the dictionary also knows as a first name joins by the surname',
      'Борис Джонсон выступил. Позднее Джонсон уехал.',
      ['Борис Джонсон (male): Борис Джонсон, Джонсон']],
    ['a short noun for a person does not open a name; organisations of unknown words are not people',
      'Муж Биби Ашок Крист рассказал, что Блю Стрим Пайплайн Компани молчит.',
      ['Ашок Крист (male): Ашок Крист']],
    ['the original Latin spelling joins the name before it',
      'Боксёр Анджело Роттоли (Angelo Rottoli) победил.',
      ['Анджело Роттоли (male): Анджело Роттоли, Angelo Rottoli']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(peopleIn(text), expected));
  }

  it('normalises every mention to the nominative and keeps the fullest name', () => {
    const people = linkPeople(findNames(prepareDoc('Путина поддержали. Затем Владимиру Путину позвонили.', morphology)));
    assert.equal(people.length, 1);
    assert.equal(people[0].name, 'Владимир Путин');
    assert.deepEqual(people[0].mentions.map((mention) => mention.normalized), ['Путин', 'Владимир Путин']);
  });
});
