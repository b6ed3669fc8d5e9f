import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rolesOf } from './rolesHelper';

describe('attachRoles: bracketed asides inside appositions and lists', () => {
  const table: [string, string[]][] = [
    ['На соревнования поедут легкоатлеты Олег Смирнов (прыжки), Анна Кузнецова (эстафета) и Мария Белова (бег).', [
      'Смирнов: легкоатлеты → легкоатлет', 'Кузнецова: легкоатлеты → легкоатлет', 'Белова: легкоатлеты → легкоатлет',
    ]],
    ['Пострадали полицейские Анна Кузнецова (Anna Kuznetsova) и Мария Белова (Maria Belova).', [
      'Кузнецова: полицейские → полицейский', 'Белова: полицейские → полицейский',
    ]],
    ['Среди них такие художники, как Олег Смирнов (Россия), Пьер Дюпон (Франция) и Ганс Мюллер (Германия).', [
      'Смирнов: художники → художник', 'Дюпон: художники → художник', 'Мюллер: художники → художник',
    ]],
    ['Об этом заявил президент Фонда защиты лесов (Forest Fund) Олег Смирнов.', ['Смирнов: президент Фонда защиты лесов → президент Фонда защиты лесов']],
    // An aside that does not close on its line, or holds another aside, is no aside.
    ['Выступили музыканты Олег Смирнов (гитара, Анна Кузнецова.', ['Смирнов: музыканты → музыкант']],
    // Without a name right after the aside, nothing is attached across it.
    ['Министром финансов (а это ключевой пост) станет опытный экономист.', []],
    // An age in years between commas (or after a dash) right after the name is an aside; the title after it is the name's.
    ['В экипаж вошли Анна Смирнова — 54 года, врач, и другие.', ['Смирнова: врач → врач']],
    ['Первым полетит Иван Петров (Ivan Petrov), 34 года, пилот авиакомпании.', ['Петров: пилот авиакомпании → пилот авиакомпании']],
    ['Олег Сидоров, 26 лет, зубной врач военно-воздушных сил, тоже полетит.', ['Сидоров: зубной врач военно-воздушных сил → зубной врач военно-воздушных сил']],
    // An adverb dating the apposition stands between the comma and the title.
    ['Вчера Иван Петров, ныне министр обороны, выступил в парламенте.', ['Петров: министр обороны → министр обороны']],
    ['На встречу пришёл Олег Сидоров, некогда секретарь ЦК КПСС.', ['Сидоров: секретарь ЦК КПСС → секретарь ЦК КПСС']],
    ['Решение поддержал Олег Сидоров, тогда председатель комиссии.', ['Сидоров: председатель комиссии → председатель комиссии']],
  ];
  for (const [sentence, expected] of table) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
});

describe('attachRoles: "который" after a bracketed aside stands for the name before the aside', () => {
  const table: [string, string[]][] = [
    ['В конкурсе победила Анна Белова (Anna Belova), которая станет директором музея.', ['Белова: директором музея → директор музея']],
    ['В конкурсе победила Анна Белова, которая станет директором музея.', ['Белова: директором музея → директор музея']],
  ];
  for (const [sentence, expected] of table) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
});

describe('attachRoles: a title after a comma and before a name opens the next item, not an apposition of the name before', () => {
  const table: [string, string[]][] = [
    ['На пост прочат земляка Петрова, генерального прокурора штата Иллинойс Ивана Сидорова.', ['Сидорова: генерального прокурора штата Иллинойс → генеральный прокурор штата Иллинойс']],
    // A first name the names stage did not take ("Юн", read as a short adjective) still opens the item; "Фоссе", read
    // only as the prepositional of "Фосс", does not decline and is the title's apposition.
    ['Фаворитами были кенийский писатель Нгуи Ва Тхионго, норвежский драматург Юн Фоссе, американский классик Филипп Рот.', [
      'Тхионго: кенийский писатель → кенийский писатель', 'Фоссе: норвежский драматург → норвежский драматург', 'Рот: американский классик → американский классик',
    ]],
    ['Иван Петров, министр финансов, подал в отставку.', ['Петров: министр финансов → министр финансов']],
  ];
  for (const [sentence, expected] of table) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
});
