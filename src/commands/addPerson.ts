/**
 * Two Hats: Add Person — asks for a name (and how often they meet), creates the person's folder and
 * writes their person.md. Scripts and tests may pass `{ name, cadence }` and skip the dialogs.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { parseCadence, type Cadence } from '../core/people/cadence';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { reportNotCreated, warnNoFolder } from './shared/noteDialogs';
import { sayError } from './shared/notify';
import { personFolder } from './shared/personPicker';

/** Asks for a name (unless given), creates the person's folder and remembers the display name; then writes person.md with an optional cadence. Returns the slug. */
export async function addPerson(services: Services, given?: { name?: string; cadence?: Cadence }): Promise<{ slug: string; name: string } | undefined> {
  if (!services.notes.root()) return warnNoFolder();
  const name = given?.name?.trim() || (await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Person'),
    prompt: vscode.l10n.t('Name of someone you hold 1:1s with'),
    placeHolder: vscode.l10n.t('e.g. Alice Nguyen'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a name')),
  }))?.trim();
  if (!name) return undefined;
  const slug = await personFolder(services, name, { ask: !given?.name });
  if (!slug) return undefined;
  try {
    await services.notes.createPersonFolder(slug);
  } catch (error) {
    const folder = services.notes.personFolder(slug);
    void sayError(vscode.l10n.t('Could not create the folder {0}: {1}', folder ? vscode.workspace.asRelativePath(folder) : slug, (error as Error).message));
    return undefined;
  }
  await services.state.setPersonName(slug, name);
  await writeProfile(services, slug, name, given?.name ? given.cadence : await askCadence(name));
  return { slug, name };
}

export function registerAddPerson(commands: CommandRegistry, services: Services): void {
  // Scripts and tests may pass { name, cadence } and skip the dialogs.
  commands.register(COMMANDS.addPerson, (arg?: unknown) => addPerson(services, addPersonArgs(arg)));
}

interface CadenceItem extends vscode.QuickPickItem {
  readonly cadence?: Cadence;
  readonly custom?: true;
}

/** How often the lead meets them; undefined for no fixed cadence (also when the pick is dismissed). */
async function askCadence(name: string): Promise<Cadence | undefined> {
  const items: CadenceItem[] = [
    { label: vscode.l10n.t('Weekly'), cadence: 'weekly' },
    { label: vscode.l10n.t('Every 2 weeks'), cadence: 'biweekly' },
    { label: vscode.l10n.t('Monthly'), cadence: 'monthly' },
    { label: vscode.l10n.t('Every … days'), custom: true },
    { label: vscode.l10n.t('No fixed cadence') },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Add Person: how often do you meet {0}?', name),
    placeHolder: vscode.l10n.t('The cadence goes into person.md; Two Hats shows when a 1:1 is due'),
  });
  if (!picked?.custom) return picked?.cadence;
  const days = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Person: every how many days?'),
    validateInput: (v) => (parseCadence(v.trim()) === undefined || !/^\d+$/.test(v.trim()) ? vscode.l10n.t('Enter a whole number of days') : undefined),
  });
  return days === undefined ? undefined : parseCadence(days.trim());
}

/** Writes person.md; one that exists is kept as it is. */
async function writeProfile(services: Services, slug: string, name: string, cadence: Cadence | undefined): Promise<void> {
  const result = await services.profiles.create(slug, name, cadence);
  const uri = services.profiles.uriOf(slug);
  if (!result.created && !result.exists && uri) reportNotCreated(uri, result);
}

function addPersonArgs(arg: unknown): { name?: string; cadence?: Cadence } | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const { name, cadence } = arg as Record<string, unknown>;
  return { name: typeof name === 'string' ? name : undefined, cadence: parseCadence(cadence) };
}
