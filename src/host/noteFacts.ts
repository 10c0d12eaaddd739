/**
 * What the notes index derives from one file, once per file version: where it sits (a person's
 * 1:1 note or profile, a review note, a reflection, another note), the plain fields of its front
 * matter, its open items, for a profile the parsed profile, and the task items its commitments are
 * read from. Pure (no `vscode`): the index calls it with a path relative to the notes folder and
 * the file's text.
 */
import { compactFacts } from './compactFacts';
import { splitFrontMatter } from '../core/notes/frontMatter';
import { openItems, type OpenItem } from '../core/notes/carryOver';
import { DESIGN_REVIEWS_FOLDER, ONE_ON_ONES_FOLDER, parseNoteName, parseReflectionName, parseReviewName, REFLECTIONS_FOLDER } from '../core/notes/noteNames';
import { isSafeSegment } from '../core/notes/slug';
import { parseNote, type ParsedNote } from '../core/commitments/noteItems';
import { parseProfile, PROFILE_FILE, type ParsedProfile } from '../core/people/profile';

export type NoteKind = 'oneOnOne' | 'profile' | 'review' | 'reflection' | 'other';

/** Where a file sits under the notes folder, from its path alone. */
export interface NotePlace {
  readonly kind: NoteKind;
  /** The person's folder, for a 1:1 note or a profile. */
  readonly person?: string;
  /** `YYYY-MM-DD` of a dated 1:1 or review note; `YYYY-MM` of a reflection. */
  readonly date?: string;
  /** The day's note number (`2026-11-16-2.md` is 2). */
  readonly n?: number;
  readonly fileName: string;
}

/** Front matter fields Two Hats reads, as plain strings (a number or a date YAML read is written back as text). */
export interface NoteFields {
  readonly person?: string;
  readonly kind?: string;
  readonly title?: string;
  readonly doc?: string;
  readonly date?: string;
  /** A career conversation's session (`1` to `3`). */
  readonly session?: string;
}

export interface NoteFacts extends NotePlace {
  readonly fields: NoteFields;
  /** Why the front matter could not be read, and on which 0-based line, when it could not. */
  readonly frontMatterError?: { readonly message: string; readonly line?: number };
  /** Open task items of a 1:1 note (empty for other notes). */
  readonly openItems: readonly OpenItem[];
  /** A profile's parse. */
  readonly profile?: ParsedProfile;
  /** The text of a profile or a review note: both are small and read often. */
  readonly text?: string;
  /**
   * The task items commitments are read from, before owners are named (core/commitments/noteItems.ts):
   * in 1:1 notes, review notes and other notes; never in a profile (its talking points, goals and
   * feedback are not promises) nor in a reflection (the lead's own monthly notes).
   */
  readonly commitments?: ParsedNote;
}

/** Where `path` (relative to the notes folder) sits. */
export function placeOf(path: string): NotePlace {
  const parts = path.split('/');
  const fileName = parts[parts.length - 1]!;
  if (parts[0] === ONE_ON_ONES_FOLDER && parts.length === 3 && isSafeSegment(parts[1]!)) {
    const person = parts[1]!;
    if (fileName === PROFILE_FILE) return { kind: 'profile', person, fileName };
    const dated = parseNoteName(fileName);
    if (dated) return { kind: 'oneOnOne', person, date: dated.date, n: dated.n, fileName };
    return { kind: 'other', fileName };
  }
  if (parts[0] === DESIGN_REVIEWS_FOLDER && parts.length === 2) {
    const review = parseReviewName(fileName);
    if (review) return { kind: 'review', date: review.date, fileName };
  }
  if (parts[0] === REFLECTIONS_FOLDER && parts.length === 2) {
    const reflection = parseReflectionName(fileName);
    if (reflection) return { kind: 'reflection', date: reflection.month, n: reflection.n, fileName };
  }
  return { kind: 'other', fileName };
}

function field(data: Record<string, unknown> | undefined, key: keyof NoteFields): string | undefined {
  if (!data || !Object.hasOwn(data, key)) return undefined;
  const value = data[key];
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

/** The facts of the file at `path` with `text` (see the module comment), as compact data that keeps none of the text it does not need. */
export function noteFacts(path: string, text: string): NoteFacts {
  return compactFacts(derive(path, text));
}

function derive(path: string, text: string): NoteFacts {
  const place = placeOf(path);
  const split = splitFrontMatter(text);
  const fields: NoteFields = Object.fromEntries((['person', 'kind', 'title', 'doc', 'date', 'session'] as const)
    .map((k) => [k, field(split.data, k)]).filter(([, v]) => v !== undefined));
  const facts = {
    ...place, fields,
    ...(split.error ? { frontMatterError: { message: split.error, ...(split.errorLine === undefined ? {} : { line: split.errorLine }) } } : {}),
    openItems: place.kind === 'oneOnOne' && !split.error ? openItems(text) : [],
  };
  if (place.kind === 'profile') return { ...facts, profile: parseProfile(text), text };
  if (place.kind === 'reflection') return facts;
  const commitments = parseNote({ path, kind: place.kind, text, ...(place.kind === 'oneOnOne' ? { person: place.person, date: place.date, n: place.n } : {}), ...(place.kind === 'review' ? { date: place.date } : {}) });
  if (place.kind === 'review') return { ...facts, text, commitments };
  return { ...facts, commitments };
}

/** Whether a note's task items can be commitments (see NoteFacts.commitments). */
export function holdsCommitments(kind: NoteKind): kind is 'oneOnOne' | 'review' | 'other' {
  return kind === 'oneOnOne' || kind === 'review' || kind === 'other';
}
