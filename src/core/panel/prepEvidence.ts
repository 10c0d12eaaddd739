/**
 * The prep tab's evidence by month of one person, as the `evidenceMonths` message: the months of
 * the Team view's row (core/growth/teamRow.ts, the same check the review-evidence document runs)
 * with their counts, the mostly-recent flag, and the shared goals no note discussed in those
 * months. This only carries the row's numbers to the page: nothing is counted again. Private
 * evidence shows only in the counts, as in the Team view. Also the words the page shows, picked
 * here so they can be tested without a page: the chart's accessible name (its trend) and the one
 * line of flags.
 */
import type { MonthCount } from '../growth/fairness';
import type { TeamRow } from '../growth/teamRow';
import type { Say } from './prepGoals';
import { capText, LIMITS, type ToWebview } from './protocol';

export type EvidenceMonthsMessage = Extract<ToWebview, { type: 'evidenceMonths' }>;

const MAX_TALLY = 1_000_000;

/** The `evidenceMonths` message for `person` from their Team-view row and their shared goals not discussed in its months. */
export function prepEvidenceMessage(person: string, row: { readonly months: readonly Pick<MonthCount, 'month' | 'count'>[]; readonly recencyFlag: TeamRow['recencyFlag'] }, notDiscussed: readonly string[]): EvidenceMonthsMessage {
  const goals = notDiscussed.filter((g) => g !== '');
  const listed = goals.slice(0, LIMITS.goals);
  return {
    type: 'evidenceMonths', person,
    months: row.months.slice(-LIMITS.evidenceMonths).map((m) => ({ month: m.month, count: Math.min(Math.max(0, m.count), MAX_TALLY) })),
    recent: row.recencyFlag,
    notDiscussed: listed.map((g) => capText(g)),
    ...(goals.length > listed.length ? { moreNotDiscussed: Math.min(goals.length - listed.length, MAX_TALLY) } : {}),
  };
}

/** The months with no evidence, in order: the Team view's empty months. */
export function emptyMonths(message: Pick<EvidenceMonthsMessage, 'months'>): string[] {
  return message.months.filter((m) => m.count === 0).map((m) => m.month);
}

/** Where the evidence leans: the later half of the months against the earlier half (a middle month counts in neither). */
export function evidenceTrend(message: Pick<EvidenceMonthsMessage, 'months'>): { readonly earlier: number; readonly later: number } {
  const half = message.months.length >> 1;
  const sum = (months: readonly { count: number }[]) => months.reduce((n, m) => n + m.count, 0);
  return { earlier: sum(message.months.slice(0, half)), later: sum(message.months.slice(message.months.length - half)) };
}

/**
 * The chart's accessible name and summary line: how many entries from the first month to the last,
 * whether the later months hold more or fewer than the earlier ones, and how many months had none.
 */
export function evidenceSummaryText(message: Pick<EvidenceMonthsMessage, 'months'>, say: Say): string {
  const { months } = message;
  const total = months.reduce((n, m) => n + m.count, 0);
  if (months.length === 0 || total === 0) return say('evNone');
  const { earlier, later } = evidenceTrend(message);
  const trend = later > earlier ? say('evRising', later, earlier) : later < earlier ? say('evFalling', later, earlier) : say('evEven', later);
  const empty = emptyMonths(message).length;
  const summary = `${say('evSummary', total, months[0]!.month, months[months.length - 1]!.month)}, ${trend}`;
  return empty > 0 ? `${summary}; ${say('evEmptyCount', empty)}` : summary;
}

/** The one line of flags under the chart (months with no evidence, mostly recent, goals not discussed); undefined when none applies. */
export function evidenceFlagsText(message: EvidenceMonthsMessage, say: Say): string | undefined {
  const empty = emptyMonths(message);
  const goals = message.notDiscussed.join('; ');
  const flags = [
    ...(empty.length > 0 ? [say('evFlagEmpty', empty.join(', '))] : []),
    ...(message.recent ? [say('evFlagRecent')] : []),
    ...(message.notDiscussed.length > 0 ? [message.moreNotDiscussed ? say('evFlagGoalsMore', goals, message.moreNotDiscussed) : say('evFlagGoals', goals)] : []),
  ];
  return flags.length > 0 ? flags.join(' · ') : undefined;
}
