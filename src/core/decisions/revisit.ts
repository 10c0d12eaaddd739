/**
 * When a decision is due for another look. Pure: the caller passes today and the setting.
 *
 * - A `revisit:` date applies to a decision still standing (proposed, accepted, a team's own word,
 *   unknown): a rejected, deprecated or superseded one has nothing left to revisit.
 * - Else an accepted decision with a `date:` comes due `revisitAfterMonths` months after that date
 *   (0 turns this off; the day is clamped to the month's end, `2026-01-31` + 1 is `2026-02-28`).
 * - A revisit review of the doc (a note whose front matter has `kind: revisit`, `doc:` the doc's
 *   path and `date:`) settles it: one dated on or after a `revisit:` date clears that date until
 *   the doc names a new one; by age, the months count again from the latest revisit review.
 * - Due on the day itself and every day after.
 */
import { daysSince, isIsoDate } from '../dates';
import { frontMatterField, splitLines } from '../markdown/markdownScan';
import type { Decision } from './decision';
import { normalizePath } from './resolveDecision';

/** Whether a decision is due; `dueOn` is the day it is (or was, or will be) due, `YYYY-MM-DD`. */
export interface RevisitState {
  readonly due: boolean;
  readonly reason: 'revisit-date' | 'age';
  readonly dueOn: string;
}

/** `date` moved by `months` whole months, the day clamped to the last day of the month it lands in. */
export function addMonths(date: string, months: number): string {
  if (!isIsoDate(date)) throw new RangeError(`addMonths needs a YYYY-MM-DD date, got ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + Math.trunc(months);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  const pad = (v: number, width: number) => String(v).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, last.getUTCDate()), 2)}`;
}

const ENDED = new Set(['rejected', 'deprecated', 'superseded']);

/**
 * Whether `decision` is due for a revisit on `today` (see the module comment); undefined when no
 * rule applies to it. `lastRevisit` is the date of the doc's latest revisit review (lastRevisitOf).
 */
export function revisitDue(decision: Decision, today: string, revisitAfterMonths: number, lastRevisit?: string): RevisitState | undefined {
  if (!isIsoDate(today) || ENDED.has(decision.status.kind)) return undefined;
  const revisited = lastRevisit !== undefined && isIsoDate(lastRevisit) ? lastRevisit : undefined;
  if (decision.revisit) {
    const cleared = revisited !== undefined && revisited >= decision.revisit;
    return { due: !cleared && daysSince(decision.revisit, today) >= 0, reason: 'revisit-date', dueOn: decision.revisit };
  }
  if (decision.status.kind !== 'accepted' || !decision.date || !(revisitAfterMonths > 0)) return undefined;
  const from = revisited !== undefined && revisited > decision.date ? revisited : decision.date;
  const dueOn = addMonths(from, revisitAfterMonths);
  return { due: daysSince(dueOn, today) >= 0, reason: 'age', dueOn };
}

/** A revisit review: the doc it revisits (workspace-relative) and its date. */
export interface RevisitReview {
  readonly doc: string;
  readonly date: string;
}

/** The revisit review a note is, from its front matter `kind: revisit`, `doc:` and `date:`; else undefined. */
export function revisitReviewOf(noteText: string): RevisitReview | undefined {
  const lines = splitLines(noteText);
  if (frontMatterField(lines, 'kind') !== 'revisit') return undefined;
  const doc = frontMatterField(lines, 'doc');
  const date = frontMatterField(lines, 'date');
  return doc && date && isIsoDate(date) ? { doc, date } : undefined;
}

/** The date of the latest revisit review of the doc at `docPath` among `notes`, if any. */
export function lastRevisitOf(docPath: string, notes: readonly { readonly text: string }[]): string | undefined {
  const target = normalizePath(docPath);
  let latest: string | undefined;
  for (const note of notes) {
    const review = revisitReviewOf(note.text);
    if (review && normalizePath(review.doc) === target && (latest === undefined || review.date > latest)) latest = review.date;
  }
  return latest;
}
