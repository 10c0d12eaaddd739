/**
 * How much team content Two Hats loads, so a repository cannot slow the editor down with its
 * packs. Over a limit, a pack is reported in the Problems panel and ignored (SECURITY.md).
 */
import type { Pack } from './schema';

export const PACK_LIMITS = {
  /** Pack files loaded; the rest, in path order, are reported and ignored. */
  files: 50,
  /** Size of one pack file. */
  bytes: 5 * 1024 * 1024,
  /** Items in one pack: prompts, checklists and their items, situations, templates, shifts. */
  items: 20_000,
} as const;

/** Every item a pack holds, parts of checklists and shifts included. */
export function packItemCount(pack: Pack): number {
  return (pack.prompts?.length ?? 0)
    + (pack.checklists ?? []).reduce((n, c) => n + 1 + c.items.length, 0)
    + (pack.situations?.length ?? 0)
    + (pack.templates?.length ?? 0)
    + (pack.transitions ?? []).reduce((n, t) => n + 1 + t.reflections.length, 0);
}
