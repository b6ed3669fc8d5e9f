import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { prepareDoc } from '../../server/src/core/analyze';
import { formFact, formFlag, lowerText } from '../../server/src/core/doc';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';

describe('word forms', () => {
  let morphology: Morphology;
  before(async () => {
    morphology = await loadMorphology();
  });

  it('tokens of one text share a form record, across documents too, with the readings of the token', () => {
    const first = prepareDoc('Мама мыла раму, и мама устала.', morphology);
    const second = prepareDoc('Потом мама ушла.', morphology);
    assert.equal(first.forms[5], second.forms[1]);
    assert.notEqual(first.forms[0], first.forms[5], 'Мама and мама are two forms');
    assert.equal(first.forms[5].text, 'мама');
    first.forms.forEach((form, index) => assert.equal(form.parses, first.parses[index]));
    assert.deepEqual(first.forms[3].parses, []);
  });

  it('a form fact is computed once per form and kept, null included', () => {
    const asked: string[] = [];
    const lengthIfLong = formFact((doc, index) => {
      asked.push(doc.tokens[index].text);
      return doc.tokens[index].text.length > 4 ? doc.tokens[index].text.length : null;
    });
    const doc = prepareDoc('Слово за слово, слово за слово.', morphology);
    assert.deepEqual(doc.tokens.map((_, index) => lengthIfLong(doc, index)), [5, null, 5, null, 5, null, 5, null]);
    assert.deepEqual(asked, ['Слово', 'за', 'слово', ',', '.']);
  });

  it('form facts computed while another is computed are all kept, each once, asked of every form or not', () => {
    const asked: string[] = [];
    const fact = (name: string, value: (text: string) => unknown, everyForm = false) => formFact((doc, index) => {
      asked.push(`${name}:${doc.tokens[index].text}`);
      return value(doc.tokens[index].text);
    }, everyForm);
    const length = fact('length', (text) => text.length);
    const first = fact('first', (text) => text[0]);
    const upper = fact('upper', (text) => text.toUpperCase(), true);
    // Asks the two others of the same form while it is computed: both must stay known beside it.
    const both = formFact((doc, index) => `${first(doc, index)}${length(doc, index)}${upper(doc, index)}`);
    const doc = prepareDoc('Река река.', morphology);
    assert.equal(both(doc, 0), 'Р4РЕКА');
    assert.equal(both(doc, 0), 'Р4РЕКА');
    assert.equal(length(doc, 0), 4);
    assert.equal(first(doc, 0), 'Р');
    assert.equal(upper(doc, 0), 'РЕКА');
    assert.equal(length(doc, 1), 4);
    assert.deepEqual(asked, ['first:Река', 'length:Река', 'upper:Река', 'length:река']);
  });

  it('a form flag is computed once per form and kept, false included, however many flags there are', () => {
    const asked: string[] = [];
    const capitalised = formFlag((doc, index) => {
      asked.push(doc.tokens[index].text);
      return doc.tokens[index].capitalized;
    });
    // More flags than the form's own field holds: the later ones are kept in fact slots, and all still answer.
    const longerThan = Array.from({ length: 20 }, (_, length) => formFlag((doc, index) => doc.tokens[index].text.length > length));
    const doc = prepareDoc('Дождь идёт, Дождь идёт.', morphology);
    assert.deepEqual(doc.tokens.map((_, index) => capitalised(doc, index)), [true, false, false, true, false, false]);
    assert.deepEqual(asked, ['Дождь', 'идёт', ',', '.']);
    assert.deepEqual(longerThan.map((flag) => flag(doc, 0)), [true, true, true, true, true, false, ...Array(14).fill(false)]);
    assert.deepEqual(longerThan.map((flag) => flag(doc, 3)), [true, true, true, true, true, false, ...Array(14).fill(false)]);
    assert.equal(longerThan[3](doc, 1), true);
    assert.equal(longerThan[4](doc, 1), false);
  });

  it('the lower-case text is the form\'s, shared by its tokens', () => {
    const doc = prepareDoc('Заявил ЗАЯВИЛ заявил Заявил.', morphology);
    assert.deepEqual(doc.tokens.map((_, index) => lowerText(doc, index)), ['заявил', 'заявил', 'заявил', 'заявил', '.']);
    assert.equal(doc.forms[0], doc.forms[3]);
  });
});
