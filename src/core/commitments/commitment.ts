/**
 * Commitments: what a lead promised and to whom. A commitment is a GitHub task item (`- [ ] …`) in
 * any note under the notes folder, with an optional owner (`@ana`, `@me`), due date (`📅 2026-11-20`
 * or `due 2026-11-20`) and done date (`✅ 2026-11-21`). These are the plain data types the host
 * indexes per file version and the views read; the functions that make them are beside this file.
 * Lines and columns are 0-based and count UTF-16 code units, as VS Code's positions do.
 */

/** Where a note sits: a 1:1 (`one-on-ones/<slug>/<date>.md`), a design review, or any other note. */
export type NoteKind = 'oneOnOne' | 'review' | 'other';

/** A person an owner can name: their folder's slug and their name (the profile's, as the host knows it). */
export interface PersonRef {
  readonly slug: string;
  readonly name: string;
}

/**
 * Who owes it: the lead (`@me`), a person (`@ana`, or `@Ana` when only one person's name starts
 * with that word), or nobody in particular (no owner, or an owner that names nobody: `shared`).
 */
export type CommitmentOwner =
  | { readonly kind: 'me' }
  | { readonly kind: 'person'; readonly slug: string; readonly name: string }
  | { readonly kind: 'shared' };

/** A line of a note, as the host opens it. */
export interface SourceLocation {
  /** The note's path as the host gave it to noteCommitments. */
  readonly path: string;
  /** 0-based line of the task item's marker. */
  readonly line: number;
}

/**
 * What is wrong with an item's syntax. Nothing is dropped for it: the token stays in the text as
 * written and the item is still a commitment (without that owner or date).
 * - `unknown-owner`: `@name` names no person (nor `me`).
 * - `ambiguous-owner`: `@name` is the first word of several people's names and nobody's slug.
 * - `extra-owner`: a second owner on one item; only the first owner token counts.
 * - `impossible-date`: a date-shaped token whose day does not exist (`2026-02-30`, year before 1000 or past 9999).
 * - `missing-date`: `📅` not followed by a `YYYY-MM-DD` date.
 * - `extra-date`: a second due (or done) date on one item; only the first counts.
 */
export type CommitmentProblemKind = 'unknown-owner' | 'ambiguous-owner' | 'extra-owner' | 'impossible-date' | 'missing-date' | 'extra-date';

/** A problem with its range in the note (the host shows it in the Problems panel; the words are the host's). */
export interface CommitmentProblem {
  readonly kind: CommitmentProblemKind;
  /** The token as written (`@anna`, `📅 2026-02-30`, `due 0999-01-01`). */
  readonly text: string;
  /** Start and end (exclusive) of the token; `endLine` > `line` only when the token runs over a line break. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** `ambiguous-owner` only: the slugs of the people the word could name, sorted. */
  readonly candidates?: readonly string[];
}

/**
 * One commitment. In a note's own result (noteCommitments) it is one task item; in the index
 * (collectCommitments) it is a carried chain counted once, read from its live (newest) copy.
 */
export interface Commitment {
  /**
   * Stable id. In a 1:1 note with a date: `<person>/<origin date>/<words, case-folded>` (the
   * first COMMITMENT_LIMITS.keyChars characters of the words), the same for every carried copy
   * of the item (its chain). Anywhere else: `<path>:<line>`.
   */
  readonly key: string;
  /** The item's words as written (lazy continuation lines joined by one space), owner and date tokens kept, origin suffix removed. */
  readonly text: string;
  /** `text` without owner and date tokens (the blanks around each closed up to one space): what the recap and the views show. */
  readonly words: string;
  readonly owner: CommitmentOwner;
  /**
   * The person it is owed to or by, or shared with: in a 1:1 note, the note's person unless a
   * person owns it (`@bo` in Ana's note: Bo owes); in other notes, the owning person; else none.
   */
  readonly counterpart?: string;
  /** The first due date, when it is a real `YYYY-MM-DD` day. */
  readonly due?: string;
  /** Set only when checked: its first `✅` date, else the note's date (undefined when the note has none). */
  readonly done?: string;
  readonly checked: boolean;
  /** Inside a private part of its note (privacy.ts); in the index, when any copy is. Never in anything shareable. */
  readonly private: boolean;
  /** The live copy. */
  readonly source: SourceLocation;
  readonly noteKind: NoteKind;
  /** The carry-over origin (`_(from [date](link))_`); `path` is the link read relative to the note's folder. */
  readonly origin?: { readonly date: string; readonly path?: string };
  /** The live copy's problems. */
  readonly problems: readonly CommitmentProblem[];
}

/** A note as the host hands it over: plain data, read once per file version. */
export interface NoteInput {
  /** `/`-separated, relative to the notes folder (`one-on-ones/ana/2026-11-16.md`). */
  readonly path: string;
  readonly kind: NoteKind;
  /** The 1:1's person (folder slug); only 1:1 notes have one. */
  readonly person?: string;
  /** The note's `YYYY-MM-DD` date (a 1:1's file name). */
  readonly date?: string;
  /** Which note of that day (`2026-11-16-2.md` is 2); read from the file name when left out. */
  readonly n?: number;
  readonly text: string;
}

/** One note's commitments and problems, in document order (problems are capped, see COMMITMENT_LIMITS). */
export interface NoteCommitments {
  readonly path: string;
  readonly kind: NoteKind;
  readonly person?: string;
  readonly date?: string;
  readonly n: number;
  readonly items: readonly Commitment[];
  readonly problems: readonly CommitmentProblem[];
}

/** A copy of a carried item ticked in an older note while the newest copy is still open: not counted as done. */
export interface TickedOlderCopy {
  readonly kind: 'ticked-older-copy';
  readonly key: string;
  readonly ticked: SourceLocation;
  readonly live: SourceLocation;
}

export type CommitmentFinding = TickedOlderCopy;

/** How much is read and reported at most, so a hostile line cannot flood the Problems panel or the memory. */
export const COMMITMENT_LIMITS = {
  /**
   * Owner and date tokens read per item. Only the first owner and date count, so past this many
   * (a line of thousands of `@a`) the rest of the item is read as words, as written.
   */
  tokensPerItem: 100,
  /** Characters of an item's words its chain key reads: enough to tell items apart, and a key stays small. */
  keyChars: 500,
  problemsPerItem: 20,
  problemsPerNote: 1000,
} as const;
