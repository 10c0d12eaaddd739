/**
 * The content model: one schema for every prompt, checklist, situation, template and shift.
 * Pure (no `vscode`); built on `zod/mini` so the shipped bundle stays small.
 * A content pack is a JSON object with any of the collections below.
 */
import * as z from 'zod/mini';

import {
  ASKS, CAREER_SESSIONS, CATEGORIES, DECISION_STATUSES, DEPTHS, FEEDBACK_KINDS, HATS, MEETING_KINDS, MEETINGS, MOMENTS, NOTE_KINDS,
  PHASES, SECTION_REPEATS,
} from './taxonomy';

/** The taxonomy's types, for modules that import item types from here. */
export type {
  Asks, Category, DecisionStatus, Depth, FeedbackKind, Hat, Meeting, MeetingKind, Moment, NoteKind, Phase,
} from './taxonomy';

/** Ids are lower-case words joined by `-` or `.`; they key stored state and snippet prefixes. */
const id = z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/), z.maxLength(80));
const text = z.string().check(z.minLength(3), z.maxLength(200));
const tags = z.optional(z.array(z.string().check(z.regex(/^[a-z0-9-]+$/))));
/** A natural second question, shown under the prompt, so the prompt itself asks one thing. */
const followUp = z.optional(text);

const designPrompt = z.strictObject({
  id, text, hat: z.enum(HATS), asks: z.enum(ASKS),
  for: z.literal('design-review'),
  phase: z.enum(PHASES),
  followUp,
  tags,
});

const oneOnOnePrompt = z.strictObject({
  id, text, hat: z.enum(HATS), asks: z.enum(ASKS),
  for: z.literal('one-on-one'),
  category: z.enum(CATEGORIES),
  depth: z.enum(DEPTHS),
  followUp,
  tags,
});

export const promptSchema = z.discriminatedUnion('for', [designPrompt, oneOnOnePrompt]);

export const checklistSchema = z.strictObject({
  id,
  title: text,
  for: z.enum(MEETINGS),
  items: z.array(z.strictObject({ id, text, when: z.enum(MOMENTS), hat: z.enum(HATS) })).check(z.minLength(1)),
});

export const situationSchema = z.strictObject({
  id,
  title: text,
  summary: z.optional(text),
  signals: z.array(text).check(z.minLength(1)),
  hat: z.enum(HATS),
  moves: z.array(text).check(z.minLength(3), z.maxLength(5)),
  tags,
});

export const templateSchema = z.strictObject({
  id,
  title: text,
  /** A meeting's note, the monthly reflection (Start Reflection), logged feedback, or review evidence. */
  for: z.enum(NOTE_KINDS),
  /**
   * Which meeting of its `for` this is; absent means `regular` (the weekly 1:1, the usual design
   * review). The content invariants hold: one template per (`for`, `kind`, `session`); exactly one
   * regular 1:1 and one regular design-review template; a 1:1 template's kind is one of
   * `ONE_ON_ONE_KINDS`; `revisit` only for a design review.
   */
  kind: z.optional(z.enum(MEETING_KINDS)),
  /** For `kind: 'career'` only: which of the three career-conversation sessions (1 to 3) this is. */
  session: z.optional(z.int().check(z.minimum(1), z.maximum(CAREER_SESSIONS))),
  /**
   * Markdown sections in order. `{{person}}`, `{{date}}`, `{{title}}`, `{{doc}}`, `{{author}}`, `{{period}}`
   * (review evidence: the period it covers) and `{{carriedOver}}` are filled when rendered; so are
   * `{{talkingPoints}}` (points moved from person.md) and `{{carriedOverPrivate}}` (open items of the
   * last note's Private section, only under a `Private` heading).
   *
   * A body line that is exactly one of these placeholders is replaced by lines the code writes:
   * - `{{openGoals}}` (1:1 templates): the person's open goals, one plain `- ` list item each, never task items;
   * - `{{profile}}`, `{{openCommitments}}` (the handover template): the person's profile and open
   *   commitments, never anything from a Private section;
   * - `{{careerSession}}` (career templates): which session this is and when the earlier ones were,
   *   e.g. "Session 2 of 3: what you want next; session 1 was on 2026-10-03";
   * - `{{signOff}}` (design-review templates): one `- [ ] @reviewer` task item per reviewer;
   * - `{{fairness}}`, `{{goals}}`, `{{wins}}`, `{{feedback}}`, `{{commitments}}`, `{{designDocs}}`,
   *   `{{commits}}` (the review-evidence template): the evidence of each kind over `{{period}}`.
   */
  sections: z.array(z.strictObject({
    heading: z.string().check(z.minLength(1), z.maxLength(120)),
    /** Lines of markdown under the heading. */
    body: z.optional(z.array(z.string().check(z.maxLength(400)))),
    /** For design reviews: the phase whose why and how prompts are listed under the heading. */
    phase: z.optional(z.enum(PHASES)),
    /**
     * For reflections: `shift` repeats the section once per shift, in content order; `{{from}}` and
     * `{{to}}` fill its heading, a body line `{{meaning}}` the shift's meaning and a body line that is
     * `{{reflections}}` becomes its reflection prompts, one list item each.
     */
    repeat: z.optional(z.enum(SECTION_REPEATS)),
  })).check(z.minLength(1)),
});

export const transitionSchema = z.strictObject({
  id,
  from: z.string().check(z.minLength(2), z.maxLength(40)),
  to: z.string().check(z.minLength(2), z.maxLength(40)),
  meaning: text,
  reflections: z.array(z.strictObject({ id, text })).check(z.minLength(2)),
});

const label = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.array(z.strictObject({
    id: z.enum(ids),
    title: z.string().check(z.minLength(1), z.maxLength(40)),
    summary: z.optional(text),
    /**
     * Words that mark this id in a document, lower-case: heading words of design-doc sections for
     * phases, the words of a design doc's status line for decision statuses.
     */
    keywords: z.optional(z.array(z.string().check(z.minLength(2), z.maxLength(40)))),
  }));

/** Display names and one-line meanings of the fixed taxonomy, so views never hold labels. */
export const taxonomySchema = z.strictObject({
  hats: z.optional(label(HATS)),
  asks: z.optional(label(ASKS)),
  phases: z.optional(label(PHASES)),
  categories: z.optional(label(CATEGORIES)),
  depths: z.optional(label(DEPTHS)),
  moments: z.optional(label(MOMENTS)),
  meetings: z.optional(label(MEETINGS)),
  /** The meetings beside the weekly 1:1 and the usual review: title and one-line summary of each kind. */
  kinds: z.optional(label(MEETING_KINDS)),
  /**
   * Decision statuses; each status's `keywords` are the words and phrases that mean it in a design
   * doc's status line ("approved" is accepted, "in review" proposed), lower-case, no word under two statuses.
   */
  statuses: z.optional(label(DECISION_STATUSES)),
  /** The two kinds of feedback the lead logs: praise and a change to ask for. */
  feedbackKinds: z.optional(label(FEEDBACK_KINDS)),
  /**
   * Words a private heading starts with, in any language (`private`, `privé`…): a heading whose
   * visible words start with one keeps its section out of everything shareable (core/notes/privacy.ts).
   * Packs add words; none can be taken away.
   */
  privateWords: z.optional(z.array(z.string().check(z.minLength(2), z.maxLength(40)))),
});

export const packSchema = z.strictObject({
  $schema: z.optional(z.string()),
  name: z.optional(z.string()),
  prompts: z.optional(z.array(promptSchema)),
  checklists: z.optional(z.array(checklistSchema)),
  situations: z.optional(z.array(situationSchema)),
  templates: z.optional(z.array(templateSchema)),
  transitions: z.optional(z.array(transitionSchema)),
  taxonomy: z.optional(taxonomySchema),
});

export type Prompt = z.infer<typeof promptSchema>;
export type DesignPrompt = z.infer<typeof designPrompt>;
export type OneOnOnePrompt = z.infer<typeof oneOnOnePrompt>;
export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistItem = Checklist['items'][number];
export type Situation = z.infer<typeof situationSchema>;
export type Template = z.infer<typeof templateSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type Pack = z.infer<typeof packSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
