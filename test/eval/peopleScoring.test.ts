import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseBratPersons, parseFactRuPersons } from '../../eval/scoring/corpusFormats';
import { compareSeedPeople, countLinks, emptyTally, tallyDocument } from '../../eval/scoring/peopleScores';
import { countExactSpans, countTokens, scoresOf, scoringTokens } from '../../eval/scoring/spanScores';
import type { ContractPerson } from '../../server/src/core/serialize';

const person = (name: string, mentions: [number, number, string, string][]): ContractPerson => ({
  id: 'p1', name, gender: 'male', roles: [],
  mentions: mentions.map(([start, end, text, normalized]) => ({ start, end, text, normalized, kind: 'name' })),
});

describe('exact-span scores', () => {
  const cases: { name: string; gold: [number, number][]; predicted: [number, number][]; want: [number, number, number] }[] = [
    { name: 'all right', gold: [[0, 5], [10, 15]], predicted: [[0, 5], [10, 15]], want: [1, 1, 1] },
    { name: 'one boundary off counts as a miss and a false alarm', gold: [[0, 5], [10, 15]], predicted: [[0, 5], [9, 15]], want: [0.5, 0.5, 0.5] },
    { name: 'one extra', gold: [[0, 5]], predicted: [[0, 5], [7, 9]], want: [0.5, 1, 2 / 3] },
    { name: 'nothing predicted', gold: [[0, 5]], predicted: [], want: [0, 0, 0] },
  ];
  for (const { name, gold, predicted, want } of cases) {
    it(name, () => {
      const toRanges = (pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));
      const scores = scoresOf(countExactSpans(toRanges(gold), toRanges(predicted)));
      assert.deepEqual([scores.precision, scores.recall, scores.f1].map((value) => value.toFixed(4)), want.map((value) => value.toFixed(4)));
    });
  }
});

describe('per-token scores', () => {
  it('cuts words and punctuation apart', () => {
    const text = 'Жан-Клод Юнкер, 2019.';
    assert.deepEqual(scoringTokens(text).map(({ start, end }) => text.slice(start, end)), ['Жан', '-', 'Клод', 'Юнкер', ',', '2019', '.']);
  });

  it('counts tokens inside gold and predicted spans', () => {
    // "Глава МИД Сергей Лавров" — gold: Сергей Лавров; predicted: МИД Сергей.
    const text = 'Глава МИД Сергей Лавров';
    const counts = countTokens(scoringTokens(text), [{ start: 10, end: 23 }], [{ start: 6, end: 16 }]);
    assert.deepEqual(counts, { truePositives: 1, predicted: 2, gold: 2 });
  });
});

describe('corpus formats', () => {
  it('reads brat PERSON lines, discontinuous ones as pieces', () => {
    const ann = 'T1\tPERSON 6 11\tОбамы\nT2\tCITY 28 38\tВашингтоне\nT3\tPERSON 0 4;10 17\tЮлии Петрова\nR1\tWORKS_AS Arg1:T1 Arg2:T2\n';
    assert.deepEqual(parseBratPersons(ann), [
      { start: 6, end: 11, pieces: [{ start: 6, end: 11 }] },
      { start: 0, end: 17, pieces: [{ start: 0, end: 4 }, { start: 10, end: 17 }] },
    ]);
  });

  it('reads factRuEval Person objects with their nominative names', () => {
    const spans = '1 name 10 4 100 1  # 100 Юрия\n2 surname 15 7 101 1  # 101 Лужкова\n3 loc_name 30 6 102 1  # 102 Москвы\n';
    const objects = '7 Person 1 2 # Юрия Лужкова\n8 LocOrg 3 # Москвы\n';
    const coref = '40 7\nfirstname Юрий\nlastname Лужков\n\n41 8\nname Москва\n';
    assert.deepEqual(parseFactRuPersons(spans, objects, coref), [{
      start: 10, end: 22, normalized: 'Юрий Лужков', entity: '40',
      pieces: [{ type: 'name', start: 10, end: 14 }, { type: 'surname', start: 15, end: 22 }],
    }]);
  });
});

describe('pairwise linking', () => {
  it('counts pairs put together against pairs of one entity', () => {
    // Gold: mentions A and B are one entity, C another. Predicted: A alone, B and C together.
    const gold = [
      { start: 0, end: 5, pieces: [], entity: 'e1' },
      { start: 10, end: 15, pieces: [], entity: 'e1' },
      { start: 20, end: 25, pieces: [], entity: 'e2' },
    ];
    const people = [
      person('A', [[0, 5, 'A', 'A']]),
      { ...person('B', [[10, 15, 'B', 'B'], [20, 25, 'C', 'C']]), id: 'p2' },
    ];
    assert.deepEqual(countLinks(gold, people), { truePositives: 0, predicted: 1, gold: 1 });
  });
});

describe('document tally and the seed check', () => {
  it('tallies spans, tokens and nominative forms', () => {
    const text = 'Встретил Юрия Лужкова.';
    const tally = emptyTally();
    tallyDocument(tally, text, [{ start: 9, end: 21, pieces: [{ start: 9, end: 21 }], normalized: 'Юрий Лужков' }], [person('Юрий Лужков', [[9, 21, 'Юрия Лужкова', 'Юрий Лужков']])]);
    assert.deepEqual(tally, {
      exact: { truePositives: 1, predicted: 1, gold: 1 }, tokens: { truePositives: 2, predicted: 2, gold: 2 },
      normalizedCorrect: 1, normalizedTotal: 1, links: { truePositives: 0, predicted: 0, gold: 0 },
    });
  });

  it('lists differences from the seed gold', () => {
    const gold = [{ name: 'Юрий Ушаков', gender: 'male' as const, mentions: ['Юрий Ушаков', 'Ушаков'] }];
    assert.deepEqual(compareSeedPeople(gold, ['США'], [person('Юрий Ушаков', [[0, 11, 'Юрий Ушаков', ''], [20, 26, 'Ушаков', '']])]), []);
    assert.deepEqual(compareSeedPeople(gold, ['США'], [person('Юрий Ушаков', [[0, 11, 'Юрий Ушаков', '']]), { ...person('США', [[30, 33, 'США', 'США']]), id: 'p2' }]), [
      'Юрий Ушаков: mentions [Юрий Ушаков], want [Юрий Ушаков, Ушаков]',
      'extra person США (США)',
      'not a person: США',
    ]);
  });
});
