/**
 * What the client does when the server fails: restart it, up to a few times in a few minutes,
 * and say in the output channel why and what it did, so a crash is never silent. The decisions
 * are restartBudget.ts's; this file adapts them to the language client.
 */
import type * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type Message } from 'vscode-languageclient/node';
import { connectionGivenUp, keepConnectionAfterError, RestartBudget, serverEnded, type ServerExit } from './restartBudget';

/** How long a connection's errors wait for its server process to be seen ending (see `serverEnded`). */
const EXIT_WAIT_MS = 2000;

/**
 * `exitOf` tells how the server process ended (read when its connection closes); `said` gets
 * every line the policy writes, for the status command.
 */
export function restartPolicy(output: vscode.LogOutputChannel, exitOf: () => ServerExit | undefined, said: (line: string) => void = () => undefined): ErrorHandler {
  const budget = new RestartBudget();
  return {
    async error(error: Error, message: Message | undefined, count: number | undefined) {
      output.error(`ru-news-lens server: ${error.message}${message ? ` (while handling ${JSON.stringify(message).slice(0, 200)})` : ''}`);
      if (keepConnectionAfterError(count)) return { action: ErrorAction.Continue, handled: true };
      // The errors of a dying server: its connection's close decides, and says, whether to restart it
      // (a client shut down here would stop without asking `closed`).
      if (await serverEnded(exitOf, EXIT_WAIT_MS)) return { action: ErrorAction.Continue, handled: true };
      const line = connectionGivenUp(count);
      said(line);
      output.error(line);
      return { action: ErrorAction.Shutdown, handled: true };
    },
    closed() {
      const decision = budget.closed(Date.now(), exitOf());
      said(decision.message);
      if (!decision.restart) {
        output.error(decision.message);
        return { action: CloseAction.DoNotRestart, message: 'The ru-news-lens server keeps stopping; see the ru-news-lens output channel.' };
      }
      output.warn(decision.message);
      return { action: CloseAction.Restart };
    },
  };
}
