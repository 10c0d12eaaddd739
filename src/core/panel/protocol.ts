/**
 * The one message protocol between the extension host and the panel webview. Both ends
 * validate every message with these schemas and drop (and log) anything else.
 * The webview speaks first with `ready`; the host sends nothing before it. The host owns the
 * panel's UI state (which person is selected included): `init` carries it, `prep` names the
 * person it is for, and the webview reports the user's changes with `ui`.
 */
import * as z from 'zod/mini';
import { checklistSchema, promptSchema, situationSchema, taxonomySchema, transitionSchema } from '../content/schema';
import { CATEGORIES, DEPTHS, HATS, PHASES } from '../content/taxonomy';
import { isSafeSegment } from '../notes/slug';

/** UI chrome strings, localized on the host (vscode.l10n) and handed to the webview. */
export const UI_STRING_KEYS = [
  'tabPrep', 'tabDesign', 'tabHat', 'person', 'addPerson', 'startOneOnOne', 'noPeople', 'daysAgo', 'today', 'never',
  'openItems', 'noOpenItems', 'openNote', 'questionBank', 'anyCategory', 'anyDepth', 'anyHat',
  'asked', 'notAsked', 'markAsked', 'insert', 'lens', 'lensBoth', 'balance',
  'noActiveDoc', 'headingsCovered', 'why', 'how', 'startDesignReview', 'filterSituations', 'signals', 'moves',
  'noSituations', 'shifts', 'loading', 'prompts', 'sections', 'allOpenItems', 'insertSection',
  'nextOneOnOne', 'noCadence', 'dueToday', 'overdueDays', 'dueInDays', 'talkingPoints', 'noTalkingPoints',
  'newTalkingPoint', 'addTalkingPoint', 'openTalkingPoint', 'sinceLastOneOnOne', 'insertCommits',
] as const;
export type UiStringKey = (typeof UI_STRING_KEYS)[number];
export type UiStrings = Record<UiStringKey, string>;

export const TABS = ['prep', 'design', 'hat'] as const;
export type Tab = (typeof TABS)[number];
export const LENSES = ['why', 'how', 'both'] as const;

/** A person's folder name: any single safe path segment (hand-made folders are people too). */
const slug = z.string().check(z.maxLength(120), z.refine(isSafeSegment));
const promptId = z.string().check(z.maxLength(80));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const panelUiStateSchema = z.object({
  version: z.literal(1),
  tab: z.enum(TABS),
  lens: z.enum(LENSES),
  person: z.optional(slug),
  category: z.optional(z.enum(CATEGORIES)),
  depth: z.optional(z.enum(DEPTHS)),
  hat: z.optional(z.enum(HATS)),
  situationFilter: z.string().check(z.maxLength(200)),
  /** When this state was saved (ms since epoch): of two saved copies, the newer wins. */
  savedAt: z.optional(z.number()),
});
/** What the panel remembers about itself (not content): tab, lens, filters, person. */
export type PanelUiState = z.infer<typeof panelUiStateSchema>;

export const panelContentSchema = z.object({
  prompts: z.array(promptSchema),
  checklists: z.array(checklistSchema),
  situations: z.array(situationSchema),
  transitions: z.array(transitionSchema),
  taxonomy: taxonomySchema,
});
export type PanelContent = z.infer<typeof panelContentSchema>;

const personSchema = z.object({
  slug, name: z.string(), last: z.optional(date), days: z.optional(z.number()),
  /** With a cadence in their profile: when the next 1:1 is due, and by how many days it is overdue (negative: still to come). */
  due: z.optional(date), overdue: z.optional(z.number()),
});
export type PersonSummary = z.infer<typeof personSchema>;

const openItemSchema = z.object({ text: z.string(), date, fileName: z.string(), line: z.number(), age: z.number() });
export type OpenItemView = z.infer<typeof openItemSchema>;

const coverageSchema = z.object({
  document: z.string(),
  why: z.number(), how: z.number(), headings: z.number(),
  phases: z.array(z.object({ phase: z.enum(PHASES), heading: z.boolean(), why: z.number(), how: z.number() })),
});
export type CoverageView = z.infer<typeof coverageSchema>;

const talkingPointSchema = z.object({ text: z.string(), line: z.number(), link: z.optional(z.string()) });
export type TalkingPointView = z.infer<typeof talkingPointSchema>;

const commitSchema = z.object({ subject: z.string(), date: z.string(), repository: z.string(), hash: z.string() });
export type CommitView = z.infer<typeof commitSchema>;

export const toWebviewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), content: panelContentSchema, strings: z.record(z.enum(UI_STRING_KEYS), z.string()), ui: z.optional(panelUiStateSchema) }),
  z.object({
    type: z.literal('people'), people: z.array(personSchema),
    /** Open items of every person's newest note, oldest first. */
    openItems: z.array(z.object({ person: slug, text: z.string(), date, fileName: z.string(), line: z.number(), age: z.number() })),
  }),
  z.object({
    type: z.literal('prep'), person: slug, ticks: z.array(z.string()), openItems: z.array(openItemSchema),
    asked: z.record(z.string(), date),
  }),
  z.object({ type: z.literal('review'), coverage: z.optional(coverageSchema), asked: z.array(z.string()) }),
  /** The selected person's memory: cadence and due date, pending talking points, commits since the last 1:1. */
  z.object({
    type: z.literal('prepMemory'), person: slug,
    /** The cadence in words ("Every 2 weeks"), when the profile has one. */
    cadence: z.optional(z.string()), due: z.optional(date), overdue: z.optional(z.number()),
    points: z.array(talkingPointSchema),
    git: z.object({
      /** One line saying why no commits are listed (off, no identities, no repository…), when none are. */
      note: z.optional(z.string()),
      commits: z.array(commitSchema),
    }),
  }),
]);
export type ToWebview = z.infer<typeof toWebviewSchema>;

export const fromWebviewSchema = z.discriminatedUnion('type', [
  /** The webview has loaded; `ui` is what it restored from its own saved state, if anything. */
  z.object({ type: z.literal('ready'), ui: z.optional(panelUiStateSchema) }),
  /** The user changed the UI state (tab, lens, filters, person): the host owns it from here. */
  z.object({ type: z.literal('ui'), state: panelUiStateSchema }),
  z.object({ type: z.literal('addPerson') }),
  z.object({ type: z.literal('tick'), person: slug, id: promptId, checked: z.boolean() }),
  z.object({ type: z.literal('startOneOnOne'), person: z.optional(slug) }),
  z.object({ type: z.literal('startDesignReview') }),
  z.object({ type: z.literal('insertSection'), phase: z.enum(PHASES) }),
  z.object({ type: z.literal('insertPrompt'), id: promptId, person: z.optional(slug) }),
  z.object({ type: z.literal('setAsked'), id: promptId, asked: z.boolean(), person: z.optional(slug) }),
  z.object({ type: z.literal('openItem'), person: slug, fileName: z.string().check(z.regex(/^[\w.-]{1,80}\.md$/)), line: z.number() }),
  /** A talking point typed in the prep tab, for the person's `## Next 1:1`. */
  z.object({ type: z.literal('addTalkingPoint'), person: slug, text: z.string().check(z.minLength(1), z.maxLength(500)) }),
  /** "Insert into note": the person's commits since the last 1:1, into their open note. */
  z.object({ type: z.literal('insertCommits'), person: slug }),
]);
export type FromWebview = z.infer<typeof fromWebviewSchema>;

/** Parses an incoming message; `undefined` means drop it. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, data: unknown): T | undefined {
  const result = schema.safeParse(data);
  return result.success ? result.data : undefined;
}

export const defaultUiState: PanelUiState = { version: 1, tab: 'prep', lens: 'both', situationFilter: '' };
