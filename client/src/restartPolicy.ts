/**
 * What the client does when the server fails: restart it, up to a few times in a few minutes,
 * and say in the output channel why and what it did, so a crash is never silent.
 */
import type * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type Message } from 'vscode-languageclient/node';

const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60_000;

export function restartPolicy(output: vscode.LogOutputChannel): ErrorHandler {
  const restarts: number[] = [];
  return {
    error(error: Error, message: Message | undefined, count: number | undefined) {
      output.error(`ru-news-lens server: ${error.message}${message ? ` (while handling ${JSON.stringify(message).slice(0, 200)})` : ''}`);
      return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
    },
    closed() {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0] > WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        output.error(`ru-news-lens server stopped ${MAX_RESTARTS + 1} times in 3 minutes; not restarting. Its last output is above. Use "ru-news-lens: Restart Server" to try again.`);
        return { action: CloseAction.DoNotRestart, message: 'The ru-news-lens server keeps stopping; see the ru-news-lens output channel.' };
      }
      restarts.push(now);
      output.warn(`ru-news-lens server stopped unexpectedly (its last output is above); restarting (${restarts.length} of ${MAX_RESTARTS} in 3 minutes).`);
      return { action: CloseAction.Restart };
    },
  };
}
