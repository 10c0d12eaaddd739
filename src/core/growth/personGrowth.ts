/**
 * One person's long loop, put together from what the host read: their profile's text (goals,
 * wins, feedback) and what each of their 1:1 notes gave (`NoteGrowth`: the goals discussed there,
 * the feedback delivered there, its commitments), each note read once per file version. From it
 * come the prep tab's goals with their status and the feedback still to deliver, the problems of
 * person.md's long-loop sections, the review evidence's input, and the team view's facts. Pure.
 */
import type { NoteCommitments } from '../commitments/commitment';
import { daysSince, isIsoDate } from '../dates';
import { splitLines } from '../markdown/markdownScan';
import { dueStatus, type Cadence } from '../people/cadence';
import { profileSections } from '../people/profileSections';
import type { CommitmentEvidence, DesignDocEvidence, EvidenceInput, MonthCommits } from './evidenceInput';
import { DEFAULT_EVIDENCE_LABELS } from './evidenceLabels';
import { commitmentLines, designDocLines, feedbackLines, goalLines, winLines } from './evidenceSections';
import { FEEDBACK_HEADING, feedbackOf, type FeedbackEntry } from './feedback';
import { fairness, type EvidenceEntry } from './fairness';
import type { GoalDiscussion } from './goalDiscussion';
import { goalKey, goalsOf, GOALS_HEADING, type Goal } from './goals';
import { goalStatus, type GoalStatus } from './goalStatus';
import { lastSixMonths, type Period } from './period';
import type { CadenceState, TeamMemberFacts } from './teamRow';
import { WINS_HEADING, winsOf, type Win } from './wins';

/** What one 1:1 note gave the long loop; the parts the caller did not ask for are absent. */
export interface NoteGrowth {
  /** Relative to the notes folder. */
  readonly path: string;
  /** The note's `YYYY-MM-DD` date (from its file name). */
  readonly date: string;
  /** The goals discussed there, by `goalKey`. */
  readonly discussions?: ReadonlyMap<string, GoalDiscussion>;
  /** Feedback delivered there (a ticked copy), by `feedbackKey`, with the copy's 0-based line. */
  readonly deliveries?: ReadonlyMap<string, number>;
  readonly commitments?: NoteCommitments;
}

/** A goal with the dates of the notes that discussed it (private parts included: the lead's own view) and its status. */
export interface GoalWithStatus extends Goal {
  readonly discussed: readonly string[];
  readonly status: GoalStatus;
}

/** Something in person.md's long-loop sections the lead should fix; the line is kept as written. */
export interface GrowthProblem {
  /** 0-based line and column. */
  readonly line: number;
  readonly column: number;
  /** `bad-date`: a date that is no day; `no-date`: a win or feedback without its leading date; `duplicate-section`: a second section of that name. */
  readonly kind: 'bad-date' | 'no-date' | 'duplicate-section';
  readonly section: 'Goals' | 'Wins' | 'Feedback';
  /** What was written (empty when nothing was). */
  readonly detail: string;
}

export interface PersonGrowth {
  readonly goals: readonly GoalWithStatus[];
  readonly wins: readonly Win[];
  readonly feedback: readonly FeedbackEntry[];
  /** Feedback not ticked in person.md, with words: what the next 1:1 still has to deliver, in profile order. */
  readonly toDeliver: readonly FeedbackEntry[];
  /** In line order. */
  readonly problems: readonly GrowthProblem[];
}

const SECTIONS = [GOALS_HEADING, WINS_HEADING, FEEDBACK_HEADING] as const;

/** Every section of person.md after the first of its name: the lead may have typed two, and both are read. */
function duplicates(profileText: string): GrowthProblem[] {
  const lines = splitLines(profileText);
  return SECTIONS.flatMap((section) => profileSections(lines, section).slice(1)
    .map((s): GrowthProblem => ({ line: s.heading.line, column: 0, kind: 'duplicate-section', section, detail: s.heading.text })));
}

/**
 * The person's goals with their status on `today`, wins, feedback and what is still to deliver,
 * and the problems of those sections. `profileText` undefined (no person.md) gives nothing.
 */
export function personGrowth(profileText: string | undefined, notes: readonly NoteGrowth[], today: string, staleAfterWeeks: number): PersonGrowth {
  if (profileText === undefined) return { goals: [], wins: [], feedback: [], toDeliver: [], problems: [] };
  const { goals, problems: goalProblems } = goalsOf(profileText);
  const { wins, problems: winProblems } = winsOf(profileText);
  const { feedback, problems: feedbackProblems } = feedbackOf(profileText);
  const dates = new Map<string, string[]>();
  for (const note of notes) {
    for (const key of note.discussions?.keys() ?? []) (dates.get(key) ?? dates.set(key, []).get(key)!).push(note.date);
  }
  const withStatus = goals.map((goal): GoalWithStatus => {
    const discussed = [...dates.get(goalKey(goal)) ?? []].sort();
    return { ...goal, discussed, status: goalStatus(goal, discussed, today, staleAfterWeeks) };
  });
  const problems: GrowthProblem[] = [
    ...goalProblems.map((p) => ({ ...p, section: 'Goals' as const })),
    ...winProblems.map((p) => ({ ...p, section: 'Wins' as const })),
    ...feedbackProblems.map((p) => ({ ...p, section: 'Feedback' as const })),
    ...duplicates(profileText),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  return { goals: withStatus, wins, feedback, toDeliver: feedback.filter((f) => !f.delivered && f.text !== ''), problems };
}

/** What review evidence needs besides the person's growth and notes. */
export interface EvidenceSources {
  /** Their name, as the document's title shows it. */
  readonly person: string;
  readonly period: Period;
  /** Their person.md, workspace-relative. */
  readonly profilePath: string;
  /** A notes-relative path as a workspace-relative one. */
  readonly workspacePath: (path: string) => string;
  readonly commitments: readonly CommitmentEvidence[];
  readonly designDocs: readonly DesignDocEvidence[];
  readonly commits?: readonly MonthCommits[];
  readonly includePrivate?: boolean;
}

/** The review evidence's input from the person's growth and their notes (core/growth/evidence.ts assembles it). */
export function evidenceInput(growth: PersonGrowth, notes: readonly NoteGrowth[], sources: EvidenceSources): EvidenceInput {
  const at = (note: NoteGrowth, line: number) => ({ path: sources.workspacePath(note.path), line });
  return {
    person: sources.person,
    period: sources.period,
    profilePath: sources.profilePath,
    goals: growth.goals,
    discussions: notes.flatMap((note) => [...note.discussions ?? []].map(([key, d]) => ({ key, date: note.date, source: at(note, d.line), private: d.private }))),
    wins: growth.wins,
    feedback: growth.feedback,
    deliveries: notes.flatMap((note) => [...note.deliveries ?? []].map(([key, line]) => ({ key, date: note.date, source: at(note, line) }))),
    commitments: sources.commitments,
    designDocs: sources.designDocs,
    ...(sources.commits ? { commits: sources.commits } : {}),
    ...(sources.includePrivate === true ? { includePrivate: true } : {}),
  };
}

/** The dated evidence entries of an input, as the evidence document's fairness check counts them. */
export function evidenceEntries(input: EvidenceInput): EvidenceEntry[] {
  const labels = DEFAULT_EVIDENCE_LABELS;
  return [goalLines(input, labels), winLines(input), feedbackLines(input, labels), commitmentLines(input, labels), designDocLines(input, labels)]
    .flatMap((part) => part.entries);
}

/**
 * The shared goals (never a private one) open during `period` or reached in it that no note
 * discussed in it, in profile order: the fairness check's "goals never discussed" as the evidence
 * document reads it. A discussion in a note's private part counts, as it does for a goal's status
 * in the prep tab, so the two never contradict each other.
 */
export function sharedGoalsNotDiscussed(growth: PersonGrowth, notes: readonly NoteGrowth[], period: Period): readonly string[] {
  const shared = { ...growth, goals: growth.goals.filter((g) => g.private === false) };
  const input = evidenceInput(shared, notes, { person: '', period, profilePath: '', workspacePath: (p) => p, commitments: [], designDocs: [], includePrivate: true });
  return fairness([], period, goalLines(input, DEFAULT_EVIDENCE_LABELS).goals).neverDiscussedGoals;
}

/** Where a person's 1:1s stand against their cadence on `today`. */
export function cadenceState(cadence: Cadence | undefined, last: string | undefined, today: string, started?: string): CadenceState {
  const due = dueStatus(cadence, last, today, started);
  if (!due) return 'none';
  return due.overdue > 0 ? 'overdue' : due.overdue === 0 ? 'due' : 'onTrack';
}

/** What the team view knows of one person beside their growth and notes. */
export interface TeamSources {
  readonly slug: string;
  readonly name: string;
  /** The date of their last 1:1 on or before today, when there was one. */
  readonly lastOneOnOne?: string;
  readonly cadence: CadenceState;
  readonly commitments: TeamMemberFacts['commitments'];
  readonly commitmentEvidence: readonly CommitmentEvidence[];
  readonly designDocs: readonly DesignDocEvidence[];
}

/**
 * A person's team-view facts on `today`: goals open and stale, and every evidence entry of the
 * last six months, private parts included (the team view is the lead's own), counted as the
 * evidence document counts them.
 */
export function teamMemberFacts(growth: PersonGrowth, notes: readonly NoteGrowth[], sources: TeamSources, today: string): TeamMemberFacts {
  const input = evidenceInput(growth, notes, {
    person: sources.name, period: lastSixMonths(today), profilePath: '', workspacePath: (p) => p,
    commitments: sources.commitmentEvidence, designDocs: sources.designDocs, includePrivate: true,
  });
  return {
    slug: sources.slug,
    name: sources.name,
    ...(sources.lastOneOnOne && isIsoDate(sources.lastOneOnOne) && isIsoDate(today) ? { daysSinceLastOneOnOne: Math.max(0, daysSince(sources.lastOneOnOne, today)) } : {}),
    cadence: sources.cadence,
    commitments: sources.commitments,
    goals: growth.goals.map((g) => ({ reached: g.reached, stale: g.status.stale })),
    evidence: evidenceEntries(input),
  };
}
