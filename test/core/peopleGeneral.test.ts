/**
 * People in the kinds of text held-out corpora have, beyond the dev sets: each construction of
 * issue 3 on sentences written for it (names in every case, initials in every layout, foreign and
 * Latin-script names, things that are not people, and how mentions link).
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { prepareDoc } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { findNames } from '../../server/src/core/names/findNames';
import { linkPeople } from '../../server/src/core/people/linkPeople';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

/** Each name found as "text → normalized". */
function namesIn(text: string): string[] {
  return findNames(prepareDoc(text, morphology)).map((match) => `${match.text} → ${match.normalized}`);
}

/** Each person as "Name: mention, mention". */
function peopleIn(text: string): string[] {
  return linkPeople(findNames(prepareDoc(text, morphology))).map((person) => `${person.name}: ${person.mentions.map((mention) => mention.text).join(', ')}`);
}

describe('initials in every layout', () => {
  it('a row of initials between two surnames is two mentions (Путин В. В. В.В.Путин)', () => {
    assert.deepEqual(namesIn('Документ подписал Путин В. В. В.В.Путин также поручил правительству ответить.'), ['Путин В. В. → Путин В. В.', 'В.В.Путин → В. В. Путин']);
    assert.deepEqual(peopleIn('Документ подписал Путин В. В. В.В.Путин также поручил правительству ответить.'), ['В. В. Путин: Путин В. В., В.В.Путин']);
  });
  it('spaced initials between two surnames split two and two', () => {
    assert.deepEqual(namesIn('Приказ подписал Путин В. В. В. В. Путин поручил его исполнить.'), ['Путин В. В. → Путин В. В.', 'В. В. Путин → В. В. Путин']);
  });
  it('three initials of a foreign name after a common noun stay together', () => {
    assert.deepEqual(namesIn('Книгу Дж. Р. Р. Толкина издали снова.'), ['Дж. Р. Р. Толкина → Дж. Р. Р. Толкин']);
  });
  it('initials before and after, with and without spaces', () => {
    assert.deepEqual(namesIn('Распоряжение завизировал В. Путин, затем В. В. Путин и Д.А.Медведев, а Лавров С. В. промолчал.'),
      ['В. Путин → В. Путин', 'В. В. Путин → В. В. Путин', 'Д.А.Медведев → Д. А. Медведев', 'Лавров С. В. → Лавров С. В.']);
  });
});
