/**
 * The Decisions view (`twoHats.decisions`), a native tree in the Two Hats container: every design
 * doc grouped by status (proposed first, then accepted, then the rest: core/decisions/decisionLog.ts),
 * each row with its title, date, status, sign-off ("1 of 2 signed off", who is missing), open
 * questions and "revisit due"; below a row, its supersede links: what replaced it (the chain, to
 * its end), what it replaced, and a self-supersede or a cycle said as such. Clicking a row opens
 * the doc. Above the groups, the docs that could not be read, each with its cause. Rows come from
 * host/decisions.ts (what they are: core/decisions/decisionRows.ts), rebuilt when a doc, a review
 * note or a setting changes.
 *
 * While the first load runs, the view shows VS Code's progress bar (it runs `getChildren` under
 * the view's progress) and no welcome: the welcome ("no design docs found") is contributed with
 * `when: twoHats.decisionsLoaded`, a context key set once the first load has finished. Before, an
 * empty view said there were no docs while it was still reading them.
 */
import * as vscode from 'vscode';
import { cutText, type Decision, type StatusKind } from '../core/decisions/decision';
import type { LogEntry, LogGroup } from '../core/decisions/decisionLog';
import { childRows, rootRows, type DecisionRow } from '../core/decisions/decisionRows';
import { CONTEXT_KEYS } from '../core/ids';
import { visibleText } from '../core/visibleText';
import { statusLabels, type DecisionInfo, type Decisions, type DecisionsSnapshot } from '../host/decisions';

/** Longer titles and names are cut: a row is one line, and a hostile doc's 200,000-character title is not one. */
const SHOWN_MAX = 200;

/** `text` as a row shows it: invisible characters made visible, cut at SHOWN_MAX. */
function shown(text: string): string {
  return cutText(visibleText(text), SHOWN_MAX);
}

function statusText(decision: Decision): string {
  return decision.status.kind === 'custom' ? shown(decision.status.text) : statusLabels()[decision.status.kind];
}

function groupLabel(group: LogGroup): string {
  const name = group.status === 'custom' ? shown(group.text ?? '') : statusLabels()[group.status as Exclude<StatusKind, 'custom'>];
  return `${name} (${group.entries.length})`;
}

/** "2 of 3 signed off", and who is missing: the words of a row and of the doc's CodeLens. */
export function signOffText(signed: number, total: number): string {
  return vscode.l10n.t('{0} of {1} signed off', signed, total);
}

/** What a doc's row says after its title: date, status, sign-off, open questions, revisit due. */
export function rowDescription(entry: LogEntry, info: DecisionInfo | undefined): string {
  const d = entry.decision;
  const parts = [...(d.date ? [d.date] : []), statusText(d)];
  const review = info?.review;
  if (review && review.signOff.total > 0) {
    const missing = review.signOff.missing.map((name) => shown(name)).join(', ');
    const signed = signOffText(review.signOff.signed, review.signOff.total);
    parts.push(missing ? vscode.l10n.t('{0} (not yet: {1})', signed, missing) : signed);
  }
  if (review && review.openQuestions > 0) parts.push(vscode.l10n.t('{0} open questions', review.openQuestions));
  if (info?.revisit?.due) parts.push(vscode.l10n.t('revisit due'));
  if (entry.successor) parts.push(vscode.l10n.t('→ {0}', shown(entry.successor.title)));
  return parts.join(' · ');
}

function rowTooltip(entry: LogEntry, info: DecisionInfo | undefined): vscode.MarkdownString {
  const d = entry.decision;
  const md = new vscode.MarkdownString();
  md.appendText(shown(d.title)).appendMarkdown('\n\n');
  md.appendText(`${d.path}\n`).appendMarkdown('\n\n');
  md.appendText(vscode.l10n.t('Status: {0}', d.status.kind === 'unknown' ? statusLabels().unknown : visibleText(d.status.text))).appendMarkdown('\n\n');
  if (d.date) md.appendText(vscode.l10n.t('Date: {0}', d.date)).appendMarkdown('\n\n');
  const review = info?.review;
  if (review && review.signOff.total > 0) {
    const missing = review.signOff.missing.map((name) => shown(name)).join(', ');
    md.appendText(missing ? vscode.l10n.t('{0}; not yet: {1}', signOffText(review.signOff.signed, review.signOff.total), missing) : signOffText(review.signOff.signed, review.signOff.total)).appendMarkdown('\n\n');
  }
  if (review && review.openQuestions > 0) md.appendText(vscode.l10n.t('{0} open questions in the review note', review.openQuestions)).appendMarkdown('\n\n');
  if (info?.revisit) {
    md.appendText(info.revisit.due ? vscode.l10n.t('Revisit due since {0}', info.revisit.dueOn) : vscode.l10n.t('Revisit on {0}', info.revisit.dueOn)).appendMarkdown('\n\n');
  }
  return md;
}

function openCommand(info: DecisionInfo | undefined): vscode.Command | undefined {
  return info ? { title: vscode.l10n.t('Open Doc'), command: 'vscode.open', arguments: [info.uri] } : undefined;
}

export class DecisionsView implements vscode.TreeDataProvider<DecisionRow>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DecisionRow | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private snapshot: DecisionsSnapshot | undefined;
  private loaded = false;

  constructor(private readonly decisions: Decisions) {
    this.disposables.push(decisions.onDidChange(() => this.changed.fire(undefined)));
  }

  async getChildren(row?: DecisionRow): Promise<DecisionRow[]> {
    if (!row) {
      this.snapshot = await this.decisions.current();
      if (!this.loaded) {
        // From now on an empty root means no design docs: the welcome may say so.
        this.loaded = true;
        await vscode.commands.executeCommand('setContext', CONTEXT_KEYS.decisionsLoaded, true);
      }
      return rootRows(this.snapshot.log, this.snapshot.problems);
    }
    return childRows(row, (this.snapshot ?? await this.decisions.current()).log);
  }

  getTreeItem(row: DecisionRow): vscode.TreeItem {
    if (row.kind === 'unread') {
      const item = new vscode.TreeItem(vscode.l10n.t('Could not be read ({0})', row.docs.length), vscode.TreeItemCollapsibleState.Expanded);
      item.id = 'unread';
      item.iconPath = new vscode.ThemeIcon('warning');
      item.tooltip = vscode.l10n.t('Design docs left out of the decisions: each could not be read');
      item.contextValue = 'decisionUnreadGroup';
      return item;
    }
    if (row.kind === 'unreadDoc') {
      const { file, cause } = row.doc;
      const item = new vscode.TreeItem(shown(file), vscode.TreeItemCollapsibleState.None);
      item.id = `unread:${file}`;
      item.description = shown(cause);
      item.tooltip = vscode.l10n.t('{0} is left out: {1}', visibleText(file), visibleText(cause));
      item.iconPath = new vscode.ThemeIcon('warning');
      item.contextValue = 'decisionUnread';
      const uri = this.snapshot?.problems.find((p) => p.file === file)?.uri;
      if (uri) item.command = { title: vscode.l10n.t('Open Doc'), command: 'vscode.open', arguments: [uri] };
      return item;
    }
    if (row.kind === 'group') {
      const item = new vscode.TreeItem(groupLabel(row.group), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${row.group.status}:${row.group.text?.toLowerCase() ?? ''}`;
      item.contextValue = 'decisionGroup';
      return item;
    }
    const byPath = this.snapshot?.byPath;
    if (row.kind === 'doc') {
      const d = row.entry.decision;
      const info = byPath?.get(d.path);
      const hasLinks = !!row.entry.successor || row.entry.replaced.length > 0
        || !!this.snapshot?.log.findings.some((f) => (f.kind === 'supersedesItself' && f.path === d.path) || (f.kind === 'supersedeCycle' && f.paths.includes(d.path)));
      const item = new vscode.TreeItem(shown(d.title), hasLinks ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `doc:${d.path}`;
      item.description = rowDescription(row.entry, info);
      item.tooltip = rowTooltip(row.entry, info);
      item.resourceUri = info?.uri;
      item.iconPath = new vscode.ThemeIcon(info?.revisit?.due ? 'history' : d.status.kind === 'superseded' || d.status.kind === 'deprecated' || d.status.kind === 'rejected' ? 'circle-slash' : 'file-text');
      item.contextValue = 'decision';
      const open = openCommand(info);
      if (open) item.command = open;
      return item;
    }
    const title = (d: Decision) => shown(d.title);
    const label = row.relation === 'self' ? vscode.l10n.t('Supersedes itself')
      : row.relation === 'cycle' ? vscode.l10n.t('Supersede cycle: {0}', [...(row.chain ?? []), ...(row.chain?.slice(0, 1) ?? [])].map(title).join(' → '))
        : row.relation === 'supersededBy' ? vscode.l10n.t('Superseded by {0}', (row.chain && row.chain.length > 0 ? row.chain : [row.to!]).map(title).join(' → '))
          : vscode.l10n.t('Replaces {0}', title(row.to!));
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `link:${row.from.path}:${row.relation}:${row.to?.path ?? ''}`;
    item.iconPath = new vscode.ThemeIcon(row.relation === 'self' || row.relation === 'cycle' ? 'warning' : row.relation === 'supersededBy' ? 'arrow-right' : 'arrow-left');
    const target = row.to ? byPath?.get(row.to.path) : undefined;
    const open = openCommand(target);
    if (open) item.command = open;
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
