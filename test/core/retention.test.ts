/**
 * A finished analysis leaves nothing behind that keeps it alive: its objects die young, in V8's
 * young generation, instead of being copied there and promoted to the old one. A cache keyed by
 * a document, a speaker context or a people list in a WeakMap did that to every analysis (V8 keeps
 * a weak map's young keys and values alive through young-generation collections), and the
 * collector then took a fifth of the analysis time (see `DocScratch` in `core/doc.ts`).
 */
import { strict as assert } from 'node:assert';
import { getHeapSpaceStatistics } from 'node:v8';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';

// Names, titles, a direct quotation and reported speech: every stage has work to do.
const TEXT = [
  'Президент Владимир Путин встретился с помощником Юрием Ушаковым. «Мы обсудили всё», — заявил Ушаков журналистам.',
  'Министр иностранных дел Сергей Лавров сообщил, что переговоры продолжатся. По словам Лаврова, стороны готовы.',
].join('\n');

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

function oldSpaceUsed(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')!.space_used_size;
}

describe('what an analysis leaves behind', () => {
  it('2,000 analyses of one text promote less than 4 MB to the old generation', () => {
    // Word forms, compiled code and its feedback settle first: from then on an analysis makes nothing that lasts.
    for (let i = 0; i < 500; i++) analyze(TEXT, morphology);
    const before = oldSpaceUsed();
    for (let i = 0; i < 2000; i++) analyze(TEXT, morphology);
    const grown = oldSpaceUsed() - before;
    // Each analysis allocates some 100 KB; kept alive through the young collections, 2,000 of them promoted about 10 MB.
    assert.ok(grown < 4e6, `the old generation grew by ${(grown / 1e6).toFixed(1)} MB`);
  });
});
