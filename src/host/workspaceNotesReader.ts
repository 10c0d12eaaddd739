/**
 * The notes folder as the hat history reads it (see hatHistory.ts): file names and stamps from the
 * notes index (no listing, no stat of its own), and a file's text from disk when the history's
 * cache of it is stale.
 */
import * as vscode from 'vscode';
import type { NotesReader } from './hatHistory';
import type { NotesFolder } from './notesFolder';

export function workspaceNotesReader(notes: NotesFolder): NotesReader {
  return {
    async files(folder) {
      const index = await notes.ready();
      return index.children(folder).files.map((e) => e.path.slice(e.path.lastIndexOf('/') + 1));
    },
    async stat(path) {
      const index = await notes.ready();
      await index.load([path]);
      const entry = index.get(path);
      return entry?.mtime === undefined || entry.size === undefined ? undefined : { mtime: entry.mtime, size: entry.size };
    },
    async read(path) {
      const uri = notes.uriOf(path);
      if (!uri) throw new Error('no workspace folder is open');
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    },
  };
}
