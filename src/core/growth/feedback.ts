/**
 * Feedback the lead gives, logged when it is on their mind under `## Feedback` in person.md, one
 * task item each: unticked is still to deliver, ticked is delivered (`✅ YYYY-MM-DD`, when written,
 * is the day it was). The kind, `praise` or `change` (content/taxonomy.json `feedbackKinds`),
 * follows the date:
 *   `- [ ] 2026-11-12 change: In the incident review, name the owner of each follow-up ([…](…))`
 * A plain `- ` item typed by hand is feedback still to deliver. Pure and linear.
 */
import { FEEDBACK_KINDS, type FeedbackKind } from '../content/taxonomy';
import { normalizeText } from '../markdown/promptUse';
import { pointLine, type PointLink } from '../people/talkingPoints';
import { logItems, readEntryText, type EntryProblem, type EntryText } from './profileEntries';

/** The heading of the section that holds the feedback for a person in person.md. */
export const FEEDBACK_HEADING = 'Feedback';

/** One top-level item of a `## Feedback` section; `deliveredOn` only on a delivered entry. */
export interface FeedbackEntry {
  /** `YYYY-MM-DD`, a real day: when it was logged; absent when the line has none (reported). */
  readonly date?: string;
  /** Absent when the line names no kind (`- [ ] 2026-11-12 Great write-up`). */
  readonly kind?: FeedbackKind;
  /** The feedback's words, without date, kind, link and `✅` token. */
  readonly text: string;
  readonly link?: PointLink;
  /** Ticked in person.md. */
  readonly delivered: boolean;
  /** `✅ YYYY-MM-DD` on a ticked entry. */
  readonly deliveredOn?: string;
  /** 0-based line of the item in person.md. */
  readonly line: number;
  /** Under a private heading of person.md (or in an ambiguous part). */
  readonly private: boolean;
}

/** `kind: words` → the kind (any case) and the words after the colon; otherwise no kind. */
function splitKind(words: string): { kind?: FeedbackKind; text: string } {
  const colon = words.indexOf(':');
  if (colon < 0) return { text: words };
  const name = words.slice(0, colon).trim().toLowerCase();
  const kind = FEEDBACK_KINDS.find((k) => k === name);
  return kind ? { kind, text: words.slice(colon + 1).trim() } : { text: words };
}

/** An entry's fields from its read text. */
export function feedbackFields(read: EntryText): Pick<FeedbackEntry, 'date' | 'kind' | 'text' | 'link'> {
  const { kind, text } = splitKind(read.words);
  return { ...(read.date ? { date: read.date } : {}), ...(kind ? { kind } : {}), text, ...(read.link ? { link: read.link } : {}) };
}

/** A feedback entry as read from an item's text anywhere (person.md or a copy in a 1:1 note). */
export function readFeedbackText(itemText: string): Pick<FeedbackEntry, 'date' | 'kind' | 'text' | 'link'> {
  return feedbackFields(readEntryText(itemText));
}

/**
 * What makes a copy in a note the same feedback as its entry in person.md: date, kind and words
 * (case and runs of blanks ignored). The link back is left out, so rewriting it changes nothing.
 */
export function feedbackKey(entry: Pick<FeedbackEntry, 'date' | 'kind' | 'text'>): string {
  return `${entry.date ?? ''}|${entry.kind ?? ''}|${normalizeText(entry.text)}`;
}

/** A feedback line for `## Feedback`: `- [ ] 2026-11-12 change: text ([label](target))`. */
export function feedbackLine(date: string, kind: FeedbackKind, text: string, link?: PointLink): string {
  return `- [ ] ${date} ${kind}: ${pointLine(text, link)}`;
}

/** Every feedback entry of a profile in file order, with the problems of their dates; every `## Feedback` section counts. */
export function feedbackOf(profileText: string): { readonly feedback: readonly FeedbackEntry[]; readonly problems: readonly EntryProblem[] } {
  const { items, problems } = logItems(profileText, FEEDBACK_HEADING);
  const feedback = items.map((read): FeedbackEntry => ({
    ...feedbackFields(read),
    delivered: read.item.checked === true,
    ...(read.item.checked === true && read.done ? { deliveredOn: read.done } : {}),
    line: read.item.line,
    private: read.private,
  }));
  return { feedback, problems };
}
