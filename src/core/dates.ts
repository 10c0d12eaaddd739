/**
 * Calendar dates as `YYYY-MM-DD` strings: today's date, checks, and day arithmetic. Days are
 * counted as UTC day numbers, so a daylight-saving change between two dates never adds or loses
 * a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `d` as a local calendar date `YYYY-MM-DD` (the lead's day, not UTC's). */
export function isoDate(d: Date): string {
  const pad = (v: number, width: number) => String(v).padStart(width, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** Whether `s` is `YYYY-MM-DD` and names a day that exists (no `2026-02-30`), in the years 1000 to 9999. */
export function isIsoDate(s: string): boolean {
  return dayNumber(s) !== undefined;
}

/** Days since 1970-01-01 for an ISO date, counted in UTC so daylight-saving changes never skew it. */
function dayNumber(s: string): number | undefined {
  const m = ISO_DATE.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Before 1000 is a typo (`0226-11-09`); after 9999 cannot be written in four digits.
  if (y < 1000) return undefined;
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return Math.round(t.getTime() / 86_400_000);
}

/** Whole days from `date` to `today` (both `YYYY-MM-DD`); negative when `date` is later. Throws RangeError on a malformed date. */
export function daysSince(date: string, today: string): number {
  const from = dayNumber(date);
  const to = dayNumber(today);
  if (from === undefined || to === undefined) throw new RangeError(`daysSince needs YYYY-MM-DD dates, got ${date} and ${today}`);
  return to - from;
}

const EPOCH = '1970-01-01';

/** `date` moved by `days` (negative goes back). Throws RangeError on a malformed date. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(daysSince(EPOCH, date) + days);
}

function fromDayNumber(n: number): string {
  const d = new Date(n * 86_400_000);
  const pad = (v: number, width: number) => String(v).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** The same day of the next month, clamped to that month's last day (`2026-01-31` → `2026-02-28`). */
export function addMonth(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`addMonth needs a YYYY-MM-DD date, got ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(2000, month, 0));
  last.setUTCFullYear(year, month, 0);
  const day = Math.min(d, last.getUTCDate());
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

