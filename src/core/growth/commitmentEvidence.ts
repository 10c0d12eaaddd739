/**
 * Commitments between the lead and one person, as review evidence and the team view count them,
 * read from the commitments index (core/commitments: one commitment per carried chain). A
 * commitment is between them when its counterpart is the person: the lead's (`@me`) is to them,
 * theirs (`@them`, or their name) is from them, one with no owner is shared. Pure.
 */
import type { Commitment } from '../commitments/commitment';
import { parseOrigin } from '../notes/carryOver';
import type { CommitmentEvidence } from './evidenceInput';
import { feedbackKey, readFeedbackText, type FeedbackEntry } from './feedback';
import type { OpenCommitments } from './teamRow';

/** Who owes a commitment between the lead and `slug`; undefined when it is not between them. */
export function evidenceOwner(c: Commitment, slug: string): CommitmentEvidence['owner'] | undefined {
  if (c.counterpart !== slug) return undefined;
  if (c.owner.kind === 'me') return 'me';
  if (c.owner.kind === 'person') return c.owner.slug === slug ? 'them' : undefined;
  return 'shared';
}

/** Where a note sits, for a commitment's source: its date, and its path relative to the workspace. */
export interface CommitmentPlaces {
  /** The `YYYY-MM-DD` date of the note at a notes-relative path, when it has one. */
  dateOf(path: string): string | undefined;
  /** A notes-relative path as a workspace-relative one. */
  workspacePath(path: string): string;
}

/**
 * The commitments between the lead and `slug` as evidence. `made` is the day it was first written
 * (the carry-over origin, else its note's date); one whose note has no date is left out, since
 * evidence is dated.
 */
export function commitmentEvidence(commitments: readonly Commitment[], slug: string, places: CommitmentPlaces): CommitmentEvidence[] {
  return commitments.flatMap((c): CommitmentEvidence[] => {
    const owner = evidenceOwner(c, slug);
    const made = c.origin?.date ?? places.dateOf(c.source.path);
    if (!owner || made === undefined) return [];
    return [{
      text: c.words, owner, made,
      ...(c.due ? { due: c.due } : {}),
      ...(c.done ? { done: c.done } : {}),
      checked: c.checked,
      source: { path: places.workspacePath(c.source.path), line: c.source.line },
      private: c.private,
    }];
  });
}

/** Open commitments both ways with how many are past due on `today`: the lead's to them, and theirs. */
export function openCommitments(commitments: readonly Commitment[], slug: string, today: string): { toThem: OpenCommitments; fromThem: OpenCommitments } {
  const count = { me: { open: 0, overdue: 0 }, them: { open: 0, overdue: 0 } };
  for (const c of commitments) {
    const owner = evidenceOwner(c, slug);
    if (c.checked || (owner !== 'me' && owner !== 'them')) continue;
    count[owner].open++;
    if (c.due !== undefined && c.due < today) count[owner].overdue++;
  }
  return { toThem: count.me, fromThem: count.them };
}

/**
 * The commitments that are not copies of `feedback` entries: feedback moved into a 1:1 note is a
 * task item there, ticked when delivered, and counts as feedback, never also as a commitment.
 */
export function withoutFeedback(commitments: readonly Commitment[], feedback: readonly FeedbackEntry[]): Commitment[] {
  const keys = new Set(feedback.filter((f) => f.text !== '').map(feedbackKey));
  return keys.size === 0 ? [...commitments] : commitments.filter((c) => !keys.has(feedbackKey(readFeedbackText(parseOrigin(c.words).text))));
}
