/**
 * Two Hats: Start 1:1 Note — renders the 1:1 template into
 * `<notes>/one-on-ones/<person>/YYYY-MM-DD.md`, carrying over the open items of the
 * person's newest earlier note, and opens it at the first empty agenda slot.
 */
import * as vscode from 'vscode';
import { labelOf, type ContentSet } from '../content/contentSet';
import { carryOver } from '../notes/carryOver';
import { compareNotes, isoDate, nextFreeN, oneOnOneFileName } from '../notes/noteNames';
import { prependFrontMatter, renderNote } from '../notes/renderTemplate';
import { slugify } from '../notes/slug';
import { askExisting, createAndOpen, openNoteAt, warnNoFolder } from '../store/createNote';
import type { Services } from '../store/services';
import type { CommandRegistry } from './commandRegistry';
import { pickPerson } from './pickPerson';

/** The words the note renderer writes itself: why/how labels come from the taxonomy. */
export function noteLabels(content: ContentSet) {
  return {
    why: labelOf(content.taxonomy.asks, 'why'),
    how: labelOf(content.taxonomy.asks, 'how'),
    nothingCarried: vscode.l10n.t('Nothing open from last time.'),
  };
}

/** What to do when today's note exists; asked when not given. */
export type IfExists = 'open' | 'new';

/** Creates (or opens) today's 1:1 note for a person. Returns its URI. */
export async function startOneOnOne(services: Services, person?: { slug: string; name?: string }, ifExists?: IfExists): Promise<vscode.Uri | undefined> {
  const { notes, content, state } = services;
  if (!notes.root()) return warnNoFolder();
  const who = person ?? await pickPerson(services, vscode.l10n.t('Start 1:1 Note'));
  if (!who) return undefined;
  const folder = notes.personFolder(who.slug);
  if (!folder) return undefined;
  const today = isoDate(new Date());
  const existing = await notes.noteNames(who.slug);
  const names = existing.map((n) => n.fileName);

  let n = 1;
  const first = vscode.Uri.joinPath(folder, oneOnOneFileName(today));
  if (names.some((f) => f.toLowerCase() === oneOnOneFileName(today))) {
    const choice = ifExists ?? await askExisting(first);
    if (choice === 'open') return (await openNoteAt(first)).document.uri;
    if (choice !== 'new') return undefined;
    n = nextFreeN(names, (k) => oneOnOneFileName(today, k));
  }

  // Carry from the newest readable note before this one (a malformed one is skipped with a warning).
  const before = existing.filter((note) => compareNotes(note, { date: today, n }) < 0);
  const source = await notes.newestReadable(who.slug, before);
  const carried = source ? carryOver({ fileName: source.fileName, date: source.date, text: source.text }).lines : [];

  const c = await content.get();
  const template = c.templates.find((t) => t.for === 'one-on-one');
  if (!template) {
    void vscode.window.showErrorMessage(vscode.l10n.t('No 1:1 note template is loaded.'));
    return undefined;
  }
  const name = who.name ?? (typeof source?.data?.person === 'string' ? source.data.person : state.personNames()[who.slug] ?? who.slug);
  const note = prependFrontMatter(renderNote(template, { person: name, date: today, carriedOver: carried }, undefined, noteLabels(c)),
    { person: name, date: today, kind: 'one-on-one' });
  return createAndOpen(vscode.Uri.joinPath(folder, oneOnOneFileName(today, n)), note);
}

export function registerStartOneOnOne(commands: CommandRegistry, services: Services): void {
  commands.register('twoHats.startOneOnOne', async (arg?: unknown) => {
    // The palette passes nothing; keybindings and scripts may pass a slug or { person, ifExists }.
    const { person, ifExists } = startArgs(arg);
    if (!person) return startOneOnOne(services, undefined, ifExists);
    // An existing folder name, or else a person's name to start a folder for.
    const who = await services.notes.hasPerson(person) ? { slug: person } : { slug: slugify(person), name: person };
    return startOneOnOne(services, who, ifExists);
  });
}

/** Reads optional command arguments: a person slug, or `{ person?, ifExists? }`. */
export function startArgs(arg: unknown): { person?: string; ifExists?: IfExists } {
  if (typeof arg === 'string') return { person: arg };
  if (!arg || typeof arg !== 'object') return {};
  const { person, ifExists } = arg as Record<string, unknown>;
  return {
    person: typeof person === 'string' ? person : undefined,
    ifExists: ifExists === 'open' || ifExists === 'new' ? ifExists : undefined,
  };
}
