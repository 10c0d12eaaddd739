/** The `twoHats.contentPacks` setting: workspace globs or absolute paths of team packs. */
import * as vscode from 'vscode';

export function packGlobs(): string[] {
  const globs = vscode.workspace.getConfiguration('twoHats').get<unknown>('contentPacks');
  return Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
}
