/** Quick pick of people (with days since the last 1:1) plus "Add person"; and the add-person input. */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { isoDate } from '../core/notes/noteNames';
import type { Services } from '../host/services';
import type { CommandRegistry } from './commandRegistry';
import { warnNoFolder } from './noteDialogs';

interface PersonItem extends vscode.QuickPickItem {
  readonly slug?: string;
  readonly add?: true;
}

/** Asks for a name, creates the person's folder and remembers the display name. Returns the slug. */
export async function addPerson(services: Services, initial?: string): Promise<{ slug: string; name: string } | undefined> {
  if (!services.notes.root()) return warnNoFolder();
  const name = (await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Person'),
    prompt: vscode.l10n.t('Name of someone you hold 1:1s with'),
    placeHolder: vscode.l10n.t('e.g. Alice Nguyen'),
    value: initial,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a name')),
  }))?.trim();
  if (!name) return undefined;
  const slug = await services.notes.addPerson(name);
  if (!slug) return undefined;
  await services.state.setPersonName(slug, name);
  return { slug, name };
}

/** Picks a person; `undefined` when cancelled. */
export async function pickPerson(services: Services, title: string): Promise<{ slug: string; name: string } | undefined> {
  const people = await services.notes.people(isoDate(new Date()), services.state.personNames());
  const items: PersonItem[] = [
    ...people.map((p): PersonItem => ({
      label: p.name,
      description: p.days === undefined ? vscode.l10n.t('no 1:1 yet') : p.days === 0 ? vscode.l10n.t('last 1:1 today') : vscode.l10n.t('last 1:1 {0} days ago', p.days),
      slug: p.slug,
    })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: `$(person-add) ${vscode.l10n.t('Add Person…')}`, add: true, alwaysShow: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Who is the 1:1 with?') });
  if (!picked) return undefined;
  if (picked.add) return addPerson(services);
  return picked.slug ? { slug: picked.slug, name: picked.label } : undefined;
}

export function registerAddPerson(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.addPerson, () => addPerson(services));
}
