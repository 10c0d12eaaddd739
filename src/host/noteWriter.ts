/**
 * Writing notes: creating a file that never overwrites one (through a WorkspaceEdit, so undo,
 * dirty editors and virtual file systems work), then opening it at a position. Never writes
 * through a symbolic link. No dialogs: what went wrong comes back, with the cause, for the
 * caller to say.
 */
import * as vscode from 'vscode';

/** What became of a note to create. `reason` is the file system's own words where it gave any. */
export type CreateResult =
  | { readonly created: true }
  | { readonly created: false; readonly exists: true }
  | { readonly created: false; readonly exists: false; readonly reason: string };

async function stat(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

/** The first folder between `within` (excluded) and `uri` (excluded) that is a symbolic link. */
export async function linkOnTheWay(within: vscode.Uri, uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (uri.scheme !== within.scheme || !uri.path.startsWith(`${within.path}/`)) return undefined;
  const parts = uri.path.slice(within.path.length + 1).split('/').slice(0, -1);
  let at = within;
  for (const part of parts) {
    at = vscode.Uri.joinPath(at, part);
    const s = await stat(at);
    if (!s) return undefined;
    if ((s.type & vscode.FileType.SymbolicLink) !== 0) return at;
  }
  return undefined;
}

/** Why nothing is read or written below `link`. */
export function linkReason(link: vscode.Uri): string {
  return vscode.l10n.t('{0} is a symbolic link, and Two Hats does not follow links', vscode.workspace.asRelativePath(link));
}

/**
 * applyEdit says only "no". To tell the user why, try the one write that can explain it: an
 * empty, uniquely named file beside the note, removed at once. Its error is the cause.
 */
async function whyNotWritable(folder: vscode.Uri): Promise<string> {
  const probe = vscode.Uri.joinPath(folder, `.two-hats-write-check-${Date.now().toString(36)}`);
  try {
    await vscode.workspace.fs.writeFile(probe, new Uint8Array());
    await vscode.workspace.fs.delete(probe).then(undefined, () => undefined);
    return vscode.l10n.t('VS Code refused the edit (the folder itself is writable)');
  } catch (error) {
    const message = (error as Error).message;
    // Keep the system's own words for the cause (`EPERM: operation not permitted`), not the probe's name.
    const cause = /\bE[A-Z]{2,}: [^,')]+/.exec(message)?.[0] ?? (error instanceof vscode.FileSystemError && error.code ? error.code : message);
    return vscode.l10n.t('the folder {0} does not accept new files ({1})', vscode.workspace.asRelativePath(folder), cause);
  }
}

/** One creation at a time per folder: two runs started together see each other's note. */
const queues = new Map<string, Promise<unknown>>();

function serialized<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(key, next);
  void next.finally(() => { if (queues.get(key) === next) queues.delete(key); });
  return next;
}

/** Runs `work` while no other note is being created in `folder` (see {@link createNoteFile}). */
export function inFolderQueue<T>(folder: vscode.Uri, work: () => Promise<T>): Promise<T> {
  return serialized(folder.toString(), work);
}

/**
 * Edits to other files that travel with a new note (the talking points it takes from person.md):
 * added to the note's WorkspaceEdit, so all of it happens or none, then `afterApplied` once it did.
 */
export interface ExtraEdits {
  addTo(edit: vscode.WorkspaceEdit): void;
  afterApplied(): Promise<void>;
}

/**
 * Creates `uri` with `text`, and applies `extraEdits` in the same WorkspaceEdit, so either all of
 * it happens or none. Refuses when the file exists, leaving it untouched, and when a folder
 * between `within` (the workspace folder) and the file is a symbolic link.
 */
export async function createNoteFile(uri: vscode.Uri, text: string, options: { within?: vscode.Uri; extraEdits?: ExtraEdits } = {}): Promise<CreateResult> {
  if (await stat(uri)) return { created: false, exists: true };
  const folder = vscode.Uri.joinPath(uri, '..');
  const link = options.within && await linkOnTheWay(options.within, uri);
  if (link) return { created: false, exists: false, reason: linkReason(link) };
  try {
    await vscode.workspace.fs.createDirectory(folder);
  } catch (error) {
    return { created: false, exists: false, reason: (error as Error).message };
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  options.extraEdits?.addTo(edit);
  if (await vscode.workspace.applyEdit(edit)) {
    await options.extraEdits?.afterApplied();
    return { created: true };
  }
  if (await stat(uri)) return { created: false, exists: true };
  return { created: false, exists: false, reason: await whyNotWritable(folder) };
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
