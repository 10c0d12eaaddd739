/** The `twoHats.contentPacks` setting: workspace globs or absolute paths of team packs. */
import * as vscode from 'vscode';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';

export function packGlobs(): string[] {
  const globs = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(SETTINGS.contentPacks);
  return Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
}
