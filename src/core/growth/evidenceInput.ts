/**
 * What review evidence is assembled from: plain data the host gathers from the notes index (the
 * profile's goals, wins and feedback; goal discussions and feedback deliveries found in notes;
 * commitments; design docs; commit counts). Every source is a workspace-relative path. Types only.
 */
import type { FeedbackEntry } from './feedback';
import type { Goal } from './goals';
import type { Period } from './period';
import type { SourceRef } from './sourceLinks';
import type { Win } from './wins';

/** A goal as evidence: the goal from person.md and, when the host knows it, the day it was set (its first note). */
export interface EvidenceGoal extends Goal {
  readonly set?: string;
}

/** A note in which a goal was discussed (`goalDiscussions`): one per note. */
export interface GoalDiscussionEvidence {
  /** `goalKey` of the goal. */
  readonly key: string;
  /** The note's date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly source: SourceRef;
  readonly private: boolean;
}

/** A feedback copy ticked in a note (`deliveredIn`), before person.md is ticked. */
export interface FeedbackDelivery {
  /** `feedbackKey` of the entry. */
  readonly key: string;
  /** The note's date. */
  readonly date: string;
  readonly source: SourceRef;
}

/**
 * A commitment between the lead and this person, as the commitments reader finds it (adapted at
 * merge): `owner` `me` is the lead's promise to them, `them` theirs, `shared` both.
 */
export interface CommitmentEvidence {
  readonly text: string;
  readonly owner: 'me' | 'them' | 'shared';
  /** The date of the note it was first written in (through carry-over, counted once). */
  readonly made: string;
  readonly due?: string;
  /** `✅ YYYY-MM-DD`: the day it was done. */
  readonly done?: string;
  /** Ticked: done, with or without a date. */
  readonly checked: boolean;
  readonly source: SourceRef;
  readonly private: boolean;
}

/** A design doc they wrote or a review they took part in. */
export interface DesignDocEvidence {
  readonly title: string;
  /** The doc's workspace-relative path. */
  readonly path: string;
  /** `YYYY-MM-DD`: when it was written or reviewed. */
  readonly date: string;
  readonly role: 'author' | 'reviewer';
  readonly private?: boolean;
}

/** Commits by them in one month. */
export interface MonthCommits {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly count: number;
}

/**
 * Everything review evidence is built from. Dates are `YYYY-MM-DD`, paths workspace-relative with
 * `/`; goals, wins and feedback carry 0-based lines of `profilePath`. Entries outside the period are
 * allowed (they are left out), so the host may pass everything it has.
 */
export interface EvidenceInput {
  /** Their name, as the document's title shows it. */
  readonly person: string;
  readonly period: Period;
  /** Workspace-relative path of their person.md: goals, wins and feedback link to its lines. */
  readonly profilePath: string;
  readonly goals: readonly EvidenceGoal[];
  readonly discussions: readonly GoalDiscussionEvidence[];
  readonly wins: readonly Win[];
  readonly feedback: readonly FeedbackEntry[];
  readonly deliveries?: readonly FeedbackDelivery[];
  readonly commitments: readonly CommitmentEvidence[];
  readonly designDocs: readonly DesignDocEvidence[];
  /** Commit counts per month; absent when the lead has not turned commit counts on. */
  readonly commits?: readonly MonthCommits[];
  /** Include what comes from private parts (default: leave it out, and say how much). */
  readonly includePrivate?: boolean;
}
