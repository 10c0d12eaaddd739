/** What the surfaces share: the content store, the notes folder, host state, the asked log and the log. */
import type * as vscode from 'vscode';
import type { AskedLog } from './askedLog';
import type { CommitmentsIndex } from './commitmentsIndex';
import type { ContentService } from './contentService';
import type { DueSource } from './dueSources';
import type { GitHistory } from './gitHistory';
import type { Growth } from './growth';
import type { HatHistory } from './hatHistory';
import type { HostState } from './hostState';
import type { NotesFolder } from './notesFolder';
import type { PersonFocus } from './personFocus';
import type { PersonProfiles } from './personProfiles';
import type { ReviewNotes } from './reviewNotes';

export interface Services {
  /** The editor to insert into: the active one, else the last focused one still visible. */
  readonly targetEditor: () => vscode.TextEditor | undefined;
  readonly content: ContentService;
  readonly notes: NotesFolder;
  readonly state: HostState;
  readonly asked: AskedLog;
  readonly log: vscode.LogOutputChannel;
  /** Each note's hat mix and each reflection's shifts, cached by file modification time. */
  readonly hatHistory: HatHistory;
  /** The review notes of design docs, by the doc they name. */
  readonly reviews: ReviewNotes;
  /** People's profiles (person.md): names, cadence, talking points. */
  readonly profiles: PersonProfiles;
  /** Commits since the last 1:1, from local git (opt-in). */
  readonly git: GitHistory;
  /** Asks the panel to show a person. */
  readonly focus: PersonFocus;
  /** What the status-bar item counts besides 1:1s (commitments, decisions), registered by the features. */
  readonly dueSources: DueSource[];
  /** Goals, wins, feedback, review evidence and the team view's rows. */
  readonly growth: Growth;
  /** Every commitment under the notes folder, from the notes index. */
  readonly commitments: CommitmentsIndex;
}
