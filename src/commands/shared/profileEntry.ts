/**
 * What Add Goal, Log a Win and Log Feedback share: whom it is about (a folder name given, else the
 * person picker), the words (text given, else the editor's selection with a link back to its file
 * and line, else a typed line), and appending the finished line to a section of their person.md,
 * with a truthful message for what happened (no person.md yet, two sections of that name, a
 * refused edit).
 */
import * as vscode from 'vscode';
import { pointText, type PointLink } from '../../core/people/talkingPoints';
import type { Services } from '../../host/services';
import { warnNoFolder } from './noteDialogs';
import { sayError, sayWarning } from './notify';
import { pickPerson } from './personPicker';
import { selectionPoint } from './selectionPoint';

/** What a script, a test or the panel may pass: a person's folder name and the words. */
export interface EntryArgs {
  readonly person?: string;
  readonly text?: string;
  /**
   * `false`: without `text`, ask for the words even when an editor has a selection. The panel's
   * buttons pass it: a selection left in an editor is not what the lead clicked about.
   */
  readonly selection?: boolean;
}

/** The person, and where the words will come from. */
export interface EntryTarget {
  readonly slug: string;
  readonly name: string;
  /** The person's folder: a link back is relative to it. */
  readonly folder: vscode.Uri;
  /** The words given or selected (one line), when there were some. */
  readonly given?: string;
  /** The link back to the selection, when the words came from one. */
  readonly link?: PointLink;
}

/** Reads `{ person?, text? }` from a command argument (the editor's context menu passes a URI: ignored). */
export function entryArgs(arg: unknown): EntryArgs {
  const args = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg as Record<string, unknown> : {};
  return {
    ...(typeof args.person === 'string' ? { person: args.person } : {}),
    ...(typeof args.text === 'string' ? { text: args.text } : {}),
    ...(args.selection === false ? { selection: false } : {}),
  };
}

/** Whom the entry is about and the words given or selected; undefined when there is no notes folder or the lead cancelled. */
export async function entryTarget(services: Services, title: string, args: EntryArgs): Promise<EntryTarget | undefined> {
  const { notes, profiles } = services;
  if (!notes.root()) return warnNoFolder();
  // Text given wins; else the selection of the editor the lead was in (unless the caller said not to).
  const editor = args.text === undefined && args.selection !== false ? services.targetEditor() : undefined;
  const fromSelection = editor && !editor.selection.isEmpty ? selectionPoint(editor) : undefined;
  let who: { slug: string; name?: string } | undefined;
  if (args.person && await notes.hasPerson(args.person)) who = { slug: args.person };
  else who = await pickPerson(services, title);
  if (!who) return undefined;
  const folder = notes.personFolder(who.slug);
  if (!folder) return undefined;
  const name = who.name ?? (await profiles.read(who.slug))?.profile?.name ?? services.state.personNames()[who.slug] ?? who.slug;
  const given = args.text !== undefined ? pointText(args.text) : fromSelection?.text;
  const link = fromSelection && args.text === undefined ? fromSelection.link(folder) : undefined;
  return { slug: who.slug, name, folder, ...(given ? { given } : {}), ...(link ? { link } : {}) };
}

/** A typed line (`value` pre-filled); undefined when cancelled. */
export async function typedLine(title: string, prompt: string, value?: string): Promise<string | undefined> {
  const typed = await vscode.window.showInputBox({
    title, prompt, ...(value ? { value } : {}),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter some text')),
  });
  const text = typed === undefined ? undefined : pointText(typed);
  return text ? text : undefined;
}

/**
 * Appends `line` to `## heading` of the person's person.md and says what happened. Returns
 * person.md's URI and the 0-based line of the new item, or undefined when nothing was added.
 */
export async function appendEntry(services: Services, target: EntryTarget, heading: string, line: string, done: string): Promise<{ uri: vscode.Uri; line: number } | undefined> {
  const result = await services.profiles.addToSection(target.slug, target.name, heading, line);
  const file = vscode.workspace.asRelativePath(result.uri ?? target.folder);
  if (!result.added) {
    void sayError(vscode.l10n.t('Could not add to ## {0} in {1}: {2}', heading, file, result.reason));
    return undefined;
  }
  if ((result.sections ?? 0) > 1) {
    void sayWarning(vscode.l10n.t('{0} has {1} sections named ## {2}; added to the first one (line {3}). Both are read.', file, result.sections!, heading, result.line + 1));
  } else {
    vscode.window.setStatusBarMessage(`${done} (${file}:${result.line + 1})`, 5000);
  }
  return { uri: result.uri, line: result.line };
}
