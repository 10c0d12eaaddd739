/**
 * Choosing a person: the quick pick of people (most overdue first, with when each 1:1 is due, and
 * "Add Person…", which runs that command), and the folder a new person's notes go into.
 */
import * as vscode from 'vscode';
import { isoDate } from '../../core/dates';
import { COMMANDS } from '../../core/ids';
import { quickPickText } from '../../core/markdown/escapeMarkdown';
import { dueText } from '../../host/personProfiles';
import type { Services } from '../../host/services';
import { sayError } from './notify';

interface PersonItem extends vscode.QuickPickItem {
  readonly slug?: string;
  readonly name?: string;
  readonly add?: true;
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
  if (picked.add) return vscode.commands.executeCommand<{ slug: string; name: string } | undefined>(COMMANDS.addPerson);
  return picked.slug && picked.name !== undefined ? { slug: picked.slug, name: picked.name } : undefined;
}

