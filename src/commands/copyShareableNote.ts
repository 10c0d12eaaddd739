/**
 * Two Hats: Copy Shareable Note — copies the active note to the clipboard without its front
 * matter and without anything private (core/notes/privacy.ts: private sections however the
 * heading is written, and code or HTML that could hide one), and says what it left out.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { privateWordsOf } from '../core/notes/privacy';
import { shareableNote } from '../core/notes/shareable';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayInfo, sayWarning } from './shared/notify';

/** Copies the shareable text of the target editor's note; returns that text, or undefined when there was no note. */
export async function copyShareableNote(services: Services): Promise<string | undefined> {
  const editor = services.targetEditor();
  if (!editor || editor.document.languageId !== 'markdown') {
    void sayWarning(vscode.l10n.t('Open a 1:1 note first: Two Hats copies the active markdown note.'));
    return undefined;
  }
  const shared = shareableNote(editor.document.getText(), privateWordsOf((await services.content.get()).taxonomy));
  await vscode.env.clipboard.writeText(shared.text);
  const uri = editor.document.uri;
  const file = editor.document.isUntitled ? vscode.workspace.asRelativePath(uri) : uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const lines = shared.privateLines === 1 ? vscode.l10n.t('1 line') : vscode.l10n.t('{0} lines', shared.privateLines);
  const sections = shared.privateSections === 1 ? vscode.l10n.t('1 private section ({0})', lines) : vscode.l10n.t('{0} private sections ({1})', shared.privateSections, lines);
  const copied = shared.privateSections === 0
    ? (shared.frontMatter ? vscode.l10n.t('Copied {0} without front matter (it has no private section).', file) : vscode.l10n.t('Copied {0} (it has no front matter and no private section).', file))
    : shared.frontMatter ? vscode.l10n.t('Copied {0} without front matter and {1}.', file, sections) : vscode.l10n.t('Copied {0} without {1}.', file, sections);
  // Parts whose structure could hide a private heading are left out too: say where, so the lead can fix the note.
  const ambiguous = shared.ambiguous.map((a) => (a.lines === 1 ? vscode.l10n.t('line {0}', a.line) : vscode.l10n.t('line {0} ({1} lines)', a.line, a.lines))).join(', ');
  const left = ambiguous === '' ? copied : `${copied} ${vscode.l10n.t('Also left out, because a private heading may hide in code or HTML there: {0}.', ambiguous)}`;
  void sayInfo(left);
  return shared.text;
}

export function registerCopyShareableNote(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.copyShareableNote, () => copyShareableNote(services));
}
