/**
 * The fixed taxonomy every content item is tagged with. Plain constants, no zod: modules on
 * the activation path import these without paying for the schema.
 */
export const HATS = ['lead', 'manage', 'both'] as const;
export const ASKS = ['why', 'how'] as const;
export const PHASES = ['problem', 'goals', 'options', 'approach', 'risks', 'rollout', 'cost', 'people'] as const;
export const CATEGORIES = [
  'check-in', 'priorities', 'blockers', 'feedback-for-them', 'feedback-for-me',
  'growth', 'team', 'wellbeing', 'direction', 'recognition',
  'hard-feedback', 'career-pay', 'retention', 'skip-level', 'change', 'remote', 'onboarding', 'mentoring', 'ai-tools',
] as const;
/** `commit` closes a topic with a concrete next step and how both people will know it happened. */
export const DEPTHS = ['opener', 'deeper', 'commit'] as const;
export const MOMENTS = ['before', 'during', 'after'] as const;
export const MEETINGS = ['one-on-one', 'design-review'] as const;
/**
 * What a note template is for: a meeting, the lead's monthly reflection on the seven shifts, a piece
 * of feedback the lead logs (`feedback`), or the evidence gathered for a performance review
 * (`review-evidence`).
 */
export const NOTE_KINDS = [...MEETINGS, 'reflection', 'feedback', 'review-evidence'] as const;
/**
 * Which meeting a template is for, beside the weekly one: `regular` is the weekly 1:1 or the usual
 * design review (a template without `kind` is regular); `career` is one of three career-conversation
 * sessions; `skip-level`, `first-weeks` (a new hire's 30/60/90 days), `performance` (a written
 * expectation and a check-in date) and `handover` (a report moving to another lead) are 1:1s;
 * `revisit` is a design review that revisits a decision.
 */
export const MEETING_KINDS = ['regular', 'career', 'skip-level', 'first-weeks', 'performance', 'handover', 'revisit'] as const;
/** The kinds a `for: 'one-on-one'` template may have (all but `revisit`, which is a design review's). */
export const ONE_ON_ONE_KINDS = ['regular', 'career', 'skip-level', 'first-weeks', 'performance', 'handover'] as const satisfies readonly MeetingKind[];
/** How many sessions a career conversation has; a career template's `session` is 1 to this. */
export const CAREER_SESSIONS = 3;
/** Where a design decision stands, as a design doc's status line says it. */
export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
/** Feedback the lead gives: `praise` for what to keep doing, `change` for what to do differently. */
export const FEEDBACK_KINDS = ['praise', 'change'] as const;
/** How a template section repeats: once per shift of the content set (content/transitions.json). */
export const SECTION_REPEATS = ['shift'] as const;

export type Hat = (typeof HATS)[number];
export type Asks = (typeof ASKS)[number];
export type Phase = (typeof PHASES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Depth = (typeof DEPTHS)[number];
export type Moment = (typeof MOMENTS)[number];
export type Meeting = (typeof MEETINGS)[number];
export type NoteKind = (typeof NOTE_KINDS)[number];
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
