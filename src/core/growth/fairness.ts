/**
 * The fairness check of review evidence: is the evidence spread over the period, or bunched at
 * its end (recency), with months of nothing, and goals never discussed? And across a team: who has
 * far less evidence than their peers? Pure; linear in the entries and the months.
 */
import { addDays } from '../dates';
import { inPeriod, monthsOf, periodDays, type Period } from './period';

/** The kinds of evidence, in the order a table shows them. */
export const EVIDENCE_KINDS = ['goal', 'win', 'feedback', 'commitment', 'designDoc'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One dated piece of evidence: a goal discussed in a note, a win, feedback, a commitment made, a design doc. */
export interface EvidenceEntry {
  readonly date: string;
  readonly kind: EvidenceKind;
}

/** The recent part of a period: its last six weeks. */
export const RECENT_DAYS = 42;

/** One month of a period: `count` is the sum of `byKind`. */
export interface MonthCount {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly count: number;
  /** Every kind, 0 included. */
  readonly byKind: Readonly<Record<EvidenceKind, number>>;
}

/** The fairness check of one period; `months` is empty exactly when the period is invalid. */
export interface Fairness {
  /** Every month of the period in order, empty ones included; none for an invalid period. */
  readonly months: readonly MonthCount[];
  /** The months with no evidence, in order. */
  readonly emptyMonths: readonly string[];
  /** Share (0 to 1) of the period's evidence dated in its last six weeks; 0 without evidence. */
  readonly recentShare: number;
  /**
   * More than half of the evidence is from the last six weeks, in a period longer than twelve
   * weeks: in a shorter one the last six weeks are half of it or more, and evenly spread evidence
   * would raise the flag.
   */
  readonly recencyFlag: boolean;
  /** Texts of the goals with no discussion dated in the period, in the order given. */
  readonly neverDiscussedGoals: readonly string[];
}

function zeroKinds(): Record<EvidenceKind, number> {
  return { goal: 0, win: 0, feedback: 0, commitment: 0, designDoc: 0 };
}

/** The fairness check of `entries` over `period` (entries outside it are ignored); `goals` with the dates they were discussed. */
export function fairness(
  entries: readonly EvidenceEntry[],
  period: Period,
  goals: readonly { readonly text: string; readonly discussions: readonly string[] }[],
): Fairness {
  const names = monthsOf(period);
  const counts = new Map(names.map((m) => [m, { count: 0, byKind: zeroKinds() }]));
  const recentFrom = names.length > 0 ? addDays(period.to, -(RECENT_DAYS - 1)) : '';
  let total = 0;
  let recent = 0;
  for (const entry of entries) {
    if (!inPeriod(entry.date, period)) continue;
    const month = counts.get(entry.date.slice(0, 7))!;
    month.count++;
    month.byKind[entry.kind]++;
    total++;
    if (entry.date >= recentFrom) recent++;
  }
  const months = names.map((month) => ({ month, ...counts.get(month)! }));
  const recentShare = total === 0 ? 0 : recent / total;
  return {
    months,
    emptyMonths: months.filter((m) => m.count === 0).map((m) => m.month),
    recentShare,
    recencyFlag: recentShare > 0.5 && periodDays(period) > 2 * RECENT_DAYS,
    neverDiscussedGoals: goals.filter((g) => !g.discussions.some((d) => inPeriod(d, period))).map((g) => g.text),
  };
}

/** The median of `values`: the middle one, or the mean of the two middle ones for an even count; 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * People whose evidence over the last six months is under half of the team's median (see
 * `median`). A team of one has no outliers: there are no peers to compare with.
 */
export function teamOutliers(people: readonly { readonly slug: string; readonly evidence6m: number }[]): Set<string> {
  if (people.length < 2) return new Set();
  const half = median(people.map((p) => p.evidence6m)) / 2;
  return new Set(people.filter((p) => p.evidence6m < half).map((p) => p.slug));
}

/** The words of the fairness table; the host passes them in the lead's language. */
export interface FairnessLabels {
  readonly month: string;
  readonly total: string;
  readonly kinds: Readonly<Record<EvidenceKind, string>>;
}

/** A table cell's text: a `|` would end the cell, a line break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** The months × kinds table of a fairness check, as markdown (lines joined by `\n`; empty for a period without months). */
export function fairnessTable(result: Fairness, labels: FairnessLabels): string {
  if (result.months.length === 0) return '';
  const head = [labels.month, ...EVIDENCE_KINDS.map((k) => labels.kinds[k]), labels.total].map(cell);
  return [
    `| ${head.join(' | ')} |`,
    `| --- | ${head.slice(1).map(() => '---:').join(' | ')} |`,
    ...result.months.map((m) => `| ${[m.month, ...EVIDENCE_KINDS.map((k) => String(m.byKind[k])), String(m.count)].join(' | ')} |`),
  ].join('\n');
}
