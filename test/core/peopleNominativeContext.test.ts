/**
 * Gender and nominative of a first name and surname that read either as his genitive or as her
 * nominative (Юлия Зарипова: Юлий Зарипов's genitive, or she), when the name's own words do not
 * tell: where the name stands in its sentence decides (issue 3).
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { prepareDoc } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { findNames } from '../../server/src/core/names/findNames';
import { linkPeople } from '../../server/src/core/people/linkPeople';
import { namesFound } from './namesHelper';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

function namesIn(text: string): string[] {
  return namesFound(text, morphology);
}

describe('her nominative or his genitive, from the name\'s place', () => {
  it('names joined by "и" at the opening of the sentence before a plural verb are its subjects', () => {
    assert.deepEqual(namesIn('Анжелина Петрова и Виктория Смирнова выступили на конференции.'), ['Анжелина Петрова → Анжелина Петрова', 'Виктория Смирнова → Виктория Смирнова']);
  });
  it('a row with commas and "и" shares the plural verb too', () => {
    assert.deepEqual(namesIn('Юлия Зарипова, Анна Белова и Виктория Смирнова вошли в сборную.'), ['Юлия Зарипова → Юлия Зарипова', 'Анна Белова → Анна Белова', 'Виктория Смирнова → Виктория Смирнова']);
  });
  it('a name alone before a plural verb that has no other subject is its object: his accusative', () => {
    assert.deepEqual(namesIn('Евгения Петрова наградили орденом.'), ['Евгения Петрова → Евгений Петров']);
    assert.deepEqual(namesIn('Дмитрия Медведева назначили председателем.'), ['Дмитрия Медведева → Дмитрий Медведев']);
  });
  it('after an opening adverbial (preposition and noun) her verb is hers', () => {
    assert.deepEqual(namesIn('На турнире Юлия Зарипова показала лучший результат.'), ['Юлия Зарипова → Юлия Зарипова']);
  });
  it('a noun before the name that does not open the sentence still takes it as its genitive', () => {
    assert.deepEqual(namesIn('Вышла новая книга Евгения Петрова.'), ['Евгения Петрова → Евгений Петров']);
  });
});

describe('a surname alone whose words are spoken of', () => {
  it('the genitive after a noun of what was said is the speaker, without "по" too', () => {
    assert.deepEqual(namesIn('Слова Байдена вызвали споры в конгрессе.'), ['Байдена → Байден']);
    assert.deepEqual(namesIn('Журналисты обсуждали высказывание Шольца о тарифах.'), ['Шольца → Шольц']);
  });
  it('not after a noun that also means an approval or a decision', () => {
    assert.deepEqual(namesIn('Об утверждении Порядка сообщило ведомство.'), []);
  });
});

describe('the gender another mention of the same name shows', () => {
  it('a mention whose gender was only guessed takes the one her verb shows elsewhere', () => {
    assert.deepEqual(namesIn('Вчера в Казани выступила Юлия Зарипова. Успех Юлия Зарипова объясняет долгими тренировками.'), ['Юлия Зарипова → Юлия Зарипова', 'Юлия Зарипова → Юлия Зарипова']);
  });
  it('her oblique form elsewhere shows it too', () => {
    assert.deepEqual(namesIn('Сестра Юлии Кравцовой рассказала о ней. Подруги Юлия Кравцова тоже приехали.'), ['Юлии Кравцовой → Юлия Кравцова', 'Юлия Кравцова → Юлия Кравцова']);
  });
  it('and his verb shows his', () => {
    assert.deepEqual(namesIn('Успех Евгения Петрова объясняют тренировками. Евгений Петров заявил, что доволен.'), ['Евгения Петрова → Евгений Петров', 'Евгений Петров → Евгений Петров']);
  });
});

describe('a title in the nominative before the name', () => {
  it('its holder\'s name is in the nominative too: hers', () => {
    assert.deepEqual(namesIn('Как отметила журналистка Анжелина Кравцова, сезон был тяжёлым.'), ['Анжелина Кравцова → Анжелина Кравцова']);
    assert.deepEqual(namesIn('Награду получила актриса Юлия Снигирь.'), ['Юлия Снигирь → Юлия Снигирь']);
  });
  it('not after a title that asks for a complement: "сестра Юлия Кравцова" may be his sister', () => {
    assert.deepEqual(namesIn('Вчера приехала сестра Юлия Кравцова.'), ['Юлия Кравцова → Юлий Кравцов']);
  });
  it('not after a title in the genitive', () => {
    assert.deepEqual(namesIn('Приказ министра Евгения Петрова вступил в силу.'), ['Евгения Петрова → Евгений Петров']);
  });
});

describe('a verb in the third person singular right after the name', () => {
  it('is the name\'s when nothing before governs it', () => {
    assert.deepEqual(namesIn('Эксперты спорят, но Виктория Смирнова полагает, что кризис пройдёт.'), ['Виктория Смирнова → Виктория Смирнова']);
    assert.deepEqual(namesIn('Когда Анжелина Петрова выйдет на лёд, зал замрёт.'), ['Анжелина Петрова → Анжелина Петрова']);
  });
  it('not after a preposition that governs the genitive', () => {
    assert.deepEqual(namesIn('Для Евгения Петрова начинается новый сезон.'), ['Евгения Петрова → Евгений Петров']);
  });
});

describe('joined by "и" to a word only ever in the nominative', () => {
  it('the name is in the nominative too', () => {
    assert.deepEqual(namesIn('В финале встретились Виктория Смирнова и Анна Белова.'), ['Виктория Смирнова → Виктория Смирнова', 'Анна Белова → Анна Белова']);
    assert.deepEqual(namesIn('Победу праздновали Анжелина Кравцова и её тренер.'), ['Анжелина Кравцова → Анжелина Кравцова']);
  });
  it('a plural verb before the name with nothing joined makes it the object', () => {
    assert.deepEqual(namesIn('Они поздравили Евгения Петрова и его семью.'), ['Евгения Петрова → Евгений Петров']);
  });
});

describe('linking his and her forms of one name', () => {
  it('her nominative keeps its -а when another mention of the name was read as his', () => {
    const people = linkPeople(findNames(prepareDoc('По словам Виктория Смирнова, всё в порядке. Теперь Виктория Смирнова работает в Москве.', morphology)));
    assert.deepEqual(people.flatMap((person) => person.mentions.map((mention) => mention.normalized)), ['Викторий Смирнов', 'Виктория Смирнова']);
  });
});

describe('a row of two names before their plural verb', () => {
  it('the first, joined by "и" to a name that may be nominative, is a subject too', () => {
    assert.deepEqual(namesIn('Вчера Анжелина Петрова и Виктория Смирнова выступили на конференции.'), ['Анжелина Петрова → Анжелина Петрова', 'Виктория Смирнова → Виктория Смирнова']);
  });
  it('joined to a name only in an oblique case, the first shares that case', () => {
    assert.deepEqual(namesIn('Вчера Евгения Петрова и Анну Белову наградили.'), ['Евгения Петрова → Евгений Петров', 'Анну Белову → Анна Белова']);
  });
});
