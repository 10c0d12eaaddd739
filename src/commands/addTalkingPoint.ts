/**
 * Two Hats: Add to Next 1:1 — picks a person (most due first), takes the editor's selection (or
 * asks for a line of text) and appends it under `## Next 1:1` in their person.md, with a link
 * back to the file and line when it came from a selection. From the palette, the editor's
 * context menu, or the panel's prep tab (`{ person, text }`).
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { pointLine } from '../core/people/talkingPoints';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayError } from './shared/notify';
import { entryArgs, entryTarget, typedLine, type EntryArgs } from './shared/profileEntry';

/** Adds a talking point; returns the profile's URI, or undefined when nothing was added. */
export async function addTalkingPoint(services: Services, args: EntryArgs = {}): Promise<vscode.Uri | undefined> {
  const title = vscode.l10n.t('Add to Next 1:1');
  // Text given (the panel's field) wins; else the selection of the editor the lead was in.
  const target = await entryTarget(services, title, args);
  if (!target) return undefined;
  const text = target.given ?? await typedLine(title, vscode.l10n.t('A line for your next 1:1: a question, some praise, something you noticed'));
  if (!text) return undefined;

  const result = await services.profiles.addPoint(target.slug, target.name, pointLine(text, target.link));
  const file = vscode.workspace.asRelativePath(result.uri ?? target.folder);
  if (!result.added) {
    void sayError(vscode.l10n.t('Could not add the talking point to {0}: {1}', file, result.reason));
    return undefined;
  }
  vscode.window.setStatusBarMessage(vscode.l10n.t('Added to the next 1:1 with {0} ({1})', target.name, file), 5000);
  return result.uri;
}

export function registerAddTalkingPoint(commands: CommandRegistry, services: Services): void {
  // The editor's context menu passes the document's URI: the selection is read from the editor.
  commands.register(COMMANDS.addTalkingPoint, (arg?: unknown) => addTalkingPoint(services, entryArgs(arg)));
}
