import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rolesOf } from './rolesHelper';

describe('attachRoles: "один из" with a number or a word of quantity before the title', () => {
  const table: [string, string[]][] = [
    ['Иван Петров является одним из четырёх игроков клуба, забивших сто голов.', ['Петров: игроков клуба → игрок клуба']],
    ['Критик назвал Ивана Петрова одним из пяти лучших программистов в мире.', ['Петрова: лучших программистов → лучший программист']],
    ['Станцию назовут в честь Ивана Петрова — одного из немногих космонавтов страны.', ['Петрова: космонавтов страны → космонавт страны']],
    ['Иван Петров стал одним из 20 депутатов, проголосовавших против.', ['Петров: депутатов → депутат']],
    // Without "один" the plural title names no one in particular.
    ['Иван Петров встретился с пятью депутатами.', []],
  ];
  for (const [sentence, expected] of table) it(sentence, async () => assert.deepEqual(await rolesOf(sentence), expected));
});
