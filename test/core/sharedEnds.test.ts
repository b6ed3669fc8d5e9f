/** The shared start and end of two versions of a text, found a block at a time, agree with a character-by-character count. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { sharedPrefix, sharedSuffix } from '../../server/src/core/incremental/sharedEnds';

function slowPrefix(a: string, b: string): number {
  let n = 0;
  while (n < Math.min(a.length, b.length) && a[n] === b[n]) n++;
  return n;
}

function slowSuffix(a: string, b: string, prefix: number): number {
  let n = 0;
  while (n < Math.min(a.length, b.length) - prefix && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

describe('sharedPrefix and sharedSuffix', () => {
  it('agree with a character count for edits at every distance from the ends, across block bounds', () => {
    const base = 'Министр заявил журналистам, что переговоры продолжатся.\n'.repeat(80); // about 4,500 code units: several blocks
    for (const at of [0, 1, 1023, 1024, 1025, 2048, 2500, base.length - 1025, base.length - 1, base.length]) {
      for (const [removed, inserted] of [[0, 'а'], [1, ''], [3, 'xyz'], [0, '\n\n'], [40, 'вставка']] as const) {
        const edited = base.slice(0, at) + inserted + base.slice(Math.min(base.length, at + removed));
        const prefix = sharedPrefix(base, edited);
        assert.equal(prefix, slowPrefix(base, edited), `prefix at ${at}`);
        assert.equal(sharedSuffix(base, edited, prefix), slowSuffix(base, edited, prefix), `suffix at ${at}`);
      }
    }
  });

  it('leave the prefix alone when one text is the other repeated (the suffix may not overlap it)', () => {
    const a = 'ab'.repeat(1500);
    const b = a + 'ab';
    const prefix = sharedPrefix(a, b);
    assert.equal(prefix, a.length);
    assert.equal(sharedSuffix(a, b, prefix), 0);
    assert.equal(sharedPrefix('', 'x'), 0);
    assert.equal(sharedSuffix('', '', 0), 0);
  });
});
