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
