/** Inserting text into an editor as one undoable edit. */
import * as vscode from 'vscode';
import { sayWarning } from './notify';

export function warnNoEditor(): void {
  void sayWarning(vscode.l10n.t('Open a markdown note first: Two Hats inserts at the cursor of the active editor.'));
}

/** A block starts on its own line: text is placed at the cursor, after a line break if the line is not empty. */
export async function insertBlock(editor: vscode.TextEditor, block: string): Promise<boolean> {
  const position = editor.selection.active;
  const line = editor.document.lineAt(position.line);
  const prefix = line.text.slice(0, position.character).trim() === '' ? '' : '\n\n';
  return editor.edit((edit) => edit.insert(position, prefix + block));
}
