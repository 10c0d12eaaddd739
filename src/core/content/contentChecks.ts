/**
 * Measures that keep the bundled content honest: how many prompts each category, depth,
 * phase and lens holds, which texts fuse two questions into one (prompts, follow-ups and shift
 * reflections), which 1:1 prompts name engineering work, and which commit prompts lean on the
 * talk before them. Pure; the build prints these figures and the invariants and unit tests hold the limits.
 */
import type { Prompt, Transition } from './schema';
import { ASKS, CATEGORIES, DEPTHS, PHASES } from './taxonomy';

/** Longest prompt text or follow-up, in characters. */
export const MAX_PROMPT_CHARS = 140;
/** Share of a bank's prompts (or of all follow-ups, or of all shift reflections) that may trip the fused-question heuristic. */
export const MAX_FUSED_SHARE = 0.1;
/** Fewest `commit` prompts a 1:1 category may have. */
export const MIN_COMMIT_PER_CATEGORY = 3;
/**
 * The tag of a 1:1 prompt that deliberately names no engineering work (a rapport opener about
 * life outside work): the one way a 1:1 prompt says why it cannot be specific to the work.
 */
export const BEYOND_WORK_TAG = 'beyond-work';
/** Share of the 1:1 bank that may carry `BEYOND_WORK_TAG`. */
export const MAX_BEYOND_WORK_SHARE = 0.03;

const QUESTION_WORD = '(?:what|what\'s|which|who|who\'s|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|would|will|should|has|have|had)';
const PREPOSITION = '(?:for|by|with|to|from|since|in|on|at|until|of|over|after|before)';
/** ", and how ...", ", or who ...", ", and since when ...": a second question after a comma. */
const SECOND_CLAUSE = new RegExp(`,\\s(?:and|or)\\s(?:${PREPOSITION}\\s)?${QUESTION_WORD}\\b`, 'i');
/** "... and why?" tacked on to earn a tag. */
const WHY_TAIL = /\b(?:and|or) why\b/i;

/**
 * True when a text asks more than one thing: more than one question mark, a clause joined by
 * ", and" / ", or" that opens a second question, or an "and why" tail. A heuristic: it reads
 * words, not meaning, so "cost, and who pays" is caught and "cost and speed" is not. It reads a
 * prompt, a follow-up and a shift reflection alike.
 */
export function isFusedQuestion(text: string): boolean {
  const marks = text.split('?').length - 1;
  return marks > 1 || SECOND_CLAUSE.test(text) || WHY_TAIL.test(text);
}

/** A prompt is fused when its text is, or when its follow-up itself asks two things. */
export function isFusedPrompt(p: Pick<Prompt, 'text' | 'followUp'>): boolean {
  return isFusedQuestion(p.text) || (p.followUp !== undefined && isFusedQuestion(p.followUp));
}

/** What a fused figure counts: a prompt bank, every follow-up, or every shift reflection. */
export type FusedScope = Prompt['for'] | 'follow-ups' | 'reflections';

export interface FusedFigure {
  readonly bank: FusedScope;
  readonly fused: readonly string[];
  readonly total: number;
  readonly share: number;
}

function figure<T extends { readonly id: string }>(bank: FusedScope, items: readonly T[], fused: (item: T) => boolean): FusedFigure {
  const ids = items.filter(fused).map((x) => x.id);
  return { bank, fused: ids, total: items.length, share: items.length === 0 ? 0 : ids.length / items.length };
}

/** The fused prompts of one bank, by id, with the share they make up. */
export function fusedFigure(prompts: readonly Prompt[], bank: Prompt['for']): FusedFigure {
  return figure(bank, prompts.filter((p) => p.for === bank), isFusedPrompt);
}

/** The prompts of both banks whose follow-up asks two things, out of every prompt that has a follow-up. */
export function fusedFollowUps(prompts: readonly Prompt[]): FusedFigure {
  const withFollowUp = prompts.filter((p): p is Prompt & { followUp: string } => p.followUp !== undefined);
  return figure('follow-ups', withFollowUp, (p) => isFusedQuestion(p.followUp));
}

/** The shift reflections that ask two things, by id, out of every reflection. */
export function fusedReflections(transitions: readonly Transition[]): FusedFigure {
  const reflections = transitions.flatMap((t) => t.reflections);
  return figure('reflections', reflections, (r) => isFusedQuestion(r.text));
}

const SCOPE_NAMES: Record<FusedScope, string> = {
  'one-on-one': '1:1', 'design-review': 'design review', 'follow-ups': 'follow-ups', reflections: 'shift reflections',
};

/** "1:1 4/186 (2.2%)" */
export function formatFused(f: FusedFigure): string {
  return `${SCOPE_NAMES[f.bank]} ${f.fused.length}/${f.total} (${(f.share * 100).toFixed(1)}%)`;
}

/** Every fused figure the build prints and the invariants hold: both banks, follow-ups, reflections. */
export function fusedFigures(prompts: readonly Prompt[], transitions: readonly Transition[]): FusedFigure[] {
  return [fusedFigure(prompts, 'one-on-one'), fusedFigure(prompts, 'design-review'), fusedFollowUps(prompts), fusedReflections(transitions)];
}

/** Ids of prompts whose text or follow-up runs over the length limit. */
export function overLong(prompts: readonly Prompt[]): string[] {
  return prompts.filter((p) => p.text.length > MAX_PROMPT_CHARS || (p.followUp?.length ?? 0) > MAX_PROMPT_CHARS).map((p) => p.id);
}

/** The longest prompt text and follow-up, in characters. */
export function longest(prompts: readonly Prompt[]): { text: number; followUp: number } {
  let text = 0, followUp = 0;
  for (const p of prompts) {
    text = Math.max(text, p.text.length);
    followUp = Math.max(followUp, p.followUp?.length ?? 0);
  }
  return { text, followUp };
}

/**
 * Words that name engineering work: code and its review, incidents and on-call, design docs,
 * releases and migrations, roadmaps and sprints, hiring loops and the career ladder, the product
 * and its users, the tools and what we learn. Whole words, any case.
 */
const ENGINEERING_WORDS = [
  'pull requests?', 'PRs?', 'code', 'coding', 'codebase', 'designs?', 'designing', 'code reviews?', 'reviews?', 'reviewers?', 'reviewing', 'design docs?', 'docs?',
  'documentation', 'RFCs?', 'ADRs?', 'incidents?', 'outages?', 'postmortems?', 'on-call', 'pager', 'pages', 'paged', 'rota',
  'runbooks?', 'alerts?', 'dashboards?', 'migrations?', 'deploys?', 'deployments?', 'releases?', 'ship', 'ships', 'shipped', 'shipping',
  'launch(?:es|ed)?', 'rollouts?', 'rollbacks?', 'production', 'staging', 'roadmaps?', 'sprints?', 'backlog', 'board', 'tickets?',
  'bugs?', 'tests?', 'testing', 'builds?', 'CI', 'pipelines?', 'repos?', 'repository', 'branch(?:es)?', 'commits?', 'merged?',
  'services?', 'APIs?', 'systems?', 'architecture', 'stack', 'tech debt', 'technical debt', 'refactors?', 'refactoring',
  'prototypes?', 'spikes?', 'demos?', 'retros?', 'retrospectives?', 'standups?', 'estimates?', 'hiring loops?', 'interviews?',
  'interviewing', 'new hires?', 'onboarding', 'ladder', 'levels?', 'promotions?', 'packets?', 'calibration', 'staff engineers?',
  'engineering', 'engineers?', 'tech leads?', 'products?', 'customers?', 'users?', 'features?', 'frontend', 'backend', 'database',
  'data', 'security', 'privacy', 'open source', 'AI', 'pairing', 'pair', 'mentoring', 'mentees?', 'courses?', 'conferences?', 'books?',
  'tools?', 'tooling', 'debugging', 'latency', 'SLOs?', 'milestones?', 'scope', 'specs?', 'tech', 'technical', 'platform',
  'infrastructure', 'cloud', 'hotfix(?:es)?', 'feature flags?', 'design reviews?', 'planning', 'sprint planning', 'job ladder',
];
const ENGINEERING = new RegExp(`(?:^|[^\\w-])(?:${ENGINEERING_WORDS.join('|')})(?![\\w-])`, 'i');

/** True when a text names something of engineering work (a word heuristic: see `ENGINEERING_WORDS`). */
export function namesEngineeringWork(text: string): boolean {
  return ENGINEERING.test(text);
}

/** 1:1 prompts that name no engineering work and do not say why (no `beyond-work` tag). */
export function genericPrompts(prompts: readonly Prompt[]): string[] {
  return prompts.filter((p) => p.for === 'one-on-one' && !namesEngineeringWork(p.text) && !(p.tags ?? []).includes(BEYOND_WORK_TAG)).map((p) => p.id);
}

/** 1:1 prompts tagged `beyond-work`. */
export function beyondWorkPrompts(prompts: readonly Prompt[]): string[] {
  return prompts.filter((p) => p.for === 'one-on-one' && (p.tags ?? []).includes(BEYOND_WORK_TAG)).map((p) => p.id);
}

/**
 * Words by which a commit prompt leans on the talk before it: "this goal", "that list", "if this
 * is still stuck", "the blocker we just discussed". A commit is read on its own, in the panel or a
 * note, so it names the thing. Time words ("this week", "this sprint") and a relative "that"
 * ("the doc that tripped you up") are fine.
 */
const LEANS_BACK = new RegExp([
  '\\b(?:this|that|these|those) (?:goal|feedback|list|change|topic|issue|blocker|plan|one|step|idea|point|problem|thing|win|work|request|gap|decision|habit|question)s?\\b',
  '\\b(?:if|when|once) (?:this|that|it) (?:is|isn\'t|stays|gets)\\b',
  '\\bnext time I do (?:this|that|it)\\b',
  '\\b(?:we|you|I) just (?:discussed|talked|said|agreed)\\b',
  '\\bwe (?:discussed|talked about)\\b',
].join('|'), 'i');

/** True when a text leans on the talk before it (see `LEANS_BACK`). */
export function leansOnEarlierTalk(text: string): boolean {
  return LEANS_BACK.test(text);
}

/** Commit prompts that lean on the talk before them. */
export function commitsLeaningBack(prompts: readonly Prompt[]): string[] {
  return prompts.filter((p) => p.for === 'one-on-one' && p.depth === 'commit' && leansOnEarlierTalk(p.text)).map((p) => p.id);
}

/**
 * A follow-up that asks the report when the lead will reply ("When should you expect to hear back
 * from me?"): the lead names that date, so the bank never asks it.
 */
const ASKS_LEAD_REPLY = /\b(?:hear back|expect (?:it|an answer|a reply|to hear)|hear from me)\b/i;

/** Ids of prompts whose text or follow-up asks the other person when the lead will reply. */
export function asksWhenLeadReplies(prompts: readonly Prompt[]): string[] {
  return prompts.filter((p) => ASKS_LEAD_REPLY.test(p.text) || (p.followUp !== undefined && ASKS_LEAD_REPLY.test(p.followUp))).map((p) => p.id);
}

export interface PromptCounts {
  readonly oneOnOne: number;
  readonly byCategory: Record<string, number>;
  readonly byDepth: Record<string, number>;
  /** `category/depth` → count, every pair present (zero included). */
  readonly byCategoryDepth: Record<string, number>;
  readonly design: number;
  readonly byPhase: Record<string, number>;
  readonly byAsks: Record<string, number>;
  /** `phase/asks` → count, every pair present (zero included). */
  readonly byPhaseAsks: Record<string, number>;
}

function zeros(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

export function countPrompts(prompts: readonly Prompt[]): PromptCounts {
  const byCategory = zeros(CATEGORIES), byDepth = zeros(DEPTHS), byPhase = zeros(PHASES), byAsks = zeros(ASKS);
  const byCategoryDepth = zeros(CATEGORIES.flatMap((c) => DEPTHS.map((d) => `${c}/${d}`)));
  const byPhaseAsks = zeros(PHASES.flatMap((ph) => ASKS.map((a) => `${ph}/${a}`)));
  let oneOnOne = 0, design = 0;
  for (const p of prompts) {
    if (p.for === 'one-on-one') {
      oneOnOne++;
      byCategory[p.category] = (byCategory[p.category] ?? 0) + 1;
      byDepth[p.depth] = (byDepth[p.depth] ?? 0) + 1;
      byCategoryDepth[`${p.category}/${p.depth}`] = (byCategoryDepth[`${p.category}/${p.depth}`] ?? 0) + 1;
    } else {
      design++;
      byPhase[p.phase] = (byPhase[p.phase] ?? 0) + 1;
      byAsks[p.asks] = (byAsks[p.asks] ?? 0) + 1;
      byPhaseAsks[`${p.phase}/${p.asks}`] = (byPhaseAsks[`${p.phase}/${p.asks}`] ?? 0) + 1;
    }
  }
  return { oneOnOne, byCategory, byDepth, byCategoryDepth, design, byPhase, byAsks, byPhaseAsks };
}

/** The lines the build prints about the bundled prompts and shift reflections. */
export function contentReport(prompts: readonly Prompt[], transitions: readonly Transition[] = []): string[] {
  const c = countPrompts(prompts);
  const list = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${k} ${n}`).join(', ');
  const depths = CATEGORIES.map((cat) => `${cat} ${DEPTHS.map((d) => c.byCategoryDepth[`${cat}/${d}`]).join('/')}`).join(', ');
  const long = longest(prompts);
  const over = overLong(prompts);
  const beyond = beyondWorkPrompts(prompts).length;
  const generic = genericPrompts(prompts).length;
  return [
    `1:1 prompts ${c.oneOnOne}: ${list(c.byDepth)}`,
    `1:1 per category: ${list(c.byCategory)}`,
    `1:1 per category, ${DEPTHS.join('/')}: ${depths}`,
    `1:1 naming engineering work: ${c.oneOnOne - beyond - generic}/${c.oneOnOne}, ${beyond} tagged ${BEYOND_WORK_TAG}, ${generic} generic`,
    `design-review prompts ${c.design}: ${list(c.byAsks)}`,
    `design review per phase: ${list(c.byPhase)}`,
    `design review per phase, why/how: ${PHASES.map((ph) => `${ph} ${ASKS.map((a) => c.byPhaseAsks[`${ph}/${a}`]).join('/')}`).join(', ')}`,
    `fused questions: ${fusedFigures(prompts, transitions).map(formatFused).join(', ')}`,
    `length limit ${MAX_PROMPT_CHARS}: longest text ${long.text}, longest follow-up ${long.followUp}, over the limit ${over.length}`,
  ];
}
