import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { findNames } from '../../server/src/core/names/findNames';
import { namesFound } from './namesHelper';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

function namesIn(text: string): string[] {
  return namesFound(text, morphology);
}

describe('findNames', () => {
  const cases: [string, string[]][] = [
    ['Помощник президента Юрий Ушаков рассказал о встрече.', ['Юрий Ушаков → Юрий Ушаков']],
    ['Он встретился с Юрием Викторовичем Ушаковым.', ['Юрием Викторовичем Ушаковым → Юрий Викторович Ушаков']],
    ['Об этом сообщила представитель МИД Мария Захарова, а затем Захаровой ответили.', ['Мария Захарова → Мария Захарова', 'Захаровой → Захарова']],
    ['Мишель Обамой восхищались все.', ['Мишель Обамой → Мишель Обама']],
    ['Документ подписал В. В. Путин.', ['В. В. Путин → В. В. Путин']],
    ['Документ подписал В.В.Путин.', ['В.В.Путин → В. В. Путин']],
    ['Документ подписал Путин В. В. вчера.', ['Путин В. В. → Путин В. В.']],
    ['Переговоры вёл спецпосланник Стив Уиткофф; Уиткоффа встретили в аэропорту.', ['Стив Уиткофф → Стив Уиткофф', 'Уиткоффа → Уиткофф']],
    ['В переговорах участвовал Реджеп Тайип Эрдоган.', ['Реджеп Тайип Эрдоган → Реджеп Тайип Эрдоган']],
    ['Саудовский принц Мохаммед бен Салман прибыл в Париж.', ['Мохаммед бен Салман → Мохаммед бен Салман']],
    ['Выступила Урсула фон дер Ляйен.', ['Урсула фон дер Ляйен → Урсула фон дер Ляйен']],
    ['Министр обороны Шойгу провёл совещание.', ['Шойгу → Шойгу']],
    ['Делегация прибыла в Москву из Вашингтона, в Кремле её ждали.', []],
    ['Президент США Дональд Трамп позвонил в НАТО.', ['Дональд Трамп → Дональд Трамп']],
    ['Дом принадлежал помощнику Билла Клинтона Джеймсу Карвиллу.', ['Билла Клинтона → Билл Клинтон', 'Джеймсу Карвиллу → Джеймс Карвилл']],
    ['Встреча Дмитрия Медведева с Анатолием Сердюковым прошла вчера.', ['Дмитрия Медведева → Дмитрий Медведев', 'Анатолием Сердюковым → Анатолий Сердюков']],
    ['Вдова Бориса Ельцина Наина Иосифовна пришла на церемонию.', ['Бориса Ельцина → Борис Ельцин', 'Наина Иосифовна → Наина Иосифовна']],
    ['Заявление сделал Ким Чен Ын, а Ван Цзюнь промолчал.', ['Ким Чен Ын → Ким Чен Ын', 'Ван Цзюнь → Ван Цзюнь']],
    ['В Гагаузии и в Милане об этом не слышали, сказал Роман Коноплев.', ['Роман Коноплев → Роман Коноплев']],
    ['Ветеран Второй мировой войны выступил на Курской дуге.', []],
    ['Статью написала главный редактор Евгения Альбац.', ['Евгения Альбац → Евгения Альбац']],
    ['Из Ричмонда, штат Вирджиния, на улицу Ленина приехал пресс-секретарь Роскомнадзора Вадим Ампелонский.', ['Ленина → Ленин', 'Вадим Ампелонский → Вадим Ампелонский']],
    ['Выступил пресс-секретарь Роскомнадзора', []],
    ['Он был помощником Президента Российской Федерации, а президент Трамп молчал.', ['Трамп → Трамп']],
    ['Памяти президента Ахмат-Хаджи Кадырова.', ['Ахмат-Хаджи Кадырова → Ахмат-Хаджи Кадыров']],
    ['Основатель фронта Жан-Мари Ле Пен и фотограф Ассошиэйтед Пресс из региона Эмилия-Романья.', ['Жан-Мари Ле Пен → Жан-Мари Ле Пен']],
    ['Генсек ООН Пан Ги Мун прибыл. Выпущена Аун Сан Су Чжи.', ['Пан Ги Мун → Пан Ги Мун', 'Аун Сан Су Чжи → Аун Сан Су Чжи']],
    ['Иск предъявили американцу Деуэйну Джонсону.', ['Деуэйну Джонсону → Деуэйн Джонсон']],
    ['Речь шла об Иисусе Христе и о Дональде Трампе.', ['Иисусе Христе → Иисус Христос', 'Дональде Трампе → Дональд Трамп']],
    ['Поддержать де Ниро пришли друзья, а Марин Ле Пен не пришла.', ['де Ниро → де Ниро', 'Марин Ле Пен → Марин Ле Пен']],
    ['Король Мсвати III и король Карл XVI Густав встретились.', ['Мсвати III → Мсвати III', 'Карл XVI Густав → Карл XVI Густав']],
    ['Королева Елизавета II выступила с обращением.', ['Елизавета II → Елизавета II']],
    ['Вице-канцлер Хорст Одер и министр Хайко Рейн прилетели в Прагу.', ['Хорст Одер → Хорст Одер', 'Хайко Рейн → Хайко Рейн']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepEqual(namesIn(sentence), expected));
  }
});

describe('nominative of hyphenated names', () => {
  it('keeps the capital of a part the dictionary read through (аль-Гайсом → аль-Гайс)', async () => {
    const analysis = analyze('Министр встретился с генеральным секретарём организации Хайсамом аль-Гайсом в Вене.', await loadMorphology());
    assert.equal(analysis.people[0]?.name, 'Хайсам аль-Гайс');
  });
});

describe('two name words whatever the dictionary tags them', () => {
  it('joins a first name the dictionary knows only as a surname with the surname after it, in the usual order (Аарона Смита)', () => {
    assert.deepEqual(namesIn('Присяжные оправдали Аарона Смита в пятницу.'), ['Аарона Смита → Аарон Смит']);
  });
  it('keeps a Russian surname before a first name as surname-first (Кузнецов Степан)', () => {
    assert.deepEqual(namesIn('Жалобу подал Кузнецов Степан, житель района.'), ['Кузнецов Степан → Кузнецов Степан']);
  });
  it('does not join the surname of whose relative one is with the relative’s first name (Сестра Смирнова Ольга)', () => {
    assert.ok(!namesIn('Сестра Смирнова Ольга пришла в суд.').some((name) => name.startsWith('Смирнова Ольга')));
  });
  it('reads two capitalised words the dictionary knows as things as a name after a noun for a person (продюсером Джином Марлоу)', () => {
    assert.deepEqual(namesIn('Интервью записали с продюсером Джином Марлоу в Лондоне.').map((name) => name.split(' → ')[0]), ['Джином Марлоу']);
  });
  it('not a genitive the noun heads (Губернатор Флориды Джеб Торн; маэстро Гран-при Фестиваля)', () => {
    assert.deepEqual(namesIn('Губернатор Флориды Джеб Торн прибыл.'), ['Джеб Торн → Джеб Торн']);
    assert.ok(!namesIn('В финале пианист получил из рук маэстро Гран-при Фестиваля.').some((name) => name.includes('Фестиваля')));
  });
  it('finds a two-word name again where nothing before it says its first word is a name (Дело Алмаза Гиниятуллина)', () => {
    assert.deepEqual(namesIn('Следователи допросили свидетеля Алмаза Гиниятуллина. Дело Алмаза Гиниятуллина передано в суд.'), [
      'Алмаза Гиниятуллина → Алмаз Гиниятуллин',
      'Алмаза Гиниятуллина → Алмаз Гиниятуллин',
    ]);
  });
});

describe('a lone word listed with a person (coordinatedNames.ts)', () => {
  const surfaces = (text: string) => namesIn(text).map((name) => name.split(' → ')[0]);
  it('is a person after a comma or «и» next to a name', () => {
    assert.deepEqual(surfaces('Она играла Моцарта, Брамса и Бетховена.'), ['Моцарта', 'Брамса', 'Бетховена']);
    assert.deepEqual(surfaces('На сцену вышли Анна Лопес, Карлос Гарсия и Стинг.'), ['Анна Лопес', 'Карлос Гарсия', 'Стинг']);
  });
  it('is not an organisation, a place after a preposition, or a word of the clause before in another case', () => {
    assert.deepEqual(surfaces('Путин, Макрон и Газпром договорились.'), ['Путин', 'Макрон']);
    assert.deepEqual(surfaces('Рэнд Пол из Техаса и Марко Рубио приехали.'), ['Рэнд Пол', 'Марко Рубио']);
    assert.deepEqual(surfaces('После утверждения Сенатом, Иван Петров станет судьёй.'), ['Иван Петров']);
  });
});

describe('a Latin name after a noun for an organisation, outlet or work (latinNames.ts)', () => {
  it('begins the name of the thing, not a person', () => {
    assert.deepEqual(namesIn('Вчера журнал Charlie Weekly опубликовал карикатуру.'), []);
    assert.deepEqual(namesIn('Коллекцию показал бренд Louis Maison в Милане.'), []);
  });
  it('from the start of the Latin run, and initials in another script are no initials of the word before (Газета St. Louis)', () => {
    assert.deepEqual(namesIn('Газета St. Louis Courier сообщила об этом.'), []);
  });
  it('a person after a title still is one', () => {
    assert.deepEqual(namesIn('Об этом сообщил корреспондент John Smith.'), ['John Smith → John Smith']);
  });
});
