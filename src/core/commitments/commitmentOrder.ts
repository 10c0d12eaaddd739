/**
 * When a commitment is due, in the words the views use, and the order every list shows them in.
 * Dates are `YYYY-MM-DD` strings (core/dates.ts), so comparing them as strings compares days.
 */
import { daysSince, isIsoDate } from '../dates';
import { dueWords, type DueWords } from '../people/cadence';
import type { Commitment } from './commitment';

/** `overdue 3 d`, `due today` or `in 4 d` (cadence.ts's words, the host's translation); undefined without two real dates. */
export function dueState(due: string | undefined, today: string): DueWords | undefined {
  if (due === undefined || !isIsoDate(due) || !isIsoDate(today)) return undefined;
  return dueWords({ due, overdue: daysSince(due, today) });
}

/** Open, with a due date before `today`. */
export function isOverdue(c: Pick<Commitment, 'checked' | 'due'>, today: string): boolean {
  return !c.checked && c.due !== undefined && c.due < today;
}

function byText(a: Commitment, b: Commitment): number {
  const x = a.words.toLowerCase();
  const y = b.words.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  // Same words: by where they are, so the order never depends on the input's.
  if (a.source.path !== b.source.path) return a.source.path < b.source.path ? -1 : 1;
  return a.source.line - b.source.line;
}

/**
 * The order of a list on `today`: open before done; open ones overdue first (the most overdue
 * first), then by due date, undated last, then by words; done ones most recently done first.
 */
export function commitmentOrder(today: string): (a: Commitment, b: Commitment) => number {
  return (a, b) => {
    if (a.checked !== b.checked) return a.checked ? 1 : -1;
    if (a.checked) {
      if (a.done !== b.done) return (b.done ?? '') < (a.done ?? '') ? -1 : 1;
      return byText(a, b);
    }
    const overdueA = isOverdue(a, today);
    if (overdueA !== isOverdue(b, today)) return overdueA ? -1 : 1;
    if (a.due !== b.due) {
      if (a.due === undefined) return 1;
      if (b.due === undefined) return -1;
      return a.due < b.due ? -1 : 1;
    }
    return byText(a, b);
  };
}
