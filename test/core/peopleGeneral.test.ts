/**
 * People in the kinds of text held-out corpora have, beyond the dev sets: each construction of
 * issue 3 on sentences written for it (names in every case, initials in every layout, foreign and
 * Latin-script names, things that are not people, and how mentions link).
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { analyze, prepareDoc } from '../../server/src/core/analyze';
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

/** Each person as "Name: mention, mention". */
function peopleIn(text: string): string[] {
  return linkPeople(findNames(prepareDoc(text, morphology))).map((person) => `${person.name}: ${person.mentions.map((mention) => mention.text).join(', ')}`);
}

describe('initials in every layout', () => {
  it('a row of initials between two surnames is two mentions (Путин В. В. В.В.Путин)', () => {
    assert.deepEqual(namesIn('Документ подписал Путин В. В. В.В.Путин также поручил правительству ответить.'), ['Путин В. В. → Путин В. В.', 'В.В.Путин → В. В. Путин']);
    assert.deepEqual(peopleIn('Документ подписал Путин В. В. В.В.Путин также поручил правительству ответить.'), ['В. В. Путин: Путин В. В., В.В.Путин']);
  });
  it('spaced initials between two surnames split two and two', () => {
    assert.deepEqual(namesIn('Приказ подписал Путин В. В. В. В. Путин поручил его исполнить.'), ['Путин В. В. → Путин В. В.', 'В. В. Путин → В. В. Путин']);
  });
  it('three initials of a foreign name after a common noun stay together', () => {
    assert.deepEqual(namesIn('Книгу Дж. Р. Р. Толкина издали снова.'), ['Дж. Р. Р. Толкина → Дж. Р. Р. Толкин']);
  });
  it('initials after a surname stay with it when the next sentence opens after them', () => {
    assert.deepEqual(namesIn('Документ подписал Путин В. В. Позже он уехал.'), ['Путин В. В. → Путин В. В.']);
  });
  it('surnames each with initials after them, side by side', () => {
    assert.deepEqual(namesIn('Приказ подписал Путин В.В. Медведев Д. А. согласился.'), ['Путин В.В. → Путин В. В.', 'Медведев Д. А. → Медведев Д. А.']);
  });
  it('a sentence-opening adverb before initials is no surname (Вчера Д. Трамп)', () => {
    assert.deepEqual(namesIn('Вчера Д. Трамп заявил о пошлинах.'), ['Д. Трамп → Д. Трамп']);
  });
  it('initials before and after, with and without spaces', () => {
    assert.deepEqual(namesIn('Распоряжение завизировал В. Путин, затем В. В. Путин и Д.А.Медведев, а Лавров С. В. промолчал.'),
      ['В. Путин → В. Путин', 'В. В. Путин → В. В. Путин', 'Д.А.Медведев → Д. А. Медведев', 'Лавров С. В. → Лавров С. В.']);
  });
});

describe('names in Latin script inside Russian text', () => {
  it('a known first name after an organisation in one Latin run opens the name (Tesla Elon Musk)', () => {
    assert.deepEqual(namesIn('Глава Tesla Elon Musk ответил журналистам.'), ['Elon Musk → Elon Musk']);
    assert.deepEqual(namesIn('Основатель Amazon Jeff Bezos купил газету The Washington Post.'), ['Jeff Bezos → Jeff Bezos']);
  });
  it('a Latin name on its own, and brands and media are no names', () => {
    assert.deepEqual(namesIn('По данным Bloomberg и CNN, Sam Altman вернулся в OpenAI, а Reuters промолчало.'), ['Sam Altman → Sam Altman']);
  });
  it('the original spelling in brackets keeps its middle initial and generational suffix', () => {
    assert.deepEqual(namesIn('Пост занял Томас Беннет (Thomas R. Bennett), бывший прокурор.'), ['Томас Беннет → Томас Беннет', 'Thomas R. Bennett → Thomas R. Bennett']);
    assert.deepEqual(namesIn('Выборы выиграл Роберт Кларк (Robert Clark Jr.), мэр города.'), ['Роберт Кларк → Роберт Кларк', 'Robert Clark Jr → Robert Clark Jr']);
  });
  it('the original spelling after other spellings, a language label or a second bracket', () => {
    assert.deepEqual(namesIn('Певица Джессика Ланг (Джесика Лэнг; Jessica Lang) дала концерт.'), ['Джессика Ланг → Джессика Ланг', 'Джесика Лэнг → Джесика Лэнг', 'Jessica Lang → Jessica Lang']);
    assert.deepEqual(namesIn('Журналист Мартин Хольц (Хольтц) (Martin Holtz) умер.'), ['Мартин Хольц → Мартин Хольц', 'Martin Holtz → Martin Holtz']);
    assert.deepEqual(namesIn('Жозе Мануэл Пинту (порт. José Manuel Pinto; род. 1950) — португальский политик.'), ['Жозе Мануэл Пинту → Жозе Мануэл Пинту', 'José Manuel Pinto → José Manuel Pinto']);
  });
  it('a bracket that explains in words is not read for spellings after its first item', () => {
    assert.deepEqual(namesIn('Решение принял совет Ильи Громова (попечительский совет; Trustee Board) вчера.'), ['Ильи Громова → Илья Громов']);
  });
  it('the role before a Latin name is that name\'s, not of a person on the line before', () => {
    const analysis = analyze('Президент США Дональд Трамп заявил о новых пошлинах.\nГлава Tesla Elon Musk ответил: «Да».\n', morphology);
    const musk = analysis.people.find((person) => person.name === 'Elon Musk');
    assert.ok(musk, 'Elon Musk is a person');
    assert.deepEqual(musk.roles.map((role) => role.normalized), ['глава Tesla']);
    const trump = analysis.people.find((person) => person.name === 'Дональд Трамп');
    assert.deepEqual(trump?.roles.map((role) => role.normalized), ['президент США']);
  });
});

describe('quotations next to names', () => {
  it('a one-word reply after a speech verb and a colon is a quotation (ответил: «Да».)', () => {
    const text = 'Глава Tesla Elon Musk ответил: «Да».';
    const analysis = analyze(text, morphology);
    assert.deepEqual(analysis.quotes.map((quote) => [text.slice(quote.start, quote.end), analysis.people.find((person) => person.id === quote.speakerId)?.name]), [['Да', 'Elon Musk']]);
  });
  it('an adverb between the speech verb and the colon keeps the cue (ответил коротко: «Нет».)', () => {
    const text = 'Президент США Дональд Трамп заявил о новых пошлинах.\nГлава Tesla Илон Маск ответил коротко: «Нет».\n';
    const analysis = analyze(text, morphology);
    assert.deepEqual(analysis.quotes.map((quote) => [text.slice(quote.start, quote.end), analysis.people.find((person) => person.id === quote.speakerId)?.name]), [['Нет', 'Илон Маск']]);
  });
  it('a quoted one-word name inside a clause stays a name', () => {
    const text = 'Он сказал, что «Спартак» выиграет.';
    assert.deepEqual(analyze(text, morphology).quotes.filter((quote) => quote.kind === 'direct').length, 0);
  });
});

describe('foreign names with particles', () => {
  it('a particle opening a sentence is still the surname\'s particle, and links to the full name', () => {
    assert.deepEqual(peopleIn('Депутаты переизбрали Урсулу фон дер Ляйен. Фон дер Ляйен поблагодарила их.'), ['Урсула фон дер Ляйен: Урсулу фон дер Ляйен, Фон дер Ляйен']);
    assert.deepEqual(namesIn('Депутаты переизбрали Урсулу фон дер Ляйен. Фон дер Ляйен поблагодарила их.'), ['Урсулу фон дер Ляйен → Урсула фон дер Ляйен', 'Фон дер Ляйен → фон дер Ляйен']);
    assert.deepEqual(peopleIn('В Лондоне приняли Мохаммеда бен Салмана. Бен Салман пообещал инвестиции.'), ['Мохаммед бен Салман: Мохаммеда бен Салмана, Бен Салман']);
  });
  it('"Да" opening a sentence is the conjunction', () => {
    assert.deepEqual(namesIn('Да Путин и не звонил.'), ['Путин → Путин']);
  });
  it('Arabic, Dutch, French, Korean and hyphenated names', () => {
    assert.deepEqual(namesIn('Президент Сирии Ахмед аш-Шараа встретился с Жан-Клодом Юнкером, Мохаммед ибн Рашид посетил музей, где висит Винсент ван Гог, а Шарля де Голля вспоминали.'),
      ['Ахмед аш-Шараа → Ахмед аш-Шараа', 'Жан-Клодом Юнкером → Жан-Клод Юнкер', 'Мохаммед ибн Рашид → Мохаммед ибн Рашид', 'Винсент ван Гог → Винсент ван Гог', 'Шарля де Голля → Шарль де Голль']);
  });
});

describe('gender and case of a name both genders could read', () => {
  it('a first name mostly hers makes the pair her nominative (Марина Цветаева), unless a noun before asks for a genitive', () => {
    assert.deepEqual(namesIn('Марина Цветаева и Анна Ахматова дружили.'), ['Марина Цветаева → Марина Цветаева', 'Анна Ахматова → Анна Ахматова']);
    assert.deepEqual(namesIn('Вышла книга Евгения Петрова.'), ['Евгения Петрова → Евгений Петров']);
  });
});

describe('names the dictionary does not know', () => {
  it('a compound given name opening a sentence leads a surname-shaped word (Касым-Жомарт Токаев)', () => {
    assert.deepEqual(namesIn('Касым-Жомарт Токаев поблагодарил участников.'), ['Касым-Жомарт Токаев → Касым-Жомарт Токаев']);
  });
});

describe('one person written with and without a case ending', () => {
  /** Each person as "Name: normalized, normalized". */
  function normalizedIn(text: string): string[] {
    return linkPeople(findNames(prepareDoc(text, morphology))).map((person) => `${person.name}: ${person.mentions.map((mention) => mention.normalized).join(', ')}`);
  }
  it('the bare stem of an unknown surname is its nominative (Ким Чен Ыну … Ким Чен Ын)', () => {
    assert.deepEqual(normalizedIn('Цветы подарили Ким Чен Ыну. Позже Ким Чен Ын уехал, а Ким Чен Ына проводили.'), ['Ким Чен Ын: Ким Чен Ын, Ким Чен Ын, Ким Чен Ын']);
  });
  it('a soft sign the bare form shows (Шарле де Голле … де Голль)', () => {
    assert.deepEqual(normalizedIn('Фильм о Шарле де Голле вышел. Де Голль в нём молод.'), ['Шарль де Голль: Шарль де Голль, де Голль']);
  });
  it('a surname in -ова stays as the dictionary reads it', () => {
    assert.deepEqual(normalizedIn('Приехала Мария Иванова. Ивановой вручили цветы.'), ['Мария Иванова: Мария Иванова, Иванова']);
  });
});

describe('a name inside a place or organisation', () => {
  it('a sentence-opening place noun before a surname: its predicate is the noun\'s (Улица Ленина перекрыта)', () => {
    assert.deepEqual(namesIn('Улица Ленина перекрыта.'), ['Ленина → Ленин']);
  });
});

describe('foreign names of several parts and their gender', () => {
  it('a Spanish patronymic surname is followed by the mother\'s surname', () => {
    assert.deepEqual(namesIn('Хосе Луис Родригес Сапатеро приехал в Каракас.'), ['Хосе Луис Родригес Сапатеро → Хосе Луис Родригес Сапатеро']);
    assert.deepEqual(namesIn('Встреча Андреса Мануэля Лопеса Обрадора прошла.'), ['Андреса Мануэля Лопеса Обрадора → Андрес Мануэль Лопес Обрадор']);
  });
  it('an indeclinable first name the dictionary calls hers takes the gender of the verb right after it', () => {
    const doc = prepareDoc('Эммануэль Макрон посетил Марсель.', morphology);
    assert.deepEqual(findNames(doc).map((match) => match.gender), ['male']);
    assert.deepEqual(findNames(prepareDoc('Эммануэль Беар снялась в фильме.', morphology)).map((match) => match.gender), ['female']);
  });
});

describe('the case of a foreign name the dictionary does not know', () => {
  it('a dative or instrumental ending on every word of a man\'s name with a known first name', () => {
    assert.deepEqual(namesIn('Канцлер позвонил Эммануэлю Макрону.'), ['Эммануэлю Макрону → Эммануэль Макрон']);
    assert.deepEqual(namesIn('Канцлер говорил с Эммануэлем Макроном.'), ['Эммануэлем Макроном → Эммануэль Макрон']);
  });
  it('a Portuguese name ends in -у in the nominative', () => {
    assert.deepEqual(namesIn('Орден вручили нападающему Криштиану Роналду.'), ['Криштиану Роналду → Криштиану Роналду']);
  });
  it('an unknown word in a plain oblique case is no first name of a nominative surname after it (Стармеру Зеленский)', () => {
    assert.deepEqual(peopleIn('Зеленского принял премьер Кир Стармер. Стармеру Зеленский передал список.'),
      ['Зеленский: Зеленского, Зеленский', 'Кир Стармер: Кир Стармер, Стармеру']);
  });
});

describe('a surname alone in any case', () => {
  it('"Роман" opening a sentence before a genitive surname is the novel, not a first name', () => {
    assert.deepEqual(peopleIn('Писатель Виктор Пелевин выпустил книгу. Роман Пелевина разошёлся быстро. Пелевиным восхищаются критики.'),
      ['Виктор Пелевин: Виктор Пелевин, Пелевина, Пелевиным']);
  });
  it('the verb before a surname in an oblique case is its subject\'s: her accusative joins her', () => {
    assert.deepEqual(peopleIn('Председатель ЦБ Эльвира Набиуллина сохранила ставку. Глава Сбербанка Герман Греф поддержал Набиуллину.'),
      ['Эльвира Набиуллина: Эльвира Набиуллина, Набиуллину', 'Герман Греф: Герман Греф']);
  });
  it('a bare surname joins the one spoken of last; ё and е are one letter', () => {
    assert.deepEqual(peopleIn('Барак Обама и Мишель Обама прилетели в Берлин. Мишель Обама выступила перед студентами. Обаму поблагодарили. Пётр Лёвин открыл выставку, Петр Левин поблагодарил гостей.'),
      ['Барак Обама: Барак Обама', 'Мишель Обама: Мишель Обама, Мишель Обама, Обаму', 'Пётр Лёвин: Пётр Лёвин, Петр Левин']);
  });
});

describe('capitalised words a common noun shares with a name', () => {
  it('a first name alone opening a sentence that is also a noun in that form is the noun (Лев сбежал)', () => {
    assert.deepEqual(namesIn('Лев сбежал из зоопарка. Роза расцвела в саду. Надежда умирает последней.'), []);
    assert.deepEqual(namesIn('Вчера Лев Лещенко спел на концерте.'), ['Лев Лещенко → Лев Лещенко']);
  });
  it('a surname the dictionary reads mostly as a plural noun is the subject of a singular verb (Песков не исключил)', () => {
    assert.deepEqual(namesIn('Как сообщает ТАСС, Песков не исключил встречи.'), ['Песков → Песков']);
    assert.deepEqual(namesIn('Он приехал из Соединённых Штатов вчера.'), []);
  });
});
