/**
 * The workspace's decisions: every design doc the `twoHats.designDocs` globs match (Two Hats'
 * own notes never), read as a decision (core/decisions/readDecision.ts), with what its review
 * notes say (sign-off, open questions, the latest revisit review) and whether it is due for a
 * revisit. Each doc is read once per file version (its open editor's text when open); the list
 * is found again only when a markdown file is created or deleted, or the settings change. No
 * dialogs: a doc that cannot be read is left out, and named with its cause in the snapshot (the
 * Decisions view shows it) and in the log.
 */
import * as vscode from 'vscode';
import { isoDate } from '../core/dates';
import type { Decision } from '../core/decisions/decision';
import { decisionLog, type DecisionLog } from '../core/decisions/decisionLog';
import type { UnreadDoc } from '../core/decisions/decisionRows';
import type { DecisionLogLabels } from '../core/decisions/decisionLogTable';
import { readDecision } from '../core/decisions/readDecision';
import { lastRevisitOf, revisitDue, type RevisitState } from '../core/decisions/revisit';
import { COMMANDS, SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { escapeMarkdown } from '../core/markdown/escapeMarkdown';
import { formatSize, NOTE_LIMITS } from '../core/notes/limits';
import type { ContentService } from './contentService';
import { workspacePath } from './designDocs';
import type { DueReport, DueSource } from './dueSources';
import type { NotesFolder } from './notesFolder';
import { signOffNames, type NoteReview, type ReviewNote, type ReviewNotes } from './reviewNotes';

const REFRESH_DELAY_MS = 300;

/** The `twoHats.decisions.revisitAfterMonths` setting: a whole number of months, 0 (off) when not one. */
export function revisitAfterMonths(scope?: vscode.Uri): number {
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<unknown>(SETTINGS.decisionsRevisitAfterMonths, 0);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** The `twoHats.decisionLinks.enabled` setting. */
export function decisionLinksEnabled(scope?: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<boolean>(SETTINGS.decisionLinksEnabled, true) !== false;
}

/** The status names, localized (a team's own word is shown as written). */
export function statusLabels(): DecisionLogLabels['statuses'] {
  return {
    proposed: vscode.l10n.t('Proposed'), accepted: vscode.l10n.t('Accepted'), rejected: vscode.l10n.t('Rejected'),
    deprecated: vscode.l10n.t('Deprecated'), superseded: vscode.l10n.t('Superseded'), unknown: vscode.l10n.t('Unknown'),
  };
}

/** The table's labels for Copy Decision Log, localized. */
export function decisionLogLabels(): DecisionLogLabels {
  return { title: vscode.l10n.t('Title'), status: vscode.l10n.t('Status'), date: vscode.l10n.t('Date'), supersededBy: vscode.l10n.t('Superseded by'), statuses: statusLabels() };
}

/** What a doc's newest review note says: who signed off and how many questions are open. */
export interface DecisionReview extends NoteReview {
  readonly note: ReviewNote;
}

/** A decision with what the workspace knows about it. */
export interface DecisionInfo {
  readonly decision: Decision;
  readonly uri: vscode.Uri;
  readonly review?: DecisionReview;
  readonly revisit?: RevisitState;
}

/** A design doc left out because it could not be read: the file, why, and where it is. */
export interface DocProblem extends UnreadDoc {
  readonly uri: vscode.Uri;
}

/** Every decision, its log, and each decision's info by path. */
export interface DecisionsSnapshot {
  readonly decisions: readonly Decision[];
  readonly log: DecisionLog;
  readonly byPath: ReadonlyMap<string, DecisionInfo>;
  /** Docs left out, in path order, each with the file and the cause. */
  readonly problems: readonly DocProblem[];
}

interface Cached {
  readonly key: string;
  readonly decision: Decision;
}

export class Decisions implements vscode.Disposable {
  private files: Promise<vscode.Uri[]> | undefined;
  private snapshot: Promise<DecisionsSnapshot> | undefined;
  private readonly read = new Map<string, Cached>();
  /** URIs of the docs listed, to notice edits in their open editors. */
  private known = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) when a doc, a review note or a setting that changes the decisions changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly notes: NotesFolder, private readonly content: ContentService, private readonly reviews: ReviewNotes, private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    const listChanged = (uri: vscode.Uri) => { if (!this.inNotes(uri)) this.invalidate(true); };
    this.disposables.push(
      watcher, watcher.onDidCreate(listChanged), watcher.onDidDelete(listChanged),
      watcher.onDidChange((uri) => { if (this.known.has(uri.toString())) this.invalidate(false); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length > 0 && this.known.has(e.document.uri.toString())) this.invalidate(false); }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.designDocs}`) || e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.notesFolder}`)) this.invalidate(true);
        else if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.decisionsRevisitAfterMonths}`)) this.invalidate(false);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate(true)),
      reviews.onDidChange(() => this.invalidate(false)),
      content.onDidChange(() => { this.read.clear(); this.invalidate(false); }),
    );
  }

  private inNotes(uri: vscode.Uri): boolean {
    const root = this.notes.root();
    return !!root && uri.scheme === root.scheme && uri.path.startsWith(`${root.path}/`);
  }

  private invalidate(list: boolean): void {
    if (list) this.files = undefined;
    this.snapshot = undefined;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), REFRESH_DELAY_MS);
  }

  /** Every markdown file the design-doc globs match in each workspace folder, outside the notes folder, sorted by path. */
  private async list(): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const globs = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder.uri).get<unknown>(SETTINGS.designDocs);
      for (const glob of Array.isArray(globs) ? globs : []) {
        if (typeof glob !== 'string' || glob.trim() === '') continue;
        try {
          for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**')) {
            if (uri.path.toLowerCase().endsWith('.md') && !this.inNotes(uri)) found.set(uri.toString(), uri);
          }
        } catch (error) {
          this.log.warn(`Decisions: the design-doc glob "${glob}" could not be searched: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The doc's text: its open editor's, else the file's within the note size limit; a string is why it cannot be read. */
  private async textOf(uri: vscode.Uri): Promise<{ text: string; key: string } | string> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return { text: open.getText(), key: `v${open.version}` };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.SymbolicLink) !== 0) return vscode.l10n.t('it is a symbolic link, and Two Hats does not follow links');
      if (stat.size > NOTE_LIMITS.bytes) return vscode.l10n.t('it is {0}, and Two Hats reads docs up to {1}', formatSize(stat.size), formatSize(NOTE_LIMITS.bytes));
      const key = `m${stat.mtime}:${stat.size}`;
      const cached = this.read.get(uri.toString());
      if (cached?.key === key) return { text: '', key };
      return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), key };
    } catch (error) {
      return vscode.l10n.t('it could not be read: {0}', error instanceof Error ? error.message : String(error));
    }
  }

  /** The decisions as they are now (built once until something changes). */
  current(): Promise<DecisionsSnapshot> {
    this.snapshot ??= this.build();
    return this.snapshot;
  }

  private async build(): Promise<DecisionsSnapshot> {
    this.files ??= this.list();
    const files = await this.files;
    const c = await this.content.get();
    const problems: DocProblem[] = [];
    const entries: { decision: Decision; uri: vscode.Uri }[] = [];
    for (const uri of files) {
      const path = workspacePath(uri);
      if (!path) continue;
      const got = await this.textOf(uri);
      if (typeof got === 'string') {
        problems.push({ file: vscode.workspace.asRelativePath(uri, false), cause: got, uri });
        continue;
      }
      const cached = this.read.get(uri.toString());
      const decision = cached?.key === got.key ? cached.decision : readDecision({ path, text: got.text }, c.taxonomy);
      this.read.set(uri.toString(), { key: got.key, decision });
      entries.push({ decision, uri });
    }
    for (const p of problems) this.log.warn(`Decisions: ${p.file} is left out: ${p.cause}`);
    this.known = new Set(files.map((u) => u.toString()));
    const today = isoDate(new Date());
    const byPath = new Map<string, DecisionInfo>();
    for (const { decision, uri } of entries) {
      const notes = await this.reviews.forDoc(decision.path);
      const newest = notes[0];
      const revisit = revisitDue(decision, today, revisitAfterMonths(uri), lastRevisitOf(decision.path, notes));
      byPath.set(decision.path, {
        decision, uri,
        ...(newest ? { review: { note: newest, ...await this.reviews.reviewOf(newest, signOffNames(decision)) } } : {}),
        ...(revisit ? { revisit } : {}),
      });
    }
    const decisions = entries.map((e) => e.decision);
    return { decisions, log: decisionLog(decisions), byPath, problems };
  }

  /** The decision read from `document` (its current text), when it is one of the listed docs. */
  async decisionOf(document: vscode.TextDocument): Promise<DecisionInfo | undefined> {
    const path = workspacePath(document.uri);
    if (!path) return undefined;
    return (await this.current()).byPath.get(path);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The decisions due for a revisit, for the status-bar item (host/dueSources.ts): "2 to revisit",
 * each doc's title and the day it came due; a click shows the Decisions view.
 */
export function revisitDueSource(decisions: Decisions): DueSource {
  return {
    onDidChange: decisions.onDidChange,
    async due(): Promise<DueReport> {
      const due = [...(await decisions.current()).byPath.values()].filter((i) => i.revisit?.due)
        .sort((a, b) => (a.revisit!.dueOn < b.revisit!.dueOn ? -1 : a.revisit!.dueOn > b.revisit!.dueOn ? 1 : 0));
      return {
        count: due.length,
        short: vscode.l10n.t('{0} to revisit', due.length),
        title: `**${escapeMarkdown(vscode.l10n.t('Decisions to revisit'))}**`,
        lines: due.slice(0, 12).map((i) => escapeMarkdown(vscode.l10n.t('{0}: due since {1}', i.decision.title, i.revisit!.dueOn))),
        command: { title: vscode.l10n.t('Show Decisions'), command: COMMANDS.showDecisions },
      };
    },
  };
}
