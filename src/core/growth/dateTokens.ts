/**
 * Date tokens in an item's text, as task plugins write them: `📅 YYYY-MM-DD` or `due YYYY-MM-DD`
 * (a due date) and `✅ YYYY-MM-DD` (done on that day). Pure; one hand-written pass, linear in the
 * text. `📅` and `✅` always mark a date, so whatever follows them is read as one (and reported
 * when it is none); `due` is an ordinary word, so it is a token only before something shaped like
 * a date (`due 2027-03-31`, `due 2027-02-30`), never in "due to the freeze".
 */
import { isIsoDate } from '../dates';

/** Which tokens a reader takes out of the text. */
export type DateTokenKind = 'due' | 'done';

/** A token whose date is no day that exists (`2027-02-30`) or no date at all (`📅 soon`). */
export interface BadDateToken {
  /** Offset of the token's date as written (after the marker) in the text read. */
  readonly offset: number;
  /** What stood where the date belongs, as written; empty when nothing did. */
  readonly written: string;
}

/** What a read of an item's date tokens found; `due` and `done` are real days when present. */
export interface DateTokens {
  /** The text with every token of the kinds asked for taken out, one blank where each stood, trimmed. */
  readonly text: string;
  /** The last valid due date, when there is one. */
  readonly due?: string;
  /** The last valid done date, when there is one. */
  readonly done?: string;
  /** Tokens of the kinds asked for whose date is bad, in order; they are taken out of `text` too. */
  readonly bad: readonly BadDateToken[];
}

const CALENDAR = '\u{1F4C5}';
const CHECK = '\u2705';
const VARIATION_SELECTOR = '\uFE0F';

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/** `dddd-`: the start of something written as a date. */
function looksLikeDate(text: string, at: number): boolean {
  return isDigit(text[at]) && isDigit(text[at + 1]) && isDigit(text[at + 2]) && isDigit(text[at + 3]) && text[at + 4] === '-';
}

/** The marker starting at `at` and its kind, or undefined. */
function markerAt(text: string, at: number, kinds: readonly DateTokenKind[]): { kind: DateTokenKind; length: number } | undefined {
  if (kinds.includes('due') && text.startsWith(CALENDAR, at)) return { kind: 'due', length: CALENDAR.length };
  if (kinds.includes('done') && text.startsWith(CHECK, at)) return { kind: 'done', length: text[at + 1] === VARIATION_SELECTOR ? 2 : 1 };
  if (kinds.includes('due') && (text[at] === 'd' || text[at] === 'D') && text.slice(at, at + 3).toLowerCase() === 'due' && !isWordChar(text[at - 1]) && isBlank(text[at + 3])) {
    let date = at + 3;
    while (isBlank(text[date])) date++;
    // Only before something shaped like a date is `due` a token.
    if (looksLikeDate(text, date)) return { kind: 'due', length: 3 };
  }
  return undefined;
}

/** Reads and takes out the date tokens of `kinds` from `text` (see the module comment). */
export function readDateTokens(text: string, kinds: readonly DateTokenKind[] = ['due', 'done']): DateTokens {
  const kept: string[] = [];
  const bad: BadDateToken[] = [];
  const found: Partial<Record<DateTokenKind, string>> = {};
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const marker = markerAt(text, i, kinds);
    if (!marker) continue;
    let at = i + marker.length;
    while (isBlank(text[at])) at++;
    let end = at;
    while (end < text.length && !isBlank(text[end])) end++;
    const written = text.slice(at, end);
    if (isIsoDate(written)) found[marker.kind] = written;
    else bad.push({ offset: at, written });
    kept.push(text.slice(start, i));
    start = end;
    i = end - 1;
  }
  kept.push(text.slice(start));
  const joined = kept.map((part) => part.trim()).filter((part) => part !== '').join(' ');
  return { text: joined, ...(found.due ? { due: found.due } : {}), ...(found.done ? { done: found.done } : {}), bad };
}
