/**
 * The words review evidence writes. The host passes them in the lead's language (functions where
 * a number or a date goes inside the words, so word order can change); `DEFAULT_EVIDENCE_LABELS`
 * is the English the tests read, and the bundled review-evidence template says exactly what it
 * says (so that template is built from the labels, in the lead's language: core/growth/evidence.ts).
 */
import type { FeedbackKind } from '../content/taxonomy';
import type { FairnessLabels } from './fairness';

/** The evidence sections, named as the review-evidence template's placeholders (`{{goals}}`). */
export const EVIDENCE_SECTIONS = ['fairness', 'goals', 'wins', 'feedback', 'commitments', 'designDocs', 'commits'] as const;
export type EvidenceSection = (typeof EVIDENCE_SECTIONS)[number];

/** Where a commitment stands: done by its due date, done after it, done (no dates to judge), open, or open past its due date at the period's end. */
export type CommitmentState = 'onTime' | 'late' | 'done' | 'open' | 'overdue';

/** Every word the evidence document writes beside the template's; each function returns one line of inline markdown. */
export interface EvidenceLabels {
  /** The title (`person` is ready inline markdown). */
  readonly title: (person: string, period: string) => string;
  /** The line under the title: where the document comes from, and that nothing is saved yet. */
  readonly intro: (person: string, period: string) => string;
  /** `{{period}}`. */
  readonly period: (from: string, to: string) => string;
  /** What was done with private parts: one of these is always said. */
  readonly privateLeftOut: (count: number) => string;
  readonly privateIncluded: string;
  readonly nothingPrivate: string;
  /** Headings of sections the template has no place for (they are added at the end, never dropped). */
  readonly headings: Readonly<Record<EvidenceSection, string>>;
  /** Each section's line when it has nothing in the period. */
  readonly empty: Readonly<Record<EvidenceSection, string>>;
  readonly fairness: FairnessLabels & {
    readonly emptyMonths: (months: readonly string[]) => string;
    readonly recency: (percent: number) => string;
    readonly neverDiscussed: (goals: readonly string[]) => string;
    readonly balanced: string;
  };
  readonly goals: {
    readonly open: string;
    readonly reached: string;
    readonly set: (date: string) => string;
    readonly due: (date: string) => string;
    readonly reachedOn: (date: string) => string;
    readonly discussed: (count: number) => string;
    /** `link` is a ready markdown link to the last note that discussed it. */
    readonly lastDiscussed: (link: string) => string;
  };
  readonly feedback: {
    readonly kinds: Readonly<Record<FeedbackKind, string>>;
    readonly delivered: (date?: string) => string;
    readonly toDeliver: string;
  };
  readonly commitments: {
    readonly groups: Readonly<Record<'me' | 'them' | 'shared', string>>;
    readonly states: Readonly<Record<CommitmentState, string>>;
    readonly counts: (counts: Readonly<Record<CommitmentState, number>>) => string;
    readonly due: (date: string) => string;
    readonly done: (date: string) => string;
  };
  readonly designDocs: { readonly roles: Readonly<Record<'author' | 'reviewer', string>> };
  readonly commits: {
    readonly notGiven: string;
    readonly month: (month: string, count: number) => string;
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const DEFAULT_EVIDENCE_LABELS: EvidenceLabels = {
  title: (person, period) => `Review evidence: ${person}, ${period}`,
  intro: (person, period) => `_Built from your notes on ${person} for ${period}; nothing is saved until you save this document._`,
  period: (from, to) => `${from} to ${to}`,
  privateLeftOut: (n) => `_${plural(n, 'item', 'items')} from private sections left out._`,
  privateIncluded: '_Private sections included: keep this document to yourself._',
  nothingPrivate: '_Nothing in this period comes from a private section._',
  headings: {
    fairness: 'Read it fairly', goals: 'Goals', wins: 'Wins', feedback: 'Feedback given',
    commitments: 'Commitments', designDocs: 'Design docs and reviews', commits: 'Commits',
  },
  empty: {
    fairness: '_No evidence in this period yet._',
    goals: '_No goals open or reached in this period._',
    wins: '_No wins logged in this period._',
    feedback: '_No feedback logged in this period._',
    commitments: '_No commitments between you in this period._',
    designDocs: '_No design docs or reviews in this period._',
    commits: '_No commits in this period._',
  },
  fairness: {
    month: 'Month',
    total: 'Total',
    kinds: { goal: 'Goals discussed', win: 'Wins', feedback: 'Feedback', commitment: 'Commitments', designDoc: 'Design docs' },
    emptyMonths: (months) => `Months with no evidence: ${months.join(', ')}.`,
    recency: (percent) => `${percent}% of the evidence is from the last six weeks: look again at the months before.`,
    neverDiscussed: (goals) => `Goals not discussed in this period: ${goals.join('; ')}.`,
    balanced: 'Evidence is spread over the period, and every goal was discussed.',
  },
  goals: {
    open: 'Open',
    reached: 'Reached',
    set: (date) => `set ${date}`,
    due: (date) => `due ${date}`,
    reachedOn: (date) => `reached ${date}`,
    discussed: (n) => (n === 0 ? 'not discussed in this period' : `discussed in ${plural(n, '1:1', '1:1s')}`),
    lastDiscussed: (link) => `last ${link}`,
  },
  feedback: {
    kinds: { praise: 'Praise', change: 'Change' },
    delivered: (date) => (date ? `delivered ${date}` : 'delivered'),
    toDeliver: 'to deliver',
  },
  commitments: {
    groups: { me: 'Yours to them', them: 'Theirs', shared: 'Shared' },
    states: { onTime: 'kept on time', late: 'kept late', done: 'done', open: 'open', overdue: 'overdue' },
    counts: (c) => `${c.onTime} kept on time, ${c.late} late, ${c.done} done, ${c.open} open, ${c.overdue} overdue`,
    due: (date) => `due ${date}`,
    done: (date) => `done ${date}`,
  },
  designDocs: { roles: { author: 'Wrote', reviewer: 'Reviewed' } },
  commits: {
    notGiven: '_Commit counts are off (setting `twoHats.git.sinceLastOneOnOne`)._',
    month: (month, count) => `${month}: ${plural(count, 'commit', 'commits')}`,
  },
};
