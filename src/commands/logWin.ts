/**
 * Two Hats: Log a Win — picks a person, takes the selection (with a link back to its file and
 * line) or a typed line, and appends `- YYYY-MM-DD words ([file:line](…))` to `## Wins` in their
 * person.md. From the palette, the editor's context menu, or a script (`{ person, text }`).
 */
import * as vscode from 'vscode';
import { isoDate } from '../core/dates';
import { COMMANDS } from '../core/ids';
import { winLine, WINS_HEADING } from '../core/growth/wins';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { appendEntry, entryArgs, entryTarget, typedLine, type EntryArgs } from './shared/profileEntry';

/** Logs a win dated today; returns person.md's URI and the win's 0-based line, or undefined when nothing was added. */
export async function logWin(services: Services, args: EntryArgs = {}): Promise<{ uri: vscode.Uri; line: number } | undefined> {
  const title = vscode.l10n.t('Log a Win');
  const target = await entryTarget(services, title, args);
  if (!target) return undefined;
  const text = target.given ?? await typedLine(title, vscode.l10n.t('What {0} did, and why it mattered', target.name));
  if (!text) return undefined;
  return appendEntry(services, target, WINS_HEADING, winLine(isoDate(new Date()), text, target.link), vscode.l10n.t('Logged a win for {0}', target.name));
}

export function registerLogWin(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.logWin, (arg?: unknown) => logWin(services, entryArgs(arg)));
}
