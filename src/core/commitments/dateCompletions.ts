/**
 * Completion data for due dates: whether the lead is typing a date after `📅` or `due`, and which
 * days to offer. Labels are keys (`next Monday`); the host words them. Linear: the line is read
 * backwards once, over the date typed so far and the blanks before it.
 */
import { addDays, daysSince, isIsoDate } from '../dates';
import { mayStartToken } from './itemTokens';

/** The date being typed: its column and what is typed of it so far (digits and `-`, maybe empty). */
export interface DateCompletionContext {
  readonly start: number;
  readonly query: string;
}

/** The longest date typed: `YYYY-MM-DD`. */
const DATE_LENGTH = 10;

function isDateChar(ch: string | undefined): boolean {
  return ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9');
}

/** Whether a `📅` (with an optional U+FE0F after it) ends at `end`. */
function calendarEndsAt(text: string, end: number): boolean {
  const at = text.charCodeAt(end - 1) === 0xfe0f ? end - 1 : end;
  return text.charCodeAt(at - 1) === 0xdcc5 && text.charCodeAt(at - 2) === 0xd83d;
}

/** Whether a `due` or `due:` that starts a token ends at `end`. */
function dueWordEndsAt(text: string, end: number): boolean {
  const at = text[end - 1] === ':' ? end - 1 : end;
  return at >= 3 && text.slice(at - 3, at).toLowerCase() === 'due' && mayStartToken(text, at - 3);
}

/** The date query at the end of `linePrefix` (the line up to the cursor), after `📅 ` or `due `; undefined elsewhere. */
export function dateCompletionContext(linePrefix: string): DateCompletionContext | undefined {
  const end = linePrefix.length;
  let start = end;
  while (start > 0 && isDateChar(linePrefix[start - 1])) {
    if (end - start === DATE_LENGTH) return undefined;
    start--;
  }
  let marker = start;
  while (marker > 0 && (linePrefix[marker - 1] === ' ' || linePrefix[marker - 1] === '\t')) marker--;
  // `📅` may touch the date (Obsidian Tasks reads `📅2026-11-20`); `due` needs a blank after it.
  const after = calendarEndsAt(linePrefix, marker) || (marker < start && dueWordEndsAt(linePrefix, marker));
  return after ? { start, query: linePrefix.slice(start) } : undefined;
}

/** Keys of the offered days; the host translates them. */
export type DateSuggestionLabel = 'today' | 'tomorrow' | 'next Monday' | 'in a week' | 'the day before the next 1:1';

export interface DateSuggestion {
  readonly label: DateSuggestionLabel;
  /** A real `YYYY-MM-DD` day, never before today. */
  readonly date: string;
}

/** 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday). */
function weekday(date: string): number {
  return (((daysSince('1970-01-01', date) + 3) % 7) + 7) % 7;
}

/**
 * Days to offer on `today`: today, tomorrow, next Monday (the first Monday after today), in a
 * week, and with the next 1:1's date the day before it (unless that day has passed). Empty when
 * `today` is no real date; a day past 9999-12-31 is left out.
 */
export function dateSuggestions(today: string, nextOneOnOne?: string): DateSuggestion[] {
  if (!isIsoDate(today)) return [];
  const out: DateSuggestion[] = [
    { label: 'today', date: today },
    { label: 'tomorrow', date: addDays(today, 1) },
    { label: 'next Monday', date: addDays(today, 7 - weekday(today)) },
    { label: 'in a week', date: addDays(today, 7) },
  ];
  if (nextOneOnOne !== undefined && isIsoDate(nextOneOnOne)) out.push({ label: 'the day before the next 1:1', date: addDays(nextOneOnOne, -1) });
  return out.filter((s) => isIsoDate(s.date) && s.date >= today);
}
