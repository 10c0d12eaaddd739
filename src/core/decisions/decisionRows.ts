/**
 * The rows of the Decisions view, before VS Code draws them: at the top, the design docs that
 * could not be read (so a doc left out is seen where the log is read, not only in the log file),
 * then one group per status (decisionLog.ts); below a doc, its supersede links. Pure.
 *
 * The root is empty only when no design doc was found at all: that is when the view's welcome
 * ("no design docs found") tells the truth.
 */
import type { Decision } from './decision';
import { supersedeChain, type DecisionLog, type LogEntry, type LogGroup } from './decisionLog';

/** A design doc left out of the log: the file as the workspace names it, and why, in the lead's words. */
export interface UnreadDoc {
  readonly file: string;
  readonly cause: string;
}

/** A row of the view: the unread docs and each of them, a status group, a doc, or one of a doc's supersede links. */
export type DecisionRow =
  | { readonly kind: 'unread'; readonly docs: readonly UnreadDoc[] }
  | { readonly kind: 'unreadDoc'; readonly doc: UnreadDoc }
  | { readonly kind: 'group'; readonly group: LogGroup }
  | { readonly kind: 'doc'; readonly entry: LogEntry }
  | { readonly kind: 'link'; readonly relation: 'supersededBy' | 'replaced' | 'self' | 'cycle'; readonly from: Decision; readonly to?: Decision; readonly chain?: readonly Decision[] };

/** The top rows: the unread docs as one row when there are any, then the status groups in log order. */
export function rootRows(log: DecisionLog, unread: readonly UnreadDoc[]): DecisionRow[] {
  return [
    ...(unread.length > 0 ? [{ kind: 'unread', docs: unread } as const] : []),
    ...log.groups.map((group) => ({ kind: 'group', group }) as const),
  ];
}

/** The supersede links below a doc's row: supersedes itself, the cycle it is in, what replaced it (the chain, to its end), what it replaced. */
export function linkRows(entry: LogEntry, log: DecisionLog): DecisionRow[] {
  const d = entry.decision;
  const rows: DecisionRow[] = [];
  if (log.findings.some((f) => f.kind === 'supersedesItself' && f.path === d.path)) rows.push({ kind: 'link', relation: 'self', from: d });
  const cycle = log.findings.find((f) => f.kind === 'supersedeCycle' && f.paths.includes(d.path));
  if (cycle && cycle.kind === 'supersedeCycle') {
    const chain = cycle.paths.flatMap((p) => log.byPath.get(p)?.decision ?? []);
    rows.push({ kind: 'link', relation: 'cycle', from: d, chain });
  }
  if (entry.successor) rows.push({ kind: 'link', relation: 'supersededBy', from: d, to: entry.successor, chain: supersedeChain(log, d.path) });
  for (const replaced of entry.replaced) rows.push({ kind: 'link', relation: 'replaced', from: d, to: replaced });
  return rows;
}

/** The rows below `row`: a group's docs, a doc's links, the unread docs one by one. */
export function childRows(row: DecisionRow, log: DecisionLog): DecisionRow[] {
  if (row.kind === 'unread') return row.docs.map((doc) => ({ kind: 'unreadDoc', doc }));
  if (row.kind === 'group') return row.group.entries.map((entry) => ({ kind: 'doc', entry }));
  if (row.kind === 'doc') return linkRows(row.entry, log);
  return [];
}
