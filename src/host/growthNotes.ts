/**
 * What each 1:1 note gives the long loop (core/growth/personGrowth.ts `NoteGrowth`): the goals
 * discussed there, the feedback delivered there and its commitments. Each part is computed from
 * the note's text once per file version and per what it was computed for (the person's goals,
 * their open feedback, the team), so a refresh re-reads only the notes that changed, and a note
 * is read once however many parts are asked of it. Stamps come from the notes index (which the
 * file watcher keeps current), so an unchanged note costs no I/O. What is kept is the parts, never
 * the text. No `vscode` at run time: a test or the bench gives any NotesReader.
 */
import type { NoteCommitments, PersonRef } from '../core/commitments/commitment';
import { noteCommitments } from '../core/commitments/noteCommitments';
import { feedbackKey, type FeedbackEntry } from '../core/growth/feedback';
import { deliveriesIn } from '../core/growth/feedbackDelivery';
import { goalDiscussions, type GoalDiscussion } from '../core/growth/goalDiscussion';
import { goalKey } from '../core/growth/goals';
import type { NoteGrowth } from '../core/growth/personGrowth';
import { NOTE_LIMITS } from '../core/notes/limits';
import type { FileStamp, NotesReader } from './hatHistory';

/** A 1:1 note to read: its path (relative to the notes folder), person, date and the day's number. */
export interface NoteRef {
  readonly path: string;
  readonly person: string;
  readonly date: string;
  readonly n: number;
}

/** What to compute for each note; each part is computed only when asked for. */
export interface GrowthParts {
  /** The person's goals, and the template's own lines (never the lead's words). */
  readonly goals?: { readonly goals: readonly { readonly text: string }[]; readonly templateLines: readonly string[] };
  /** Their feedback not yet delivered in person.md. */
  readonly feedback?: readonly FeedbackEntry[];
  /** Everyone an `@owner` may name. */
  readonly people?: readonly PersonRef[];
}

interface Part<T> {
  readonly basis: string;
  readonly value: T;
}

interface Entry {
  readonly stamp: FileStamp;
  discussions?: Part<ReadonlyMap<string, GoalDiscussion>>;
  deliveries?: Part<ReadonlyMap<string, number>>;
  commitments?: Part<NoteCommitments>;
}

/** Template lines kept per array, so a basis is not rebuilt for every note. */
const templateKeys = new WeakMap<readonly string[], string>();

function templateKey(lines: readonly string[]): string {
  let key = templateKeys.get(lines);
  if (key === undefined) templateKeys.set(lines, key = lines.join('\n'));
  return key;
}

/** The bases of the parts asked for: equal bases, equal results. */
function bases(parts: GrowthParts): { discussions?: string; deliveries?: string; commitments?: string } {
  return {
    ...(parts.goals ? { discussions: `${parts.goals.goals.map(goalKey).sort().join('\n')}\u0000${templateKey(parts.goals.templateLines)}` } : {}),
    ...(parts.feedback ? { deliveries: parts.feedback.map(feedbackKey).sort().join('\n') } : {}),
    ...(parts.people ? { commitments: parts.people.map((p) => `${p.slug}\u0001${p.name}`).sort().join('\n') } : {}),
  };
}

const CONCURRENCY = 8;

export class GrowthNotes {
  private readonly entries = new Map<string, Entry>();
  /** Notes read so far (the bench and the tests read it: a refresh after one change reads one). */
  reads = 0;

  constructor(private readonly reader: NotesReader) {}

  /** What each of `notes` gives for `parts`, in the order given; notes that are gone or cannot be read are left out. */
  async get(notes: readonly NoteRef[], parts: GrowthParts): Promise<NoteGrowth[]> {
    const wanted = bases(parts);
    const out: (NoteGrowth | undefined)[] = new Array(notes.length);
    let next = 0;
    const worker = async () => {
      while (next < notes.length) {
        const i = next++;
        out[i] = await this.one(notes[i]!, parts, wanted);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, notes.length) }, worker));
    return out.filter((n): n is NoteGrowth => n !== undefined);
  }

  private async one(note: NoteRef, parts: GrowthParts, wanted: ReturnType<typeof bases>): Promise<NoteGrowth | undefined> {
    const stamp = await this.reader.stat(note.path);
    if (!stamp) {
      this.entries.delete(note.path);
      return undefined;
    }
    let entry = this.entries.get(note.path);
    if (!entry || entry.stamp.mtime !== stamp.mtime || entry.stamp.size !== stamp.size) entry = { stamp };
    const stale = (part: Part<unknown> | undefined, basis: string | undefined) => basis !== undefined && part?.basis !== basis;
    // Nothing to look for needs no read.
    if (stale(entry.discussions, wanted.discussions) && parts.goals!.goals.length === 0) entry.discussions = { basis: wanted.discussions!, value: new Map() };
    if (stale(entry.deliveries, wanted.deliveries) && parts.feedback!.length === 0) entry.deliveries = { basis: wanted.deliveries!, value: new Map() };
    if (stale(entry.discussions, wanted.discussions) || stale(entry.deliveries, wanted.deliveries) || stale(entry.commitments, wanted.commitments)) {
      // Too large to read: the notes index says so; the long loop reads nothing of it.
      const text = stamp.size > NOTE_LIMITS.bytes ? '' : await this.reader.read(note.path).catch(() => undefined);
      if (text === undefined) {
        this.entries.delete(note.path);
        return undefined;
      }
      if (text !== '') this.reads++;
      if (stale(entry.discussions, wanted.discussions)) entry.discussions = { basis: wanted.discussions!, value: goalDiscussions(text, parts.goals!.goals, parts.goals!.templateLines) };
      if (stale(entry.deliveries, wanted.deliveries)) entry.deliveries = { basis: wanted.deliveries!, value: deliveriesIn(text, parts.feedback!) };
      if (stale(entry.commitments, wanted.commitments)) {
        entry.commitments = { basis: wanted.commitments!, value: noteCommitments({ path: note.path, kind: 'oneOnOne', person: note.person, date: note.date, n: note.n, text }, parts.people!) };
      }
    }
    this.entries.set(note.path, entry);
    return {
      path: note.path, date: note.date,
      ...(wanted.discussions !== undefined ? { discussions: entry.discussions!.value } : {}),
      ...(wanted.deliveries !== undefined ? { deliveries: entry.deliveries!.value } : {}),
      ...(wanted.commitments !== undefined ? { commitments: entry.commitments!.value } : {}),
    };
  }

  /** Forgets the notes under `folder` that are gone (a person removed): called by whoever watches the folder. */
  forget(paths: Iterable<string>): void {
    for (const p of paths) this.entries.delete(p);
  }
}
