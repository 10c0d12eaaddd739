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
/** What a note template is for: a meeting, or the lead's monthly reflection on the seven shifts. */
export const NOTE_KINDS = [...MEETINGS, 'reflection'] as const;
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
