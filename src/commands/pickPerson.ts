/** Quick pick of people (with days since the last 1:1) plus "Add person"; and the add-person input. */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { quickPickText } from '../core/markdown/escapeMarkdown';
import { isoDate } from '../core/notes/noteNames';
import type { Services } from '../host/services';
import type { CommandRegistry } from './commandRegistry';
import { warnNoFolder } from './noteDialogs';
import { sayError } from './say';

interface PersonItem extends vscode.QuickPickItem {
  readonly slug?: string;
  readonly name?: string;
  readonly add?: true;
}

/** Asks for a name (unless `given`), creates the person's folder and remembers the display name. Returns the slug. */
export async function addPerson(services: Services, given?: string): Promise<{ slug: string; name: string } | undefined> {
  if (!services.notes.root()) return warnNoFolder();
  const name = (given ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Person'),
    prompt: vscode.l10n.t('Name of someone you hold 1:1s with'),
    placeHolder: vscode.l10n.t('e.g. Alice Nguyen'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a name')),
  }))?.trim();
  if (!name) return undefined;
  const slug = await personFolder(services, name, { ask: given === undefined });
  if (!slug) return undefined;
  try {
    await services.notes.createPersonFolder(slug);
  } catch (error) {
    const folder = services.notes.personFolder(slug);
    void sayError(vscode.l10n.t('Could not create the folder {0}: {1}', folder ? vscode.workspace.asRelativePath(folder) : slug, (error as Error).message));
    return undefined;
  }
  await services.state.setPersonName(slug, name);
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
  const { people, problems } = await services.notes.people(isoDate(new Date()), services.state.personNames());
  // A people folder that cannot be read is said, never shown as "nobody yet".
  if (people.length === 0 && problems.length > 0) void sayError(problems[0]!);
  const items: PersonItem[] = [
    ...people.map((p): PersonItem => ({
      label: quickPickText(p.name),
      description: p.link ? vscode.l10n.t('symbolic link, not followed')
        : p.days === undefined ? vscode.l10n.t('no 1:1 yet') : p.days === 0 ? vscode.l10n.t('last 1:1 today') : vscode.l10n.t('last 1:1 {0} days ago', p.days),
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
  // The palette passes nothing; scripts and tests may pass { name }.
  commands.register(COMMANDS.addPerson, (arg?: unknown) => {
    const name = arg && typeof arg === 'object' ? (arg as Record<string, unknown>).name : undefined;
    return addPerson(services, typeof name === 'string' && name.trim() ? name : undefined);
  });
}
