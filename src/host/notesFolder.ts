/**
 * The notes folder on disk, through workspace.fs so virtual file systems work: where it is, the
 * one index of it every feature reads (notesIndex.ts, fed by one file watcher), the people in it,
 * their dated notes, and reading a note fresh when one is about to be written from it. Shows no
 * dialogs: what it cannot read comes back as a skipped note with the reason, for the caller to report.
 */
import * as vscode from 'vscode';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { agedItems, type AgedItem } from '../core/notes/carryOver';
import type { Person } from '../core/people/person';
import { formatSize, NOTE_LIMITS } from '../core/notes/limits';
import { noteFacts, type NoteFacts } from './noteFacts';
import { NotesIndex, type IndexFs } from './notesIndex';
import { datedNotes, notesChange, peopleOf, PersonEntries, personEntry, type NotesChange, type PersonEntry } from './peopleOverview';
import { splitFrontMatter } from '../core/notes/frontMatter';
import { ONE_ON_ONES_FOLDER, type NoteFile } from '../core/notes/noteNames';
import { PROFILE_FILE } from '../core/people/profile';
import { isSafeSegment, personFolderFor, type PersonFolder } from '../core/notes/slug';

export interface ReadNote extends NoteFile {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly data?: Record<string, unknown>;
}

/** A note that could not be used, and why (one line, for the user). */
export interface SkippedNote {
  readonly uri: vscode.Uri;
  readonly reason: string;
}

/** What the panel and the person picker show: every person, everyone's open items, and what could not be read. */
export interface Overview {
  readonly people: Person[];
  readonly openItems: (AgedItem & { person: string })[];
  /** One line each, naming the file or folder: a people folder that cannot be read, notes passed over. */
  readonly problems: string[];
}

function configuredFolder(scope?: vscode.Uri): string {
  const raw = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<string>(SETTINGS.notesFolder, 'notes').trim();
  const parts = raw.split(/[\\/]+/).filter(Boolean);
  // A notes folder must stay inside the workspace: no absolute paths, no `..`.
  return parts.length > 0 && !/^[a-zA-Z]:/.test(raw) && !raw.startsWith('/') && parts.every(isSafeSegment) ? parts.join('/') : 'notes';
}

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

/** Why a note is not read: it is a link, or too large. */
function refusal(type: vscode.FileType, size: number): string | undefined {
  if ((type & vscode.FileType.SymbolicLink) !== 0) return vscode.l10n.t('it is a symbolic link, and Two Hats does not follow links');
  if (size > NOTE_LIMITS.bytes) return vscode.l10n.t('it is {0}, and Two Hats reads notes up to {1}', formatSize(size), formatSize(NOTE_LIMITS.bytes));
  return undefined;
}

/** Reads a note through workspace.fs within NOTE_LIMITS, never following a symbolic link. */
async function readLimited(uri: vscode.Uri, type: vscode.FileType, size: number): Promise<{ text: string; data?: Record<string, unknown> } | { reason: string }> {
  const refused = refusal(type, size);
  if (refused) return { reason: refused };
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    return { reason: vscode.l10n.t('it could not be read: {0}', (error as Error).message) };
  }
  // It may have grown between stat and read.
  const grown = refusal(type, text.length);
  if (grown) return { reason: grown };
  const split = splitFrontMatter(text);
  if (split.error) return { reason: vscode.l10n.t('its front matter is malformed: {0}', split.error) };
  return { text, data: split.data };
}

/** The index's file system: workspace.fs below the notes folder. */
function indexFs(notesRoot: () => vscode.Uri | undefined, onRead: (path: string) => void): IndexFs {
  const at = (path: string) => {
    const base = notesRoot();
    if (!base) throw new Error('no workspace folder is open');
    return path ? vscode.Uri.joinPath(base, ...path.split('/')) : base;
  };
  return {
    async list(path) {
      try {
        return await vscode.workspace.fs.readDirectory(at(path));
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async stat(path) {
      try {
        return await vscode.workspace.fs.stat(at(path));
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    read: async (path) => {
      onRead(path);
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(at(path)));
    },
  };
}

/** Why a note with broken front matter is passed over. */
const malformedReason = (message: string) => vscode.l10n.t('its front matter is malformed: {0}', message);

export type { NotesChange };

/** How long file events may keep coming before the index reads what they named. */
const SETTLE_DELAY_MS = 100;

export class NotesFolder implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NotesChange>();
  private watching: vscode.Disposable[] = [];
  private configListener: vscode.Disposable | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Reads of person.md files, counted apart for the bench. */
  private readonly profileReads = { count: 0 };
  /** The one index of the notes folder (notesIndex.ts); everything that reads notes for display reads it. */
  readonly index = new NotesIndex<NoteFacts>(indexFs(() => this.root(), (path) => { if (path.endsWith(`/${PROFILE_FILE}`)) this.profileReads.count++; }), noteFacts, {
    maxBytes: NOTE_LIMITS.bytes,
    reasons: {
      link: vscode.l10n.t('it is a symbolic link, and Two Hats does not follow links'),
      tooLarge: (size) => vscode.l10n.t('it is {0}, and Two Hats reads notes up to {1}', formatSize(size), formatSize(NOTE_LIMITS.bytes)),
      unreadable: (message) => vscode.l10n.t('it could not be read: {0}', message),
    },
  });
  /** Every person's entry, kept between overviews: a change works out again only the people it names. */
  private readonly entries = new PersonEntries(this.index, malformedReason);
  /** Person folders and the name each holds (from its newest note or Add Person), from the last overview. */
  private knownNames = new Map<string, string | undefined>();
  /** Files already reported as skipped, so a refresh does not log them again. */
  private readonly reported = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.index.onDidChange((change) => this.changed.fire(notesChange(change)));
  }

  /** Folder listings and file reads made so far, profiles apart (the bench reads them). */
  get readCounts(): { readonly listings: number; readonly reads: number; readonly profileReads: number } {
    return { listings: this.index.counts.listings, reads: this.index.counts.reads - this.profileReads.count, profileReads: this.profileReads.count };
  }


  /** The index, up to date with every file event so far. The first call lists the folder and starts watching it. */
  async ready(): Promise<NotesIndex<NoteFacts>> {
    this.watch();
    await this.index.settled();
    return this.index;
  }

  /**
   * Reads `uris` (files or folders under the notes folder) again now, without waiting for the
   * watcher: a command that is about to act on a person sees what is on disk this moment, also a
   * file written a millisecond ago by another tool. Others are ignored.
   */
  async refresh(...uris: readonly (vscode.Uri | undefined)[]): Promise<NotesIndex<NoteFacts>> {
    this.watch();
    for (const uri of uris) {
      const path = uri && this.relativePath(uri);
      if (path !== undefined) this.index.touch(path);
    }
    await this.index.settled();
    return this.index;
  }

  /**
   * Fires once the index has read what changed under the notes folder, with the paths and people
   * it touched (`all` when everything was listed again). The folder is only watched once someone
   * reads or listens, never from activation, and only that folder.
   */
  onDidChange(listener: (change: NotesChange) => void): vscode.Disposable {
    this.watch();
    return this.changed.event(listener);
  }

  private watch(): void {
    if (this.configListener) return;
    this.startWatching();
    this.configListener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.notesFolder}`)) return;
      this.index.touch();
      this.startWatching();
      this.scheduleSettle();
    });
  }

  private startWatching(): void {
    for (const d of this.watching) d.dispose();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    // Relative to the workspace folder, so a notes folder created later is still seen; the folder itself too.
    const notesFolder = configuredFolder(folder.uri);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `{${notesFolder},${notesFolder}/**}`));
    const touch = (uri: vscode.Uri) => {
      // A path the index cannot place (spelled through a link, say) means "anything may have changed".
      this.index.touch(this.relativePath(uri));
      this.scheduleSettle();
    };
    this.watching = [watcher, watcher.onDidCreate(touch), watcher.onDidChange(touch), watcher.onDidDelete(touch)];
  }

  /** File events come in bursts (a git pull): the index reads what they named once they pause. */
  private scheduleSettle(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => void this.index.settled().catch((error: Error) => this.log.error(`Reading the notes folder failed: ${error.message}`)), SETTLE_DELAY_MS);
  }

  /** `uri` relative to the notes folder (`''` for the folder itself), or undefined when it is not below it. */
  relativePath(uri: vscode.Uri): string | undefined {
    const root = this.root();
    if (!root || uri.scheme !== root.scheme || uri.authority !== root.authority) return undefined;
    if (uri.path === root.path) return '';
    return uri.path.startsWith(`${root.path}/`) ? uri.path.slice(root.path.length + 1) : undefined;
  }

  dispose(): void {
    this.entries.dispose();
    clearTimeout(this.settleTimer);
    for (const d of [...this.watching, this.changed, ...(this.configListener ? [this.configListener] : [])]) d.dispose();
  }

  /** `<first workspace folder>/<twoHats.notesFolder>`, or undefined without a workspace. */
  root(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, ...configuredFolder(folder.uri).split('/'));
  }

  /** The workspace folder the notes folder lives in: nothing is written through a link below it. */
  workspaceFolder(): vscode.Uri | undefined {
    return vscode.workspace.workspaceFolders?.[0]?.uri;
  }

  /** A path relative to the notes folder (`one-on-ones/ana/2026-11-16.md`) as a URI. */
  uriOf(relativePath: string): vscode.Uri | undefined {
    const root = this.root();
    return root && vscode.Uri.joinPath(root, ...relativePath.split('/'));
  }

  personFolder(slug: string): vscode.Uri | undefined {
    const root = this.root();
    return root && isSafeSegment(slug) ? vscode.Uri.joinPath(root, ONE_ON_ONES_FOLDER, slug) : undefined;
  }

  /** The person a note belongs to, when it lies at `one-on-ones/<slug>/…`. */
  personOfNote(uri: vscode.Uri): string | undefined {
    const root = this.root();
    if (!root || uri.scheme !== root.scheme) return undefined;
    const prefix = `${root.path}/${ONE_ON_ONES_FOLDER}/`;
    if (!uri.path.startsWith(prefix)) return undefined;
    const parts = uri.path.slice(prefix.length).split('/');
    return parts.length > 1 && parts[0] && isSafeSegment(parts[0]) ? parts[0] : undefined;
  }

  /**
   * Names in `folder` (all entry types, or one type when given); an empty list when the folder
   * does not exist. Throws any other error, so "cannot read" is never mistaken for "empty".
   */
  async list(folder: vscode.Uri, type?: vscode.FileType): Promise<string[]> {
    try {
      return (await vscode.workspace.fs.readDirectory(folder)).filter(([, t]) => type === undefined || (t & type) !== 0).map(([name]) => name);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  /** Note file names of a person (dated `.md` files only), oldest first, from the index. */
  async noteNames(slug: string): Promise<NoteFile[]> {
    if (!isSafeSegment(slug)) return [];
    return datedNotes(await this.ready(), slug);
  }

  /** Reads a person's note within the limits; one that cannot be used comes back as skipped, with why. */
  async readNote(slug: string, note: NoteFile): Promise<ReadNote | SkippedNote> {
    const uri = vscode.Uri.joinPath(this.personFolder(slug)!, note.fileName);
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (error) {
      return this.skipped(uri, vscode.l10n.t('it could not be read: {0}', (error as Error).message));
    }
    const read = await readLimited(uri, stat.type, stat.size);
    if ('reason' in read) return this.skipped(uri, read.reason);
    return { ...note, uri, text: read.text, data: read.data };
  }

  /** Reads any note under the notes folder (a review note, say) within the same limits as readNote. */
  async readNoteAt(uri: vscode.Uri): Promise<{ uri: vscode.Uri; text: string; data?: Record<string, unknown> } | SkippedNote> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (error) {
      return this.skipped(uri, vscode.l10n.t('it could not be read: {0}', (error as Error).message));
    }
    const read = await readLimited(uri, stat.type, stat.size);
    return 'reason' in read ? this.skipped(uri, read.reason) : { uri, ...read };
  }

  private skipped(uri: vscode.Uri, reason: string): SkippedNote {
    this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
    return { uri, reason: reason.split('\n')[0] ?? reason };
  }

  /**
   * The newest readable note among `candidates` (newest first; default: all the person's notes),
   * and the newer ones skipped on the way.
   */
  async newestReadable(slug: string, candidates?: readonly NoteFile[]): Promise<{ note?: ReadNote; skipped: SkippedNote[] }> {
    const notes = candidates ?? [...await this.noteNames(slug)].reverse();
    const skipped: SkippedNote[] = [];
    for (const note of notes) {
      const read = await this.readNote(slug, note);
      if ('text' in read) return { note: read, skipped };
      skipped.push(read);
    }
    return { skipped };
  }

  async people(today: string, names: Readonly<Record<string, string>>): Promise<Overview> {
    return this.overview(today, names);
  }

  /**
   * Every person, sorted by name, the open items of each one's newest readable note (oldest
   * first), and what could not be read. Reads from the index: only the newest notes and what
   * changed since the last call are read from disk.
   */
  async overview(today: string, names: Readonly<Record<string, string>>): Promise<Overview> {
    const root = this.root();
    if (!root) return { people: [], openItems: [], problems: [] };
    const problems: string[] = [];
    let entries: PersonEntry[] = [];
    try {
      if (((await vscode.workspace.fs.stat(root).then((s) => s.type, () => 0)) & vscode.FileType.SymbolicLink) !== 0) {
        throw new Error(vscode.l10n.t('it is a symbolic link, and Two Hats does not follow links'));
      }
      const index = await this.ready();
      if (index.failure) throw new Error(index.failure);
      entries = await this.entries.all();
    } catch (error) {
      const folder = vscode.workspace.asRelativePath(vscode.Uri.joinPath(root, ONE_ON_ONES_FOLDER));
      problems.push(vscode.l10n.t('Could not read {0}: {1}', folder, (error as Error).message));
    }
    const people = peopleOf(entries, names, today);
    for (const e of entries) {
      for (const skipped of e.skipped) {
        const line = vscode.l10n.t('Skipped {0}: {1}', vscode.workspace.asRelativePath(vscode.Uri.joinPath(root, ONE_ON_ONES_FOLDER, e.slug, skipped.fileName)), skipped.reason);
        problems.push(line);
        if (!this.reported.has(line)) this.log.warn(line);
        this.reported.add(line);
      }
    }
    this.knownNames = new Map(people.map((p) => [p.slug, p.known]));
    const openItems = entries.flatMap((e) => (e.newest ? agedItems(e.newest.items, e.newest, today).map((item) => ({ person: e.slug, ...item })) : []));
    return {
      people: people.map(({ known: _known, ...p }) => p),
      openItems: openItems.sort((a, b) => b.age - a.age),
      problems,
    };
  }

  /** Unchecked items of the person's newest readable note, with the date each was first written down. */
  async openItems(slug: string, today: string): Promise<AgedItem[]> {
    const entry = await personEntry(await this.ready(), slug, false, malformedReason);
    return entry.newest ? agedItems(entry.newest.items, entry.newest, today) : [];
  }

  /** Whether `slug` names an existing person folder. */
  async hasPerson(slug: string): Promise<boolean> {
    const folder = this.personFolder(slug);
    if (!folder) return false;
    try {
      return ((await vscode.workspace.fs.stat(folder)).type & vscode.FileType.Directory) !== 0;
    } catch {
      return false;
    }
  }

  /**
   * Where a person named `name` goes (see core/notes/slug.ts personFolderFor): their existing
   * folder, a new one, or a question for the lead when a hand-made folder has no known name.
   */
  async folderFor(name: string, today: string, names: Readonly<Record<string, string>>): Promise<PersonFolder> {
    await this.overview(today, names);
    return personFolderFor(name, this.knownNames);
  }

  /** Creates a person's folder. Throws what the file system threw. */
  async createPersonFolder(slug: string): Promise<void> {
    const folder = this.personFolder(slug);
    if (!folder) throw new RangeError(`not a safe folder name: ${JSON.stringify(slug)}`);
    await vscode.workspace.fs.createDirectory(folder);
    // The next Add Person must see this folder, whatever the watcher's latency.
    await this.refresh(folder);
  }
}
