/** The status-bar item's click: opens the panel on a person (by default the most overdue one). */
import * as vscode from 'vscode';
import { COMMANDS, INTERNAL_COMMANDS } from '../core/ids';
import { isoDate } from '../core/dates';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';

export async function showPerson(services: Services, slug?: string): Promise<string | undefined> {
  let person = slug && await services.notes.hasPerson(slug) ? slug : undefined;
  if (!person) {
    const today = isoDate(new Date());
    person = (await services.profiles.withDue((await services.notes.people(today, services.state.personNames())).people, today))[0]?.slug;
  }
  if (person) await services.focus.show(person);
  await vscode.commands.executeCommand(COMMANDS.openPanel);
  return person;
}

export function registerShowPerson(commands: CommandRegistry, services: Services): void {
  commands.register(INTERNAL_COMMANDS.showPerson, (slug?: unknown) => showPerson(services, typeof slug === 'string' ? slug : undefined));
}
