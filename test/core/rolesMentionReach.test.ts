import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rolesOf } from './rolesHelper';

describe('attachRoles: a title standing for someone two sentences or more from their naming stays a mention, not a listed role', () => {
  const table: [string, string[]][] = [
    // Named in the sentence before: the title is a role mention and one of the roles.
    ['Президент Иван Петров прибыл в Казань. Затем президент заявил о планах.', [
      'Петров: Президент → президент', 'Петров: президент → президент', 'Петров ~ президент',
    ]],
    // Named three sentences back with someone else named since: a mention only.
    ['Президент Иван Петров прибыл в Казань. Его встретил мэр Олег Смирнов. Они осмотрели завод. Затем президент заявил о планах.', [
      'Петров: Президент → президент', 'Петров ~ президент', 'Смирнов: мэр → мэр',
    ]],
    // Far back with no one else named since: theirs, still only a mention.
    ['Президент Иван Петров прибыл в Казань. Он осмотрел завод. Погода была хорошей. Затем президент заявил о планах.', [
      'Петров: Президент → президент', 'Петров ~ президент',
    ]],
    // A title they were not given where named, two sentences on: a mention only too.
    ['Иван Петров прибыл в Казань. Он осмотрел завод. Затем известный министр дал концерт.', ['Петров ~ известный министр']],
    // But what the person the article is about (named most often, and more than once) is known as is theirs two sentences on.
    ['Иван Петров прибыл в Казань. Он осмотрел завод. Затем известный композитор дал концерт.', ['Петров ~ известный композитор']],
    ['Иван Петров выступил в Москве. Иван Петров получил премию. Зал был полон. Картины художника показали в Лувре.', ['Петров: художника → художник', 'Петров ~ художника']],
    // However far on, when no one else has been named since.
    ['Иван Петров вернулся в Москву. Петров дал интервью. Зал был полон. Погода была хорошей. Картины художника показали в Лувре.', ['Петров: художника → художник', 'Петров ~ художника']],
    ['Иван Петров вернулся в Москву. Петров дал интервью. Его встретил Олег Сидоров. Зал был полон. Погода была хорошей. Картины художника показали в Лувре.', []],
    // Not when someone else is named as often.
    ['Олег Сидоров открыл выставку. Иван Петров выступил в Москве. Зал был полон. Картины художника показали в Лувре.', ['Петров ~ художника']],
    // The sentence after their naming: a mention and a role.
    ['Иван Петров прибыл в Казань. Вечером известный композитор дал концерт.', ['Петров: известный композитор → известный композитор', 'Петров ~ известный композитор']],
    // Before the holder is named at all: a mention only.
    ['Министр подписал указ. Об этом сообщил министр финансов Иван Петров.', ['Петров: министр финансов → министр финансов', 'Петров ~ Министр']],
  ];
  for (const [text, expected] of table) it(text, async () => assert.deepEqual(await rolesOf(text), expected));
});
