/** Creating a note without ever overwriting one, then opening it at a position. */
import * as vscode from 'vscode';

/**
 * Creates `uri` with `text` through a WorkspaceEdit (so it is undoable and dirty editors are
 * respected). Refuses when the file exists: returns false and leaves it untouched.
 */
export async function createNoteFile(uri: vscode.Uri, text: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return false;
  } catch {
    // Does not exist: go on.
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  return vscode.workspace.applyEdit(edit);
}

export async function openNoteAt(uri: vscode.Uri, cursor?: { line: number; character: number }): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  if (cursor) {
    const position = editor.document.validatePosition(new vscode.Position(cursor.line, cursor.character));
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}

/** Creates a rendered note and opens it at its cursor; says so, and returns undefined, when it cannot. */
export async function createAndOpen(uri: vscode.Uri, note: { text: string; cursor: { line: number; character: number } }): Promise<vscode.Uri | undefined> {
  if (!await createNoteFile(uri, note.text)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}: a file is already there. Nothing was overwritten.', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  await openNoteAt(uri, note.cursor);
  return uri;
}

export function warnNoFolder(): undefined {
  void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: Two Hats keeps notes in the workspace.'));
  return undefined;
}

/** When the note for today exists: open it, or make a numbered sibling. */
export async function askExisting(existing: vscode.Uri): Promise<'open' | 'new' | undefined> {
  const open = vscode.l10n.t('Open It');
  const create = vscode.l10n.t('Create Another');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} already exists. Two Hats never overwrites a note.', vscode.workspace.asRelativePath(existing)),
    open, create,
  );
  return answer === open ? 'open' : answer === create ? 'new' : undefined;
}
