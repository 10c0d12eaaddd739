/** Filtering and grouping prompts for the panel, the palette and completions. */
import { daysSince } from '../dates';
import type { Asks, Category, DesignPrompt, Depth, Hat, OneOnOnePrompt, Phase, Prompt } from './schema';
import { PHASES } from './taxonomy';

/** A lens shows why prompts, how prompts, or both. */
export type Lens = Asks | 'both';

export interface PromptFilter {
  readonly for?: Prompt['for'];
  readonly hat?: Hat;
  readonly lens?: Lens;
  readonly phase?: Phase;
  readonly category?: Category;
  readonly depth?: Depth;
  /** Words that must all appear in the text, id or tags (case-insensitive). */
  readonly text?: string;
}

function haystack(p: Prompt): string {
  return `${p.text} ${p.id} ${(p.tags ?? []).join(' ')}`.toLowerCase();
}

export function matchesFilter(p: Prompt, f: PromptFilter): boolean {
  if (f.for && p.for !== f.for) return false;
  // A prompt for both hats serves either hat's filter.
  if (f.hat && f.hat !== 'both' && p.hat !== f.hat && p.hat !== 'both') return false;
  if (f.lens && f.lens !== 'both' && p.asks !== f.lens) return false;
  if (f.phase && (p.for !== 'design-review' || p.phase !== f.phase)) return false;
  if (f.category && (p.for !== 'one-on-one' || p.category !== f.category)) return false;
  if (f.depth && (p.for !== 'one-on-one' || p.depth !== f.depth)) return false;
  if (f.text) {
    const h = haystack(p);
    if (!f.text.toLowerCase().split(/\s+/).filter(Boolean).every((w) => h.includes(w))) return false;
  }
  return true;
}

export function queryPrompts(prompts: readonly Prompt[], filter: PromptFilter): Prompt[] {
  return prompts.filter((p) => matchesFilter(p, filter));
}

/**
 * How many why and how prompts each place starts a phase with: a review note's phase section
 * and a design doc's added section list two of each; a snippet skeleton one. The panel, Insert
 * Prompt and completions offer the rest.
 */
export const PROMPTS_PER_ASK = { note: 2, section: 2, snippet: 1 } as const;

/** A phase's prompts split by why and how, each in content order. */
export interface PhasePick {
  readonly why: readonly DesignPrompt[];
  readonly how: readonly DesignPrompt[];
}

/**
 * The one picker of a phase's prompts: the design-review prompts of `phase`, why and how apart,
 * each cut to `perAsk` (all when omitted), in content order.
 */
export function pickPhasePrompts(prompts: readonly Prompt[], phase: Phase, perAsk = Infinity): PhasePick {
  const why: DesignPrompt[] = [];
  const how: DesignPrompt[] = [];
  for (const p of prompts) {
    if (p.for !== 'design-review' || p.phase !== phase) continue;
    const list = p.asks === 'why' ? why : how;
    if (list.length < perAsk) list.push(p);
  }
  return { why, how };
}

/** Design-review prompts grouped by phase, phases in review order, empty phases left out. */
export function groupByPhase(prompts: readonly Prompt[]): [Phase, DesignPrompt[]][] {
  const design = prompts.filter((p): p is DesignPrompt => p.for === 'design-review');
  return PHASES.map((phase) => [phase, design.filter((p) => p.phase === phase)] as [Phase, DesignPrompt[]])
    .filter(([, list]) => list.length > 0);
}

/** Days after which a prompt asked to a person counts as "not asked recently". */
export const RECENT_DAYS = 28;

export interface BankEntry {
  readonly prompt: OneOnOnePrompt;
  /** YYYY-MM-DD when last asked to this person. */
  readonly asked?: string;
  /** Never asked, or not in the last RECENT_DAYS days: worth asking next. */
  readonly suggested: boolean;
}

/** 1:1 prompts matching `filter`: suggestions first (never asked, then longest ago), content order within. */
export function questionBank(prompts: readonly Prompt[], asked: Readonly<Record<string, string>>, filter: PromptFilter, today: string): BankEntry[] {
  const entries = prompts
    .filter((p): p is OneOnOnePrompt => p.for === 'one-on-one' && matchesFilter(p, filter))
    .map((prompt, order) => {
      // Own keys only: a prompt with the id `constructor` was never asked unless the log says so.
      const when = Object.hasOwn(asked, prompt.id) ? asked[prompt.id] : undefined;
      return { prompt, asked: when, suggested: !when || daysSince(when, today) > RECENT_DAYS, order };
    });
  entries.sort((a, b) => Number(b.suggested) - Number(a.suggested)
    || (a.asked ?? '').localeCompare(b.asked ?? '')
    || a.order - b.order);
  return entries.map(({ order: _order, ...entry }) => entry);
}
