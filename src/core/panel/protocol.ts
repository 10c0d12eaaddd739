/**
 * The one message protocol between the extension host and the panel webview. Both ends
 * validate every message with these schemas and drop (and log) anything else.
 * The webview speaks first with `ready`; the host sends nothing before it. The host owns the
 * panel's UI state (which person is selected included): `init` carries it, `prep` names the
 * person it is for, and the webview reports the user's changes with `ui`.
 */
import * as z from 'zod/mini';
import { checklistSchema, promptSchema, situationSchema, taxonomySchema, transitionSchema } from '../content/schema';
import { ASKS, PHASES } from '../content/taxonomy';
import { PHASE_STATES } from '../designDocs/phaseStates';
import { isSafeSegment } from '../notes/slug';
import { panelUiStateSchema } from './uiState';


/** UI chrome strings, localized on the host (vscode.l10n) and handed to the webview. */
export const UI_STRING_KEYS = [
  'tabPrep', 'tabDesign', 'tabHat', 'person', 'addPerson', 'startOneOnOne', 'noPeople', 'daysAgo', 'today', 'never',
  'openItems', 'noOpenItems', 'openNote', 'questionBank', 'anyCategory', 'anyDepth', 'anyHat',
  'asked', 'notAsked', 'markAsked', 'insert', 'lens', 'lensBoth', 'balance',
  'noActiveDoc', 'headingsCovered', 'why', 'how', 'startDesignReview', 'filterSituations', 'signals', 'moves',
  'noSituations', 'shifts', 'loading', 'prompts', 'sections', 'allOpenItems', 'insertSection',
  'linkNotFollowed', 'problems',
  // Hat balance (webview/hatChart.ts) and reflections (webview/reflectionView.ts).
  'hbTitle', 'hbPerson', 'hbReviews', 'hbNone', 'hbNoneCount', 'hbTable', 'hbMeeting', 'hbAsks', 'hbHats', 'hbEmptyPerson',
  'hbEmptyReviews', 'hbNudge', 'rfTitle', 'rfSummary', 'rfIn', 'rfNot', 'rfStart', 'rfOpen', 'rfNone',
  'stateMissing', 'stateThin', 'stateCovered', 'reviewNote', 'inReviewNote',
  'nextOneOnOne', 'noCadence', 'dueToday', 'overdueDays', 'dueInDays', 'talkingPoints', 'noTalkingPoints',
  'newTalkingPoint', 'addTalkingPoint', 'openTalkingPoint', 'sinceLastOneOnOne', 'insertCommits', 'startOtherKind',
  // Commitments in the prep tab (webview/prepCommitmentsView.ts).
  'cmTitle', 'cmYouOwe', 'cmYouOweOverdue', 'cmTheyOwe', 'cmTheyOweOverdue', 'cmNone', 'cmPrivate', 'cmOpen', 'cmMore',
  // Goals and growth actions in the prep tab (webview/prepGoalsView.ts, core/panel/prepGoals.ts).
  'glTitle', 'glNone', 'glDue', 'glDiscussedThisWeek', 'glDiscussedWeekAgo', 'glDiscussedWeeksAgo', 'glNotSince', 'glNever',
  'glWeek', 'glWeeks', 'glNudgeOne', 'glNudgeMany', 'glOpen', 'glMore', 'glAddGoal', 'glLogWin', 'glLogFeedback',
  // Evidence by month in the prep tab (webview/evidenceChart.ts, core/panel/prepEvidence.ts).
  'evTitle', 'evSummary', 'evNone', 'evRising', 'evFalling', 'evEven', 'evEmptyCount', 'evTable', 'evMonth', 'evEntries',
  'evEmptyMonth', 'evFlagEmpty', 'evFlagRecent', 'evFlagGoals', 'evFlagGoalsMore',
] as const;
export type UiStringKey = (typeof UI_STRING_KEYS)[number];
export type UiStrings = Record<UiStringKey, string>;

/**
 * How much one message may carry. The host cuts what it sends to these limits (a note with
 * 250,000 open items still sends at most MAX_OPEN_ITEMS), so the largest `people` message
 * stays under 2 MB and a `prep` message under 100 KB; the webview drops anything larger.
 */
export const LIMITS = {
  /** People in the panel's list. */
  people: 1000,
  /** Open items of one person's newest note. */
  openItems: 100,
  /** Open items across everyone. */
  allOpenItems: 500,
  /** Characters of one item's text or a person's display name (the host cuts with `…`). */
  text: 300,
  /** Characters of a file or folder name (any file system's limit). */
  segment: 255,
  /** Lines of a note. */
  line: 10_000_000,
  /** Problem lines (unreadable folders, skipped notes) in one message. */
  problems: 20,
  /** Commitments listed per side (you owe, they owe) in the prep tab. */
  commitments: 5,
  /** Characters of a commitment's key (core/commitments/commitment.ts: the words' first 500, or a note's path and line). */
  commitmentKey: 2000,
  /** Open goals listed in the prep tab (more are counted). */
  goals: 50,
  /** Months of the evidence chart: the Team view's six months span seven calendar months (the first and the current are partial). */
  evidenceMonths: 7,
  /** Largest count of days (since a 1:1, overdue, an item's age) either way: the host clamps to it (panelLogic clampCount). */
  count: 100_000,
} as const;

/** `text` cut to `max` characters, with `…` when it was longer. */
export function capText(text: string, max: number = LIMITS.text): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A person's folder name: any single safe path segment (hand-made folders are people too). */
const slug = z.string().check(z.maxLength(LIMITS.segment), z.refine(isSafeSegment));
const promptId = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const shortText = z.string().check(z.maxLength(LIMITS.text));
const count = z.int().check(z.minimum(-LIMITS.count), z.maximum(LIMITS.count));
const line = z.int().check(z.minimum(0), z.maximum(LIMITS.line));

export const panelContentSchema = z.object({
  prompts: z.array(promptSchema),
  checklists: z.array(checklistSchema),
  situations: z.array(situationSchema),
  transitions: z.array(transitionSchema),
  taxonomy: taxonomySchema,
});
export type PanelContent = z.infer<typeof panelContentSchema>;

const personSchema = z.object({
  slug, name: shortText, last: z.optional(date), days: z.optional(count),
  /** The folder is a symbolic link: shown, never followed. */
  link: z.optional(z.boolean()),
  /** With a cadence in their profile: when the next 1:1 is due, and by how many days it is overdue (negative: still to come). */
  due: z.optional(date), overdue: z.optional(count),
});
export type PersonSummary = z.infer<typeof personSchema>;

const fileName = z.string().check(z.maxLength(LIMITS.segment));
const openItemSchema = z.object({ text: shortText, date, fileName, line, age: count });
export type OpenItemView = z.infer<typeof openItemSchema>;

const coverageSchema = z.object({
  document: z.string(),
  why: z.number(), how: z.number(), headings: z.number(),
  phases: z.array(z.object({
    phase: z.enum(PHASES), heading: z.boolean(), why: z.number(), how: z.number(),
    /** From the doc's body (core/markdown/docCoverage.ts): no section, a thin one, or covered; and its words. */
    state: z.optional(z.enum(PHASE_STATES)), words: z.optional(z.number()),
    /** The phase's why and how prompts, and how many of them the doc's review note holds or were asked there. */
    whyTotal: z.optional(z.number()), howTotal: z.optional(z.number()), whyAsked: z.optional(z.number()), howAsked: z.optional(z.number()),
  })),
  /** The doc's review note (workspace-relative), when it has one. */
  reviewNote: z.optional(z.string()),
});
export type CoverageView = z.infer<typeof coverageSchema>;

/** How many meetings the hat-balance chart shows per person, and reviews. */
export const HAT_BALANCE_MEETINGS = 8;
const tally = z.int().check(z.minimum(0), z.maximum(1_000_000));

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const reflectionFile = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-[1-9]\d{0,3})?\.md$/));
const hatCountsSchema = z.object({ why: tally, how: tally, lead: tally, manage: tally, both: tally });
/** A meeting as the chart draws it. */
const meetingMixSchema = z.object({
  date,
  /** The review's title, or for a 1:1 its file name. */
  label: z.string().check(z.maxLength(200)),
  /** Its prompts' counts; absent when its note holds no known prompt ("no prompts", not zero of each). */
  prompts: z.optional(hatCountsSchema),
});
export type MeetingMixView = z.infer<typeof meetingMixSchema>;

const talkingPointSchema = z.object({ text: shortText, line, link: z.optional(z.string().check(z.maxLength(1000))) });
export type TalkingPointView = z.infer<typeof talkingPointSchema>;

const commitSchema = z.object({ subject: shortText, date: z.string().check(z.maxLength(40)), repository: shortText, hash: z.string().check(z.maxLength(64)) });
export type CommitView = z.infer<typeof commitSchema>;

const commitmentKey = z.string().check(z.minLength(1), z.maxLength(LIMITS.commitmentKey));
/** An open commitment as the prep tab lists it: its words, how many days overdue (negative: due later), private or not. */
const commitmentItemSchema = z.object({ key: commitmentKey, text: shortText, overdue: z.optional(count), private: z.optional(z.boolean()) });
export type CommitmentItemView = z.infer<typeof commitmentItemSchema>;
/** What the lead and one person owe each other: open counts (and how many are overdue), and the first items of each side. */
const commitmentSideSchema = z.object({ count: tally, overdue: tally, items: z.array(commitmentItemSchema).check(z.maxLength(LIMITS.commitments)) });
export type CommitmentSideView = z.infer<typeof commitmentSideSchema>;

/** What the prep tab says of an open goal (core/growth/goalStatus.ts): discussed N weeks ago, not discussed since a date, or never. */
const goalStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('discussed'), weeks: z.int().check(z.minimum(0), z.maximum(LIMITS.count)) }),
  z.object({ kind: z.literal('notSince'), date }),
  z.object({ kind: z.literal('never') }),
]);
export type GoalStatusView = z.infer<typeof goalStatusSchema>;
/** An open, shared goal of person.md: its words, due date, 0-based line, status, and whether it has gone stale. */
const goalRowSchema = z.object({ text: shortText, due: z.optional(date), line, status: goalStatusSchema, stale: z.boolean() });
export type GoalRowView = z.infer<typeof goalRowSchema>;

/** A month of the evidence chart: `YYYY-MM` and its evidence entries, as the Team view counts them. */
const evidenceMonthSchema = z.object({ month, count: tally });
export type EvidenceMonthView = z.infer<typeof evidenceMonthSchema>;

/** What the prep tab's growth buttons run for the selected person: Add Goal, Log a Win, Log Feedback. */
export const GROWTH_ACTIONS = ['addGoal', 'logWin', 'logFeedback'] as const;
export type GrowthAction = (typeof GROWTH_ACTIONS)[number];

export const toWebviewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), content: panelContentSchema, strings: z.record(z.enum(UI_STRING_KEYS), z.string()), ui: z.optional(panelUiStateSchema) }),
  z.object({
    type: z.literal('people'), people: z.array(personSchema).check(z.maxLength(LIMITS.people)),
    /** Open items of every person's newest note, oldest first. */
    openItems: z.array(z.object({ person: slug, text: shortText, date, fileName, line, age: count })).check(z.maxLength(LIMITS.allOpenItems)),
    /** What could not be read (the people folder, notes passed over), one line each. */
    problems: z.optional(z.array(shortText).check(z.maxLength(LIMITS.problems))),
  }),
  z.object({
    type: z.literal('prep'), person: slug, ticks: z.array(promptId).check(z.maxLength(500)), openItems: z.array(openItemSchema).check(z.maxLength(LIMITS.openItems)),
    asked: z.record(z.string(), date),
  }),
  z.object({ type: z.literal('review'), coverage: z.optional(coverageSchema), asked: z.array(z.string()) }),
  /** The hat balance: the selected person's last 1:1s and the last design reviews, oldest first. */
  z.object({
    type: z.literal('hatBalance'), person: z.optional(slug),
    meetings: z.array(meetingMixSchema).check(z.maxLength(HAT_BALANCE_MEETINGS)),
    reviews: z.array(meetingMixSchema).check(z.maxLength(HAT_BALANCE_MEETINGS)),
    /** When the person's last meetings asked only one side: that side, and prompts of the other to insert (core/panel/hatNudge.ts). */
    nudge: z.optional(z.object({ used: z.enum(ASKS), suggest: z.enum(ASKS), meetings: tally, ids: z.array(promptId).check(z.maxLength(2)) })),
  }),
  /** The lead's reflection notes of this month and the two before, newest first, and the shifts each reflects on. */
  z.object({
    type: z.literal('reflections'),
    notes: z.array(z.object({ fileName: reflectionFile, month, shifts: z.array(promptId).check(z.maxLength(50)) })).check(z.maxLength(60)),
  }),
  /** The selected person's memory: cadence and due date, pending talking points, commits since the last 1:1. */
  z.object({
    type: z.literal('prepMemory'), person: slug,
    /** The cadence in words ("Every 2 weeks"), when the profile has one. */
    cadence: z.optional(shortText), due: z.optional(date), overdue: z.optional(count),
    points: z.array(talkingPointSchema).check(z.maxLength(LIMITS.openItems)),
    git: z.object({
      /** One line saying why no commits are listed (off, no identities, no repository…), when none are. */
      note: z.optional(shortText),
      commits: z.array(commitSchema).check(z.maxLength(100)),
    }),
  }),
  /** The selected person's open commitments: what the lead owes them (`@me` in their 1:1s) and what they owe (private ones included, marked). */
  z.object({ type: z.literal('commitments'), person: slug, youOwe: commitmentSideSchema, theyOwe: commitmentSideSchema }),
  /**
   * The selected person's open goals, never a private one, in profile order; `more` open ones were
   * not listed. `staleAfterWeeks` is the setting (0: staleness is off, no goal is stale).
   */
  z.object({
    type: z.literal('goals'), person: slug, staleAfterWeeks: z.int().check(z.minimum(0), z.maximum(LIMITS.count)),
    goals: z.array(goalRowSchema).check(z.maxLength(LIMITS.goals)), more: z.optional(tally),
  }),
  /**
   * The selected person's evidence per month over the Team view's six months, oldest first, counted
   * as the Team view counts it (private parts included, as counts only); `recent`: more than half of
   * it is from the last six weeks; `notDiscussed`: their shared goals no note discussed in these
   * months (`moreNotDiscussed` not listed).
   */
  z.object({
    type: z.literal('evidenceMonths'), person: slug,
    months: z.array(evidenceMonthSchema).check(z.maxLength(LIMITS.evidenceMonths)), recent: z.boolean(),
    notDiscussed: z.array(shortText).check(z.maxLength(LIMITS.goals)), moreNotDiscussed: z.optional(tally),
  }),
]);
export type ToWebview = z.infer<typeof toWebviewSchema>;

export const fromWebviewSchema = z.discriminatedUnion('type', [
  /** The webview has loaded; `ui` is what it restored from its own saved state, if anything. */
  z.strictObject({ type: z.literal('ready'), ui: z.optional(panelUiStateSchema) }),
  /** The user changed the UI state (tab, lens, filters, person): the host owns it from here. */
  z.strictObject({ type: z.literal('ui'), state: panelUiStateSchema }),
  z.strictObject({ type: z.literal('addPerson') }),
  z.strictObject({ type: z.literal('tick'), person: slug, id: promptId, checked: z.boolean() }),
  /** Start 1:1 Note for the person; `chooseKind` asks which kind of meeting (career conversation, skip-level…). */
  z.strictObject({ type: z.literal('startOneOnOne'), person: z.optional(slug), chooseKind: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('startDesignReview') }),
  z.strictObject({ type: z.literal('insertSection'), phase: z.enum(PHASES) }),
  z.strictObject({ type: z.literal('insertPrompt'), id: promptId, person: z.optional(slug) }),
  z.strictObject({ type: z.literal('setAsked'), id: promptId, asked: z.boolean(), person: z.optional(slug) }),
  z.strictObject({ type: z.literal('openItem'), person: slug, fileName: z.string().check(z.regex(/^[\w.-]{1,80}\.md$/), z.refine(isSafeSegment)), line }),
  z.strictObject({ type: z.literal('startReflection') }),
  /** Opens a reflection note, `<notes>/reflections/<fileName>`. */
  z.strictObject({ type: z.literal('openReflection'), fileName: reflectionFile }),
  /** A talking point typed in the prep tab, for the person's `## Next 1:1`. */
  z.strictObject({ type: z.literal('addTalkingPoint'), person: slug, text: z.string().check(z.minLength(1), z.maxLength(500)) }),
  /** "Insert into note": the person's commits since the last 1:1, into their open note. */
  z.strictObject({ type: z.literal('insertCommits'), person: slug }),
  /** Opens the note of a commitment at its line (the Commitments view's Open Note), by the commitment's key. */
  z.strictObject({ type: z.literal('openCommitment'), key: commitmentKey }),
  /** Add Goal, Log a Win or Log Feedback for a person (the command asks for the words). */
  z.strictObject({ type: z.literal('growthAction'), action: z.enum(GROWTH_ACTIONS), person: slug }),
]);
export type FromWebview = z.infer<typeof fromWebviewSchema>;

/** Parses an incoming message; `undefined` means drop it. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, data: unknown): T | undefined {
  const result = schema.safeParse(data);
  return result.success ? result.data : undefined;
}
