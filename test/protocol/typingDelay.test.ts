import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { LONGEST_WAIT_MS, SHORTEST_WAIT_MS, typingDelay } from '../../server/src/typingDelay';

describe('the wait before diagnostics after a change', () => {
  it('is none for a document not analysed yet', () => {
    assert.equal(typingDelay(undefined, 0), 0);
  });

  it('is none for an edit after a pause at least as long as a short last analysis', () => {
    assert.equal(typingDelay(40, 40), 0);
    assert.equal(typingDelay(40, 5_000), 0);
  });

  it('follows the last analysis time, bounded, for edits closer together than that', () => {
    assert.equal(typingDelay(40, 39), 40);
    assert.equal(typingDelay(2, 1), SHORTEST_WAIT_MS);
    assert.equal(typingDelay(600, 100), LONGEST_WAIT_MS);
  });

  it('always waits after an edit of a document whose analysis is long, however long the pause', () => {
    assert.equal(typingDelay(600, 5_000), LONGEST_WAIT_MS);
  });
});
