/** Pure rules behind the panel: UI state, checklist resets, question-bank order, situation filter. */
import type { Situation } from '../content/schema';
import type { AgedItem } from '../notes/carryOver';
import type { Person } from '../people/person';
import { capText, LIMITS, type OpenItemView, type PersonSummary } from './protocol';
import type { PanelUiState } from './uiState';

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

/** Situations whose title, summary, signals, moves or tags contain every word of `query`. */
export function filterSituations(situations: readonly Situation[], query: string): Situation[] {
  // Each word once: a query of the same word typed a thousand times asks one thing.
  const words = [...new Set(query.toLowerCase().split(/\s+/).filter(Boolean))];
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

/** A count the protocol carries (days, ages), clamped to its bounds so one typo'd date never drops a whole message. */
export function clampCount(n: number): number {
  return Math.max(-LIMITS.count, Math.min(LIMITS.count, Math.round(n)));
}

/** Open items as the panel shows them: at most `max`, each text cut and its age clamped to the protocol's limits. */
export function capItems<T extends AgedItem>(items: readonly T[], max: number): (T & OpenItemView)[] {
  return items.slice(0, max).map((item) => ({ ...item, text: capText(item.text), age: clampCount(item.age) }));
}

/** A person as the `people` message carries them: name cut, counts clamped. */
export function personView(p: Person): PersonSummary {
  return {
    ...p, name: capText(p.name),
    ...(p.days === undefined ? {} : { days: clampCount(p.days) }),
    ...(p.overdue === undefined ? {} : { overdue: clampCount(p.overdue) }),
  };
}

/**
 * The `people` message's content within the protocol's limits: at most LIMITS.people people
 * (names cut), at most LIMITS.allOpenItems open items (texts cut), counts clamped, so one huge
 * note, folder or typo'd date cannot make a message the webview refuses.
 */
export function peopleMessage(people: readonly Person[], openItems: readonly (AgedItem & { person: string })[], problems: readonly string[] = []) {
  return {
    people: people.slice(0, LIMITS.people).map(personView),
    openItems: capItems(openItems, LIMITS.allOpenItems),
    problems: problems.slice(0, LIMITS.problems).map((p) => capText(p)),
  };
}
