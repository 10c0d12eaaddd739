/**
 * "Since our last 1:1" from local git history, through VS Code's built-in Git extension
 * (`vscode.git`, `getAPI(1)`): no child process of our own, nothing leaves the machine. Opt-in
 * (`twoHats.git.sinceLastOneOnOne`). When git cannot answer, says why in one line. No dialogs.
 */
import * as vscode from 'vscode';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { notesBefore } from '../core/notes/noteNames';
import { commitsSince, MAX_SCANNED, newestCommits, startOfDay, type CommitLine, type CommitRecord } from '../core/people/sinceLastTime';
import { inWebWorkerHost } from './extensionHost';
import type { NotesFolder } from './notesFolder';
import type { PersonProfiles } from './personProfiles';

/** The few parts of the Git extension's API (its `git.d.ts`, version 1) that Two Hats uses: reading history. */
interface GitLogOptions {
  readonly maxEntries?: number;
  readonly author?: string;
  readonly skip?: number;
}
interface GitRepository {
  readonly rootUri: vscode.Uri;
  log(options?: GitLogOptions): Promise<CommitRecord[]>;
}
type GitApiState = 'uninitialized' | 'initialized';
interface GitApi {
  readonly state: GitApiState;
  readonly onDidChangeState: vscode.Event<GitApiState>;
  readonly repositories: GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly onDidCloseRepository: vscode.Event<GitRepository>;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}
interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

export const GIT_EXTENSION_ID = 'vscode.git';
/** How long to wait for the Git extension to finish finding repositories. */
const INIT_WAIT_MS = 5000;

/** The person's commits, or one line saying why there are none to show. */
export type SinceLastTime =
  | { readonly commits: readonly CommitLine[]; readonly more: boolean; readonly note?: undefined }
  | { readonly note: string; readonly commits?: undefined };

export class GitHistory implements vscode.Disposable {
  private api: GitApi | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the setting changes or a repository opens or closes: what the panel shows may differ. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.gitSinceLastOneOnOne}`)) this.changed.fire();
    }));
  }

  enabled(): boolean {
    return vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(SETTINGS.gitSinceLastOneOnOne, false) === true;
  }

  /** The workspace's repositories when commits may be read for `identities`; else why not, in one line. */
  private async readable(identities: readonly string[]): Promise<GitRepository[] | string> {
    // VS Code for the Web: the Git extension's API exists only in a Node extension host.
    if (inWebWorkerHost) return vscode.l10n.t('Not in VS Code for the Web: commits since the last 1:1 come from the Git extension, which runs only in desktop VS Code or a remote window.');
    if (!this.enabled()) return vscode.l10n.t('Off: turn on the setting twoHats.git.sinceLastOneOnOne to list their commits (it reads local history only).');
    if (identities.length === 0) return vscode.l10n.t('Add their author emails under git: in person.md to list their commits since the last 1:1.');
    const api = await this.gitApi();
    if (typeof api === 'string') return api;
    const repositories = api.repositories.length > 0 ? api.repositories : await this.openWorkspaceRepositories(api);
    return repositories.length > 0 ? repositories : vscode.l10n.t('No git repository is open in this workspace.');
  }

  /**
   * Commits that git's author pattern finds for any of `identities`, authored on or after the day
   * `since` (`YYYY-MM-DD`), in every repository of the workspace, page by page (sinceLastTime.ts
   * `commitsSince`): the caller checks each author whole. `capped` when a repository had more than
   * MAX_SCANNED to read. Or why none can be read, in one line.
   */
  async commitsFrom(identities: readonly string[], since: string): Promise<{ readonly commits: readonly CommitRecord[]; readonly capped: boolean } | { readonly note: string }> {
    const repositories = await this.readable(identities);
    if (typeof repositories === 'string') return { note: repositories };
    const commits: CommitRecord[] = [];
    let capped = false;
    try {
      for (const repository of repositories) {
        for (const identity of identities) {
          const found = await commitsSince((q) => repository.log({ author: q.author, maxEntries: q.maxEntries, skip: q.skip }), identity, startOfDay(since));
          if (found.length >= MAX_SCANNED) capped = true;
          commits.push(...found);
        }
      }
    } catch (error) {
      return { note: vscode.l10n.t('Git could not read the history: {0}', String((error as Error).message ?? error).split('\n')[0]!) };
    }
    return { commits, capped };
  }

  /** Commits by any of `identities` in the workspace's repositories since the day `since` (`YYYY-MM-DD`), newest first. */
  async since(identities: readonly string[], since: string | undefined): Promise<SinceLastTime> {
    if (since === undefined && !inWebWorkerHost && this.enabled() && identities.length > 0) return { note: vscode.l10n.t('No 1:1 yet to count their commits from.') };
    const repositories = await this.readable(identities);
    if (typeof repositories === 'string') return { note: repositories };
    if (since === undefined) return { note: vscode.l10n.t('No 1:1 yet to count their commits from.') };
    const found: { repository: string; commit: CommitRecord }[] = [];
    try {
      for (const repository of repositories) {
        const name = repository.rootUri.path.slice(repository.rootUri.path.lastIndexOf('/') + 1);
        for (const identity of identities) {
          const commits = await commitsSince((q) => repository.log({ author: q.author, maxEntries: q.maxEntries, skip: q.skip }), identity, startOfDay(since));
          found.push(...commits.map((commit) => ({ repository: name, commit })));
        }
      }
    } catch (error) {
      return { note: vscode.l10n.t('Git could not read the history: {0}', String((error as Error).message ?? error).split('\n')[0]!) };
    }
    const { commits, more } = newestCommits(found, identities);
    if (commits.length === 0) return { note: vscode.l10n.t('No commits by them since {0}.', since) };
    return { commits, more };
  }

  /** The Git extension's API, initialized; or why there is none, in one line. */
  private async gitApi(): Promise<GitApi | string> {
    if (this.api) return this.api;
    const extension = vscode.extensions.getExtension<GitExtension>(GIT_EXTENSION_ID);
    if (!extension) return vscode.l10n.t('Git is not available in this window (no Git extension, as in a browser-only VS Code).');
    let api: GitApi;
    try {
      const git = extension.isActive ? extension.exports : await extension.activate();
      if (!git.enabled) return vscode.l10n.t('Git is not available: the Git extension is turned off (git.enabled) or git is not installed.');
      api = git.getAPI(1);
    } catch (error) {
      return vscode.l10n.t('Git is not available: {0}', (error as Error).message);
    }
    if (api.state !== 'initialized') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { listener.dispose(); resolve(); }, INIT_WAIT_MS);
        const listener = api.onDidChangeState((state) => {
          if (state !== 'initialized') return;
          clearTimeout(timer);
          listener.dispose();
          resolve();
        });
      });
    }
    this.disposables.push(api.onDidOpenRepository(() => this.changed.fire()), api.onDidCloseRepository(() => this.changed.fire()));
    this.api = api;
    return api;
  }

  /** When the Git extension has found none yet, asks it to open the workspace folders themselves. */
  private async openWorkspaceRepositories(api: GitApi): Promise<GitRepository[]> {
    const opened: GitRepository[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      try {
        const repository = await api.openRepository?.(folder.uri);
        if (repository) opened.push(repository);
      } catch {
        // Not a repository: nothing to read there.
      }
    }
    return opened;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * A person's commits since their last 1:1: the newest note dated before `today` (a note started
 * today is the 1:1 being held), else the profile's `started`; identities from the profile's `git`.
 */
export async function personCommits(
  { notes, profiles, git }: { notes: NotesFolder; profiles: PersonProfiles; git: GitHistory },
  slug: string,
  today: string,
): Promise<SinceLastTime & { since?: string }> {
  const profile = (await profiles.read(slug))?.profile;
  const last = notesBefore((await notes.noteNames(slug)).map((n) => n.fileName), { before: today })[0]?.date ?? profile?.started;
  const result = await git.since(profile?.git ?? [], last);
  return last === undefined ? result : { ...result, since: last };
}
