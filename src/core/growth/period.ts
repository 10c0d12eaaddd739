/**
 * A review period and the calendar months it spans. Pure. Dates are `YYYY-MM-DD`, months
 * `YYYY-MM`; both compare as strings, so "in the period" is two string comparisons.
 */
import { addDays, daysSince, isIsoDate } from '../dates';

/** A period from `from` to `to`, both days included. Valid when both are real dates and `from <= to`. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** Whether `period` is two real dates in order; an invalid period holds no day and no month. */
export function isValidPeriod(period: Period): boolean {
  return isIsoDate(period.from) && isIsoDate(period.to) && period.from <= period.to;
}

/** Whether `date` (a real `YYYY-MM-DD`) lies in `period`, ends included. */
export function inPeriod(date: string | undefined, period: Period): boolean {
  return date !== undefined && isIsoDate(date) && isValidPeriod(period) && date >= period.from && date <= period.to;
}

/** Every month of `period` in order, `YYYY-MM`; none for an invalid period. */
export function monthsOf(period: Period): string[] {
  if (!isValidPeriod(period)) return [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  const out: string[] = [];
  for (;;) {
    const name = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    out.push(name);
    if (name >= last) return out;
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
}

/** Days in `period`, ends included; 0 for an invalid period. */
export function periodDays(period: Period): number {
  return isValidPeriod(period) ? daysSince(period.from, period.to) + 1 : 0;
}

/** The same day `months` months before `date`, clamped to that month's last day (`2026-08-31`, 6 → `2026-02-28`). */
export function monthsBefore(date: string, months: number): string {
  if (!isIsoDate(date)) throw new RangeError(`monthsBefore needs a YYYY-MM-DD date, got ${date}`);
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  // The last day of the target month: the day before the first of the month after it.
  const firstOfNext = month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
  const lastDay = Number(addDays(firstOfNext, -1).slice(8, 10));
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The `months` months up to `today`: from the day after the same day `months` months earlier, to `today`; an invalid period when `today` is no date. */
export function lastMonths(today: string, months: number): Period {
  return isIsoDate(today) ? { from: addDays(monthsBefore(today, months), 1), to: today } : { from: today, to: '' };
}

/** The six months up to `today` (see `lastMonths`). */
export function lastSixMonths(today: string): Period {
  return lastMonths(today, 6);
}
