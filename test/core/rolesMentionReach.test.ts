import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rolesOf } from './rolesHelper';

describe('attachRoles: a title standing for someone far from their naming stays a mention, not a listed role', () => {
  const table: [string, string[]][] = [
    // Named in the sentence before: the title is a role mention and one of the roles.
    ['Президент Иван Петров прибыл в Казань. Затем президент заявил о планах.', [
      'Петров: Президент → президент', 'Петров: президент → президент', 'Петров ~ президент',
    ]],
    // Named three sentences back with someone else named since: a mention only.
    ['Президент Иван Петров прибыл в Казань. Его встретил мэр Олег Смирнов. Они осмотрели завод. Затем президент заявил о планах.', [
      'Петров: Президент → президент', 'Петров ~ президент', 'Смирнов: мэр → мэр',
    ]],
    // Far back but no one else named since: still plainly theirs.
    ['Президент Иван Петров прибыл в Казань. Он осмотрел завод. Погода была хорошей. Затем президент заявил о планах.', [
      'Петров: Президент → президент', 'Петров: президент → президент', 'Петров ~ президент',
    ]],
    // Before the holder is named at all: a mention only.
    ['Министр подписал указ. Об этом сообщил министр финансов Иван Петров.', ['Петров: министр финансов → министр финансов', 'Петров ~ Министр']],
  ];
  for (const [text, expected] of table) it(text, async () => assert.deepEqual(await rolesOf(text), expected));
});
