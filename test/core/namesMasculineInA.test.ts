/**
 * A man's surname in -а that the dictionary knows only as a woman's first name (Авила, Роза)
 * declines as that first name whoever bears it: its nominative is the word in -а, not a man's
 * genitive with the ending taken off.
 */
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { namesFound } from './namesHelper';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

describe('a man\'s surname in -а read as a woman\'s first name', () => {
  it('stays as written in the nominative', () => {
    assert.deepEqual(namesFound('Сенатор Хосе Авила выступил против поправок.', morphology), ['Хосе Авила → Хосе Авила']);
  });
  it('its oblique cases decline as a noun in -а', () => {
    assert.deepEqual(namesFound('Журналисты поговорили с Хосе Авилой.', morphology), ['Хосе Авилой → Хосе Авила']);
    assert.deepEqual(namesFound('Позиция Хосе Авилы не изменилась.', morphology), ['Хосе Авилы → Хосе Авила']);
  });
});
