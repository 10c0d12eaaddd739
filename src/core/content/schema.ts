/**
 * The content model: one schema for every prompt, checklist, situation, template and shift.
 * Pure (no `vscode`); built on `zod/mini` so the shipped bundle stays small.
 * A content pack is a JSON object with any of the collections below.
 */
import * as z from 'zod/mini';

import { ASKS, CATEGORIES, DEPTHS, HATS, MEETINGS, MOMENTS, NOTE_KINDS, PHASES, SECTION_REPEATS } from './taxonomy';

/** The taxonomy's types, for modules that import item types from here. */
export type { Asks, Category, Depth, Hat, Meeting, Moment, NoteKind, Phase } from './taxonomy';

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
  /** A meeting's note, or the monthly reflection (Start Reflection). */
  for: z.enum(NOTE_KINDS),
  /**
   * Markdown sections in order. `{{person}}`, `{{date}}`, `{{title}}`, `{{doc}}`, `{{author}}` and `{{carriedOver}}`
   * are filled when rendered; so are `{{talkingPoints}}` (points moved from person.md) and `{{carriedOverPrivate}}`
   * (open items of the last note's Private section, only under a `Private` heading).
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
    /** Heading words that mark this id in a document (design-doc sections for phases). */
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
