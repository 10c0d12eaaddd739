/**
 * The one way a dated note is made, for Start 1:1 Note and Start Design Review Note: list the
 * folder, plan the name (core/notes/planNote.ts), ask when today's note exists, render, create
 * without overwriting, open at the cursor. Every failure is said with the file and the cause.
 */
import * as vscode from 'vscode';
import { noteFolder, planNote, type NotePlan, type NoteTarget } from '../../core/notes/planNote';
import type { ContentSet } from '../../core/content/contentSet';
import { whyHowLabels } from '../../core/markdown/contentBlocks';
import type { NoteLabels, RenderedNote } from '../../core/notes/renderTemplate';
import { createNoteFile, inFolderQueue, linkOnTheWay, linkReason, openNoteAt, type ExtraEdits } from '../../host/noteWriter';
import type { Services } from '../../host/services';
import { askExisting, reportNotCreated, warnNoFolder } from './noteDialogs';
import { sayError } from './notify';

/** What to do when today's note exists; asked when not given. */
export type IfExists = 'open' | 'new';

export interface DatedNoteRequest {
  readonly target: NoteTarget;
  /** The note's day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly ifExists?: IfExists;
  /** Where the note opens: as the active editor (default), or beside it, keeping the focus where it is. */
  readonly reveal?: 'focus' | 'beside';
  /** Renders the note once its place is known; undefined stops without writing (it said why). */
  render(plan: NotePlan): Promise<(RenderedNote & { readonly extraEdits?: ExtraEdits }) | undefined>;
}

/** Reads an `ifExists` argument given by a script or keybinding. */
export function ifExistsArg(value: unknown): IfExists | undefined {
  return value === 'open' || value === 'new' ? value : undefined;
}

/** Creates (or, when asked, opens the existing) note; returns its URI, or undefined when none was made or opened. */
export async function createDatedNote(services: Services, request: DatedNoteRequest): Promise<vscode.Uri | undefined> {
  const { notes } = services;
  if (!notes.root()) return warnNoFolder();
  let folder: vscode.Uri;
  try {
    folder = notes.uriOf(noteFolder(request.target))!;
  } catch (error) {
    void sayError(vscode.l10n.t('Two Hats cannot make a note there: {0}', (error as Error).message));
    return undefined;
  }
  // One creation at a time per folder: a second run started at the same moment sees the first one's note.
  return inFolderQueue(folder, () => createIn(services, folder, request));
}

async function createIn(services: Services, folder: vscode.Uri, request: DatedNoteRequest): Promise<vscode.Uri | undefined> {
  const { notes } = services;
  // Nothing is read or written through a symbolic link: not the notes folder, not a person's folder.
  const within = notes.workspaceFolder();
  const link = within && await linkOnTheWay(within, vscode.Uri.joinPath(folder, 'x'));
  if (link) {
    void sayError(vscode.l10n.t('Could not create a note in {0}: {1}', vscode.workspace.asRelativePath(folder), linkReason(link)));
    return undefined;
  }
  let plan: NotePlan;
  try {
    plan = planNote(request.target, request.date, await notes.list(folder));
  } catch (error) {
    void sayError(vscode.l10n.t('Could not read {0}: {1}', vscode.workspace.asRelativePath(folder), (error as Error).message));
    return undefined;
  }
  if (plan.taken !== undefined) {
    const existing = notes.uriOf(`${plan.folder}/${plan.taken}`)!;
    const choice = request.ifExists ?? await askExisting(existing);
    if (choice === 'open') return (await openNoteAt(existing, undefined, { beside: request.reveal === 'beside' })).document.uri;
    if (choice !== 'new') return undefined;
  }
  const note = await request.render(plan);
  if (!note) return undefined;
  const uri = notes.uriOf(plan.path)!;
  const result = await createNoteFile(uri, note.text, { within: notes.workspaceFolder(), ...(note.extraEdits ? { extraEdits: note.extraEdits } : {}) });
  if (!result.created) return reportNotCreated(uri, result);
  // Lenses, the panel and the status bar hear of the note now, not when the watcher gets to it.
  await notes.refresh(uri);
  await openNoteAt(uri, note.cursor, { beside: request.reveal === 'beside' });
  return uri;
}

/** The few words the note renderer writes itself: why/how from the taxonomy, the rest localized here. */
export function noteLabels(content: ContentSet): NoteLabels {
  return { ...whyHowLabels(content.taxonomy), nothingCarried: vscode.l10n.t('Nothing open from last time.') };
}
