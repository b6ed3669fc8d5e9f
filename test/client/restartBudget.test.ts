import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { connectionGivenUp, describeExit, keepConnectionAfterError, MAX_RESTARTS, RESTART_WINDOW_MS, RestartBudget, serverEnded } from '../../client/src/restartBudget';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('RestartBudget (the client restart policy)', () => {
  it('restarts a crashed server 4 times in 3 minutes, counting the attempts, then stops with the reason', () => {
    assert.equal(MAX_RESTARTS, 4);
    assert.equal(RESTART_WINDOW_MS, 3 * MINUTE);
    const budget = new RestartBudget();
    const killed = { code: null, signal: 'SIGKILL' };
    for (let attempt = 1; attempt <= 4; attempt++) {
      const decision = budget.closed(attempt * 10 * SECOND, killed);
      assert.equal(decision.restart, true);
      assert.equal(decision.restart && decision.attempt, attempt);
      assert.equal(decision.message, `ru-news-lens server stopped unexpectedly (killed by SIGKILL); restarting (${attempt} of 4 in 3 minutes). Its last output is above.`);
    }
    const fifth = budget.closed(50 * SECOND, { code: 7, signal: null });
    assert.equal(fifth.restart, false);
    assert.match(fifth.message, /^ru-news-lens server stopped \(exit code 7\), 5 times in 3 minutes; not restarting\./);
    assert.match(fifth.message, /"ru-news-lens: Restart Server"/);
    // and it stays stopped while the window is full
    assert.equal(budget.closed(55 * SECOND).restart, false);
  });

  it('forgets restarts older than the window, one at a time', () => {
    const budget = new RestartBudget();
    for (const at of [0, 1, 2, 3].map((minute) => minute * 10 * SECOND)) assert.equal(budget.closed(at).restart, true);
    assert.equal(budget.closed(3 * MINUTE).restart, false, 'the first restart (at 0) is exactly 3 minutes old: still counted');
    const later = budget.closed(3 * MINUTE + 1);
    assert.equal(later.restart, true, 'at 3 minutes and 1 ms the first restart has left the window');
    assert.equal(later.restart && later.attempt, 4);
    assert.equal(budget.closed(3 * MINUTE + 2).restart, false);
  });

  it('crashes spread out over time never exhaust it', () => {
    const budget = new RestartBudget();
    for (let crash = 0; crash < 50; crash++) {
      const decision = budget.closed(crash * MINUTE);
      assert.equal(decision.restart, true, `crash ${crash + 1}`);
    }
  });

  it('takes another limit and window', () => {
    const budget = new RestartBudget(1, 30 * SECOND);
    const first = budget.closed(0);
    assert.equal(first.message, 'ru-news-lens server stopped unexpectedly (exit status unknown); restarting (1 of 1 in 30 seconds). Its last output is above.');
    assert.equal(budget.closed(SECOND).restart, false);
    assert.equal(budget.closed(31 * SECOND + 1).restart, true);
  });
});

describe('the policy on connection errors and exits', () => {
  it('keeps a connection through 3 read/write errors and shuts it on the 4th', () => {
    assert.deepEqual([undefined, 0, 1, 2, 3, 4, 5].map(keepConnectionAfterError), [true, true, true, true, true, false, false]);
  });

  it('says how the process ended: a signal before an exit code', () => {
    assert.equal(describeExit({ code: null, signal: 'SIGTERM' }), 'killed by SIGTERM');
    assert.equal(describeExit({ code: 1, signal: null }), 'exit code 1');
    assert.equal(describeExit({ code: 0, signal: null }), 'exit code 0');
    assert.equal(describeExit({ code: null, signal: null }), 'exit status unknown');
    assert.equal(describeExit(undefined), 'exit status unknown');
  });
});

describe('serverEnded (a connection erroring as its server dies)', () => {
  it('is true as soon as the process is seen to have ended, also when that comes after the errors', async () => {
    let exit: { code: number | null; signal: string | null } | undefined;
    setTimeout(() => (exit = { code: null, signal: 'SIGKILL' }), 60);
    const started = Date.now();
    assert.equal(await serverEnded(() => exit, 2000, 10), true);
    assert.ok(Date.now() - started < 1500, 'it stops waiting once the exit is seen');
    assert.equal(await serverEnded(() => ({ code: 1, signal: null }), 0), true);
  });

  it('is false when the process still runs after the wait, and the line then says what the client did', async () => {
    assert.equal(await serverEnded(() => undefined, 30, 10), false);
    assert.match(connectionGivenUp(4), /^ru-news-lens server: 4 errors .* while it still runs; stopping it\. Use "ru-news-lens: Restart Server"/);
  });
});
