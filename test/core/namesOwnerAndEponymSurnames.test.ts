/**
 * A person named in full, then their surname in the genitive right before another person's name:
 * the genitive says whose relative, widow or killer the other is ("старший сын Баффета Говард"),
 * and the two words are two people, not one name "Баффета Говард". A surname after a word for a
 * disease ("болезнь Паркинсона") names the disease, and one after a word for a town or district
 * ("района Фатих") the place.
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

const peopleOf = (text: string) => analyze(text, morphology).people.map((person) => `${person.name}: ${person.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text).join(', ')}`);

describe("a named person's surname in the genitive before another name", () => {
  it('is that person, and the name after it another', () => {
    assert.deepEqual(peopleOf('Компанию основал Уолтер Бриггс. Теперь её возглавит младший сын Бриггса Говард.'), ['Уолтер Бриггс: Уолтер Бриггс, Бриггса', 'Говард: Говард']);
  });
  it('a word after it that cannot be a name on its own is left out', () => {
    assert.deepEqual(peopleOf('Ясир Арафат умер в 2004 году. Вдова Арафата Суха дала согласие.'), ['Ясир Арафат: Ясир Арафат, Арафата']);
  });
  it('a surname no one bears in full, or one spelled as the full name has it, keeps the name whole', () => {
    assert.deepEqual(peopleOf('За информацию об убийстве Грегори Фолла Макафи предложил награду.').length, 1);
    assert.deepEqual(peopleOf('Мэр Олег Ярослав выступил. Затем Ярослав Минников вручил награды.'), ['Олег Ярослав: Олег Ярослав', 'Ярослав Минников: Ярослав Минников']);
  });
});

describe('a surname alone after a word for a disease', () => {
  it('names the disease, not a person', () => {
    assert.deepEqual(peopleOf('У актёра диагностировали болезнь Паркинсона, а у его брата синдром Аспергера.'), []);
  });
  it('a person with the surname is still one', () => {
    assert.deepEqual(peopleOf('Врач Джеймс Паркинсон описал болезнь в 1817 году.'), ['Джеймс Паркинсон: Джеймс Паркинсон']);
  });
});

describe('a word alone after a word for a town or district', () => {
  it('is the place\'s name', () => {
    assert.deepEqual(peopleOf('Взрыв произошёл в стамбульском районе Фатих. Почётные граждане города Иванова собрались вчера.'), []);
  });
  it('after a title and the town\'s noun, a nominative name closing it is the title\'s holder', () => {
    assert.deepEqual(peopleOf('В споре победил мэр города Лужков.'), ['Лужков: Лужков']);
  });
});
