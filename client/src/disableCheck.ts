/**
 * `ruNewsLens.disableCheck`: the server's "Disable this check" quick fix calls it with a check
 * code, because only the client can write settings. Writes `ruNewsLens.checks.<code> = "off"` to
 * the workspace settings when a folder is open, to the user settings otherwise.
 */
import * as vscode from 'vscode';

export async function disableCheck(code: unknown): Promise<void> {
  if (typeof code !== 'string' || code === '') return;
  const configuration = vscode.workspace.getConfiguration('ruNewsLens');
  const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  // Extend the value stored at that level only, so user-level entries are not copied into the workspace.
  const stored = configuration.inspect<Record<string, string>>('checks');
  const current = (inWorkspace ? stored?.workspaceValue : stored?.globalValue) ?? {};
  await configuration.update('checks', { ...current, [code]: 'off' }, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
}
