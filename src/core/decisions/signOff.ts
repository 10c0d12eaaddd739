/**
 * Sign-off in a doc's review note: a `## Sign-off` section (also `Sign off`, `Signoff`, plural)
 * whose top-level task items name reviewers, `- [ ] @bo`; a ticked item is that reviewer's
 * sign-off, optionally dated `✅ YYYY-MM-DD`. Items come from markdownScan.ts, so an item in code
 * or in front matter is none. Pure and linear.
 *
 * Reviewers are compared as handles: without the leading `@`, every run of characters other than
 * letters, digits, `.`, `_` and `-` as one `-` (`Bo Li` is `@Bo-Li`), without case.
 */
import { isIsoDate } from '../dates';
import { readMarkdown } from '../markdown/markdownScan';
import { headingIs, sections } from '../markdown/sections';

/** Headings that open a sign-off section, compared as sections.ts `headingIs` does. */
export const SIGN_OFF_HEADINGS = ['Sign-off', 'Sign off', 'Signoff', 'Sign-offs', 'Sign offs', 'Signoffs'] as const;

// Letters and digits of any script, and the few marks handles keep.
const HANDLE_CHAR = /[\p{L}\p{N}._-]/u;

/** A reviewer's handle without `@` (see the module comment); empty when the name has no letter or digit. */
export function reviewerHandle(name: string): string {
  let out = '';
  let gap = false;
  for (const ch of name.trim().replace(/^@+/, '')) {
    if (HANDLE_CHAR.test(ch)) {
      if (gap && out !== '') out += '-';
      out += ch;
      gap = false;
    } else gap = true;
  }
  let end = out.length;
  while (end > 0 && (out[end - 1] === '-' || out[end - 1] === '.')) end--;
  return out.slice(0, end);
}

/**
 * What the renderer writes for `{{signOff}}`: one `- [ ] @handle` per reviewer, in order, without
 * duplicates. Without reviewers, one `- [ ] @` for the lead to name one (it counts as nobody).
 */
export function signOffLines(reviewers: readonly string[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const name of reviewers) {
    const handle = reviewerHandle(name);
    if (handle === '' || seen.has(handle.toLowerCase())) continue;
    seen.add(handle.toLowerCase());
    lines.push(`- [ ] @${handle}`);
  }
  return lines.length > 0 ? lines : ['- [ ] @'];
}

/** One reviewer's item in the sign-off section: their handle (without `@`) and its 0-based line. */
export interface SignOffRow {
  readonly who: string;
  readonly line: number;
  /** The `✅ YYYY-MM-DD` date of a ticked item, when it has one. */
  readonly date?: string;
}

/** The sign-off section's items: ticked ones are `signed`, the others `missing`; both in note order. */
export interface SignOff {
  readonly signed: readonly SignOffRow[];
  readonly missing: readonly SignOffRow[];
}

const DONE = '\u2705';

/** Who a sign-off item names: an `@handle` at its start, else its text before `✅`. */
function whoOf(text: string): string {
  const done = text.indexOf(DONE);
  const before = (done < 0 ? text : text.slice(0, done)).trim();
  if (!before.startsWith('@')) return reviewerHandle(before);
  let end = 1;
  while (end < before.length && before[end] !== ' ' && before[end] !== '\t') end++;
  return reviewerHandle(before.slice(0, end));
}

function doneDate(text: string): string | undefined {
  const done = text.indexOf(DONE);
  if (done < 0) return undefined;
  const date = text.slice(done + DONE.length).trimStart().slice(0, 10);
  return isIsoDate(date) ? date : undefined;
}

/** The line spans of the note's sign-off sections, sorted and merged where one holds another. */
export function signOffSpans(text: string): { line: number; end: number }[] {
  const spans: { line: number; end: number }[] = [];
  for (const s of sections(text)) {
    if (!SIGN_OFF_HEADINGS.some((h) => headingIs(s.heading, h))) continue;
    const last = spans[spans.length - 1];
    if (last && s.bodyStart < last.end) last.end = Math.max(last.end, s.end);
    else spans.push({ line: s.bodyStart, end: s.end });
  }
  return spans;
}

/** The sign-off of a review note (see the module comment); items that name nobody are left out. */
export function signOffOf(reviewNoteText: string): SignOff {
  const spans = signOffSpans(reviewNoteText);
  const signed: SignOffRow[] = [];
  const missing: SignOffRow[] = [];
  let s = 0;
  for (const item of readMarkdown(reviewNoteText).items) {
    while (s < spans.length && spans[s]!.end <= item.line) s++;
    const span = spans[s];
    if (!span || item.line < span.line || item.checked === undefined) continue;
    // A nested item (a remark under a reviewer) is not a reviewer; ancestors are nearest first.
    if ((item.ancestors[0] ?? -1) >= span.line) continue;
    const who = whoOf(item.text);
    if (who === '') continue;
    const date = item.checked ? doneDate(item.text) : undefined;
    (item.checked ? signed : missing).push({ who, line: item.line, ...(date ? { date } : {}) });
  }
  return { signed, missing };
}

/** "2 of 3 signed off": how many of the expected reviewers signed, and who has not yet. */
export interface SignOffSummary {
  readonly signed: number;
  readonly total: number;
  /** Names as the doc writes them (handles for those only the note names), in order. */
  readonly missing: readonly string[];
}

/**
 * The expected reviewers are the doc's `reviewers` and everyone the note's sign-off section names
 * (a lead may add one there), each once. A reviewer with any ticked item has signed.
 */
export function signOffSummary(signOff: SignOff, reviewers: readonly string[]): SignOffSummary {
  const expected = new Map<string, string>();
  for (const name of reviewers) {
    const handle = reviewerHandle(name).toLowerCase();
    if (handle !== '' && !expected.has(handle)) expected.set(handle, name.trim());
  }
  for (const row of [...signOff.signed, ...signOff.missing].sort((a, b) => a.line - b.line)) {
    if (!expected.has(row.who.toLowerCase())) expected.set(row.who.toLowerCase(), row.who);
  }
  const signed = new Set(signOff.signed.map((r) => r.who.toLowerCase()));
  const missing = [...expected].filter(([handle]) => !signed.has(handle)).map(([, name]) => name);
  return { signed: expected.size - missing.length, total: expected.size, missing };
}
