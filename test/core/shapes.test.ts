/**
 * The objects later stages read by the thousand share one set of fields in one order, whatever
 * they found and whichever path made them (a fresh analysis, or a line's kept work moved in an
 * edit): V8 gives objects built with other fields, or copied by a spread, shapes of their own, and
 * code that meets many shapes of one kind of object runs slower (and is compiled again when the
 * first edit brings new ones).
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { prepareDoc } from '../../server/src/core/analyze';
import type { Doc } from '../../server/src/core/doc';
import { IncrementalAnalyzer } from '../../server/src/core/incremental/incrementalAnalyzer';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { findNames } from '../../server/src/core/names/findNames';
import { linkPeople } from '../../server/src/core/people/linkPeople';
import { findLinePhrases } from '../../server/src/core/roles/linePhrases';
import { indexNames } from '../../server/src/core/roles/nameIndex';

// Names with and without first names, patronymics, surnames, initials, a regnal numeral and a
// Latin spelling after the Cyrillic one; titles with complements, inner titles and a partitive.
const TEXT = [
  'Президент Владимир Владимирович Путин встретился с В. В. Ивановым и королевой Елизаветой II.',
  'Помощник президента России Юрий Ушаков сообщил, что Анджело Роттоли (Angelo Rottoli) прибыл в Москву.',
  'Ушаков добавил, что Марина приедет позже. Один из лучших программистов страны Олег Смирнов согласился.',
  'Заместитель министра иностранных дел Сергей Рябков выступил в Женеве.',
].join('\n');

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

function keysOf(items: readonly object[]): Set<string> {
  return new Set(items.map((item) => Object.keys(item).join(',')));
}

function phrasesOf(doc: Doc) {
  return findLinePhrases(doc, indexNames(doc, linkPeople(findNames(doc))));
}

describe('object shapes', () => {
  it('name matches of every kind have one set of fields, in one order', () => {
    const names = findNames(prepareDoc(TEXT, morphology));
    assert.ok(names.some((name) => name.patronymic) && names.some((name) => name.first === undefined) && names.some((name) => name.numeral) && names.some((name) => name.sameAsStart !== undefined));
    assert.equal(keysOf(names).size, 1, [...keysOf(names)].join('\n'));
  });

  it('name matches and role phrases kept with their lines through an edit have the fresh ones\' fields', () => {
    const analyzer = new IncrementalAnalyzer(morphology);
    const first = analyzer.prepare(TEXT);
    const freshNames = findNames(first);
    const freshPhrases = phrasesOf(first);
    const edited = analyzer.prepare(`Сегодня.\n${TEXT}`);
    const keptNames = findNames(edited);
    const keptPhrases = phrasesOf(edited);
    assert.ok(freshPhrases.some((phrase) => phrase.innerHead !== undefined) && freshPhrases.some((phrase) => phrase.partitive));
    assert.equal(keysOf([...freshNames, ...keptNames]).size, 1);
    assert.equal(keysOf([...freshPhrases, ...keptPhrases]).size, 1, [...keysOf([...freshPhrases, ...keptPhrases])].join('\n'));
  });
});
