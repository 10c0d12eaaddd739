/** Filtering and grouping prompts for the panel, the palette and completions. */
import type { Asks, Category, DesignPrompt, Depth, Hat, Phase, Prompt } from './schema';
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

/** Design-review prompts grouped by phase, phases in review order, empty phases left out. */
export function groupByPhase(prompts: readonly Prompt[]): [Phase, DesignPrompt[]][] {
  const design = prompts.filter((p): p is DesignPrompt => p.for === 'design-review');
  return PHASES.map((phase) => [phase, design.filter((p) => p.phase === phase)] as [Phase, DesignPrompt[]])
    .filter(([, list]) => list.length > 0);
}
