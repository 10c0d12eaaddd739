/** Quick pick of people (most overdue first, with when each 1:1 is due) plus "Add person"; and the add-person input. */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { quickPickText } from '../core/markdown/escapeMarkdown';
import { parseCadence, type Cadence } from '../core/notes/cadence';
import { isoDate } from '../core/notes/noteNames';
import { dueText } from '../host/personProfiles';
import type { Services } from '../host/services';
import type { CommandRegistry } from './commandRegistry';
import { reportNotCreated, warnNoFolder } from './noteDialogs';
import { sayError } from './say';

interface PersonItem extends vscode.QuickPickItem {
  readonly slug?: string;
  readonly name?: string;
  readonly add?: true;
}

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

/**
 * The folder for a person named `name`. Different people never share one: a folder already
 * holding another name gets a sibling (`jose-2`); a hand-made folder with no known name is the
 * lead's call when `ask` (else a sibling, to be safe).
 */
export async function personFolder(services: Services, name: string, { ask }: { ask: boolean }): Promise<string | undefined> {
  const found = await services.notes.folderFor(name, isoDate(new Date()), services.state.personNames());
  if (found.kind !== 'ask') return found.folder;
  if (!ask) return found.distinct;
  const same = vscode.l10n.t('Same Person');
  const other = vscode.l10n.t('Someone Else ({0})', found.distinct);
  const answer = await vscode.window.showQuickPick([same, other], {
    title: vscode.l10n.t('Add Person'),
    placeHolder: vscode.l10n.t('The folder {0} already exists. Are its notes about {1}?', found.folder, name),
  });
  return answer === same ? found.folder : answer === other ? found.distinct : undefined;
}

/** Picks a person; `undefined` when cancelled. */
export async function pickPerson(services: Services, title: string): Promise<{ slug: string; name: string } | undefined> {
  const today = isoDate(new Date());
  const { people: listed, problems } = await services.notes.people(today, services.state.personNames());
  // A people folder that cannot be read is said, never shown as "nobody yet".
  if (listed.length === 0 && problems.length > 0) void sayError(problems[0]!);
  const people = await services.profiles.withDue(listed, today);
  const items: PersonItem[] = [
    ...people.map((p): PersonItem => ({
      label: quickPickText(p.name),
      description: p.link ? vscode.l10n.t('symbolic link, not followed') : [
        p.overdue === undefined ? undefined : dueText(p.overdue),
        p.days === undefined ? vscode.l10n.t('no 1:1 yet') : p.days === 0 ? vscode.l10n.t('last 1:1 today') : vscode.l10n.t('last 1:1 {0} days ago', p.days),
      ].filter(Boolean).join(' · '),
      slug: p.slug,
      name: p.name,
    })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: `$(person-add) ${vscode.l10n.t('Add Person…')}`, add: true, alwaysShow: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Who is the 1:1 with?') });
  if (!picked) return undefined;
  if (picked.add) return addPerson(services);
  return picked.slug && picked.name !== undefined ? { slug: picked.slug, name: picked.name } : undefined;
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
