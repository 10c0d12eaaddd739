/** Pure rules behind the panel: UI state, checklist resets, question-bank order, situation filter. */
import type { OneOnOnePrompt, Prompt, Situation } from '../content/schema';
import { matchesFilter, type PromptFilter } from '../content/promptQuery';
import { daysSince } from '../notes/noteNames';
import { capText, LIMITS, type OpenItemView, type PanelUiState, type PersonSummary } from './protocol';

/** Days after which a prompt asked to a person counts as "not asked recently". */
export const RECENT_DAYS = 28;

/**
 * Ticks belong to the person's next 1:1: they were stored while `afterNote` was the newest
 * note, so once a newer note exists they are spent and the checklist starts empty.
 */
export function effectiveTicks(stored: { afterNote: string | null; ids: readonly string[] } | undefined, newestNote: string | null): string[] {
  return stored && stored.afterNote === newestNote ? [...stored.ids] : [];
}

export function toggleTick(ids: readonly string[], id: string, checked: boolean): string[] {
  const rest = ids.filter((x) => x !== id);
  return checked ? [...rest, id] : rest;
}

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
      const when = asked[prompt.id];
      return { prompt, asked: when, suggested: !when || daysSince(when, today) > RECENT_DAYS, order };
    });
  entries.sort((a, b) => Number(b.suggested) - Number(a.suggested)
    || (a.asked ?? '').localeCompare(b.asked ?? '')
    || a.order - b.order);
  return entries.map(({ order: _order, ...entry }) => entry);
}

/** Situations whose title, summary, signals, moves or tags contain every word of `query`. */
export function filterSituations(situations: readonly Situation[], query: string): Situation[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...situations];
  return situations.filter((s) => {
    const hay = [s.title, s.summary ?? '', ...s.signals, ...s.moves, ...(s.tags ?? []), s.hat].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/**
 * Of the UI state the webview restored and the one the host stored, the newer (by `savedAt`):
 * either copy may miss the last change if the window went away before it was written.
 */
export function newerUi(restored: PanelUiState | undefined, stored: PanelUiState | undefined): PanelUiState | undefined {
  if (!restored) return stored;
  if (!stored) return restored;
  return (restored.savedAt ?? 0) > (stored.savedAt ?? 0) ? restored : stored;
}

/** The person the panel shows: the chosen one while they exist, else the first person, else nobody. */
export function selectedPerson(chosen: string | undefined, people: readonly { slug: string }[]): string | undefined {
  if (chosen && people.some((p) => p.slug === chosen)) return chosen;
  return people[0]?.slug;
}

/** Open items as the panel shows them: at most `max`, each text cut to the protocol's limit. */
export function capItems<T extends OpenItemView>(items: readonly T[], max: number): T[] {
  return items.slice(0, max).map((item) => ({ ...item, text: capText(item.text) }));
}

/**
 * The `people` message's content within the protocol's limits: at most LIMITS.people people
 * (names cut), at most LIMITS.allOpenItems open items (texts cut), so one huge note or folder
 * cannot make a message the webview chokes on.
 */
export function peopleMessage(people: readonly PersonSummary[], openItems: readonly (OpenItemView & { person: string })[], problems: readonly string[] = []) {
  return {
    people: people.slice(0, LIMITS.people).map((p) => ({ ...p, name: capText(p.name) })),
    openItems: capItems(openItems, LIMITS.allOpenItems),
    problems: problems.slice(0, LIMITS.problems).map((p) => capText(p)),
  };
}
