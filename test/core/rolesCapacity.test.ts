import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rolesOf } from './rolesHelper';

describe('attachRoles: a title after "в качестве" or "как" is the capacity of the person of its clause', () => {
  const table: [string, string[]][] = [
    ['Иван Петров в качестве посла провёл переговоры.', ['Петров: посла → посол']],
    ['Анна Белова прославилась как певица.', ['Белова: певица → певица']],
    ['Иван Петров (Ivan Petrov) попробует себя в качестве тренера.', ['Петров: тренера → тренер']],
    ['Иван Петров отметил, что он как министр против.', ['Петров: министр → министр']],
    // The accusative after "как" and an object before "в качестве" are the object's.
    ['Ивана Петрова знают как опытного дипломата.', ['Петрова: опытного дипломата → опытный дипломат']],
    ['Министерство направило Ивана Петрова в Берлин в качестве консультанта.', ['Петрова: консультанта → консультант']],
    // "как" opening a clause, and another pronoun acting, say nothing of the name.
    ['Иван Петров ушёл в отставку после того, как министр подписал приказ.', []],
    ['Иван Петров ушёл, так как директор был против.', []],
    ['Вместе с Иваном Петровым я как посол подписал договор.', []],
  ];
  for (const [sentence, expected] of table) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
});
