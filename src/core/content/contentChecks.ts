/**
 * Measures that keep the bundled content honest: how many prompts each category, depth,
 * phase and lens holds, and which prompts fuse two questions into one. Pure; the build
 * prints these figures and the invariants and unit tests hold the limits.
 */
import type { Prompt } from './schema';
import { ASKS, CATEGORIES, DEPTHS, PHASES } from './taxonomy';

/** Longest prompt text or follow-up, in characters. */
export const MAX_PROMPT_CHARS = 140;
/** Share of a bank's prompts that may trip the fused-question heuristic. */
export const MAX_FUSED_SHARE = 0.1;
/** Fewest `commit` prompts a 1:1 category may have. */
export const MIN_COMMIT_PER_CATEGORY = 3;

const QUESTION_WORD = '(?:what|what\'s|which|who|who\'s|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|would|will|should|has|have|had)';
const PREPOSITION = '(?:for|by|with|to|from|since|in|on|at|until|of|over|after|before)';
/** ", and how ...", ", or who ...", ", and since when ...": a second question after a comma. */
const SECOND_CLAUSE = new RegExp(`,\\s(?:and|or)\\s(?:${PREPOSITION}\\s)?${QUESTION_WORD}\\b`, 'i');
/** "... and why?" tacked on to earn a tag. */
const WHY_TAIL = /\b(?:and|or) why\b/i;

/**
 * True when a prompt text asks more than one thing: more than one question mark, a clause
 * joined by ", and" / ", or" that opens a second question, or an "and why" tail. A heuristic:
 * it reads words, not meaning, so "cost, and who pays" is caught and "cost and speed" is not.
 */
export function isFusedQuestion(text: string): boolean {
  const marks = text.split('?').length - 1;
  return marks > 1 || SECOND_CLAUSE.test(text) || WHY_TAIL.test(text);
}

/** A prompt is fused when its text is, or when its follow-up itself asks two things. */
export function isFusedPrompt(p: Pick<Prompt, 'text' | 'followUp'>): boolean {
  return isFusedQuestion(p.text) || (p.followUp !== undefined && isFusedQuestion(p.followUp));
}

export interface FusedFigure {
  readonly bank: Prompt['for'];
  readonly fused: readonly string[];
  readonly total: number;
  readonly share: number;
}

/** The fused prompts of one bank, by id, with the share they make up. */
export function fusedFigure(prompts: readonly Prompt[], bank: Prompt['for']): FusedFigure {
  const inBank = prompts.filter((p) => p.for === bank);
  const fused = inBank.filter(isFusedPrompt).map((p) => p.id);
  return { bank, fused, total: inBank.length, share: inBank.length === 0 ? 0 : fused.length / inBank.length };
}

/** "1:1 4/186 (2.2%)" */
export function formatFused(f: FusedFigure): string {
  const name = f.bank === 'one-on-one' ? '1:1' : 'design review';
  return `${name} ${f.fused.length}/${f.total} (${(f.share * 100).toFixed(1)}%)`;
}

/** Ids of prompts whose text or follow-up runs over the length limit. */
export function overLong(prompts: readonly Prompt[]): string[] {
  return prompts.filter((p) => p.text.length > MAX_PROMPT_CHARS || (p.followUp?.length ?? 0) > MAX_PROMPT_CHARS).map((p) => p.id);
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

/** The lines the build prints about the bundled prompts. */
export function contentReport(prompts: readonly Prompt[]): string[] {
  const c = countPrompts(prompts);
  const list = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${k} ${n}`).join(', ');
  return [
    `1:1 prompts ${c.oneOnOne}: ${list(c.byDepth)}`,
    `1:1 per category: ${list(c.byCategory)}`,
    `design-review prompts ${c.design}: ${list(c.byAsks)}`,
    `design review per phase: ${list(c.byPhase)}`,
    `fused questions: ${formatFused(fusedFigure(prompts, 'one-on-one'))}, ${formatFused(fusedFigure(prompts, 'design-review'))}`,
  ];
}
