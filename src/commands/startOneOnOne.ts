/**
 * Two Hats: Start 1:1 Note — renders the 1:1 template into
 * `<notes>/one-on-ones/<person>/YYYY-MM-DD.md`, carrying over the open items of the
 * person's newest earlier note, and opens it at the first empty agenda slot.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { carryOver } from '../core/notes/carryOver';
import { isoDate } from '../core/dates';
import { prependFrontMatter, renderNote } from '../core/notes/renderTemplate';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { createDatedNote, ifExistsArg, noteLabels, type IfExists } from './shared/createDatedNote';
import { reportSkipped, warnNoFolder } from './shared/noteDialogs';
import { sayWarning } from './shared/notify';
import { personFolder, pickPerson } from './shared/personPicker';
import { sayError } from './shared/notify';

/** Creates (or opens) today's 1:1 note for a person. Returns its URI. */
export async function startOneOnOne(services: Services, person?: { slug: string; name?: string }, ifExists?: IfExists): Promise<vscode.Uri | undefined> {
  const { notes, content, state, profiles } = services;
  if (!notes.root()) return warnNoFolder();
  const who = person ?? await pickPerson(services, vscode.l10n.t('Start 1:1 Note'));
  if (!who) return undefined;
  const date = isoDate(new Date());
  return createDatedNote(services, {
    target: { kind: 'one-on-one', person: who.slug }, date, ifExists,
    async render(plan) {
      const c = await content.get();
      const template = c.templates.find((t) => t.for === 'one-on-one');
      if (!template) {
        void sayError(vscode.l10n.t('No 1:1 note template is loaded.'));
        return undefined;
      }
      // Carry from the newest readable note before this one; newer unreadable ones are skipped with a warning each.
      const { note: source, skipped } = await notes.newestReadable(who.slug, plan.earlier);
      reportSkipped(skipped);
      const carried = source ? carryOver({ fileName: source.fileName, date: source.date, text: source.text }) : undefined;
      if (carried?.leftBehind) {
        void sayWarning(vscode.l10n.t('Carried the first {0} open items of {1}; {2} more stay there.', carried.count + carried.privateLines.length, vscode.workspace.asRelativePath(source!.uri), carried.leftBehind));
      }
      const profile = (await profiles.read(who.slug))?.profile;
      const name = who.name ?? profile?.name ?? (typeof source?.data?.person === 'string' ? source.data.person : state.personNames()[who.slug] ?? who.slug);
      // Talking points move from person.md into the note in the note's own WorkspaceEdit: both or neither.
      const points = await profiles.takePoints(who.slug);
      const vars = { person: name, date, carriedOver: carried?.lines ?? [], carriedOverPrivate: carried?.privateLines ?? [], talkingPoints: points.lines };
      const note = prependFrontMatter(renderNote(template, vars, undefined, { ...noteLabels(c), myAgenda: vscode.l10n.t('My agenda') }),
        { person: name, date, kind: 'one-on-one' });
      return points.count > 0 ? { ...note, extraEdits: points } : note;
    },
  });
}

export function registerStartOneOnOne(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.startOneOnOne, async (arg?: unknown) => {
    // The palette passes nothing; keybindings and scripts may pass a slug or { person, ifExists }.
    const { person, ifExists } = startArgs(arg);
    if (!person) return startOneOnOne(services, undefined, ifExists);
    // An existing folder name, or else a person's name: their folder, or a new one never shared with someone else.
    if (await services.notes.hasPerson(person)) return startOneOnOne(services, { slug: person }, ifExists);
    const slug = await personFolder(services, person, { ask: false });
    return slug ? startOneOnOne(services, { slug, name: person }, ifExists) : undefined;
  });
}

/** Reads optional command arguments: a person slug, or `{ person?, ifExists? }`. */
export function startArgs(arg: unknown): { person?: string; ifExists?: IfExists } {
  if (typeof arg === 'string') return { person: arg };
  if (!arg || typeof arg !== 'object') return {};
  const { person, ifExists } = arg as Record<string, unknown>;
  return { person: typeof person === 'string' ? person : undefined, ifExists: ifExistsArg(ifExists) };
}
