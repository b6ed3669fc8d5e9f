/**
 * `ruNewsLens.disableCheck`: the server's "Disable this check" quick fix calls it with a check
 * code, because only the client can write settings. Writes `ruNewsLens.checks.<code> = "off"` to
 * the workspace settings when a folder is open, to the user settings otherwise.
 */
import * as vscode from 'vscode';

export async function disableCheck(code: unknown): Promise<void> {
  if (typeof code !== 'string' || code === '') return;
  const configuration = vscode.workspace.getConfiguration('ruNewsLens');
  const checks = { ...(configuration.get<Record<string, string>>('checks') ?? {}), [code]: 'off' };
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await configuration.update('checks', checks, target);
}
