/**
 * Two Hats: Add Goal — picks a person, takes the goal's words (the selection, or a typed line) and
 * an optional due date, and appends `- [ ] words 📅 YYYY-MM-DD` to `## Goals` in their person.md.
 * From the palette, or a script or the panel (`{ person, text, due }`). A goal carries no link
 * back: its words are what later notes are matched against.
 */
import * as vscode from 'vscode';
import { isIsoDate } from '../core/dates';
import { COMMANDS } from '../core/ids';
import { goalLine, GOALS_HEADING } from '../core/growth/goals';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayError } from './shared/notify';
import { appendEntry, entryArgs, entryTarget, typedLine, type EntryArgs } from './shared/profileEntry';

export interface AddGoalArgs extends EntryArgs {
  /** `YYYY-MM-DD`, or empty for none; asked when absent. */
  readonly due?: string;
}

/** Adds a goal; returns person.md's URI and the goal's 0-based line, or undefined when nothing was added. */
export async function addGoal(services: Services, args: AddGoalArgs = {}): Promise<{ uri: vscode.Uri; line: number } | undefined> {
  const title = vscode.l10n.t('Add Goal');
  const target = await entryTarget(services, title, args);
  if (!target) return undefined;
  const text = target.given ?? await typedLine(title, vscode.l10n.t('A goal for {0}, in their words if you can: "Lead the search migration"', target.name));
  if (!text) return undefined;
  let due = args.due;
  if (due === undefined) {
    due = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Due date (YYYY-MM-DD), or leave empty for none'),
      validateInput: (v) => (v.trim() === '' || isIsoDate(v.trim()) ? undefined : vscode.l10n.t('A date such as 2027-03-31, or nothing')),
    });
    if (due === undefined) return undefined;
  }
  due = due.trim();
  if (due !== '' && !isIsoDate(due)) {
    void sayError(vscode.l10n.t('{0} is no date: write the due date as YYYY-MM-DD.', due));
    return undefined;
  }
  return appendEntry(services, target, GOALS_HEADING, goalLine(text, due || undefined), vscode.l10n.t('Added a goal for {0}', target.name));
}

export function registerAddGoal(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.addGoal, (arg?: unknown) => {
    const due = arg && typeof arg === 'object' && typeof (arg as Record<string, unknown>).due === 'string' ? (arg as { due: string }).due : undefined;
    return addGoal(services, { ...entryArgs(arg), ...(due !== undefined ? { due } : {}) });
  });
}
