/**
 * The notes folder on disk, through workspace.fs so virtual file systems work: where it is, the
 * people in it, their dated notes, and reading them. Shows no dialogs: what it cannot read comes
 * back as a skipped note with the reason, for the caller to report.
 */
import * as vscode from 'vscode';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import type { OpenItemView, PersonSummary } from '../core/panel/protocol';
import { agedOpenItems } from '../core/notes/carryOver';
import { splitFrontMatter } from '../core/notes/frontMatter';
import { compareNotes, daysSince, ONE_ON_ONES_FOLDER, parseNoteName, type NoteFile } from '../core/notes/noteNames';
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

function configuredFolder(scope?: vscode.Uri): string {
  const raw = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<string>(SETTINGS.notesFolder, 'notes').trim();
  const parts = raw.split(/[\\/]+/).filter(Boolean);
  // A notes folder must stay inside the workspace: no absolute paths, no `..`.
  return parts.length > 0 && !/^[a-zA-Z]:/.test(raw) && !raw.startsWith('/') && parts.every(isSafeSegment) ? parts.join('/') : 'notes';
}

export class NotesFolder implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private watching: vscode.Disposable[] = [];
  private configListener: vscode.Disposable | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /**
   * Fires when a note under the notes folder is created, changed or deleted. The folder is
   * only watched once someone listens (the panel), not from activation, and only that folder.
   */
  onDidChange(listener: () => void): vscode.Disposable {
    if (!this.configListener) {
      this.startWatching();
      this.configListener = vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.notesFolder}`)) return;
        this.startWatching();
        this.changed.fire();
      });
    }
    return this.changed.event(listener);
  }

  private startWatching(): void {
    for (const d of this.watching) d.dispose();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    // Relative to the workspace folder, so a notes folder created later is still seen.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${configuredFolder(folder.uri)}/**/*.md`));
    const fire = () => this.changed.fire();
    this.watching = [watcher, watcher.onDidCreate(fire), watcher.onDidChange(fire), watcher.onDidDelete(fire)];
  }

  dispose(): void {
    for (const d of [...this.watching, this.changed, ...(this.configListener ? [this.configListener] : [])]) d.dispose();
  }

  /** `<first workspace folder>/<twoHats.notesFolder>`, or undefined without a workspace. */
  root(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, ...configuredFolder(folder.uri).split('/'));
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
    const slug = uri.path.slice(prefix.length).split('/')[0];
    return slug && isSafeSegment(slug) ? slug : undefined;
  }

  /** Names in `folder` of the given type; an empty list when the folder does not exist. */
  async list(folder: vscode.Uri, type?: vscode.FileType): Promise<string[]> {
    try {
      return (await vscode.workspace.fs.readDirectory(folder)).filter(([, t]) => type === undefined || t === type).map(([name]) => name);
    } catch {
      return [];
    }
  }

  /** Every file name in the person's folder (dated notes and anything else), for planning a new note. */
  async personFiles(slug: string): Promise<string[]> {
    const folder = this.personFolder(slug);
    return folder ? this.list(folder, vscode.FileType.File) : [];
  }

  /** Note file names of a person (dated `.md` files only), oldest first. */
  async noteNames(slug: string): Promise<NoteFile[]> {
    return (await this.personFiles(slug))
      .flatMap((fileName) => { const n = parseNoteName(fileName); return n ? [{ ...n, fileName }] : []; })
      .sort(compareNotes);
  }

  /** Reads a person's note; one that cannot be read or has broken front matter comes back as skipped, with why. */
  async readNote(slug: string, note: NoteFile): Promise<ReadNote | SkippedNote> {
    const uri = vscode.Uri.joinPath(this.personFolder(slug)!, note.fileName);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      return this.skipped(uri, vscode.l10n.t('it could not be read: {0}', (error as Error).message));
    }
    const split = splitFrontMatter(text);
    if (split.error) return this.skipped(uri, vscode.l10n.t('its front matter is malformed: {0}', split.error));
    return { ...note, uri, text, data: split.data };
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

  async people(today: string, names: Readonly<Record<string, string>>): Promise<PersonSummary[]> {
    return (await this.overview(today, names)).people;
  }

  /**
   * Every person, sorted by name, and the open items of each one's newest note, oldest
   * first: one listing and one note read per person.
   */
  async overview(today: string, names: Readonly<Record<string, string>>): Promise<{ people: PersonSummary[]; openItems: (OpenItemView & { person: string })[] }> {
    const root = this.root();
    if (!root) return { people: [], openItems: [] };
    const slugs = (await this.list(vscode.Uri.joinPath(root, ONE_ON_ONES_FOLDER), vscode.FileType.Directory)).filter(isSafeSegment);
    const each = await Promise.all(slugs.map(async (slug) => {
      const notes = await this.noteNames(slug);
      const last = notes[notes.length - 1];
      const { note: newest } = await this.newestReadable(slug, [...notes].reverse());
      const known = typeof newest?.data?.person === 'string' ? newest.data.person : names[slug];
      const person: PersonSummary = { slug, name: known ?? slug, last: last?.date, days: last ? daysSince(last.date, today) : undefined };
      return { person, known, items: newest ? itemsOf(newest, today).map((item) => ({ person: slug, ...item })) : [] };
    }));
    this.knownNames = new Map(each.map((e) => [e.person.slug, e.known]));
    return {
      people: each.map((e) => e.person).sort((a, b) => a.name.localeCompare(b.name)),
      openItems: each.flatMap((e) => e.items).sort((a, b) => b.age - a.age),
    };
  }

  /** Person folders and the name each holds (from its newest note or Add Person), from the last overview. */
  private knownNames = new Map<string, string | undefined>();

  /** Unchecked items of the person's newest note (among `notes`, oldest first, when already listed), with the date each was first written down. */
  async openItems(slug: string, today: string, notes?: readonly NoteFile[]): Promise<OpenItemView[]> {
    const { note } = await this.newestReadable(slug, notes && [...notes].reverse());
    return note ? itemsOf(note, today) : [];
  }

  /** Whether `slug` names an existing person folder. */
  async hasPerson(slug: string): Promise<boolean> {
    const folder = this.personFolder(slug);
    if (!folder) return false;
    try {
      return (await vscode.workspace.fs.stat(folder)).type === vscode.FileType.Directory;
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
  }
}

function itemsOf(note: ReadNote, today: string): OpenItemView[] {
  return agedOpenItems(note, today);
}
