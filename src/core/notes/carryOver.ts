/**
 * Carry-over: the open `- [ ]` items of a person's previous 1:1 note, written into the new one with
 * where they first came from. Pure.
 *
 * Line format written and read back (one suffix per item, at the end of the line):
 *   `- [ ] Send the RFC to Sam _(from [2026-11-09](2026-11-09.md))_`
 * The date is the note the item first appeared in; the link is that note's file name, relative to
 * the person's folder, with anything but letters, digits and `._~-` percent-encoded.
 */
import { NOTE_LIMITS } from './limits';
import { daysSince, isIsoDate } from '../dates';
import { taskItems } from '../markdown/markdownScan';
import { inSpans } from '../markdown/sections';
import { PRIVATE_WORDS, privateParts } from './privacy';

/** Where an item was first written down. `date` is `YYYY-MM-DD`; `link` is a relative markdown link with no spaces or parentheses. */
export interface Origin {
  readonly date: string;
  readonly link: string;
}

/** An unchecked task item of a note. */
export interface OpenItem {
  /** The item's text without its origin suffix; never empty. */
  readonly text: string;
  /** Column of the list marker in the note. */
  readonly indent: number;
  /** 0-based line of the item in the whole note, front matter included. */
  readonly line: number;
  /** Present when the item carries a `_(from [date](link))_` suffix, from an earlier carry-over. */
  readonly origin?: Origin;
}

/** The note open items are carried from. `date` is its `YYYY-MM-DD`; `fileName` is its bare file name. */
export interface PreviousNote {
  readonly fileName: string;
  readonly date: string;
  readonly text: string;
}

/**
 * Lines for the "Carried over" section: `- [ ] …` task items, nested two spaces per level; `count`
 * is `lines.length`. Items of the previous note's `## Private` sections are never among them: they
 * come apart in `privateLines`, for the new note's own `## Private` section.
 */
export interface CarriedOver {
  readonly lines: string[];
  readonly count: number;
  /** Open items left in the old note because of the limit (0 when everything was carried). */
  readonly leftBehind: number;
  readonly privateLines: string[];
}

const ORIGIN_START = '_(from [';
const ORIGIN_END = '))_';

/** The origin suffix for an item, with its leading space: ` _(from [2026-11-09](2026-11-09.md))_`. */
export function originSuffix(origin: Origin): string {
  return ` _(from [${origin.date}](${origin.link}))_`;
}

/** `fileName` as a link target the origin suffix can hold and read back. */
export function relativeLink(fileName: string): string {
  // encodeURIComponent leaves ( ) ! * ' alone; parentheses would end the markdown link early.
  return encodeURIComponent(fileName).replace(/[()!*']/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function isLinkChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '(' && ch !== ')' && ch.trim() !== '';
}

/**
 * Splits an item's text into the text proper and its origin; the suffix is found anywhere so
 * words typed after it survive. A suffix whose date does not exist (`2026-02-30`) is not an
 * origin: it stays in the text as written. Hand-written scan, linear in the text's length.
 */
export function parseOrigin(itemText: string): { text: string; origin?: Origin } {
  for (let at = itemText.indexOf(ORIGIN_START); at >= 0; at = itemText.indexOf(ORIGIN_START, at + 1)) {
    const dateStart = at + ORIGIN_START.length;
    const date = itemText.slice(dateStart, dateStart + 10);
    let i = dateStart + 10;
    if (!isIsoDate(date) || !itemText.startsWith('](', i)) continue;
    i += 2;
    const linkStart = i;
    while (isLinkChar(itemText[i])) i++;
    if (i === linkStart || !itemText.startsWith(ORIGIN_END, i)) continue;
    // The suffix goes; what the lead typed around it stays as typed, joined by one space.
    const before = itemText.slice(0, at).trimEnd();
    const after = itemText.slice(i + ORIGIN_END.length).trimStart();
    const text = before && after ? `${before} ${after}` : before || after;
    return { text, origin: { date, link: itemText.slice(linkStart, i) } };
  }
  return { text: itemText };
}

/** Unchecked task items of `markdown` in document order, outside front matter and fenced code. */
export function openItems(markdown: string): OpenItem[] {
  return taskItems(markdown)
    .filter((item) => !item.checked)
    .flatMap((item) => {
      const { text, origin } = parseOrigin(item.text);
      if (text === '') return [];
      return [{ text, indent: item.indent, line: item.line, ...(origin ? { origin } : {}) }];
    });
}

/** An open item as the panel lists it: where it is and how old it is. */
export interface AgedItem {
  readonly text: string;
  /** The day the item was first written down (its origin, else the note's date), `YYYY-MM-DD`. */
  readonly date: string;
  readonly fileName: string;
  readonly line: number;
  /** Whole days from `date` to today. */
  readonly age: number;
}

/** The open items of a dated note, each with the day it was first written down and its age on `today`. */
export function agedOpenItems(note: PreviousNote, today: string): AgedItem[] {
  return agedItems(openItems(note.text), note, today);
}

/** `items` (the open items of the note `note`) with the day each was first written down and its age on `today`. */
export function agedItems(items: readonly OpenItem[], note: { readonly date: string; readonly fileName: string }, today: string): AgedItem[] {
  return items.map((item) => {
    // Origins are real dates (parseOrigin checks); a note's own date comes from its file name.
    const date = item.origin?.date ?? note.date;
    return { text: item.text, date, fileName: note.fileName, line: item.line, age: isIsoDate(date) && isIsoDate(today) ? daysSince(date, today) : 0 };
  });
}

/**
 * The open items of `previousNote` as lines to put under "Carried over". An item keeps the origin
 * it already had (carried twice, it still points at the note it was first written in); otherwise
 * it gets the previous note's date and file name. Items whose text (ignoring origin, whitespace and
 * case) is already a task in `alreadyPresentText`, checked or not, or came earlier in the source,
 * are left out. Nesting: an open item sits under its nearest carried ancestor, two spaces per level;
 * one whose ancestors are all checked, plain or left out moves to the top level. Nothing open gives
 * an empty list; the renderer decides what to show then. At most `limit` items are carried (in
 * document order); `leftBehind` counts the rest, which stay in the old note. Items under a
 * `## Private` heading (to the next heading of the same or a higher level) go to `privateLines`,
 * never to `lines`; the limit counts both.
 */
export function carryOver(previousNote: PreviousNote, alreadyPresentText?: string, limit: number = NOTE_LIMITS.carried, privateWords: readonly string[] = PRIVATE_WORDS): CarriedOver {
  const seen = new Set<string>(alreadyPresentText === undefined ? [] : taskItems(alreadyPresentText).map((t) => itemKey(parseOrigin(t.text).text)));
  const fallback: Origin = { date: previousNote.date, link: relativeLink(previousNote.fileName) };
  const depthOfLine = new Map<number, number>();
  const lines: string[] = [];
  const privateLines: string[] = [];
  const isPrivate = inSpans(privateParts(previousNote.text, privateWords).spans);

  for (const item of taskItems(previousNote.text)) {
    if (item.checked) continue;
    const { text, origin } = parseOrigin(item.text);
    const key = itemKey(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const carriedAncestor = item.ancestors.find((line) => depthOfLine.has(line));
    const depth = carriedAncestor === undefined ? 0 : depthOfLine.get(carriedAncestor)! + 1;
    depthOfLine.set(item.line, depth);
    // An item's ancestors are in its own section, so nesting never crosses into the other list.
    (isPrivate(item.line) ? privateLines : lines).push(`${'  '.repeat(depth)}- [ ] ${text}${originSuffix(origin ?? fallback)}`);
  }
  // The limit counts shared items first, then private ones; what is over it stays in the old note.
  const kept = lines.slice(0, limit);
  const keptPrivate = privateLines.slice(0, Math.max(0, limit - kept.length));
  return { lines: kept, count: kept.length, privateLines: keptPrivate, leftBehind: lines.length + privateLines.length - kept.length - keptPrivate.length };
}

/** What makes two items the same item: their words, case-folded (carry-over and the commitments index agree on it). */
export function itemKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
