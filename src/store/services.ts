/** What features share: the content store, the notes folder, host state and the log. */
import type * as vscode from 'vscode';
import type { ContentService } from './contentService';
import type { HostState } from './hostState';
import type { NoteFiles } from './noteFiles';

export interface Services {
  /** The editor to insert into: the active one, else the last focused one still visible. */
  readonly targetEditor: () => vscode.TextEditor | undefined;
  readonly content: ContentService;
  readonly notes: NoteFiles;
  readonly state: HostState;
  readonly log: vscode.LogOutputChannel;
}
