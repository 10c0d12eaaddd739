/** What the note commands say to the user: each message names the file and the cause. */
import * as vscode from 'vscode';
import type { SkippedNote } from '../../host/notesFolder';
import { sayError, sayInfo, sayWarning } from './notify';

export function warnNoFolder(): undefined {
  void sayWarning(vscode.l10n.t('Open a folder first: Two Hats keeps notes in the workspace.'));
  return undefined;
}

/** When today's note exists: open it, or make a numbered sibling. */
export async function askExisting(existing: vscode.Uri): Promise<'open' | 'new' | undefined> {
  const open = vscode.l10n.t('Open It');
  const create = vscode.l10n.t('Create Another');
  const answer = await sayInfo(
    vscode.l10n.t('{0} already exists. Two Hats never overwrites a note.', vscode.workspace.asRelativePath(existing)),
    open, create,
  );
  return answer === open ? 'open' : answer === create ? 'new' : undefined;
}

/** A note that could not be created: already there (someone was faster), or the file system's reason. */
export function reportNotCreated(uri: vscode.Uri, result: { exists: true } | { exists: false; reason: string }): undefined {
  const file = vscode.workspace.asRelativePath(uri);
  void sayError(result.exists
    ? vscode.l10n.t('Could not create {0}: a file is already there. Nothing was overwritten.', file)
    : vscode.l10n.t('Could not create {0}: {1}', file, result.reason));
  return undefined;
}

/** Notes skipped while looking for what to carry over, one warning each. */
export function reportSkipped(skipped: readonly SkippedNote[]): void {
  for (const s of skipped) {
    void sayWarning(vscode.l10n.t('Two Hats skipped {0}: {1}', vscode.workspace.asRelativePath(s.uri), s.reason));
  }
}
