/**
 * The Commitments view (`twoHats.commitments`): a native TreeView below the panel, so keyboard,
 * screen readers and the web work as in VS Code's own views. Groups "I owe" / "Owed to me" /
 * "Shared", then the person (or "Design reviews" / "Other notes"), then each commitment, overdue
 * first, then by due date (core/commitments/groupCommitments.ts through the host's index). A row
 * shows the item's words, the owner, `overdue 3 d` / `due today` / `in 4 d` and the note; a click
 * opens the note at the line. Reads only the commitments index: one note changing refreshes the
 * tree from what the index already holds, never a scan.
 */
import * as vscode from 'vscode';
import type { Commitment } from '../core/commitments/commitment';
import { dueState } from '../core/commitments/commitmentOrder';
import type { GroupId } from '../core/commitments/groupCommitments';
import { addDays, isoDate } from '../core/dates';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { escapeMarkdown } from '../core/markdown/escapeMarkdown';
import type { BucketSubgroup } from '../core/commitments/commitmentBuckets';
import { commitmentNode, type CommitmentNode } from '../host/commitmentsIndex';
import type { Services } from '../host/services';

/** How far back done commitments are shown with `twoHats.commitments.showDone`. */
export const SHOW_DONE_DAYS = 30;

export type CommitmentsTreeNode =
  | { readonly kind: 'group'; readonly id: GroupId; readonly count: number; readonly overdue: number; readonly subgroups: readonly BucketSubgroup[] }
  | { readonly kind: 'subgroup'; readonly group: GroupId; readonly sub: BucketSubgroup }
  | CommitmentNode;

/** `overdue 3 d`, `due today`, `in 4 d`; undefined without a due date. */
export function dueLabel(due: string | undefined, today: string): string | undefined {
  const words = dueState(due, today);
  if (!words) return undefined;
  if (words.kind === 'overdue') return vscode.l10n.t('overdue {0} d', words.days);
  if (words.kind === 'today') return vscode.l10n.t('due today');
  return vscode.l10n.t('in {0} d', words.days);
}

function groupLabel(id: GroupId): string {
  return id === 'iOwe' ? vscode.l10n.t('I owe') : id === 'owedToMe' ? vscode.l10n.t('Owed to me') : vscode.l10n.t('Shared');
}

/** A note as a row names it: the file name without `.md`, and the person's folder for a 1:1. */
export function noteLabel(path: string): string {
  const parts = path.split('/');
  const file = parts[parts.length - 1]!.replace(/\.md$/i, '');
  return parts.length === 3 && parts[0] === 'one-on-ones' ? `${parts[1]}/${file}` : file;
}

export class CommitmentsTreeProvider implements vscode.TreeDataProvider<CommitmentsTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CommitmentsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: { dispose(): void }[] = [];
  /** Only this person's commitments (a slug), or everyone's. */
  person: string | undefined;
  /** The day the tree was last built on: it is built again after midnight. */
  private today = isoDate(new Date());

  constructor(private readonly services: Services) {
    this.disposables.push(this.changed, services.commitments.onDidChange(() => this.refresh()));
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.commitmentsShowDone}`)) this.refresh();
    }));
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  setPerson(slug: string | undefined): void {
    this.person = slug;
    this.refresh();
  }

  private showDone(): boolean {
    return vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(SETTINGS.commitmentsShowDone, false) === true;
  }

  async getChildren(node?: CommitmentsTreeNode): Promise<CommitmentsTreeNode[]> {
    if (!node) {
      if (!vscode.workspace.workspaceFolders?.length || !this.services.notes.root()) return [];
      await this.services.commitments.ready();
      this.today = isoDate(new Date());
      const groups = this.services.commitments.groups(this.today, {
        ...(this.person !== undefined ? { person: this.person } : {}),
        ...(this.showDone() ? { showDoneSince: addDays(this.today, -SHOW_DONE_DAYS) } : {}),
      });
      return groups.map((g) => ({ kind: 'group', id: g.id, count: g.count, overdue: g.overdue, subgroups: g.subgroups }));
    }
    if (node.kind === 'group') return node.subgroups.map((sub) => ({ kind: 'subgroup', group: node.id, sub }));
    if (node.kind === 'subgroup') return node.sub.commitments.map((c) => commitmentNode(c));
    return [];
  }

  getTreeItem(node: CommitmentsTreeNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(groupLabel(node.id), vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = node.overdue > 0 ? vscode.l10n.t('{0} · {1} overdue', node.count, node.overdue) : String(node.count);
      item.contextValue = 'commitmentGroup';
      return item;
    }
    if (node.kind === 'subgroup') {
      const { sub } = node;
      const label = sub.of.kind === 'person' ? this.nameOf(sub.of.slug) : sub.of.kind === 'reviews' ? vscode.l10n.t('Design reviews') : vscode.l10n.t('Other notes');
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${node.group}/${sub.id}`;
      item.description = sub.overdue > 0 ? vscode.l10n.t('{0} · {1} overdue', sub.commitments.length, sub.overdue) : String(sub.commitments.length);
      item.iconPath = new vscode.ThemeIcon(sub.of.kind === 'person' ? 'person' : sub.of.kind === 'reviews' ? 'comment-discussion' : 'note');
      item.contextValue = 'commitmentSubgroup';
      return item;
    }
    return this.commitmentItem(node.commitment);
  }

  private nameOf(slug: string): string {
    return this.services.commitments.personRefs().find((p) => p.slug === slug)?.name ?? slug;
  }

  private commitmentItem(c: Commitment): vscode.TreeItem {
    // An item with a problem shows as written, so the lead sees the `@name` or date that did not count.
    const label = c.problems.length > 0 || c.words === '' ? c.text : c.words;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `item/${c.key}`;
    const owner = c.owner.kind === 'me' ? vscode.l10n.t('me') : c.owner.kind === 'person' ? c.owner.name : vscode.l10n.t('shared');
    const due = c.checked ? (c.done ? vscode.l10n.t('done {0}', c.done) : vscode.l10n.t('done')) : dueLabel(c.due, this.today);
    const parts = [owner, ...(due ? [due] : []), noteLabel(c.source.path), ...(c.private ? [vscode.l10n.t('private')] : [])];
    item.description = parts.join(' · ');
    const overdue = !c.checked && c.due !== undefined && c.due < this.today;
    item.iconPath = new vscode.ThemeIcon(c.checked ? 'pass-filled' : c.private ? 'lock' : overdue ? 'warning' : 'circle-large-outline',
      overdue ? new vscode.ThemeColor('list.warningForeground') : undefined);
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`${escapeMarkdown(c.text)}\n\n`);
    tooltip.appendMarkdown(`${escapeMarkdown(parts.join(' · '))}\n\n`);
    tooltip.appendMarkdown(escapeMarkdown(vscode.l10n.t('{0}, line {1}', c.source.path, c.source.line + 1)));
    for (const p of c.problems) tooltip.appendMarkdown(`\n\n$(warning) ${escapeMarkdown(p.text)}`);
    tooltip.supportThemeIcons = true;
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `${label}, ${parts.join(', ')}` };
    item.contextValue = c.checked ? 'commitment.done' : 'commitment.open';
    const uri = this.services.notes.root() && vscode.Uri.joinPath(this.services.notes.root()!, ...c.source.path.split('/'));
    if (uri) {
      item.resourceUri = undefined;
      item.command = { title: vscode.l10n.t('Open Note'), command: 'vscode.open', arguments: [uri, { selection: new vscode.Range(c.source.line, 0, c.source.line, 0), preview: true }] };
    }
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
