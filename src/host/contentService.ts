/**
 * Gives every surface the current content set: the bundled set (validated at build time, so
 * loading it is one read and one JSON.parse) with team packs merged over it. Loads on first
 * use; reloads when pack files or the `twoHats.contentPacks` setting change.
 */
import * as vscode from 'vscode';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { mergePacks, type ContentSet } from '../core/content/contentSet';
import { packGlobs } from './packGlobs';

const RELOAD_DELAY_MS = 300;

export interface PackStats {
  readonly loaded: number;
  readonly invalid: number;
  readonly problems: number;
  /** The workspace is not trusted, so its packs were not read. */
  readonly restricted?: true;
}

export class ContentService implements vscode.Disposable {
  private bundled: Promise<ContentSet> | undefined;
  private current: Promise<ContentSet> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watchers: vscode.Disposable[] = [];
  /** What the last load found among the team packs. */
  stats: PackStats = { loaded: 0, invalid: 0, problems: 0 };
  private readonly changed = new vscode.EventEmitter<ContentSet>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('twoHats');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  /** Fires when the content set is replaced (a team pack changed). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(vscode.workspace.onDidGrantWorkspaceTrust(() => this.scheduleReload()));
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.contentPacks}`)) this.scheduleReload();
    }));
  }

  get(): Promise<ContentSet> {
    this.current ??= this.load();
    return this.current;
  }

  private async loadBundled(): Promise<ContentSet> {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'content.json'));
    return JSON.parse(new TextDecoder().decode(bytes)) as ContentSet;
  }

  private async load(): Promise<ContentSet> {
    this.bundled ??= this.loadBundled();
    const base = await this.bundled;
    this.watch();
    // In Restricted Mode the workspace's packs are not read: they come from people the lead has not trusted yet.
    if (!vscode.workspace.isTrusted) {
      this.stats = { loaded: 0, invalid: 0, problems: 0, restricted: true };
      return base;
    }
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy chunk built beside extension.js
      const { loadPacks, toDiagnostics } = require('./packs.js') as typeof import('./contentPacks');
      // Many packs, or a large workspace to search for them, take a while: say so in the status bar.
      const loaded = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Loading Two Hats content packs') }, () => loadPacks());
      const { content, problems } = mergePacks(base, loaded.packs);
      const byFile = new Map(loaded.problems);
      for (const p of problems) {
        const source = loaded.sources.get(p.file);
        if (!source) continue;
        const entry = byFile.get(source.uri.toString()) ?? { ...source, problems: [] };
        entry.problems.push(p);
        byFile.set(source.uri.toString(), entry);
      }
      this.diagnostics.clear();
      this.diagnostics.set(toDiagnostics(byFile.values()));
      this.stats = { loaded: loaded.packs.length, invalid: loaded.problems.size, problems: [...byFile.values()].reduce((n, e) => n + e.problems.length, 0) };
      if (loaded.packs.length || byFile.size) {
        this.log.info(`Content packs: ${loaded.packs.length} loaded, ${loaded.problems.size} ignored as invalid.`);
      }
      return content;
    } catch (error) {
      // Packs are extras: whatever goes wrong with them, the bundled content still serves.
      this.log.error(`Loading content packs failed: ${(error as Error).message}`);
      return base;
    }
  }

  /** Watches the pack globs (re-created when the setting changes). */
  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const glob of packGlobs()) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const reload = () => this.scheduleReload();
        this.watchers.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
      }
    }
  }

  /** Reloads the packs now (Validate Content Packs) and tells listeners. */
  async reload(): Promise<PackStats> {
    clearTimeout(this.timer);
    this.current = this.load();
    this.changed.fire(await this.current);
    return this.stats;
  }

  private scheduleReload(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.current = this.load();
      void this.current.then((c) => this.changed.fire(c));
    }, RELOAD_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}
