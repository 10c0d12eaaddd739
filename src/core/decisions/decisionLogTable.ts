/**
 * The decision log as a markdown table, for Copy Decision Log: one row per decision in log order
 * (group by group), columns title (a link relative to the workspace root), status, date and
 * superseded by (the successor as a link, else the doc's own reference as written). Every cell
 * is one line: text is shown as written (markdown characters backslash-escaped, pipes too, line
 * breaks as spaces, invisible characters made visible), paths are percent-encoded where a link
 * would break. The labels come from the host, localized.
 */
import type { DecisionStatus } from '../content/taxonomy';
import { visibleText } from '../visibleText';
import type { Decision, Status } from './decision';
import type { DecisionLog } from './decisionLog';

/** The table's header and the status names (the taxonomy's titles, localized by the host). */
export interface DecisionLogLabels {
  readonly title: string;
  readonly status: string;
  readonly date: string;
  readonly supersededBy: string;
  /** Shown for each status; a team's own word is shown as written. */
  readonly statuses: Readonly<Record<DecisionStatus | 'unknown', string>>;
}

// Characters that would make a cell emphasis, code, a link, HTML, or end the cell.
const SIGNIFICANT = /[\\`*_[\]<>|]/g;
// One character class, repeated: linear.
const LINE_BREAKS = /[\r\n]+/g;

/** `text` as one table cell, shown as written. */
export function tableCell(text: string): string {
  return visibleText(text.replace(LINE_BREAKS, ' ')).replace(SIGNIFICANT, (ch) => `\\${ch}`).trim();
}

/** A workspace-relative path as a link destination: blanks and characters that end or confuse a link percent-encoded. */
export function linkDestination(path: string): string {
  return path.replace(/[ %()<>#?|\\\r\n\t]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function link(decision: Decision): string {
  return `[${tableCell(decision.title)}](${linkDestination(decision.path)})`;
}

function statusCell(status: Status, labels: DecisionLogLabels): string {
  return tableCell(status.kind === 'custom' ? status.text : labels.statuses[status.kind]);
}

/** The log as a markdown table (see the module comment), ending with a line break. */
export function decisionLogTable(log: DecisionLog, labels: DecisionLogLabels): string {
  const rows = [
    `| ${[labels.title, labels.status, labels.date, labels.supersededBy].map(tableCell).join(' | ')} |`,
    '| --- | --- | --- | --- |',
  ];
  for (const group of log.groups) {
    for (const { decision, successor } of group.entries) {
      const supersededBy = successor ? link(successor) : decision.supersededBy ? tableCell(decision.supersededBy.text) : '';
      rows.push(`| ${link(decision)} | ${statusCell(decision.status, labels)} | ${decision.date ?? ''} | ${supersededBy} |`);
    }
  }
  return `${rows.join('\n')}\n`;
}
