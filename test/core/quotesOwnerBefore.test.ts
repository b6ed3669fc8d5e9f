/**
 * A name after a noun for a person that is that noun's genitive, not its apposition: the
 * subject is the noun with its complement ("прислуга Макафи"), not the person named.
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { analyze } from '../../server/src/core/analyze';
import { describeQuotes, type TestPerson } from './quotesHarness';

let morphology: Morphology;
before(async () => { morphology = await loadMorphology(); });

const DEPP: TestPerson = { name: 'Джон Депри', gender: 'male', forms: ['Джон Депри', 'Депри'] };
const GUCCI: TestPerson = { name: 'Мария Гуччи', gender: 'female', forms: ['Мария Гуччи', 'Гуччи'] };
const USHAKOV: TestPerson = { name: 'Юрий Ушаков', gender: 'male', forms: ['Юрий Ушаков', 'Ушаков'] };

function speakers(text: string, people: TestPerson[]): string[] {
  return describeQuotes(text, morphology, people).map((quote) => quote.split('|')[2]);
}

describe('the noun before a name that is its genitive speaks', () => {
  it('when the verb takes the noun\'s gender, not the person\'s', () => {
    assert.deepEqual(speakers('Джон Депри уехал. Горничная Депри утверждала, что хозяин покинул страну ещё в мае прошлого года.', [DEPP]), ['горничная Депри']);
    assert.deepEqual(speakers('Мария Гуччи молчит. Менеджер Гуччи сообщил, что концерт в столице перенесён на осень следующего года.', [GUCCI]), ['менеджер Гуччи']);
  });
  it('after a noun for someone\'s relation, a surname alone that does not decline', () => {
    assert.deepEqual(speakers('Джон Депри уехал. Адвокат Депри заявил, что иск будет подан в суд на следующей неделе.', [DEPP]), ['адвокат Депри']);
  });
  it('but a title before the name, or a surname that would decline, is its apposition', () => {
    assert.deepEqual(speakers('Джон Депри уехал. Министр Депри заявил, что учения завершены в срок и без происшествий.', [DEPP]), ['Джон Депри']);
    assert.deepEqual(speakers('Советник Ушаков заявил, что встреча пройдёт в Москве на следующей неделе.', [USHAKOV]), ['Юрий Ушаков']);
  });
});

describe('the verb after a relation noun and a surname alone', () => {
  it('tells nothing of the surname\'s gender: the surname stays his', () => {
    const analysis = analyze('Джон Макафи живёт в Белизе. Соседка Макафи утверждала, что хозяин уехал из страны ещё в мае.', morphology);
    assert.deepEqual(analysis.people.map((person) => `${person.name} ${person.mentions.filter((mention) => mention.kind === 'name').length}`), ['Джон Макафи 2']);
    assert.deepEqual(analysis.quotes.map((quote) => quote.speakerText), ['соседка Макафи']);
  });
});

const RYABTSEV: TestPerson = { name: 'Олег Рябцев', gender: 'male', forms: ['Олега Рябцева', 'Олег Рябцев'] };

describe('«по словам» a person noun, a prepositional phrase and a full name', () => {
  it('the name after the prepositional phrase is the speaker', () => {
    assert.deepEqual(speakers('По мнению члена комитета Госсовета по науке и образованию Олега Рябцева, реформа школ провалилась окончательно.', [RYABTSEV]), ['Олег Рябцев']);
    assert.deepEqual(speakers('По словам полпреда президента в округе Олега Рябцева, часовых поясов в регионе должно быть два.', [RYABTSEV]), ['Олег Рябцев']);
  });
  it('not a name that is the object of the preposition', () => {
    assert.deepEqual(speakers('По словам директора по связям с Олегом Рябцевым, переговоры в столице зашли в тупик.', [{ ...RYABTSEV, forms: ['Олегом Рябцевым'] }]), ['директор']);
  });
});
