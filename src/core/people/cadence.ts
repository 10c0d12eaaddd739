/**
 * How often a lead meets someone, and when the next 1:1 is due. Pure date math on `YYYY-MM-DD`
 * strings: days are counted as UTC day numbers (as `daysSince` does), so a daylight-saving change
 * between two dates never adds or loses a day.
 */
import { addDays, addMonth, daysSince, isIsoDate } from '../dates';

/** `weekly` (7 days), `biweekly` (14), `monthly` (the same day next month) or a whole number of days. */
export type Cadence = 'weekly' | 'biweekly' | 'monthly' | number;

export const CADENCE_WORDS = ['weekly', 'biweekly', 'monthly'] as const;

/** Longest cadence in days accepted (ten years): anything longer is a typo. */
export const MAX_CADENCE_DAYS = 3650;

/** A cadence read from front matter; undefined when the value is not one (the caller reports it). */
export function parseCadence(value: unknown): Cadence | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= MAX_CADENCE_DAYS ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if ((CADENCE_WORDS as readonly string[]).includes(word)) return word as Cadence;
  // A quoted number of days ("10") is still a number of days.
  if (word.length > 0 && word.length <= 4 && [...word].every((c) => c >= '0' && c <= '9')) return parseCadence(Number(word));
  return undefined;
}

/** The day the 1:1 after one held on `last` is due. */
export function nextDue(last: string, cadence: Cadence): string {
  if (cadence === 'monthly') return addMonth(last);
  return addDays(last, cadence === 'weekly' ? 7 : cadence === 'biweekly' ? 14 : cadence);
}

/** When someone's next 1:1 is due. `overdue` > 0: that many days late; 0: due today; < 0: due in that many days. */
export interface Due {
  readonly due: string;
  readonly overdue: number;
}

/**
 * When the next 1:1 is due, from the last one (`last`, the newest note's date) and the cadence.
 * Without a 1:1 yet it is due on `started` when given, else today. No cadence: undefined.
 */
export function dueStatus(cadence: Cadence | undefined, last: string | undefined, today: string, started?: string): Due | undefined {
  if (cadence === undefined || !isIsoDate(today)) return undefined;
  const due = last && isIsoDate(last) ? nextDue(last, cadence) : started && isIsoDate(started) ? started : today;
  // A last 1:1 on 9999-12-31 has its next one past the last date there is: no due date, not an error.
  return isIsoDate(due) ? { due, overdue: daysSince(due, today) } : undefined;
}

/** What withDueDates needs of a person. */
export interface DueInput {
  readonly slug: string;
  readonly name: string;
  readonly last?: string;
}

/**
 * `people` with their profile's name and due date, most overdue first (byDue). Each person is
 * looked up on their own: one whose profile cannot be read (`profileOf` throws) keeps their
 * listing without a due date and is passed to `failed`, and everyone else still shows.
 */
export async function withDueDates<T extends DueInput>(
  people: readonly T[],
  profileOf: (slug: string) => Promise<{ readonly name: string; readonly cadence?: Cadence; readonly started?: string } | undefined>,
  today: string,
  failed: (person: T, error: unknown) => void,
): Promise<(T & { due?: string; overdue?: number })[]> {
  const settled = await Promise.allSettled(people.map(async (person) => {
    const profile = await profileOf(person.slug);
    if (!profile) return person;
    const due = dueStatus(profile.cadence, person.last, today, profile.started);
    return { ...person, name: profile.name, ...(due ? { due: due.due, overdue: due.overdue } : {}) };
  }));
  return byDue(settled.map((result, i) => {
    if (result.status === 'fulfilled') return result.value;
    failed(people[i]!, result.reason);
    return people[i]!;
  }));
}

/** What to say about a due date: `overdue 3 d`, `due today`, `in 4 d`. */
export type DueWords = { readonly kind: 'overdue'; readonly days: number } | { readonly kind: 'today' } | { readonly kind: 'upcoming'; readonly days: number };

export function dueWords(due: Due): DueWords {
  if (due.overdue > 0) return { kind: 'overdue', days: due.overdue };
  if (due.overdue === 0) return { kind: 'today' };
  return { kind: 'upcoming', days: -due.overdue };
}

/** Whether a 1:1 is due today or overdue (anything with an `overdue` count of days, such as a person's summary). */
export function isDue(due: { readonly overdue?: number } | undefined): boolean {
  return due?.overdue !== undefined && due.overdue >= 0;
}

/**
 * People in the order a lead should see them: the most overdue first, then those due later
 * (soonest first), then everyone without a cadence by name. Stable for equal keys.
 */
export function byDue<T extends { readonly name: string; readonly overdue?: number }>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => {
    if (a.overdue !== undefined && b.overdue !== undefined) return b.overdue - a.overdue || a.name.localeCompare(b.name);
    if (a.overdue !== undefined) return -1;
    if (b.overdue !== undefined) return 1;
    return a.name.localeCompare(b.name);
  });
}
