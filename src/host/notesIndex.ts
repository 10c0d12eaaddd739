/**
 * The one index of the notes folder that every feature reads: each markdown file under it, and
 * what was derived from it (front matter, open items, a profile…), derived once per file version.
 *
 * Two levels, so the panel paints before a large folder is read to the end:
 * - the listing (every folder and file name, no stat, no read), brought up to date by `settled()`;
 * - the facts of a file (stat, read, derive), loaded on demand (`load(paths)`), or for every file
 *   listed (`loadAll()`, for the views that read every note, in the background). A loaded file
 *   stays loaded: when the watcher names it, the next settle reads it again, and only it.
 *
 * A change re-reads only what the file watcher named (a file, or a folder when one appears, moves
 * or goes) and reports which paths changed, so each consumer updates only what depends on them.
 * No `vscode` import at run time: the file system comes in as an IndexFs (workspace.fs in the
 * extension; an in-memory one in the unit tests, which check that after any sequence of changes
 * the index equals a cold rebuild). Paths are relative to the notes folder, `/`-separated. Symbolic
 * links are listed and never followed. Work on the extension host's thread stays bounded: one
 * file's derivation at a time, yielding to the event loop when it has worked for a while.
 */

/** Entry types, with the values of vscode.FileType (a link to a folder is Directory | SymbolicLink). */
export const FILE = 1;
export const DIRECTORY = 2;
export const SYMBOLIC_LINK = 64;

/** The file system calls the index makes, on paths relative to the notes folder (`''` is the folder). */
export interface IndexFs {
  /** Entries of a folder with their types; undefined when it does not exist; throws any other error. */
  list(path: string): Promise<[string, number][] | undefined>;
  /** A path's type, modification time (ms) and size, or undefined when it does not exist. */
  stat(path: string): Promise<{ type: number; mtime: number; size: number } | undefined>;
  /** A file's text; throws when it cannot be read. */
  read(path: string): Promise<string>;
}

/** What the index keeps of one file. */
export interface IndexEntry<T> {
  readonly path: string;
  /** Its type in the listing (FILE, maybe with SYMBOLIC_LINK). */
  readonly type: number;
  /** Set once loaded: the modification time and size its facts were derived at. */
  readonly mtime?: number;
  readonly size?: number;
  /** Derived from the file's text, once loaded and read. */
  readonly value?: T;
  /** Why the file was not read, once loaded, for the user (a link, too large, unreadable). */
  readonly skipped?: string;
}

export interface IndexOptions {
  /** Files larger than this are listed with a reason and not read. */
  readonly maxBytes: number;
  /** Files listed at most; the rest are left out (a notes folder is not a disk). */
  readonly maxFiles?: number;
  /** Folders deeper than this below the notes folder are not listed. */
  readonly maxDepth?: number;
  /** Files loaded at the same time. */
  readonly concurrency?: number;
  /** Why a file is not read, in the user's words. */
  readonly reasons: { readonly link: string; readonly tooLarge: (size: number) => string; readonly unreadable: (message: string) => string };
}

/** What one settle or load changed: the paths added, changed (their facts too) or removed; `all` after a relisting. */
export interface IndexChange {
  readonly paths: ReadonlySet<string>;
  readonly all: boolean;
}

const YIELD_AFTER_MS = 8;

function isNote(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
}

export function parentOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

function under(path: string, folder: string): boolean {
  return folder === '' || path === folder || path.startsWith(`${folder}/`);
}

function byName(a: [string, number], b: [string, number]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

export class NotesIndex<T> {
  private files = new Map<string, IndexEntry<T>>();
  /** Folders listed (the notes folder is ''), and folders that are links (listed, never followed). */
  private folders = new Map<string, { readonly link: boolean }>();
  /** Files whose facts were asked for: kept loaded through changes. */
  private readonly wanted = new Set<string>();
  private built = false;
  private everything = true;
  private readonly dirty = new Set<string>();
  private running: Promise<void> | undefined;
  private readonly loading = new Map<string, Promise<void>>();
  private readonly listeners = new Set<(change: IndexChange) => void>();
  private lastYield = 0;
  /** Files and folders by their folder, built on first use after a change. */
  private grouped: { files: Map<string, IndexEntry<T>[]>; folders: Map<string, { name: string; link: boolean }[]> } | undefined;
  /** Folder listings, stats and file reads since the index was made (the bench reports them). */
  readonly counts = { listings: 0, stats: 0, reads: 0 };
  /** Why the notes folder itself could not be listed, when it could not. */
  failure: string | undefined;

  constructor(private readonly fs: IndexFs, private readonly derive: (path: string, text: string) => T, private readonly options: IndexOptions) {}

  /** Marks what a file event touched: a file or folder path, or everything when unknown. */
  touch(path?: string): void {
    if (path === undefined) this.everything = true;
    else this.dirty.add(path);
  }

  /** Applies every file event so far: resolves once the listing (and every loaded file) is up to date. */
  async settled(): Promise<void> {
    while (this.running || this.everything || this.dirty.size > 0) {
      this.running ??= this.run().finally(() => { this.running = undefined; });
      await this.running;
    }
  }

  /** Loads the facts of `paths` (listed files; others are ignored), each read once per version. */
  async load(paths: Iterable<string>): Promise<void> {
    await this.settled();
    const changed = new Set<string>();
    await this.pool([...paths], async (path) => {
      const entry = this.files.get(path);
      if (!entry) return;
      this.wanted.add(path);
      if (entry.mtime !== undefined) return;
      await this.loadOne(path, changed);
    });
    this.notify(changed, false);
  }

  /** Loads the facts of every file listed. */
  async loadAll(): Promise<void> {
    await this.settled();
    await this.load([...this.files.keys()]);
  }

  /** Whether every listed file is loaded. */
  get complete(): boolean {
    for (const e of this.files.values()) if (e.mtime === undefined) return false;
    return true;
  }

  /** Calls `listener` after each settle or load that changed something. */
  onDidChange(listener: (change: IndexChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get(path: string): IndexEntry<T> | undefined {
    return this.files.get(path);
  }

  /** Every file listed, in no particular order. */
  all(): IterableIterator<IndexEntry<T>> {
    return this.files.values();
  }

  /** Whether the notes folder exists (as far as the last settle saw). */
  get exists(): boolean {
    return this.folders.has('');
  }

  /** The files directly in `folder`, and its folders, with whether each is a link. */
  children(folder: string): { files: readonly IndexEntry<T>[]; folders: readonly { name: string; link: boolean }[] } {
    if (!this.grouped) {
      const files = new Map<string, IndexEntry<T>[]>();
      for (const e of this.files.values()) {
        const parent = parentOf(e.path);
        (files.get(parent) ?? files.set(parent, []).get(parent)!).push(e);
      }
      const folders = new Map<string, { name: string; link: boolean }[]>();
      for (const [path, f] of this.folders) {
        if (path === '') continue;
        const parent = parentOf(path);
        (folders.get(parent) ?? folders.set(parent, []).get(parent)!).push({ name: path.slice(path.lastIndexOf('/') + 1), link: f.link });
      }
      this.grouped = { files, folders };
    }
    return { files: this.grouped.files.get(folder) ?? [], folders: this.grouped.folders.get(folder) ?? [] };
  }

  private notify(changed: ReadonlySet<string>, all: boolean): void {
    if (changed.size === 0 && !all) return;
    this.grouped = undefined;
    for (const listener of [...this.listeners]) listener({ paths: changed, all });
  }

  private async run(): Promise<void> {
    const changed = new Set<string>();
    const all = this.everything || !this.built;
    if (all) {
      this.everything = false;
      this.dirty.clear();
      await this.relist(changed);
      this.built = true;
    } else {
      const paths = [...this.dirty];
      this.dirty.clear();
      for (const path of paths) await this.refreshPath(path, changed);
    }
    // Folders may come or go without a file changing: group again in any case.
    this.grouped = undefined;
    this.notify(changed, all);
  }

  /** Lists everything again; loaded files that did not change keep their facts, changed ones are read again. */
  private async relist(changed: Set<string>): Promise<void> {
    const before = this.files;
    this.files = new Map();
    this.folders = new Map();
    this.failure = undefined;
    try {
      await this.walk('', 0, before, changed);
    } catch (error) {
      this.failure = (error as Error).message;
    }
    for (const path of before.keys()) if (!this.files.has(path)) changed.add(path);
    await this.reloadWanted(changed);
  }

  /** Lists `folder` and everything under it, keeping what `known` had for each file still there. */
  private async walk(folder: string, depth: number, known: ReadonlyMap<string, IndexEntry<T>>, changed: Set<string>): Promise<void> {
    this.counts.listings++;
    const listed = await this.fs.list(folder);
    if (!listed) return;
    this.folders.set(folder, { link: false });
    for (const [name, type] of listed.sort(byName)) {
      const path = folder === '' ? name : `${folder}/${name}`;
      if ((type & DIRECTORY) !== 0) {
        if ((type & SYMBOLIC_LINK) !== 0) this.folders.set(path, { link: true });
        else if (depth < (this.options.maxDepth ?? 8)) {
          try {
            await this.walk(path, depth + 1, known, changed);
          } catch {
            // A folder that cannot be listed holds nothing the index can read.
            this.folders.set(path, { link: false });
          }
        }
        continue;
      }
      if ((type & FILE) === 0 || !isNote(name) || this.files.size >= (this.options.maxFiles ?? 50_000)) continue;
      const old = known.get(path);
      if (old && old.type === type) this.files.set(path, old);
      else {
        this.files.set(path, { path, type });
        changed.add(path);
      }
    }
  }

  /** Files that were loaded: read again where their time or size changed. */
  private async reloadWanted(changed: Set<string>, folder?: string): Promise<void> {
    const mine = (p: string) => folder === undefined || under(p, folder);
    const todo = [...this.wanted].filter((p) => mine(p) && this.files.has(p));
    for (const p of [...this.wanted]) if (mine(p) && !this.files.has(p)) this.wanted.delete(p);
    await this.pool(todo, (path) => this.loadOne(path, changed));
  }

  /** Stats a listed file and, when new or changed since it was last read, reads and derives it again. */
  private loadOne(path: string, changed: Set<string>): Promise<void> {
    const running = this.loading.get(path);
    if (running) return running;
    const work = this.readEntry(path, changed).finally(() => this.loading.delete(path));
    this.loading.set(path, work);
    return work;
  }

  private async readEntry(path: string, changed: Set<string>): Promise<void> {
    const listed = this.files.get(path);
    if (!listed) return;
    this.counts.stats++;
    const stat = await this.fs.stat(path).catch(() => undefined);
    if (!stat) {
      this.remove(path, changed);
      return;
    }
    if (listed.mtime === stat.mtime && listed.size === stat.size) return;
    const base = { path, type: listed.type, mtime: stat.mtime, size: stat.size };
    let entry: IndexEntry<T>;
    if (((listed.type | stat.type) & SYMBOLIC_LINK) !== 0) entry = { ...base, skipped: this.options.reasons.link };
    else if (stat.size > this.options.maxBytes) entry = { ...base, skipped: this.options.reasons.tooLarge(stat.size) };
    else {
      let text: string | undefined;
      try {
        this.counts.reads++;
        text = await this.fs.read(path);
      } catch (error) {
        entry = { ...base, skipped: this.options.reasons.unreadable((error as Error).message) };
      }
      if (text !== undefined) {
        // It may have grown between stat and read.
        if (text.length > this.options.maxBytes) entry = { ...base, skipped: this.options.reasons.tooLarge(text.length) };
        else {
          await this.yieldNow();
          entry = { ...base, value: this.derive(path, text) };
        }
      }
    }
    // Removed or relisted meanwhile: what was read belongs to no listing any more.
    if (this.files.get(path) !== listed) return;
    this.files.set(path, entry!);
    changed.add(path);
  }

  /** Runs `work` over `items`, a few at a time. */
  private async pool(items: readonly string[], work: (item: string) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < items.length) await work(items[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency ?? 16, items.length) }, worker));
  }

  /** Gives the event loop a turn when this thread has worked for a while. */
  private async yieldNow(): Promise<void> {
    const now = Date.now();
    if (now - this.lastYield < YIELD_AFTER_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.lastYield = Date.now();
  }

  /** Brings one path up to date: a file read again if loaded, a folder listed again, gone ones removed. */
  private async refreshPath(path: string, changed: Set<string>): Promise<void> {
    if (path === '' || !this.folders.has('')) {
      // The notes folder itself came, went or changed: list all of it.
      this.everything = true;
      return;
    }
    // Under a folder the index has not listed yet (events can name a file before its new folder):
    // list from the first folder that is new, once.
    let top = path;
    while (!this.folders.has(parentOf(top))) top = parentOf(top);
    if (top !== path) {
      if (!this.dirty.has(top)) await this.refreshPath(top, changed);
      return;
    }
    if (this.folders.get(parentOf(path))!.link) return;
    this.counts.stats++;
    const stat = await this.fs.stat(path).catch(() => undefined);
    if (!stat) {
      this.remove(path, changed);
      return;
    }
    if ((stat.type & DIRECTORY) !== 0) {
      const known = new Map([...this.files].filter(([p]) => under(p, path)));
      this.remove(path, new Set());
      if ((stat.type & SYMBOLIC_LINK) !== 0) {
        this.folders.set(path, { link: true });
        for (const p of known.keys()) changed.add(p);
        return;
      }
      try {
        await this.walk(path, path.split('/').length, known, changed);
      } catch {
        this.folders.set(path, { link: false });
      }
      for (const p of known.keys()) if (!this.files.has(p)) changed.add(p);
      // Only what lies under this folder: a folder event never stats the rest of the notes.
      await this.reloadWanted(changed, path);
      return;
    }
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!isNote(name)) return;
    const known = this.files.get(path);
    if (!known || known.type !== stat.type) {
      this.files.set(path, { path, type: stat.type });
      changed.add(path);
    }
    if (this.wanted.has(path)) await this.loadOne(path, changed);
  }

  private remove(path: string, changed: Set<string>): void {
    for (const p of [...this.files.keys()]) {
      if (under(p, path)) {
        this.files.delete(p);
        changed.add(p);
      }
    }
    for (const f of [...this.folders.keys()]) if (f !== '' && under(f, path)) this.folders.delete(f);
  }
}
