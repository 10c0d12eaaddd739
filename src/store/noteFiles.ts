/**
 * The notes folder on disk (through workspace.fs, so virtual file systems work): people,
 * their notes, and creating notes that never overwrite anything.
 */
import * as vscode from 'vscode';
import type { OpenItemView, PersonSummary } from '../panel/protocol';
import { openItems } from '../notes/carryOver';
import { splitFrontMatter } from '../notes/frontMatter';
import { compareNotes, daysSince, ONE_ON_ONES_FOLDER, parseNoteName, type NoteFile } from '../notes/noteNames';
import { isSafeSegment, slugify } from '../notes/slug';

export interface ReadNote extends NoteFile {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly data?: Record<string, unknown>;
}

function configuredFolder(scope?: vscode.Uri): string {
  const raw = vscode.workspace.getConfiguration('twoHats', scope).get<string>('notesFolder', 'notes').trim();
  const parts = raw.split(/[\\/]+/).filter(Boolean);
  // A notes folder must stay inside the workspace: no absolute paths, no `..`.
  return parts.length > 0 && !/^[a-zA-Z]:/.test(raw) && !raw.startsWith('/') && parts.every(isSafeSegment) ? parts.join('/') : 'notes';
}

export class NoteFiles implements vscode.Disposable {
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
        if (!e.affectsConfiguration('twoHats.notesFolder')) return;
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

  private async list(folder: vscode.Uri, type: vscode.FileType): Promise<string[]> {
    try {
      return (await vscode.workspace.fs.readDirectory(folder)).filter(([, t]) => t === type).map(([name]) => name);
    } catch {
      return [];
    }
  }

  /** Note file names of a person (dated `.md` files only), oldest first. */
  async noteNames(slug: string): Promise<NoteFile[]> {
    const folder = this.personFolder(slug);
    if (!folder) return [];
    return (await this.list(folder, vscode.FileType.File))
      .flatMap((fileName) => { const n = parseNoteName(fileName); return n ? [{ ...n, fileName }] : []; })
      .sort(compareNotes);
  }

  /** Reads a note; a note that cannot be read or has broken front matter is skipped with a warning naming it. */
  async readNote(slug: string, note: NoteFile, warn = true): Promise<ReadNote | undefined> {
    const uri = vscode.Uri.joinPath(this.personFolder(slug)!, note.fileName);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (warn) this.warnSkipped(uri, vscode.l10n.t('it could not be read: {0}', (error as Error).message));
      return undefined;
    }
    const split = splitFrontMatter(text);
    if (split.error) {
      if (warn) this.warnSkipped(uri, vscode.l10n.t('its front matter is malformed: {0}', split.error));
      return undefined;
    }
    return { ...note, uri, text, data: split.data };
  }

  private warnSkipped(uri: vscode.Uri, why: string): void {
    const name = vscode.workspace.asRelativePath(uri);
    this.log.warn(`Skipped ${name}: ${why}`);
    void vscode.window.showWarningMessage(vscode.l10n.t('Two Hats skipped {0}: {1}', name, why.split('\n')[0] ?? why));
  }

  /** The newest readable note of a person, newest first among `candidates` (default: all). */
  async newestReadable(slug: string, candidates?: NoteFile[], warn = true): Promise<ReadNote | undefined> {
    const notes = [...(candidates ?? await this.noteNames(slug))].reverse();
    for (const note of notes) {
      const read = await this.readNote(slug, note, warn);
      if (read) return read;
    }
    return undefined;
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
      const newest = await this.newestReadable(slug, notes, false);
      const named = typeof newest?.data?.person === 'string' ? newest.data.person : names[slug] ?? slug;
      const person: PersonSummary = { slug, name: named, last: last?.date, days: last ? daysSince(last.date, today) : undefined };
      return { person, items: newest ? itemsOf(newest, today).map((item) => ({ person: slug, ...item })) : [] };
    }));
    return {
      people: each.map((e) => e.person).sort((a, b) => a.name.localeCompare(b.name)),
      openItems: each.flatMap((e) => e.items).sort((a, b) => b.age - a.age),
    };
  }

  /** Unchecked items of the person's newest note (among `notes`, when already listed), with the date each was first written down. */
  async openItems(slug: string, today: string, notes?: NoteFile[]): Promise<OpenItemView[]> {
    const note = await this.newestReadable(slug, notes, false);
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

  /** Creates the person's folder; returns the slug. */
  async addPerson(name: string): Promise<string | undefined> {
    const slug = slugify(name);
    const folder = this.personFolder(slug);
    if (!folder) return undefined;
    await vscode.workspace.fs.createDirectory(folder);
    return slug;
  }
}

function itemsOf(note: ReadNote, today: string): OpenItemView[] {
  return openItems(note.text).map((item) => {
    const date = item.origin?.date ?? note.date;
    return { text: item.text, date, fileName: note.fileName, line: item.line, age: daysSince(date, today) };
  });
}
