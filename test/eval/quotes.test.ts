import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { figuresOf, placeGold, sameSpeaker, scoreArticle, type GoldQuote } from '../../eval/scoring/quotes';
import type { ContractPerson, ContractQuote } from '../../server/src/core/serialize';

const gold = (text: string, speaker: string | null, speakerKind: GoldQuote['speakerKind'], occurrence = 1): GoldQuote =>
  ({ text, occurrence, kind: 'direct', speaker, speakerKind });

const predicted = (start: number, end: number, speaker: string | null, speakerText: string | null = null): ContractQuote =>
  ({ start, end, text: '', kind: 'direct', speaker, speakerText, cue: null });

const person = (id: string, name: string): ContractPerson => ({ id, name, gender: null, mentions: [], roles: [] });

describe('placeGold', () => {
  it('finds the n-th occurrence and skips entries not in the text', () => {
    const placed = placeGold('«да» и «да» и «нет»', [gold('да', null, 'none', 2), gold('может быть', null, 'none')]);
    assert.deepEqual(placed.map(({ start, end }) => [start, end]), [[8, 10]]);
  });
});

describe('sameSpeaker', () => {
  const cases: [GoldQuote['speakerKind'], string | null, string | null, boolean][] = [
    ['person', 'Юрий Ушаков', 'Ушаков', true],
    ['person', 'Юрий Ушаков', 'Юрий Ушаков', true],
    ['person', 'Ричард Гренелл', 'Ричард Гренелла', true],
    ['person', 'Юрий Ушаков', 'Владимир Путин', false],
    ['person', 'Юрий Ушаков', null, false],
    ['org', 'МИД России', 'мид  России.', true],
    ['org', 'МИД России', 'МИД', false],
    ['unnamed', 'представитель Белого дома', 'Представитель Белого Дома', true],
    ['none', null, null, true],
    ['none', null, 'Reuters', false],
  ];
  for (const [kind, speaker, prediction, expected] of cases) {
    it(`${kind} ${speaker} vs ${prediction} → ${expected}`, () => assert.equal(sameSpeaker({ speaker, speakerKind: kind }, prediction), expected));
  }
});

describe('scoreArticle', () => {
  it('counts overlap for detection and the best overlap for attribution', () => {
    const text = 'Он сказал: «Раз, два». Она: «Три».';
    const placed = placeGold(text, [gold('Раз, два', 'Иван Петров', 'person'), gold('Три', 'Анна Сидорова', 'person')]);
    const people = [person('p1', 'Иван Петров')];
    const counts = scoreArticle(placed, [predicted(12, 16, 'p1'), predicted(0, 2, null, 'он')], people);
    assert.equal(counts.goldFound, 1);
    assert.equal(counts.predictedMatched, 1);
    assert.equal(counts.attributedRight, 1);
    const figures = figuresOf(counts);
    assert.equal(figures.precision, 0.5);
    assert.equal(figures.recall, 0.5);
    assert.equal(figures.attribution, 1);
    assert.equal(figures.endToEnd, 0.5);
  });
});
