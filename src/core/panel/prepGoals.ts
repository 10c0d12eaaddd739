/**
 * The prep tab's goals of one person, as the `goals` message: each open goal with its due date and
 * where it stands in the 1:1s ("discussed 2 weeks ago", "not discussed since 2026-09-14", "never
 * discussed"), and whether it has gone stale. The status is the one the Team view and review
 * evidence use (core/growth/personGrowth.ts, goalStatus.ts): this only carries it to the page.
 * A goal under a private heading of person.md (or in an ambiguous part of it) is never sent: the
 * panel is on screen in the 1:1 itself. Also the words the page shows, picked here so they can be
 * tested without a page: the status and the gentle nudge when open goals have gone stale.
 */
import { isIsoDate } from '../dates';
import type { GoalWithStatus } from '../growth/personGrowth';
import { clampCount } from './panelLogic';
import { capText, LIMITS, type GoalRowView, type GoalStatusView, type ToWebview, type UiStringKey } from './protocol';

export type GoalsMessage = Extract<ToWebview, { type: 'goals' }>;

/** Puts a UI string into words with its arguments (the page's `s`). */
export type Say = (key: UiStringKey, ...args: (string | number)[]) => string;

function statusView(goal: GoalWithStatus): GoalStatusView {
  const words = goal.status.words;
  if (words.kind === 'discussed') return { kind: 'discussed', weeks: Math.max(0, clampCount(words.weeks)) };
  if (words.kind === 'notSince' && isIsoDate(words.date)) return { kind: 'notSince', date: words.date };
  return { kind: 'never' };
}

/** `staleOn`: staleness is on (the setting is not 0); with it off, no goal is stale whatever its status says. */
function rowView(goal: GoalWithStatus, staleOn: boolean): GoalRowView {
  return {
    text: capText(goal.text),
    ...(goal.due !== undefined && isIsoDate(goal.due) ? { due: goal.due } : {}),
    line: goal.line,
    status: statusView(goal),
    stale: staleOn && goal.status.stale,
  };
}

/**
 * The `goals` message for `person` from their goals with status (PersonGrowth.goals) and the
 * `twoHats.goals.staleAfterWeeks` setting: open goals only, private ones left out, in profile order.
 */
export function prepGoalsMessage(person: string, goals: readonly GoalWithStatus[], staleAfterWeeks: number): GoalsMessage {
  // Fail closed: only a goal known to be shared and open is listed.
  const open = goals.filter((g) => g.private === false && g.reached === false && g.text !== '' && g.line <= LIMITS.line);
  const weeks = Number.isFinite(staleAfterWeeks) && staleAfterWeeks > 0 ? Math.min(Math.floor(staleAfterWeeks), LIMITS.count) : 0;
  const listed = open.slice(0, LIMITS.goals);
  return {
    type: 'goals', person, staleAfterWeeks: weeks,
    goals: listed.map((g) => rowView(g, weeks > 0)),
    ...(open.length > listed.length ? { more: Math.min(open.length - listed.length, 1_000_000) } : {}),
  };
}

/** "discussed this week", "discussed 1 week ago", "discussed 3 weeks ago", "not discussed since 2026-09-14", "never discussed". */
export function goalStatusText(status: GoalStatusView, say: Say): string {
  switch (status.kind) {
    case 'discussed':
      return status.weeks === 0 ? say('glDiscussedThisWeek') : status.weeks === 1 ? say('glDiscussedWeekAgo') : say('glDiscussedWeeksAgo', status.weeks);
    case 'notSince':
      return say('glNotSince', status.date);
    case 'never':
      return say('glNever');
  }
}

/**
 * The nudge under the goals when some have gone stale: the goal named when there is one, else how
 * many; undefined when none has (or staleness is off). Said once, not on every row.
 */
export function goalNudgeText(message: Pick<GoalsMessage, 'goals' | 'staleAfterWeeks'>, say: Say): string | undefined {
  if (message.staleAfterWeeks <= 0) return undefined;
  const stale = message.goals.filter((g) => g.stale);
  if (stale.length === 0) return undefined;
  const period = message.staleAfterWeeks === 1 ? say('glWeek') : say('glWeeks', message.staleAfterWeeks);
  return stale.length === 1 ? say('glNudgeOne', stale[0]!.text, period) : say('glNudgeMany', stale.length, period);
}
