/** Inserting text into an editor as one undoable edit, and finding the editor to insert into. */
import * as vscode from 'vscode';

let lastTextEditor: vscode.TextEditor | undefined;

/** Remembers the last focused text editor, so the panel (which takes focus) can insert into it. */
export function trackLastTextEditor(context: vscode.ExtensionContext): void {
  lastTextEditor = vscode.window.activeTextEditor;
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor((e) => {
    if (e) lastTextEditor = e;
  }));
}

/** The active text editor, else the last one focused if it is still visible (the panel took focus), else undefined. */
export function targetEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  return lastTextEditor && vscode.window.visibleTextEditors.includes(lastTextEditor) ? lastTextEditor : undefined;
}

export function warnNoEditor(): void {
  void vscode.window.showWarningMessage(vscode.l10n.t('Open a markdown note first: Two Hats inserts at the cursor of the active editor.'));
}

/** A block starts on its own line: text is placed at the cursor, after a line break if the line is not empty. */
export async function insertBlock(editor: vscode.TextEditor, block: string): Promise<boolean> {
  const position = editor.selection.active;
  const line = editor.document.lineAt(position.line);
  const prefix = line.text.slice(0, position.character).trim() === '' ? '' : '\n\n';
  return editor.edit((edit) => edit.insert(position, prefix + block));
}
