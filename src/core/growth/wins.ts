/**
 * Wins, logged when they happen under `## Wins` in person.md, one dated list item each:
 *   `- 2026-11-12 Shipped the reindex without downtime ([src/x.ts:42](../../../src/x.ts#L42))`
 * The link back is a talking point's (core/people/talkingPoints.ts `pointLine`, `selectionLink`),
 * relative to person.md's folder. Pure and linear.
 */
import { pointLine, type PointLink } from '../people/talkingPoints';
import { logItems, type EntryProblem } from './profileEntries';

/** The heading of the section that holds a person's wins in person.md. */
export const WINS_HEADING = 'Wins';

/** One top-level item of a `## Wins` section, in file order. */
export interface Win {
  /** `YYYY-MM-DD`, a real day; absent when the line has none (reported as a problem). */
  readonly date?: string;
  /** The win's words, without the date and the link; may be empty when only a date was typed. */
  readonly text: string;
  /** Where it came from, relative to person.md's folder. */
  readonly link?: PointLink;
  /** 0-based line of the item in person.md. */
  readonly line: number;
  /** Under a private heading of person.md (or in an ambiguous part). */
  readonly private: boolean;
}

/** A win's line for `## Wins`: `- 2026-11-12 text ([label](target))`. */
export function winLine(date: string, text: string, link?: PointLink): string {
  return `- ${date} ${pointLine(text, link)}`;
}

/** Every win of a profile in file order, with the problems of their dates; every `## Wins` section counts. */
export function winsOf(profileText: string): { readonly wins: readonly Win[]; readonly problems: readonly EntryProblem[] } {
  const { items, problems } = logItems(profileText, WINS_HEADING);
  const wins = items.map((read): Win => ({
    ...(read.date ? { date: read.date } : {}),
    text: read.words,
    ...(read.link ? { link: read.link } : {}),
    line: read.item.line,
    private: read.private,
  }));
  return { wins, problems };
}
