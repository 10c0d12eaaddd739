/**
 * The people in the notes folder and what the panel shows of each: the name, the last 1:1 and
 * the open items of the newest readable note. Kept between refreshes: a refresh lists the people
 * folder and re-reads only the people whose files changed (the file watcher says which), and
 * within a person only a note whose size or time changed. With 500 people, a change to one note
 * costs one folder listing, one person listing, one stat and one read. Counts what it reads.
 */
import { openItems as noteOpenItems, type OpenItem } from '../core/notes/carryOver';
import { compareNotes, parseNoteName, type NoteFile } from '../core/notes/noteNames';
import { isSafeSegment } from '../core/notes/slug';
import { daysSince } from '../core/dates';
import type { Person } from '../core/people/person';

/** Entry types, with the values of vscode.FileType (a link to a folder is Directory | SymbolicLink). */
export const FILE = 1;
export const DIRECTORY = 2;
export const SYMBOLIC_LINK = 64;

/** A note of a person that could not be used, and why (one line, for the user). */
export interface SkippedFile {
  readonly fileName: string;
  readonly reason: string;
}

/** What the index keeps of a person's newest readable note. */
export interface NewestNote extends NoteFile {
  /** The `person` of its front matter, when it names one. */
  readonly person?: string;
  readonly items: readonly OpenItem[];
  readonly mtime: number;
  readonly size: number;
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

/**
 * The file system calls the index makes, on paths relative to the people folder (`ana`,
 * `ana/2026-11-16.md`): workspace.fs in the extension, a fake in the unit tests.
 */
export interface IndexReader {
  /** Entries of a folder (`''` is the people folder) with their types; undefined when it does not exist; throws any other error. */
  list(path: string): Promise<[string, number][] | undefined>;
  stat(path: string): Promise<{ mtime: number; size: number }>;
  /**
   * A note's text and front matter within the limits, or why it cannot be used. `type` is its
   * entry type from the listing (a symbolic link is never followed).
   */
  read(path: string, type: number, size: number): Promise<{ text: string; data?: Record<string, unknown> } | { reason: string }>;
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

const CONCURRENCY = 16;

/** Runs `work` over `items`, at most CONCURRENCY at a time. */
async function pool<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
}

export class PeopleIndex {
  private entries = new Map<string, PersonEntry>();
  private readonly dirty = new Set<string>();
  private everything = true;
  /** Folder listings and note reads since the index was made (the bench reports them). */
  readonly counts = { listings: 0, reads: 0 };

  constructor(private readonly reader: IndexReader) {}

  /** Marks what a file event touched: one person, or everything when it is not inside a person folder. */
  changed(person?: string): void {
    if (person === undefined) this.everything = true;
    else this.dirty.add(person);
  }

  /** Every person folder's entry, re-reading only what changed. Throws when the people folder cannot be listed (not when it is missing). */
  async people(): Promise<PersonEntry[]> {
    this.counts.listings++;
    let listed: [string, number][] | undefined;
    try {
      listed = await this.reader.list('');
    } catch (error) {
      this.entries.clear();
      throw error;
    }
    if (!listed) {
      this.entries.clear();
      return [];
    }
    const people = listed.filter(([name, type]) => (type & DIRECTORY) !== 0 && isSafeSegment(name));
    const stale = this.everything ? new Set(this.entries.keys()) : this.dirty;
    this.everything = false;
    const todo = new Set(stale);
    this.dirty.clear();
    const next = new Map<string, PersonEntry>();
    await pool(people, async ([slug, type]) => {
      const known = this.entries.get(slug);
      const link = (type & SYMBOLIC_LINK) !== 0;
      next.set(slug, known && !todo.has(slug) && known.link === link ? known : await this.read(slug, link, known));
    });
    this.entries = next;
    return people.map(([slug]) => next.get(slug)!);
  }

  private async read(slug: string, link: boolean, known: PersonEntry | undefined): Promise<PersonEntry> {
    if (link) return { slug, link, notes: [], skipped: [] };
    let listed: [string, number][] = [];
    try {
      this.counts.listings++;
      listed = await this.reader.list(slug) ?? [];
    } catch {
      // A folder that cannot be listed has no notes to show.
    }
    const types = new Map(listed);
    const notes = listed.flatMap(([fileName, type]) => {
      const name = (type & FILE) !== 0 ? parseNoteName(fileName) : undefined;
      return name ? [{ ...name, fileName }] : [];
    }).sort(compareNotes);
    const skipped: SkippedFile[] = [];
    for (const note of [...notes].reverse()) {
      const read = await this.readNewest(`${slug}/${note.fileName}`, note, types.get(note.fileName)!, known?.newest);
      if ('items' in read) return { slug, link, notes, newest: read, skipped };
      skipped.push({ fileName: note.fileName, reason: read.reason });
    }
    return { slug, link, notes, skipped };
  }

  private async readNewest(path: string, note: NoteFile, type: number, previous: NewestNote | undefined): Promise<NewestNote | { reason: string }> {
    let stat: { mtime: number; size: number };
    try {
      stat = await this.reader.stat(path);
    } catch (error) {
      return { reason: (error as Error).message };
    }
    // Unchanged since the last read: nothing to read again.
    if (previous && previous.fileName === note.fileName && previous.mtime === stat.mtime && previous.size === stat.size) return previous;
    this.counts.reads++;
    const read = await this.reader.read(path, type, stat.size);
    if ('reason' in read) return read;
    const person = typeof read.data?.person === 'string' ? read.data.person : undefined;
    return { ...note, person, items: noteOpenItems(read.text), mtime: stat.mtime, size: stat.size };
  }
}
