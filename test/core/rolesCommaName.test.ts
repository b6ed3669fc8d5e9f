import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rolesOf } from './rolesHelper';

describe('attachRoles: a title, a comma and the name it describes', () => {
  const table: [string, string[]][] = [
    ['Президент компании, Иван Петров, выразил соболезнования.', ['Петров: Президент компании → президент компании']],
    ['Его адвокат, Иван Петров, отказался от комментариев.', ['Петров: адвокат → адвокат']],
    ['Историк и публицист, Иван Петров ранее возглавлял музей.', ['Петров: Историк → историк', 'Петров: публицист → публицист']],
    // A gerund of being opening the sentence speaks of the subject after its comma.
    ['Будучи игроком «Зенита», Иван Петров выиграл кубок.', ['Петров: игроком «Зенита» → игрок «Зенита»']],
    // A list of participants, a title of the name before, a comparison, a source: not the name's.
    ['В совещании участвовали министр, Иван Петров и Анна Белова.', []],
    ['Иван Петров, министр, Олег Смирнов и другие пришли.', ['Петров: министр → министр']],
    ['Так же, как и сам министр, Иван Петров родился в Омске.', []],
    ['Как сообщил директор музея, Иван Петров подписал приказ.', []],
  ];
  for (const [sentence, expected] of table) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
});
