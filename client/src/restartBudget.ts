/**
 * The decisions behind the client's restart policy, apart from VS Code and the language client
 * (restartPolicy.ts adapts them) so they can be tested on their own: a server that stops
 * unexpectedly is restarted up to 4 times in 3 minutes, then left stopped; each decision comes
 * with the line the output channel shows, saying why.
 */

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60_000;
/** Errors on one connection (a message that could not be read or written) before giving up on it. */
export const MAX_CONNECTION_ERRORS = 3;

/** How the server process ended, as Node reports it; unknown when it was not seen. */
export interface ServerExit {
  code: number | null;
  signal: string | null;
}

export type CloseDecision =
  | { restart: true; attempt: number; message: string }
  | { restart: false; message: string };

/** The restarts made in the last window; one budget per client, a fresh client starts afresh. */
export class RestartBudget {
  private readonly restarts: number[] = [];

  constructor(
    private readonly maxRestarts = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS,
  ) {}

  /** What to do about a connection that closed at `now` (ms) without being asked to. */
  closed(now: number, exit?: ServerExit): CloseDecision {
    while (this.restarts.length > 0 && now - this.restarts[0] > this.windowMs) this.restarts.shift();
    const why = describeExit(exit);
    const window = describeWindow(this.windowMs);
    if (this.restarts.length >= this.maxRestarts) {
      return {
        restart: false,
        message: `ru-news-lens server stopped (${why}), ${this.maxRestarts + 1} times in ${window}; not restarting. Its last output is above. Use "ru-news-lens: Restart Server" to try again.`,
      };
    }
    this.restarts.push(now);
    return {
      restart: true,
      attempt: this.restarts.length,
      message: `ru-news-lens server stopped unexpectedly (${why}); restarting (${this.restarts.length} of ${this.maxRestarts} in ${window}). Its last output is above.`,
    };
  }
}

/** Whether to keep a connection after its `count`-th read or write error. */
export function keepConnectionAfterError(count: number | undefined): boolean {
  return (count ?? 0) <= MAX_CONNECTION_ERRORS;
}

/**
 * Whether the server process has ended by `withinMs` from now, asking `exitOf` every `stepMs`.
 * A killed server's connection reports a burst of write errors, sometimes before its process is
 * seen to exit: giving up on the connection then would stop the client without the restart
 * policy ever being asked, so the policy waits a little to tell a dead server from a sick connection.
 */
export async function serverEnded(exitOf: () => ServerExit | undefined, withinMs: number, stepMs = 50): Promise<boolean> {
  for (let waited = 0; ; waited += stepMs) {
    if (exitOf() !== undefined) return true;
    if (waited >= withinMs) return false;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}

/** What the output channel says when the client gives up on a connection whose server still runs. */
export function connectionGivenUp(count: number | undefined): string {
  return `ru-news-lens server: ${count ?? 0} errors reading or writing its messages while it still runs; stopping it. Use "ru-news-lens: Restart Server" to start it again.`;
}

/** "exit code 3", "killed by SIGKILL" or "exit status unknown". */
export function describeExit(exit: ServerExit | undefined): string {
  if (exit?.signal) return `killed by ${exit.signal}`;
  if (exit && exit.code !== null) return `exit code ${exit.code}`;
  return 'exit status unknown';
}

function describeWindow(ms: number): string {
  const [count, unit] = ms % 60_000 === 0 ? [ms / 60_000, 'minute'] : [Math.round(ms / 1000), 'second'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
