/**
 * Where a goal stands in the 1:1s: when it was last discussed and whether it has gone stale. Pure.
 * The words come back as a tagged union, so the host puts them into the lead's language.
 */
import { daysSince, isIsoDate } from '../dates';

/** What to say about a goal: discussed N weeks ago, not discussed since a date (stale), or never. */
export type GoalStatusWords =
  | { readonly kind: 'discussed'; readonly weeks: number }
  | { readonly kind: 'notSince'; readonly date: string }
  | { readonly kind: 'never' };

/** A goal's status on a day: `words` is `never` exactly when `lastDiscussed` is absent. */
export interface GoalStatus {
  /** The newest discussion on or before today, `YYYY-MM-DD`. */
  readonly lastDiscussed?: string;
  readonly words: GoalStatusWords;
  /**
   * An open goal not discussed for more than `staleAfterWeeks` whole weeks, or never discussed.
   * Never stale: a reached goal, `staleAfterWeeks` 0 (or less), or a `today` that is no date.
   */
  readonly stale: boolean;
}

/**
 * The status of `goal` on `today` from the dates of the notes that discussed it (any order;
 * dates that are no real day, or after today, are ignored). A goal never discussed is stale once
 * staleness is on: there is no date it was set, so "never" is the honest answer and the nudge.
 */
export function goalStatus(goal: { readonly reached: boolean }, discussions: readonly string[], today: string, staleAfterWeeks: number): GoalStatus {
  const known = isIsoDate(today);
  let last: string | undefined;
  for (const date of discussions) if (isIsoDate(date) && (!known || date <= today) && (last === undefined || date > last)) last = date;
  const watching = known && !goal.reached && staleAfterWeeks > 0;
  if (last === undefined) return { words: { kind: 'never' }, stale: watching };
  if (!known) return { lastDiscussed: last, words: { kind: 'notSince', date: last }, stale: false };
  const days = daysSince(last, today);
  const stale = watching && days > staleAfterWeeks * 7;
  return { lastDiscussed: last, words: stale ? { kind: 'notSince', date: last } : { kind: 'discussed', weeks: Math.floor(days / 7) }, stale };
}
