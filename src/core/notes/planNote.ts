/**
 * Where a new dated note goes, decided from what already exists: the one plan behind Start 1:1
 * Note and Start Design Review Note. Pure: the adapter lists the folder, this decides the name,
 * the adapter writes. A note is never planned over an existing file, whatever its case.
 */
import { designReviewPath, nextFreeN, notesBefore, oneOnOnePath, reflectionPath, type NoteFile } from './noteNames';

/** What a dated note is for: a person's 1:1 (their folder name) or a review (its title's slug). */
export type NoteTarget =
  | { readonly kind: 'one-on-one'; readonly person: string }
  | { readonly kind: 'design-review'; readonly titleSlug: string }
  /** The lead's reflection for the month of the note's date: `reflections/YYYY-MM.md`. */
  | { readonly kind: 'reflection' };

export interface NotePlan {
  /** The folder of the note, relative to the notes folder, `/`-separated. */
  readonly folder: string;
  /** The day's first note for this target (`2026-11-16.md`), relative to the notes folder. */
  readonly first: string;
  /** The name on disk that blocks `first` (`2026-11-16.MD` blocks `2026-11-16.md`), when one does. */
  readonly taken?: string;
  /** Where a new note goes: `first` when it is free, else the next free `-n` sibling. */
  readonly path: string;
  readonly n: number;
  /**
   * For 1:1s: the person's notes that come before the new one, newest first; the first of them
   * that can be read is what the new note carries over from. Empty for reviews.
   */
  readonly earlier: readonly NoteFile[];
}

function pathFor(target: NoteTarget, date: string, n: number): string {
  if (target.kind === 'reflection') return reflectionPath(date.slice(0, 7), n);
  return target.kind === 'one-on-one' ? oneOnOnePath(target.person, date, n) : designReviewPath(target.titleSlug, date, n);
}

/** The folder a target's notes live in, relative to the notes folder; throws RangeError for an unsafe slug. */
export function noteFolder(target: NoteTarget): string {
  const first = pathFor(target, '2000-01-01', 1);
  return first.slice(0, first.lastIndexOf('/'));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The plan for a note dated `date` (`YYYY-MM-DD`) given the file names already in its folder.
 * Throws RangeError when the person or title slug is not one safe path segment: nothing can be
 * planned outside the notes folder.
 */
export function planNote(target: NoteTarget, date: string, existing: readonly string[]): NotePlan {
  const first = pathFor(target, date, 1);
  const folder = noteFolder(target);
  const firstName = baseName(first).toLowerCase();
  const taken = existing.find((name) => name.toLowerCase() === firstName);
  const n = taken === undefined ? 1 : nextFreeN(existing, (k) => baseName(pathFor(target, date, k)));
  const earlier = target.kind === 'one-on-one' ? notesBefore(existing, { before: { date, n } }) : [];
  return { folder, first, ...(taken === undefined ? {} : { taken }), path: pathFor(target, date, n), n, earlier };
}
