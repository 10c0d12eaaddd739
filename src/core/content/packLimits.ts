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
  /** Items in one pack: every element of every list in it (prompts, checklist items, signals, moves, tags, template lines, keywords…). */
  items: 20_000,
} as const;

/** Every element of every list a pack holds, at any depth: nothing a pack lists escapes the limit. One walk, no recursion. */
export function packItemCount(pack: Pack): number {
  let count = 0;
  const stack: unknown[] = [pack];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      count += value.length;
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return count;
}
