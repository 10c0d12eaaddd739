/**
 * Feedback still to deliver, from person.md into the next 1:1 note, and back. The entry stays in
 * person.md (the one log of feedback, read for review evidence); the new note's agenda gets a copy
 * of it as a task item with a link back (`_(from [2026-11-12](person.md))_`, carry-over's own
 * origin suffix, so a copy carried to a later note keeps it). Ticking the copy in any note marks
 * the entry delivered: `deliveredIn` finds ticked copies, `markDelivered` ticks the entry in
 * person.md (`[x]` and `✅ <note's date>`). Nothing is ever deleted, so no line can be lost: an
 * unticked copy is carried over like any open item, and an entry whose copy went missing is
 * copied again into the next note. Pure and linear.
 */
import { taskItems, splitLines } from '../markdown/markdownScan';
import { originSuffix, parseOrigin, relativeLink } from '../notes/carryOver';
import { PROFILE_FILE } from '../people/profile';
import type { TextReplace } from '../people/profileSections';
import { pointLine } from '../people/talkingPoints';
import { isIsoDate } from '../dates';
import { feedbackKey, feedbackOf, readFeedbackText, type FeedbackEntry } from './feedback';

/** The copy of an entry for a 1:1 note: `- [ ] 2026-11-12 change: text ([…](…)) _(from [2026-11-12](person.md))_`. */
export function agendaLine(entry: FeedbackEntry): string {
  const words = `${entry.kind ? `${entry.kind}: ` : ''}${pointLine(entry.text, entry.link)}`;
  const back = entry.date ? originSuffix({ date: entry.date, link: relativeLink(PROFILE_FILE) }) : '';
  return `- [ ] ${entry.date ? `${entry.date} ` : ''}${words}${back}`;
}

/**
 * Keys (`feedbackKey`) of the `feedback` entries whose copy is a task item of `markdown` that is
 * `ticked` (or any, when undefined), each with the 0-based line of its first such copy.
 */
function copiesAt(markdown: string, feedback: readonly FeedbackEntry[], ticked?: boolean): Map<string, number> {
  const keys = new Set(feedback.filter((f) => f.text !== '').map(feedbackKey));
  const found = new Map<string, number>();
  if (keys.size === 0) return found;
  for (const item of taskItems(markdown)) {
    if (ticked !== undefined && item.checked !== ticked) continue;
    const key = feedbackKey(readFeedbackText(parseOrigin(item.text).text));
    if (keys.has(key) && !found.has(key)) found.set(key, item.line);
  }
  return found;
}

function copiesIn(markdown: string, feedback: readonly FeedbackEntry[], ticked?: boolean): Set<string> {
  return new Set(copiesAt(markdown, feedback, ticked).keys());
}

/** Keys of the `feedback` entries delivered in a note: their copy is ticked there (in a private part too: delivery is a fact). */
export function deliveredIn(noteText: string, feedback: readonly FeedbackEntry[]): Set<string> {
  return copiesIn(noteText, feedback, true);
}

/** `deliveredIn` with the 0-based line of each ticked copy, for a link to where it was delivered. */
export function deliveriesIn(noteText: string, feedback: readonly FeedbackEntry[]): Map<string, number> {
  return copiesAt(noteText, feedback, true);
}

/** Offset on an item's first line where its checkbox is, or where its text starts when it has none. */
function boxAt(line: string): { at: number; box: boolean } {
  let at = 0;
  while (line[at] === ' ' || line[at] === '\t') at++;
  if (line[at] === '-' || line[at] === '*' || line[at] === '+') at++;
  else {
    while (line[at] !== undefined && line[at]! >= '0' && line[at]! <= '9') at++;
    if (line[at] === '.' || line[at] === ')') at++;
  }
  while (line[at] === ' ' || line[at] === '\t') at++;
  return { at, box: line[at] === '[' && line[at + 2] === ']' };
}

/**
 * Edits that tick, in person.md, the undelivered entries whose key is in `keys`: `[ ]` becomes
 * `[x]` (a plain item gets `[x] `) and ` ✅ <on>` ends the item's first line when `on` is a date.
 * Each edit replaces one whole first line with itself plus those characters, so nothing is lost.
 */
export function markDelivered(profileText: string, keys: ReadonlySet<string>, on?: string): TextReplace[] {
  const lines = splitLines(profileText);
  const done = on !== undefined && isIsoDate(on) ? ` \u2705 ${on}` : '';
  return feedbackOf(profileText).feedback.filter((f) => !f.delivered && keys.has(feedbackKey(f))).map((f) => {
    const line = lines[f.line]!;
    const { at, box } = boxAt(line);
    const ticked = box ? `${line.slice(0, at)}[x]${line.slice(at + 3)}` : `${line.slice(0, at)}[x] ${line.slice(at)}`;
    return { start: { line: f.line, character: 0 }, end: { line: f.line, character: line.length }, text: `${ticked.trimEnd()}${done}` };
  });
}

/** What Start 1:1 Note adds for feedback still to deliver. */
export interface FeedbackForNote {
  /** Copies of the shared entries still to deliver, for the new note's agenda, in person.md's order. */
  readonly lines: readonly string[];
  /** Copies of private entries, for the new note's Private section only. */
  readonly privateLines: readonly string[];
  /** Edits of person.md ticking what the previous note shows delivered; they travel with the new note. */
  readonly ticks: readonly TextReplace[];
}

/**
 * The feedback to copy into a new 1:1 note. `previousNote` is the note carried over from: entries
 * ticked there are delivered (ticked in person.md, dated with that note), not copied. `carried` are
 * the lines carry-over already brings (`carryOver(...).lines` and `.privateLines`): an entry whose
 * copy is among them is not copied twice. Run carry-over first, then this.
 */
export function feedbackForNextNote(
  profileText: string,
  previousNote?: { readonly text: string; readonly date: string },
  carried: readonly string[] = [],
): FeedbackForNote {
  const open = feedbackOf(profileText).feedback.filter((f) => !f.delivered && f.text !== '');
  const delivered = previousNote ? deliveredIn(previousNote.text, open) : new Set<string>();
  const already = copiesIn(carried.join('\n'), open);
  const ticks = delivered.size > 0 ? markDelivered(profileText, delivered, previousNote?.date) : [];
  const toCopy = open.filter((f) => !delivered.has(feedbackKey(f)) && !already.has(feedbackKey(f)));
  return {
    lines: toCopy.filter((f) => !f.private).map(agendaLine),
    privateLines: toCopy.filter((f) => f.private).map(agendaLine),
    ticks,
  };
}
