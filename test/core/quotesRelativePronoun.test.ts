/**
 * A pronoun subject right after a relative adverb ("…, где он заявил") stands for the person of
 * its gender named in an oblique case just before in the same sentence, unless a person of that
 * gender is the sentence's subject.
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { describeQuotes, type TestPerson } from './quotesHarness';

let morphology: Morphology;
before(async () => { morphology = await loadMorphology(); });

const PETROV: TestPerson = { name: 'Иван Петров', gender: 'male', forms: ['Иван Петров', 'Петров'] };
const SIDOROV: TestPerson = { name: 'Олег Сидоров', gender: 'male', forms: ['Олега Сидорова', 'Сидоровым', 'Олег Сидоров'] };
const ORLOVA: TestPerson = { name: 'Анна Орлова', gender: 'female', forms: ['Анна Орлова', 'Анны Орловой'] };
const LEBEDEVA: TestPerson = { name: 'Мария Лебедева', gender: 'female', forms: ['Марии Лебедевой', 'Мария Лебедева'] };

function speakers(text: string, people: TestPerson[]): string[] {
  return describeQuotes(text, morphology, people).map((quote) => quote.split('|')[2]);
}

describe('«где он заявил» after a genitive name', () => {
  it('is the person named before the relative adverb, not an earlier subject', () => {
    assert.deepEqual(speakers('Иван Петров вернулся домой. Сотни гостей пришли на юбилей губернатора Олега Сидорова, где он заявил, что область ждут большие перемены.', [PETROV, SIDOROV]), ['Олег Сидоров']);
    assert.deepEqual(speakers('Анна Орлова уехала в отпуск. Журналисты собрались на пресс-конференции министра Марии Лебедевой, когда она сообщила, что бюджет будет пересмотрен.', [ORLOVA, LEBEDEVA]), ['Мария Лебедева']);
  });
  it('but a subject of that gender in the same sentence keeps the pronoun', () => {
    assert.deepEqual(speakers('Иван Петров приехал на юбилей губернатора Олега Сидорова, где он заявил, что область ждут большие перемены.', [PETROV, SIDOROV]), ['Иван Петров']);
  });
  it('and a name of the other gender before the adverb does not take it', () => {
    assert.deepEqual(speakers('Иван Петров вернулся домой. Гости пришли на юбилей Анны Орловой, где он заявил, что область ждут большие перемены.', [PETROV, ORLOVA]), ['Иван Петров']);
  });
});
