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

/** The person picked, and whether the lead asked to choose the kind of meeting (the item's button). */
export interface PickedPerson {
  readonly slug: string;
  readonly name: string;
  readonly chooseKind?: true;
}

/**
 * Picks a person; `undefined` when cancelled. With `kindButton`, each person carries a button that
 * picks them and asks for the kind of meeting: Enter stays the weekly 1:1, one pick as ever.
 */
export async function pickPerson(services: Services, title: string, options: { kindButton?: boolean } = {}): Promise<PickedPerson | undefined> {
  const today = isoDate(new Date());
  const { people: listed, problems } = await services.notes.people(today, services.state.personNames());
  // A people folder that cannot be read is said, never shown as "nobody yet".
  if (listed.length === 0 && problems.length > 0) void sayError(problems[0]!);
  const people = await services.profiles.withDue(listed, today);
  const kindButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-selection'), tooltip: vscode.l10n.t('Another kind of meeting: career conversation, skip-level, first weeks, performance, handover…') };
  const items: PersonItem[] = [
    ...people.map((p): PersonItem => ({
      label: quickPickText(p.name),
      description: p.link ? vscode.l10n.t('symbolic link, not followed') : [
        p.overdue === undefined ? undefined : dueText(p.overdue),
        p.days === undefined ? vscode.l10n.t('no 1:1 yet') : p.days === 0 ? vscode.l10n.t('last 1:1 today') : vscode.l10n.t('last 1:1 {0} days ago', p.days),
      ].filter(Boolean).join(' · '),
      slug: p.slug,
      name: p.name,
      ...(options.kindButton && !p.link ? { buttons: [kindButton] } : {}),
    })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: `$(person-add) ${vscode.l10n.t('Add Person…')}`, add: true, alwaysShow: true },
  ];
  const picked = await new Promise<{ item: PersonItem; chooseKind: boolean } | undefined>((resolve) => {
    const pick = vscode.window.createQuickPick<PersonItem>();
    pick.title = title;
    pick.placeholder = options.kindButton ? vscode.l10n.t('Who is the 1:1 with? (the button beside a name starts another kind of meeting)') : vscode.l10n.t('Who is the 1:1 with?');
    pick.items = items;
    let done = false;
    const finish = (value: { item: PersonItem; chooseKind: boolean } | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
      pick.dispose();
    };
    pick.onDidAccept(() => finish(pick.selectedItems[0] ? { item: pick.selectedItems[0], chooseKind: false } : undefined));
    pick.onDidTriggerItemButton((e) => finish({ item: e.item, chooseKind: true }));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
  if (!picked) return undefined;
  if (picked.item.add) return vscode.commands.executeCommand<{ slug: string; name: string } | undefined>(COMMANDS.addPerson);
  const { slug, name } = picked.item;
  return slug && name !== undefined ? { slug, name, ...(picked.chooseKind ? { chooseKind: true as const } : {}) } : undefined;
}
