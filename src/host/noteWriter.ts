/**
 * Writing notes: creating a file that never overwrites one (through a WorkspaceEdit, so undo,
 * dirty editors and virtual file systems work), then opening it at a position. No dialogs: what
 * went wrong comes back for the caller to say.
 */
import * as vscode from 'vscode';

/** What became of a note to create. `reason` is the file system's own words. */
export type CreateResult =
  | { readonly created: true }
  | { readonly created: false; readonly exists: true }
  | { readonly created: false; readonly exists: false; readonly reason: string };

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates `uri` with `text`, and applies `more` (edits to other files) in the same WorkspaceEdit,
 * so either all of it happens or none. Refuses when the file exists, leaving it untouched.
 */
export async function createNoteFile(uri: vscode.Uri, text: string, more?: (edit: vscode.WorkspaceEdit) => void): Promise<CreateResult> {
  if (await exists(uri)) return { created: false, exists: true };
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  } catch (error) {
    return { created: false, exists: false, reason: (error as Error).message };
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  more?.(edit);
  if (await vscode.workspace.applyEdit(edit)) return { created: true };
  // applyEdit says only "no": tell a file that appeared meanwhile from a folder that refused the write.
  if (await exists(uri)) return { created: false, exists: true };
  return { created: false, exists: false, reason: vscode.l10n.t('the file system refused to create it') };
}

/** Opens the note (with `beside`, next to the active editor, which keeps the focus) and places the cursor. */
export async function openNoteAt(uri: vscode.Uri, cursor?: { line: number; character: number }, options: { beside?: boolean } = {}): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, options.beside
    ? { preview: false, viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }
    : { preview: false });
  if (cursor) {
    const position = editor.document.validatePosition(new vscode.Position(cursor.line, cursor.character));
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}
