/**
 * What the client does when the server fails: restart it, up to a few times in a few minutes,
 * and say in the output channel why and what it did, so a crash is never silent. The decisions
 * are restartBudget.ts's; this file adapts them to the language client.
 */
import type * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type Message } from 'vscode-languageclient/node';
import { keepConnectionAfterError, RestartBudget, type ServerExit } from './restartBudget';

/**
 * `exitOf` tells how the server process ended (read when its connection closes); `said` gets
 * every line the policy writes, for the status command.
 */
export function restartPolicy(output: vscode.LogOutputChannel, exitOf: () => ServerExit | undefined, said: (line: string) => void = () => undefined): ErrorHandler {
  const budget = new RestartBudget();
  return {
    error(error: Error, message: Message | undefined, count: number | undefined) {
      output.error(`ru-news-lens server: ${error.message}${message ? ` (while handling ${JSON.stringify(message).slice(0, 200)})` : ''}`);
      return { action: keepConnectionAfterError(count) ? ErrorAction.Continue : ErrorAction.Shutdown };
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
