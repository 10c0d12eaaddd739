/** What features share: the content store, the notes folder, host state and the log. */
import type * as vscode from 'vscode';
import type { ContentService } from './contentService';
import type { HostState } from './hostState';
import type { NoteFiles } from './noteFiles';

export interface Services {
  readonly content: ContentService;
  readonly notes: NoteFiles;
  readonly state: HostState;
  readonly log: vscode.LogOutputChannel;
}
