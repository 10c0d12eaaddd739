/**
 * The one way a dated note is made, for Start 1:1 Note and Start Design Review Note: list the
 * folder, plan the name (core/notes/planNote.ts), ask when today's note exists, render, create
 * without overwriting, open at the cursor. Every failure is said with the file and the cause.
 */
import * as vscode from 'vscode';
import { noteFolder, planNote, type NotePlan, type NoteTarget } from '../core/notes/planNote';
import type { ContentSet } from '../core/content/contentSet';
import { whyHowLabels } from '../core/markdown/blocks';
import type { NoteLabels, RenderedNote } from '../core/notes/renderTemplate';
import { createNoteFile, openNoteAt } from '../host/noteWriter';
import type { Services } from '../host/services';
import { askExisting, reportNotCreated, warnNoFolder } from './noteDialogs';

/** What to do when today's note exists; asked when not given. */
export type IfExists = 'open' | 'new';

export interface DatedNoteRequest {
  readonly target: NoteTarget;
  /** The note's day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly ifExists?: IfExists;
  /** Renders the note once its place is known; undefined stops without writing (it said why). */
  render(plan: NotePlan): Promise<(RenderedNote & { readonly alongside?: AlongsideEdits }) | undefined>;
}

/** Edits to other files that belong with the new note: applied in its WorkspaceEdit (all or none), then `afterApplied`. */
export interface AlongsideEdits {
  add(edit: vscode.WorkspaceEdit): void;
  afterApplied(): Promise<void>;
}

/** Reads an `ifExists` argument given by a script or keybinding. */
export function ifExistsArg(value: unknown): IfExists | undefined {
  return value === 'open' || value === 'new' ? value : undefined;
}

/** Creates (or, when asked, opens the existing) note; returns its URI, or undefined when none was made or opened. */
export async function createDatedNote(services: Services, request: DatedNoteRequest): Promise<vscode.Uri | undefined> {
  const { notes } = services;
  if (!notes.root()) return warnNoFolder();
  let plan: NotePlan;
  try {
    plan = planNote(request.target, request.date, await notes.list(notes.uriOf(noteFolder(request.target))!, vscode.FileType.File));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Two Hats cannot make a note there: {0}', (error as Error).message));
    return undefined;
  }
  if (plan.taken !== undefined) {
    const existing = notes.uriOf(`${plan.folder}/${plan.taken}`)!;
    const choice = request.ifExists ?? await askExisting(existing);
    if (choice === 'open') return (await openNoteAt(existing)).document.uri;
    if (choice !== 'new') return undefined;
  }
  const note = await request.render(plan);
  if (!note) return undefined;
  const uri = notes.uriOf(plan.path)!;
  const result = await createNoteFile(uri, note.text, note.alongside && ((edit) => note.alongside!.add(edit)));
  if (!result.created) return reportNotCreated(uri, result);
  await note.alongside?.afterApplied();
  await openNoteAt(uri, note.cursor);
  return uri;
}

/** The few words the note renderer writes itself: why/how from the taxonomy, the rest localized here. */
export function noteLabels(content: ContentSet): NoteLabels {
  return { ...whyHowLabels(content.taxonomy), nothingCarried: vscode.l10n.t('Nothing open from last time.') };
}
