/**
 * A team view's row per person: when the last 1:1 was, open commitments both ways, goals open and
 * stale, and the evidence of the last six months with its fairness flags and the outlier mark
 * (far less evidence than the team's median, fairness.ts `teamOutliers`). Pure: the host gathers
 * the facts from the notes index; this only combines them, so every person is judged alike.
 */
import { fairness, teamOutliers, type EvidenceEntry, type MonthCount } from './fairness';
import { inPeriod, lastSixMonths } from './period';

/** Where a person's 1:1s stand against their cadence: none set, on track, due, or overdue. */
export type CadenceState = 'none' | 'onTrack' | 'due' | 'overdue';

/** Open commitments one way, and how many of them are past their due date. */
export interface OpenCommitments {
  readonly open: number;
  readonly overdue: number;
}

/** What the host knows about one person for the team view. */
export interface TeamMemberFacts {
  readonly slug: string;
  readonly name: string;
  /** Whole days since the last 1:1; absent when there was none. */
  readonly daysSinceLastOneOnOne?: number;
  readonly cadence: CadenceState;
  /** `toThem`: the lead's promises to them (`@me`); `fromThem`: theirs. */
  readonly commitments: { readonly toThem: OpenCommitments; readonly fromThem: OpenCommitments };
  /** Each goal with its status (goalStatus.ts): reached or not, stale or not. */
  readonly goals: readonly { readonly reached: boolean; readonly stale: boolean }[];
  /** Dated evidence of any age; the row counts the last six months. */
  readonly evidence: readonly EvidenceEntry[];
}

/** One person's row: counts are whole numbers, `staleGoals <= openGoals`, `outlier` false in a team of one. */
export interface TeamRow {
  readonly slug: string;
  readonly name: string;
  readonly daysSinceLastOneOnOne?: number;
  readonly cadence: CadenceState;
  readonly commitments: { readonly toThem: OpenCommitments; readonly fromThem: OpenCommitments };
  readonly openGoals: number;
  /** Open goals gone stale (or never discussed). */
  readonly staleGoals: number;
  /** Evidence dated in the last six months. */
  readonly evidence6m: number;
  /** Each of the six months (seven calendar months: the first and the current are partial), oldest first; their counts sum to `evidence6m`. */
  readonly months: readonly MonthCount[];
  /** Months of the last six with no evidence, `YYYY-MM`. */
  readonly emptyMonths: readonly string[];
  /** More than half of the six months' evidence is from the last six weeks. */
  readonly recencyFlag: boolean;
  /** Evidence under half of the team's median (never in a team of one). */
  readonly outlier: boolean;
}

/** One person's row on `today`; `outliers` from `teamOutliers` over the whole team. */
export function teamRow(member: TeamMemberFacts, today: string, outliers: ReadonlySet<string>): TeamRow {
  const period = lastSixMonths(today);
  const check = fairness(member.evidence, period, []);
  const open = member.goals.filter((g) => !g.reached);
  return {
    slug: member.slug,
    name: member.name,
    ...(member.daysSinceLastOneOnOne === undefined ? {} : { daysSinceLastOneOnOne: member.daysSinceLastOneOnOne }),
    cadence: member.cadence,
    commitments: member.commitments,
    openGoals: open.length,
    staleGoals: open.filter((g) => g.stale).length,
    evidence6m: member.evidence.filter((e) => inPeriod(e.date, period)).length,
    months: check.months,
    emptyMonths: check.emptyMonths,
    recencyFlag: check.recencyFlag,
    outlier: outliers.has(member.slug),
  };
}

/** Every person's row on `today`, in the order given, outliers judged across all of them. */
export function teamRows(members: readonly TeamMemberFacts[], today: string): TeamRow[] {
  const period = lastSixMonths(today);
  const outliers = teamOutliers(members.map((m) => ({ slug: m.slug, evidence6m: m.evidence.filter((e) => inPeriod(e.date, period)).length })));
  return members.map((m) => teamRow(m, today, outliers));
}
