import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { prepareDoc } from '../../server/src/core/analyze';
import { formFact, lowerText } from '../../server/src/core/doc';
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

  it('the lower-case text is the form\'s, shared by its tokens', () => {
    const doc = prepareDoc('Заявил ЗАЯВИЛ заявил Заявил.', morphology);
    assert.deepEqual(doc.tokens.map((_, index) => lowerText(doc, index)), ['заявил', 'заявил', 'заявил', 'заявил', '.']);
    assert.equal(doc.forms[0], doc.forms[3]);
  });
});
