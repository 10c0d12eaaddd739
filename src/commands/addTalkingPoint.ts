/**
 * Two Hats: Add to Next 1:1 — picks a person (most due first), takes the editor's selection (or
 * asks for a line of text) and appends it under `## Next 1:1` in their person.md, with a link
 * back to the file and line when it came from a selection. From the palette, the editor's
 * context menu, or the panel's prep tab (`{ person, text }`).
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { pointLine, pointText } from '../core/people/talkingPoints';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { warnNoFolder } from './shared/noteDialogs';
import { pickPerson } from './shared/personPicker';
import { selectionPoint } from './shared/selectionPoint';
import { sayError } from './shared/notify';

/** What a script, test or the panel may pass: a person's folder name and the text of the point. */
export interface AddTalkingPointArgs {
  readonly person?: string;
  readonly text?: string;
}

/** Adds a talking point; returns the profile's URI, or undefined when nothing was added. */
export async function addTalkingPoint(services: Services, args: AddTalkingPointArgs = {}): Promise<vscode.Uri | undefined> {
  const { notes, profiles } = services;
  if (!notes.root()) return warnNoFolder();
  // Text given (the panel's field) wins; else the selection of the editor the lead was in.
  const editor = args.text === undefined ? services.targetEditor() : undefined;
  const fromSelection = editor && !editor.selection.isEmpty ? selectionPoint(editor) : undefined;

  let who: { slug: string; name?: string } | undefined;
  if (args.person && await notes.hasPerson(args.person)) who = { slug: args.person };
  else who = await pickPerson(services, vscode.l10n.t('Add to Next 1:1'));
  if (!who) return undefined;

  let text = args.text !== undefined ? pointText(args.text) : fromSelection?.text;
  if (text === undefined || text === '') {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Add to Next 1:1'),
      prompt: vscode.l10n.t('A line for your next 1:1: a question, some praise, something you noticed'),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter some text')),
    });
    text = typed === undefined ? undefined : pointText(typed);
  }
  if (!text) return undefined;

  const folder = notes.personFolder(who.slug)!;
  const link = fromSelection && args.text === undefined ? fromSelection.link(folder) : undefined;
  const name = who.name ?? (await profiles.read(who.slug))?.profile?.name ?? services.state.personNames()[who.slug] ?? who.slug;
  const result = await profiles.addPoint(who.slug, name, pointLine(text, link));
  const file = vscode.workspace.asRelativePath(result.uri ?? folder);
  if (!result.added) {
    void sayError(vscode.l10n.t('Could not add the talking point to {0}: {1}', file, result.reason));
    return undefined;
  }
  vscode.window.setStatusBarMessage(vscode.l10n.t('Added to the next 1:1 with {0} ({1})', name, file), 5000);
  return result.uri;
}

export function registerAddTalkingPoint(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.addTalkingPoint, (arg?: unknown) => {
    // The editor's context menu passes the document's URI: the selection is read from the editor.
    const args = arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg as Record<string, unknown> : {};
    return addTalkingPoint(services, {
      person: typeof args.person === 'string' ? args.person : undefined,
      text: typeof args.text === 'string' ? args.text : undefined,
    });
  });
}
