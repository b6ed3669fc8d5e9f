import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ContractResult } from '../../server/src/core/serialize';
import { parseWorksAs, roleMentionPairs, roleScores, scoreSeedRoles, scoreWorksAs } from '../../eval/scoring/rolesScores';

// "Помощник президента Юрий Ушаков встретился с послом." — offsets of a sentence written for the test.
const ANN = [
  'T1\tPROFESSION 0 19\tПомощник президента',
  'T2\tPROFESSION 9 19\tпрезидента',
  'T3\tPERSON 20 31\tЮрий Ушаков',
  'T4\tPROFESSION 44 49;50 52\tпосло м',
  'R1\tWORKS_AS Arg1:T3 Arg2:T1',
  'R2\tKNOWS Arg1:T3 Arg2:T2',
].join('\n');

function resultWith(roles: { start: number; end: number }[], mentions = [{ start: 20, end: 31 }]): ContractResult {
  return {
    people: [{
      id: 'p1', name: 'Юрий Ушаков', gender: 'male',
      mentions: mentions.map((mention) => ({ ...mention, text: '', kind: 'name', normalized: '' })),
      roles: roles.map((role) => ({ ...role, text: '', normalized: 'помощник президента' })),
    }],
    quotes: [],
    diagnostics: [],
  };
}

describe('parseWorksAs', () => {
  it('reads WORKS_AS relations only, spans as first start to last end', () => {
    assert.deepEqual(parseWorksAs(ANN), [{ person: { start: 20, end: 31 }, profession: { start: 0, end: 19 } }]);
    assert.deepEqual(parseWorksAs('T1\tPERSON 0 3\tЕго\nR1\tWORKS_AS Arg1:T1 Arg2:T9'), []);
  });
  it('counts a relation written twice between the same spans once', () => {
    assert.equal(parseWorksAs(`${ANN}\nR3\tWORKS_AS Arg1:T3 Arg2:T1`).length, 1);
  });
});

describe('scoreWorksAs', () => {
  const gold = parseWorksAs(ANN);
  const table: [string, { start: number; end: number }[], { start: number; end: number }[], [number, number, number, number]][] = [
    ['an overlapping role on the right person', [{ start: 9, end: 19 }], [{ start: 20, end: 31 }], [1, 1, 1, 1]],
    ['a role that overlaps nothing', [{ start: 44, end: 49 }], [{ start: 20, end: 31 }], [0, 1, 0, 1]],
    ['a role on a person whose mentions miss the gold person', [{ start: 0, end: 19 }], [{ start: 32, end: 40 }], [0, 1, 0, 1]],
    ['two roles for one relation', [{ start: 0, end: 8 }, { start: 0, end: 19 }], [{ start: 20, end: 31 }], [2, 2, 1, 1]],
    ['no roles', [], [{ start: 20, end: 31 }], [0, 0, 0, 1]],
  ];
  for (const [name, roles, mentions, [matchedPredicted, predicted, matchedGold, goldCount]] of table) {
    it(name, () => {
      assert.deepEqual(scoreWorksAs(gold, resultWith(roles, mentions)), { matchedPredicted, predicted, matchedGold, gold: goldCount });
    });
  }

  it('computes precision, recall and F1, zero when empty', () => {
    assert.deepEqual(roleScores({ matchedPredicted: 1, predicted: 2, matchedGold: 1, gold: 1 }), { precision: 0.5, recall: 1, f1: 2 / 3 });
    assert.deepEqual(roleScores({ matchedPredicted: 0, predicted: 0, matchedGold: 0, gold: 0 }), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('roleMentionPairs', () => {
  it('counts the roles that are also role mentions of their person, and those that match', () => {
    const result = resultWith([{ start: 0, end: 19 }, { start: 44, end: 52 }]);
    result.people[0].mentions.push({ start: 44, end: 52, text: '', kind: 'role', normalized: '' });
    assert.deepEqual(roleMentionPairs(parseWorksAs(ANN), result), { predicted: 1, matched: 0 });
  });
});

describe('scoreSeedRoles', () => {
  it('matches people by name and roles by nominative form, ignoring case and ё', () => {
    const result = resultWith([{ start: 0, end: 19 }]);
    const score = scoreSeedRoles([{ name: 'юрий ушаков', roles: ['Помощник президента', 'посол'] }, { name: 'Пётр Иванов', roles: ['министр'] }], result);
    assert.equal(score.found, 1);
    assert.equal(score.total, 3);
    assert.deepEqual(score.missed.map((miss) => miss.role), ['посол', 'министр']);
  });
});
