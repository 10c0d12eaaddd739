/**
 * Where notes live and how they are named, relative to the notes folder. Pure: no clock, no file system.
 * 1:1s: `one-on-ones/<person-slug>/YYYY-MM-DD.md`, then `YYYY-MM-DD-2.md`, `-3`… on the same day.
 * Design reviews: `design-reviews/YYYY-MM-DD-<title-slug>.md`, then `…-<title-slug>-2.md`.
 */
import { isIsoDate } from '../dates';
import { isSafeSegment } from './slug';

export const ONE_ON_ONES_FOLDER = 'one-on-ones';
export const DESIGN_REVIEWS_FOLDER = 'design-reviews';

/** A 1:1 note's place in a person's history. `date` is a real calendar date `YYYY-MM-DD`; `n` ≥ 1 counts notes on that day. */
export interface NoteName {
  readonly date: string;
  readonly n: number;
}

/** A parsed 1:1 note file name with the name it was parsed from. */
export interface NoteFile extends NoteName {
  readonly fileName: string;
}

// `-1` is never written (the first note has no suffix), and `-02` is not ours either.
const NOTE_FILE = /^(\d{4}-\d{2}-\d{2})(?:-([2-9]|[1-9]\d+))?\.md$/;

/** `{date, n}` for `2026-11-16.md` (n = 1) or `2026-11-16-2.md` (n = 2); undefined for any other name. Takes a bare file name, not a path. */
export function parseNoteName(fileName: string): NoteName | undefined {
  const m = NOTE_FILE.exec(fileName);
  if (!m || !isIsoDate(m[1]!)) return undefined;
  return { date: m[1]!, n: m[2] === undefined ? 1 : Number(m[2]) };
}

/** File name of the `n`th 1:1 note on `date`: `2026-11-16.md`, `2026-11-16-2.md`. */
export function oneOnOneFileName(date: string, n = 1): string {
  return `${date}${suffix(n)}.md`;
}

/** File name of the `n`th design review with this title slug on `date`: `2026-11-16-auth-rewrite.md`, `…-2.md`. */
export function designReviewFileName(titleSlug: string, date: string, n = 1): string {
  return `${date}-${titleSlug}${suffix(n)}.md`;
}

/**
 * `one-on-ones/<slug>/<date>[-n].md`, relative to the notes folder, `/`-separated. `slug` is a
 * `slugify` result or an existing person folder's name; throws RangeError if it is not a safe segment.
 */
export function oneOnOnePath(slug: string, date: string, n = 1): string {
  return `${ONE_ON_ONES_FOLDER}/${safe(slug)}/${safe(oneOnOneFileName(date, n))}`;
}

/** `design-reviews/<date>-<slug>[-n].md`, relative to the notes folder, `/`-separated; throws RangeError unless the file name is a safe segment. */
export function designReviewPath(titleSlug: string, date: string, n = 1): string {
  return `${DESIGN_REVIEWS_FOLDER}/${safe(designReviewFileName(titleSlug, date, n))}`;
}

// The last line of defence: whatever reaches a path stays inside its folder.
function safe(segment: string): string {
  if (!isSafeSegment(segment)) throw new RangeError(`not a safe file or folder name: ${JSON.stringify(segment)}`);
  return segment;
}

function suffix(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`note number must be a whole number from 1, got ${n}`);
  return n === 1 ? '' : `-${n}`;
}

/**
 * The smallest n ≥ 1 whose `make(n)` is not taken, so an existing file is never overwritten.
 * Names compare by their last `/` segment and ignore case, because macOS and Windows file systems
 * do: `2026-11-16.MD` on disk blocks `2026-11-16.md`. `existing` may hold names or paths of one folder.
 * Throws if `make` gives the same name for different n (the search could never end).
 */
export function nextFreeN(existing: Iterable<string>, make: (n: number) => string): number {
  const key = (name: string) => name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  const taken = new Set<string>();
  for (const name of existing) taken.add(key(name));
  // Each taken name can block at most one n when `make` is one-to-one.
  for (let n = 1; n <= taken.size + 1; n++) {
    if (!taken.has(key(make(n)))) return n;
  }
  throw new Error('nextFreeN: make(n) must give a different name for each n');
}

/** Orders notes oldest first: by date, then by n within a day. */
export function compareNotes(a: NoteName, b: NoteName): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.n - b.n;
}

/**
 * The 1:1 notes among `fileNames`, newest first (by date, then n), ignoring names that are not
 * notes. `before` limits it to notes strictly earlier than a date (any note that day is excluded)
 * or than a `{date, n}` position. To find what a new note carries over, pass the new note's own
 * position: creating `2026-11-16-2.md` then carries from `2026-11-16.md`, and a note dated later
 * is never the source.
 */
export function notesBefore(fileNames: Iterable<string>, options: { before?: string | NoteName } = {}): NoteFile[] {
  const limit: NoteName | undefined = typeof options.before === 'string' ? { date: options.before, n: 0 } : options.before;
  const notes: NoteFile[] = [];
  for (const fileName of fileNames) {
    const name = parseNoteName(fileName);
    if (name && !(limit && compareNotes(name, limit) >= 0)) notes.push({ ...name, fileName });
  }
  return notes.sort((a, b) => compareNotes(b, a));
}


export const REFLECTIONS_FOLDER = 'reflections';

const MONTH = /^(\d{4})-(\d{2})$/;
const REFLECTION_FILE = /^(\d{4}-\d{2})(?:-([2-9]|[1-9]\d+))?\.md$/;

/** Whether `s` is a month `YYYY-MM` (01 to 12). */
export function isMonth(s: string): boolean {
  const m = MONTH.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** File name of the `n`th reflection of `month` (`YYYY-MM`): `2026-11.md`, `2026-11-2.md`. */
export function reflectionFileName(month: string, n = 1): string {
  return `${month}${suffix(n)}.md`;
}

/** `reflections/<month>[-n].md`, relative to the notes folder; throws RangeError unless `month` is `YYYY-MM`. */
export function reflectionPath(month: string, n = 1): string {
  if (!isMonth(month)) throw new RangeError(`a reflection needs a month YYYY-MM, got ${JSON.stringify(month)}`);
  return `${REFLECTIONS_FOLDER}/${safe(reflectionFileName(month, n))}`;
}

/** `{month, n}` for `2026-11.md` (n = 1) or `2026-11-2.md`; undefined for any other name. */
export function parseReflectionName(fileName: string): { month: string; n: number } | undefined {
  const m = REFLECTION_FILE.exec(fileName);
  if (!m || !isMonth(m[1]!)) return undefined;
  return { month: m[1]!, n: m[2] === undefined ? 1 : Number(m[2]) };
}

/** The date and the rest of a review note's name (`2026-11-16-auth-rewrite.md` → 2026-11-16, `auth-rewrite`); undefined for other names. */
export function parseReviewName(fileName: string): { date: string; slug: string } | undefined {
  if (!fileName.toLowerCase().endsWith('.md') || fileName[10] !== '-' || fileName.length <= 14) return undefined;
  const date = fileName.slice(0, 10);
  return isIsoDate(date) ? { date, slug: fileName.slice(11, -3) } : undefined;
}
