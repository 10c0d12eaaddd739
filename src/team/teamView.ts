/**
 * The Team view (`twoHats.team`, a native tree in the Two Hats container, so every row is reached
 * with the keyboard): one row per person with days since the last 1:1 and the cadence, open goals
 * and stale ones, open commitments both ways, and the evidence of the last six months with its
 * flags (empty months, mostly recent, under half of the team's median). A person's row opens their
 * prep in the panel; its children spell each fact out, and "Assemble review evidence…" runs that
 * command for them (also in the row's context menu). Refreshed when the notes or the setting change.
 */
import * as vscode from 'vscode';
import { isoDate } from '../core/dates';
import type { TeamRow } from '../core/growth/teamRow';
import { COMMANDS, INTERNAL_COMMANDS, SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { quickPickText } from '../core/markdown/escapeMarkdown';
import type { Services } from '../host/services';

/** A row of the tree: a person, or one fact about them. */
export type TeamNode =
  | { readonly kind: 'person'; readonly slug: string; readonly row: TeamRow }
  | { readonly kind: 'fact'; readonly slug: string; readonly id: string; readonly label: string; readonly warn: boolean; readonly command?: vscode.Command };

function cadenceWords(row: TeamRow): string {
  const days = row.daysSinceLastOneOnOne === undefined ? vscode.l10n.t('no 1:1 yet')
    : row.daysSinceLastOneOnOne === 0 ? vscode.l10n.t('1:1 today') : vscode.l10n.t('{0} days since the last 1:1', row.daysSinceLastOneOnOne);
  const state = { none: '', onTrack: vscode.l10n.t('on track'), due: vscode.l10n.t('due'), overdue: vscode.l10n.t('overdue') }[row.cadence];
  return state ? `${days} (${state})` : days;
}

function goalWords(row: TeamRow): string {
  return row.staleGoals > 0 ? vscode.l10n.t('{0} open goals, {1} stale', row.openGoals, row.staleGoals) : vscode.l10n.t('{0} open goals', row.openGoals);
}

function evidenceWords(row: TeamRow): string {
  return vscode.l10n.t('{0} evidence entries in 6 months', row.evidence6m);
}

/** What is worth a look in a row, each in a few words. */
function flags(row: TeamRow): string[] {
  return [
    ...(row.outlier ? [vscode.l10n.t('under half of the team median')] : []),
    ...(row.emptyMonths.length > 0 ? [vscode.l10n.t('{0} empty months', row.emptyMonths.length)] : []),
    ...(row.recencyFlag ? [vscode.l10n.t('mostly recent')] : []),
  ];
}

/** The facts under a person, in the order the row names them. */
export function factsOf(row: TeamRow): TeamNode[] {
  const fact = (id: string, label: string, warn: boolean, command?: vscode.Command): TeamNode => ({ kind: 'fact', slug: row.slug, id: `${row.slug}/${id}`, label, warn, ...(command ? { command } : {}) });
  const { toThem, fromThem } = row.commitments;
  return [
    fact('cadence', cadenceWords(row), row.cadence === 'overdue'),
    fact('goals', goalWords(row), row.staleGoals > 0),
    fact('commitments', vscode.l10n.t('Commitments: yours to them {0} open ({1} overdue), theirs {2} open ({3} overdue)', toThem.open, toThem.overdue, fromThem.open, fromThem.overdue), toThem.overdue + fromThem.overdue > 0),
    fact('evidence', evidenceWords(row), false),
    ...(row.emptyMonths.length > 0 ? [fact('empty', vscode.l10n.t('Months with no evidence: {0}', row.emptyMonths.join(', ')), true)] : []),
    ...(row.recencyFlag ? [fact('recent', vscode.l10n.t('More than half of it is from the last six weeks'), true)] : []),
    ...(row.outlier ? [fact('outlier', vscode.l10n.t('Under half of the team\'s median evidence'), true)] : []),
    fact('prep', vscode.l10n.t('Open prep'), false, { command: INTERNAL_COMMANDS.showPerson, title: vscode.l10n.t('Open prep'), arguments: [row.slug] }),
    fact('evidence-doc', vscode.l10n.t('Assemble review evidence…'), false, { command: COMMANDS.reviewEvidence, title: vscode.l10n.t('Assemble Review Evidence'), arguments: [{ person: row.slug }] }),
  ];
}

export class TeamTree implements vscode.TreeDataProvider<TeamNode>, vscode.Disposable {
  private rows: Promise<TeamRow[]> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly services: Services, private readonly changed: () => void) {
    this.disposables.push(services.notes.onDidChange(() => this.refresh()));
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.goalsStaleAfterWeeks}`)) this.refresh();
    }));
  }

  refresh(): void {
    this.rows = undefined;
    this.changed();
  }

  /** Every person's row on today (the growth service reads only the notes that changed since). */
  teamRows(): Promise<TeamRow[]> {
    this.rows ??= this.services.growth.team(isoDate(new Date())).catch((error: unknown) => {
      this.services.log.error(`Team view: could not read the notes: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
    return this.rows;
  }

  async getChildren(node?: TeamNode): Promise<TeamNode[]> {
    if (!node) return (await this.teamRows()).map((row) => ({ kind: 'person', slug: row.slug, row }));
    return node.kind === 'person' ? factsOf(node.row) : [];
  }

  getTreeItem(node: TeamNode): vscode.TreeItem {
    if (node.kind === 'fact') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      if (node.warn) item.iconPath = new vscode.ThemeIcon('warning');
      if (node.command) item.command = node.command;
      return item;
    }
    const { row } = node;
    const item = new vscode.TreeItem(quickPickText(row.name), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = row.slug;
    const warnings = flags(row);
    item.description = [cadenceWords(row), goalWords(row), evidenceWords(row), ...warnings].join(' · ');
    item.tooltip = item.description;
    item.accessibilityInformation = { label: `${row.name}: ${item.description}` };
    item.iconPath = new vscode.ThemeIcon(warnings.length > 0 || row.cadence === 'overdue' ? 'warning' : 'person');
    item.contextValue = 'twoHats.teamPerson';
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
