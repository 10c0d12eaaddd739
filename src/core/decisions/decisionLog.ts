/**
 * The decision log: every decision grouped by status, with its supersede links followed both
 * ways, and what is wrong with those links. Pure; linear in the decisions and their links
 * (after one sort).
 *
 * - Groups: proposed first, then accepted, rejected, deprecated, superseded, one group per
 *   team's own word (compared without case, in alphabetical order), unknown last; empty groups
 *   are left out. Entries by date, then number, then title (those without a date or a number
 *   after those with one), then path.
 * - A decision's successor is its `supersededBy` resolved (resolveDecision.ts); without one, the
 *   first decision in log order that says it `supersedes` it. What a decision replaced is every
 *   decision whose successor it is.
 * - Findings, each reported once: a decision that supersedes itself (the link is dropped), a
 *   cycle of successors (the links are kept as written; its members in cycle order, from the
 *   first in log order), two or more decisions of one kind with one number (all kept), and a
 *   reference that resolves to nothing (kept as written).
 */
import { DECISION_STATUSES } from '../content/taxonomy';
import type { Decision, DocKind, Reference, StatusKind } from './decision';
import { resolveReference } from './resolveDecision';

/** A decision in the log. `successor` is never the decision itself; `replaced` is in log order. */
export interface LogEntry {
  readonly decision: Decision;
  readonly successor?: Decision;
  readonly replaced: readonly Decision[];
}

/** Decisions of one status, in log order; `text` is set for `custom` only (the word as its first entry writes it). */
export interface LogGroup {
  readonly status: StatusKind;
  readonly text?: string;
  readonly entries: readonly LogEntry[];
}

/** What the log found wrong with its decisions; paths are the decisions' own, in log order. */
export type LogFinding =
  | { readonly kind: 'duplicateNumber'; readonly docKind: DocKind; readonly number: number; readonly paths: readonly string[] }
  | { readonly kind: 'supersedesItself'; readonly path: string }
  | { readonly kind: 'supersedeCycle'; readonly paths: readonly string[] }
  | { readonly kind: 'unresolvedReference'; readonly path: string; readonly relation: 'supersededBy' | 'supersedes'; readonly reference: Reference };

/** The log: groups in the order above, every entry once, findings in the order found. */
export interface DecisionLog {
  readonly groups: readonly LogGroup[];
  readonly findings: readonly LogFinding[];
  /** Every entry by its decision's path. */
  readonly byPath: ReadonlyMap<string, LogEntry>;
}

function compareOptional<T extends string | number>(a: T | undefined, b: T | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Log order: date, number, title (without case), path. */
export function compareDecisions(a: Decision, b: Decision): number {
  return compareOptional(a.date, b.date) || compareOptional(a.number, b.number)
    || compareOptional(a.title.toLowerCase(), b.title.toLowerCase()) || compareOptional(a.path, b.path);
}

const GROUP_ORDER: readonly StatusKind[] = [...DECISION_STATUSES, 'custom', 'unknown'];

/** Successors (`from` → `to`) after the self-links are dropped, and the findings about links. */
function successorsOf(sorted: readonly Decision[], findings: LogFinding[]): Map<Decision, Decision> {
  const successor = new Map<Decision, Decision>();
  const selfReported = new Set<Decision>();
  const link = (from: Decision, reference: Reference, relation: 'supersededBy' | 'supersedes'): Decision | undefined => {
    const to = resolveReference(reference, sorted, from.path, from.kind);
    if (!to) findings.push({ kind: 'unresolvedReference', path: from.path, relation, reference });
    else if (to === from && !selfReported.has(from)) {
      selfReported.add(from);
      findings.push({ kind: 'supersedesItself', path: from.path });
    }
    return to === from ? undefined : to;
  };
  for (const d of sorted) {
    const to = d.supersededBy && link(d, d.supersededBy, 'supersededBy');
    if (to) successor.set(d, to);
  }
  // A doc's own `superseded by` wins over another doc's `supersedes`, so claims come second.
  for (const d of sorted) {
    for (const reference of d.supersedes) {
      const replaced = link(d, reference, 'supersedes');
      if (replaced && !successor.has(replaced)) successor.set(replaced, d);
    }
  }
  return successor;
}

/** Each cycle of successors once, from its first member in log order. Every decision is walked once. */
function cycles(sorted: readonly Decision[], successor: ReadonlyMap<Decision, Decision>): Decision[][] {
  const order = new Map(sorted.map((d, i) => [d, i]));
  const state = new Map<Decision, 'walking' | 'done'>();
  const found: Decision[][] = [];
  for (const start of sorted) {
    const walked: Decision[] = [];
    let at: Decision | undefined = start;
    while (at && !state.has(at)) {
      state.set(at, 'walking');
      walked.push(at);
      at = successor.get(at);
    }
    if (at && state.get(at) === 'walking') {
      const members = walked.slice(walked.indexOf(at));
      let first = 0;
      members.forEach((m, i) => { if (order.get(m)! < order.get(members[first]!)!) first = i; });
      found.push([...members.slice(first), ...members.slice(0, first)]);
    }
    for (const d of walked) state.set(d, 'done');
  }
  return found;
}

/** Groups of `entries` (already in log order) by status, in GROUP_ORDER, custom words alphabetically. */
function groupsOf(entries: readonly LogEntry[]): LogGroup[] {
  const byKey = new Map<string, { status: StatusKind; text?: string; entries: LogEntry[] }>();
  for (const entry of entries) {
    const status = entry.decision.status;
    const key = status.kind === 'custom' ? `custom:${status.text.toLowerCase()}` : status.kind;
    const group = byKey.get(key) ?? byKey.set(key, { status: status.kind, ...(status.kind === 'custom' ? { text: status.text } : {}), entries: [] }).get(key)!;
    group.entries.push(entry);
  }
  const rank = (key: string) => GROUP_ORDER.indexOf(byKey.get(key)!.status);
  return [...byKey.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).map((key) => byKey.get(key)!);
}

/** The log of `decisions` (see the module comment); a path given twice is read once, the first. */
export function decisionLog(decisions: readonly Decision[]): DecisionLog {
  const seen = new Set<string>();
  const sorted = decisions.filter((d) => !seen.has(d.path) && seen.add(d.path)).sort(compareDecisions);
  const findings: LogFinding[] = [];

  const byNumber = new Map<string, Decision[]>();
  for (const d of sorted) {
    if (d.number === undefined) continue;
    const key = `${d.kind}:${d.number}`;
    (byNumber.get(key) ?? byNumber.set(key, []).get(key)!).push(d);
  }
  for (const same of byNumber.values()) {
    if (same.length > 1) findings.push({ kind: 'duplicateNumber', docKind: same[0]!.kind, number: same[0]!.number!, paths: same.map((d) => d.path) });
  }

  const successor = successorsOf(sorted, findings);
  for (const cycle of cycles(sorted, successor)) findings.push({ kind: 'supersedeCycle', paths: cycle.map((d) => d.path) });

  const replaced = new Map<Decision, Decision[]>();
  for (const d of sorted) {
    const to = successor.get(d);
    if (to) (replaced.get(to) ?? replaced.set(to, []).get(to)!).push(d);
  }
  const entries = sorted.map((decision): LogEntry => {
    const to = successor.get(decision);
    return { decision, ...(to ? { successor: to } : {}), replaced: replaced.get(decision) ?? [] };
  });
  return { groups: groupsOf(entries), findings, byPath: new Map(entries.map((e) => [e.decision.path, e])) };
}

/** The successors of the decision at `path`, nearest first, stopping before one already in the chain (a cycle). */
export function supersedeChain(log: DecisionLog, path: string): Decision[] {
  const chain: Decision[] = [];
  const seen = new Set([path]);
  for (let entry = log.byPath.get(path); entry?.successor && !seen.has(entry.successor.path);) {
    chain.push(entry.successor);
    seen.add(entry.successor.path);
    entry = log.byPath.get(entry.successor.path);
  }
  return chain;
}
