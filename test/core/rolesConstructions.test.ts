import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rolesOf } from './rolesHelper';

type Row = [string, string[]];

function table(name: string, rows: Row[]): void {
  describe(name, () => {
    for (const [sentence, expected] of rows) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
  });
}

table('attachRoles: a title pointing at another person, after a name between commas', [
  ['Иван Петров, помощник Владимира Путина, заявил об этом.', ['Петров: помощник Владимира Путина → помощник Владимира Путина @Путина']],
  ['Иван Петров, представитель фонда Анны Карениной, выступил первым.', ['Петров: представитель фонда Анны Карениной → представитель фонда Анны Карениной @Карениной']],
  // Kin says whose relative one is, not what one does.
  ['Иван Петров, сын Анны Беловой, выступил первым.', []],
]);

table('attachRoles: a title, a comma and a name with its age', [
  ['Вчера сотрудник городской полиции, 45-летний Михаил Арбузов, напал на коллег.', ['Арбузов: сотрудник городской полиции → сотрудник городской полиции']],
  ['Обвинения предъявили старшему эксперту речного регистра, 62-летнему Якову Иванову.', ['Иванову: старшему эксперту речного регистра → старший эксперт речного регистра']],
  // The title and the name must share a case: here the title is the subject of another clause.
  ['Вчера министр уехал, 45-летний Михаил Арбузов остался.', []],
]);

table('attachRoles: an office taken or left, and whose it is', [
  // A noun of appointment takes its person in the genitive; "бывший" is an adjective of the title, not a verb.
  ['Совет поддержал назначение бывшего премьер-министра Испании Хосе Гарсии на пост генсека ООН.', [
    'Гарсии: бывшего премьер-министра Испании → бывший премьер-министр Испании', 'Гарсии: генсека ООН → генсек ООН',
  ]],
  ['Президент назначит доктора Томаса Фридена (Thomas Frieden) на пост директора центра.', [
    'Фридена: доктора → доктор', 'Фридена: директора центра → директор центра',
  ]],
  ['Скандал вынудил Ивана Петрова подать в отставку с поста директора ЦРУ.', ['Петрова: директора ЦРУ → директор ЦРУ']],
  ['Иван Петров решил баллотироваться на пост мэра.', []],
]);
