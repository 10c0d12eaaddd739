/** The notes folder through workspace.fs, as the hat history reads it (see hatHistory.ts). */
import * as vscode from 'vscode';
import type { NotesReader } from './hatHistory';
import type { NotesFolder } from './notesFolder';

export function workspaceNotesReader(notes: NotesFolder): NotesReader {
  return {
    async files(folder) {
      const uri = notes.uriOf(folder);
      return uri ? notes.list(uri, vscode.FileType.File) : [];
    },
    async stat(path) {
      const uri = notes.uriOf(path);
      if (!uri) return undefined;
      try {
        const { mtime, size } = await vscode.workspace.fs.stat(uri);
        return { mtime, size };
      } catch {
        return undefined;
      }
    },
    async read(path) {
      const uri = notes.uriOf(path);
      if (!uri) throw new Error('no workspace folder is open');
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    },
  };
}
