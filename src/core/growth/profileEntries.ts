/**
 * The dated entries the lead logs in person.md as they happen: `## Wins` (`- 2026-11-12 Shipped
 * the reindex ([src/x.ts:42](../../../src/x.ts#L42))`) and `## Feedback` (the same, as a task
 * item with a kind). One reader for both, so a date, a link back and a problem are read alike.
 * Pure and linear: the profile is read once through the one scanner, each item's text once.
 */
import { isIsoDate } from '../dates';
import { readMarkdown, splitLines, type ListItem } from '../markdown/markdownScan';
import { inSpans } from '../markdown/sections';
import { privateParts } from '../notes/privacy';
import { profileSections, topLevelItems } from '../people/profileSections';
import { parsePointLink, type PointLink } from '../people/talkingPoints';
import { readDateTokens } from './dateTokens';

/** Something in a line of person.md that cannot be read as written; the entry is kept without it. */
export interface EntryProblem {
  /** 0-based line and column (UTF-16) where the problem is. */
  readonly line: number;
  readonly column: number;
  /** `bad-date`: a date that does not exist, or no date after `📅`/`✅`; `no-date`: a logged entry without its leading date. */
  readonly kind: 'bad-date' | 'no-date';
  /** What was written there (empty when nothing was). */
  readonly detail: string;
}

/** An entry's text as written after its marker (and checkbox), read. */
export interface EntryText {
  /** The leading `YYYY-MM-DD`, a real day. */
  readonly date?: string;
  /** A leading date-shaped word that is no day (`2026-02-30`), as written. */
  readonly badDate?: string;
  /** The words after the date, without the link back and the `✅` token; may be empty. */
  readonly words: string;
  readonly link?: PointLink;
  /** `✅ YYYY-MM-DD`: the day it was done (feedback: delivered). */
  readonly done?: string;
  /** `✅` tokens with no real date after them, as written. */
  readonly badDone: readonly string[];
}

/** `dddd-dd-dd` at the start of `text`, then a blank or the end. */
function leadingDateWord(text: string): string | undefined {
  const word = text.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(word)) return undefined;
  const after = text[10];
  return after === undefined || after === ' ' || after === '\t' ? word : undefined;
}

/** Reads an entry's text (an item's text after its checkbox): leading date, `✅` token, trailing link. */
export function readEntryText(itemText: string): EntryText {
  const tokens = readDateTokens(itemText, ['done']);
  const { text, link } = parsePointLink(tokens.text);
  const word = leadingDateWord(text);
  const rest = word === undefined ? text : text.slice(10).trim();
  return {
    ...(word !== undefined && isIsoDate(word) ? { date: word } : {}),
    ...(word !== undefined && !isIsoDate(word) ? { badDate: word } : {}),
    words: rest,
    ...(link ? { link } : {}),
    ...(tokens.done ? { done: tokens.done } : {}),
    badDone: tokens.bad.map((b) => b.written),
  };
}

/** Where `written` stands in the item's lines: the first of its lines holding it, else `fallback` on its first line. */
export function locate(lines: readonly string[], item: ListItem, written: string, fallback: number): { line: number; column: number } {
  if (written !== '') {
    for (let l = item.line; l < Math.max(item.end, item.line + 1); l++) {
      const column = (lines[l] ?? '').indexOf(written);
      if (column >= 0) return { line: l, column };
    }
  }
  return { line: item.line, column: fallback };
}

/** A top-level item of a log section, read. */
export interface LogItem extends EntryText {
  readonly item: ListItem;
  /** Under a private heading of person.md (or in an ambiguous part). */
  readonly private: boolean;
}

/** Every top-level item of every section named `heading`, read, with the problems of their dates. */
export function logItems(profileText: string, heading: string): { readonly items: readonly LogItem[]; readonly problems: readonly EntryProblem[] } {
  const structure = readMarkdown(profileText);
  const lines = splitLines(profileText);
  const isPrivate = inSpans(privateParts(structure).spans);
  const items: LogItem[] = [];
  const problems: EntryProblem[] = [];
  for (const section of profileSections(lines, heading)) {
    for (const item of topLevelItems(lines, section)) {
      if (item.text === '') continue;
      const read = readEntryText(item.text);
      if (read.badDate !== undefined) problems.push({ ...locate(lines, item, read.badDate, item.indent), kind: 'bad-date', detail: read.badDate });
      else if (read.date === undefined) problems.push({ line: item.line, column: item.indent, kind: 'no-date', detail: '' });
      for (const bad of read.badDone) problems.push({ ...locate(lines, item, bad, item.indent), kind: 'bad-date', detail: bad });
      items.push({ ...read, item, private: isPrivate(item.line) });
    }
  }
  return { items, problems };
}
