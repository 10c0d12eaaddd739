/**
 * The hat history: the mix of each person's last 1:1 notes and of the last design-review notes,
 * and which shifts the lead's reflection notes reflect on. Reads through a NotesReader (workspace.fs
 * in the extension, see workspaceNotesReader.ts; anything in a test or a bench) and caches what it
 * computed from each file by the file's modification time and size, so a refresh stats the notes it
 * shows and re-reads only the ones that changed. Only the newest notes asked for are stat'ed or read.
 * No `vscode` import at run time: a bench can load it in plain Node.
 */
import type { Prompt } from '../core/content/schema';
import { frontMatterField, splitLines } from '../core/markdown/markdownScan';
import { askedOnDay, mixOf, scanNote, type NoteMix, type NoteScan } from '../core/hatBalance/hatMix';
import {
  compareNotes, DESIGN_REVIEWS_FOLDER, ONE_ON_ONES_FOLDER, parseNoteName, parseReflectionName, parseReviewName, REFLECTIONS_FOLDER,
  type NoteFile,
} from '../core/notes/noteNames';
import { reflectedShifts, type ExpandedReflection } from '../core/hatBalance/reflection';

/** A file's modification time (ms) and size in bytes. */
export interface FileStamp {
  readonly mtime: number;
  readonly size: number;
}

/** The notes folder as the history reads it. Paths are relative to the notes folder and `/`-separated. */
export interface NotesReader {
  /** Names of the files in `folder`; empty when it does not exist. */
  files(folder: string): Promise<readonly string[]>;
  /** The file's stamp, or undefined when it is gone. */
  stat(path: string): Promise<FileStamp | undefined>;
  /** The file's text; throws when it cannot be read. */
  read(path: string): Promise<string>;
}

/** A meeting note with its mix. `title` is a review's front-matter title, when it has one. */
export interface MeetingMix extends NoteMix {
  readonly path: string;
  readonly fileName: string;
  readonly date: string;
  readonly title?: string;
}

/** Which notes to take: the newest `limit` (default 8), and only those dated `since` or later. */
export interface MeetingQuery {
  readonly limit?: number;
  readonly since?: string;
  readonly until?: string;
}

export const DEFAULT_MEETINGS = 8;

interface Cached<T> {
  readonly stamp: FileStamp;
  readonly basis: object;
  readonly value: T;
}

/** What was computed from each note's text, kept while the file's stamp and the basis (content) stay the same. */
export class NoteCache<T> {
  private readonly entries = new Map<string, Cached<T>>();
  /** Files read so far (a refresh that finds nothing changed reads none). */
  reads = 0;

  constructor(private readonly reader: NotesReader) {}

  /** `compute(text)` for the note at `path`, from the cache while unchanged; undefined when it is gone or unreadable. */
  async get(path: string, basis: object, compute: (text: string) => T): Promise<T | undefined> {
    const stamp = await this.reader.stat(path);
    const cached = this.entries.get(path);
    if (!stamp) {
      this.entries.delete(path);
      return undefined;
    }
    if (cached && cached.basis === basis && cached.stamp.mtime === stamp.mtime && cached.stamp.size === stamp.size) return cached.value;
    let text: string;
    try {
      text = await this.reader.read(path);
    } catch {
      this.entries.delete(path);
      return undefined;
    }
    this.reads++;
    const value = compute(text);
    this.entries.set(path, { stamp, basis, value });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

interface Scanned {
  readonly scan: NoteScan;
  /** The mix of the text alone, for the usual case of no asked-log entry for the note. */
  readonly mix: NoteMix;
  readonly title?: string;
}

function withAsked(read: Scanned, asked: readonly string[], prompts: readonly Prompt[]): NoteMix {
  return asked.length === 0 ? read.mix : mixOf(read.scan, asked, prompts);
}

function chosen<T extends { date: string }>(sortedOldestFirst: readonly T[], query: MeetingQuery): T[] {
  const inRange = sortedOldestFirst.filter((n) => (!query.since || n.date >= query.since) && (!query.until || n.date <= query.until));
  const limit = query.limit ?? DEFAULT_MEETINGS;
  return Number.isFinite(limit) ? inRange.slice(-limit) : inRange;
}

export class HatHistory {
  private readonly notes: NoteCache<Scanned>;
  private readonly reflections: NoteCache<string[]>;
  /** Each person folder's dated notes, oldest first, kept while the folder lists the same names. */
  private readonly listings = new Map<string, { names: string; notes: NoteFile[] }>();

  constructor(private readonly reader: NotesReader) {
    this.notes = new NoteCache(reader);
    this.reflections = new NoteCache(reader);
  }

  /** Files read so far, by every query (for tests and the bench). */
  get reads(): number {
    return this.notes.reads + this.reflections.reads;
  }

  private scanned(path: string, prompts: readonly Prompt[], withTitle: boolean): Promise<Scanned | undefined> {
    return this.notes.get(path, prompts, (text) => {
      const scan = scanNote(text, prompts);
      return { scan, mix: mixOf(scan, [], prompts), ...(withTitle ? { title: frontMatterField(splitLines(text), 'title') || undefined } : {}) };
    });
  }

  /**
   * A person's dated 1:1 notes (`one-on-ones/<slug>/YYYY-MM-DD[-n].md`) matching `query`, oldest
   * first, each with its mix. `asked` is the asked log for the person: a prompt asked on a day
   * counts for the last note of that day. Notes that cannot be read are left out.
   */
  async personMeetings(slug: string, prompts: readonly Prompt[], asked: Readonly<Record<string, string>>, query: MeetingQuery = {}): Promise<MeetingMix[]> {
    const folder = `${ONE_ON_ONES_FOLDER}/${slug}`;
    const all = this.datedNotes(folder, await this.reader.files(folder));
    const lastOfDay = new Map(all.map((n) => [n.date, n.fileName]));
    const mixes = await Promise.all(chosen(all, query).map(async (note): Promise<MeetingMix | undefined> => {
      const path = `${folder}/${note.fileName}`;
      const read = await this.scanned(path, prompts, false);
      if (!read) return undefined;
      const fromLog = lastOfDay.get(note.date) === note.fileName ? askedOnDay(asked, note.date) : [];
      return { path, fileName: note.fileName, date: note.date, ...withAsked(read, fromLog, prompts) };
    }));
    return mixes.filter((m): m is MeetingMix => m !== undefined);
  }

  private datedNotes(folder: string, fileNames: readonly string[]): NoteFile[] {
    const names = fileNames.join('\n');
    const cached = this.listings.get(folder);
    if (cached?.names === names) return cached.notes;
    const notes = fileNames.flatMap((fileName) => { const n = parseNoteName(fileName); return n ? [{ ...n, fileName }] : []; }).sort(compareNotes);
    this.listings.set(folder, { names, notes });
    return notes;
  }

  /** Every person's meetings matching `query` (see personMeetings), by slug. */
  async peopleMeetings(slugs: readonly string[], prompts: readonly Prompt[], askedOf: (slug: string) => Readonly<Record<string, string>>, query: MeetingQuery = {}): Promise<Map<string, MeetingMix[]>> {
    const out = new Map<string, MeetingMix[]>();
    await Promise.all(slugs.map(async (slug) => out.set(slug, await this.personMeetings(slug, prompts, askedOf(slug), query))));
    return new Map(slugs.map((slug) => [slug, out.get(slug)!]));
  }

  /**
   * Design-review notes (`design-reviews/YYYY-MM-DD-<slug>.md`) matching `query`, oldest first,
   * each with its mix and title. `askedIn(path)` is the asked log of that note: all of it counts.
   */
  async reviewMeetings(prompts: readonly Prompt[], askedIn: (path: string) => Readonly<Record<string, string>>, query: MeetingQuery = {}): Promise<MeetingMix[]> {
    const all = (await this.reader.files(DESIGN_REVIEWS_FOLDER))
      .flatMap((fileName) => { const n = parseReviewName(fileName); return n ? [{ ...n, fileName }] : []; })
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.fileName.localeCompare(b.fileName)));
    const mixes = await Promise.all(chosen(all, query).map(async (note): Promise<MeetingMix | undefined> => {
      const path = `${DESIGN_REVIEWS_FOLDER}/${note.fileName}`;
      const read = await this.scanned(path, prompts, true);
      if (!read) return undefined;
      return { path, fileName: note.fileName, date: note.date, title: read.title ?? note.slug, ...withAsked(read, Object.keys(askedIn(path)), prompts) };
    }));
    return mixes.filter((m): m is MeetingMix => m !== undefined);
  }

  /** Reflection notes (`reflections/YYYY-MM[-n].md`) of `months`, newest first, with the shifts each reflects on. */
  async reflectionNotes(months: readonly string[], reflection: ExpandedReflection): Promise<{ fileName: string; month: string; shifts: string[] }[]> {
    const wanted = new Set(months);
    const names = (await this.reader.files(REFLECTIONS_FOLDER))
      .flatMap((fileName) => { const n = parseReflectionName(fileName); return n && wanted.has(n.month) ? [{ ...n, fileName }] : []; })
      .sort((a, b) => (a.month === b.month ? b.n - a.n : a.month < b.month ? 1 : -1));
    const notes = await Promise.all(names.map(async (n) => {
      const shifts = await this.reflections.get(`${REFLECTIONS_FOLDER}/${n.fileName}`, reflection, (text) => reflectedShifts(text, reflection));
      return shifts && { fileName: n.fileName, month: n.month, shifts };
    }));
    return notes.filter((n): n is { fileName: string; month: string; shifts: string[] } => !!n);
  }
}
