/**
 * The people of the notes folder, as the notes index knows them: each folder under `one-on-ones/`,
 * its dated notes, and its newest readable note (the name its front matter gives and its open
 * items). Loads from the index only the newest notes needed, so the people list shows before a
 * large folder has been read to the end. No `vscode` at run time.
 */
import { daysSince } from '../core/dates';
import type { OpenItem } from '../core/notes/carryOver';
import { compareNotes, ONE_ON_ONES_FOLDER, parseNoteName, type NoteFile } from '../core/notes/noteNames';
import { isSafeSegment } from '../core/notes/slug';
import type { Person } from '../core/people/person';
import type { NoteFacts } from './noteFacts';
import type { IndexChange, NotesIndex } from './notesIndex';

/** A note of a person that could not be used, and why (one line, for the user). */
export interface SkippedFile {
  readonly fileName: string;
  readonly reason: string;
}

/** What the people list keeps of a person's newest readable note. */
export interface NewestNote extends NoteFile {
  /** The `person` of its front matter, when it names one. */
  readonly person?: string;
  readonly items: readonly OpenItem[];
}

export interface PersonEntry {
  readonly slug: string;
  /** The folder is a symbolic link: listed, never followed. */
  readonly link: boolean;
  /** Dated notes, oldest first. */
  readonly notes: readonly NoteFile[];
  readonly newest?: NewestNote;
  /** Newer notes passed over on the way to `newest`. */
  readonly skipped: readonly SkippedFile[];
}

/** What changed under the notes folder: paths, the people whose folders hold them, or everything. */
export interface NotesChange {
  readonly paths: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
  readonly all: boolean;
}

/** The person whose folder holds `path` (`one-on-ones/<slug>/…`, or the folder itself), if any. */
export function personOfPath(path: string): string | undefined {
  if (!path.startsWith(`${ONE_ON_ONES_FOLDER}/`)) return undefined;
  const slug = path.slice(ONE_ON_ONES_FOLDER.length + 1).split('/', 1)[0]!;
  return slug && isSafeSegment(slug) ? slug : undefined;
}

export function notesChange(change: IndexChange): NotesChange {
  const people = new Set<string>();
  for (const path of change.paths) {
    const slug = personOfPath(path);
    if (slug) people.add(slug);
  }
  return { paths: change.paths, people, all: change.all };
}

/** A person's dated notes in the index's listing, oldest first. */
export function datedNotes(index: NotesIndex<NoteFacts>, slug: string): NoteFile[] {
  return index.children(`${ONE_ON_ONES_FOLDER}/${slug}`).files.flatMap((e) => {
    const fileName = e.path.slice(e.path.lastIndexOf('/') + 1);
    const dated = parseNoteName(fileName);
    return dated ? [{ ...dated, fileName }] : [];
  }).sort(compareNotes);
}

/** Why a note whose front matter is broken is passed over, in the user's words. */
export type MalformedReason = (yamlMessage: string) => string;

/** The person at `one-on-ones/<slug>`: their notes, and their newest readable note (loaded from the index). */
export async function personEntry(index: NotesIndex<NoteFacts>, slug: string, link: boolean, malformed: MalformedReason): Promise<PersonEntry> {
  if (link) return { slug, link, notes: [], skipped: [] };
  const notes = datedNotes(index, slug);
  const skipped: SkippedFile[] = [];
  for (const note of [...notes].reverse()) {
    const path = `${ONE_ON_ONES_FOLDER}/${slug}/${note.fileName}`;
    await index.load([path]);
    const entry = index.get(path);
    const facts = entry?.value;
    if (facts && !facts.frontMatterError) {
      return { slug, link, notes, newest: { ...note, ...(facts.fields.person ? { person: facts.fields.person } : {}), items: facts.openItems }, skipped };
    }
    // Gone meanwhile: nothing to say about it.
    if (!entry) continue;
    skipped.push({ fileName: note.fileName, reason: facts?.frontMatterError ? malformed(facts.frontMatterError.message) : entry.skipped ?? '' });
  }
  return { slug, link, notes, skipped };
}

/** Every person folder under `one-on-ones/` (safe names only), with their newest readable note. */
export async function personEntries(index: NotesIndex<NoteFacts>, malformed: MalformedReason): Promise<PersonEntry[]> {
  return new PersonEntries(index, malformed).all();
}

/**
 * Every person's entry, kept between calls: a change of the index forgets only the people whose
 * folders hold what it named (everyone after a relisting), so the people list after one note
 * changes works out one person again, not all of them.
 */
export class PersonEntries {
  private readonly kept = new Map<string, PersonEntry>();
  /** Bumped for a person each time a change names them: an entry worked out across a change is not kept. */
  private readonly generations = new Map<string, number>();
  private epoch = 0;
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: NotesIndex<NoteFacts>, private readonly malformed: MalformedReason) {
    this.subscription = index.onDidChange((change) => this.forget(change));
  }

  private forget(change: IndexChange): void {
    if (change.all) {
      this.epoch++;
      this.kept.clear();
      return;
    }
    for (const path of change.paths) {
      const slug = personOfPath(path);
      if (slug === undefined) continue;
      this.kept.delete(slug);
      this.generations.set(slug, (this.generations.get(slug) ?? 0) + 1);
    }
  }

  /** Every person folder under `one-on-ones/` (safe names only), with their newest readable note. */
  async all(): Promise<PersonEntry[]> {
    const index = this.index;
    await index.settled();
    const folders = index.children(ONE_ON_ONES_FOLDER).folders.filter((f) => isSafeSegment(f.name));
    const fresh = folders.filter((f) => this.kept.get(f.name)?.link !== f.link);
    // The newest note of each person to work out, in one batch: the people list needs nothing older.
    const newest = fresh.flatMap((f) => {
      const last = f.link ? undefined : datedNotes(index, f.name).at(-1);
      return last ? [`${ONE_ON_ONES_FOLDER}/${f.name}/${last.fileName}`] : [];
    });
    if (newest.length > 0) await index.load(newest);
    const entries = await Promise.all(folders.map(async (f) => {
      const kept = this.kept.get(f.name);
      if (kept?.link === f.link) return kept;
      const epoch = this.epoch;
      const generation = this.generations.get(f.name);
      const entry = await personEntry(index, f.name, f.link, this.malformed);
      if (epoch === this.epoch && generation === this.generations.get(f.name)) this.kept.set(f.name, entry);
      return entry;
    }));
    // Folders gone since: let their entries go.
    if (this.kept.size > folders.length) {
      const present = new Set(folders.map((f) => f.name));
      for (const slug of this.kept.keys()) if (!present.has(slug)) this.kept.delete(slug);
    }
    return entries;
  }

  dispose(): void {
    this.subscription.dispose();
    this.kept.clear();
  }
}

/**
 * The people of the index's entries, by name: each one's name is the newest note's `person`, else
 * the one Add Person stored (`names`, read by own key only: a folder named `constructor` is a
 * person, not Object.prototype's), else the folder; `known` is the name when one was found.
 */
export function peopleOf(entries: readonly PersonEntry[], names: Readonly<Record<string, string>>, today: string): (Person & { known?: string })[] {
  const people = entries.map((e): Person & { known?: string } => {
    const last = e.notes[e.notes.length - 1];
    const known = e.newest?.person ?? (Object.hasOwn(names, e.slug) ? names[e.slug] : undefined);
    return { slug: e.slug, name: known ?? e.slug, last: last?.date, days: last ? daysSince(last.date, today) : undefined, ...(e.link ? { link: true } : {}), known };
  });
  return people.sort((a, b) => a.name.localeCompare(b.name));
}
