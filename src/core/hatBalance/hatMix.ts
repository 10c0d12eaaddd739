/**
 * The hat mix of a note: which prompts of the content model a 1:1 or design-review note holds,
 * split by hat (lead / manage / both) and by why / how, and its open and closed action items.
 * Pure and linear in the note's length. A prompt is in a note when its text starts a line
 * (core/markdown/promptUse.ts, the one definition) or when the asked log says it was asked in
 * that note's scope on the note's day; a prompt found both ways counts once.
 *
 * A note with no known prompt has the mix `'none'` ("no prompts", as a hand-written note is),
 * never zero of each: a chart or a nudge must not read it as a meeting that asked nothing.
 */
import type { Prompt } from '../content/schema';
import { usedInDocument } from '../markdown/promptUse';
import { taskItems } from '../markdown/markdownScan';

/** How many prompts asked why and how, and how many wore each hat; each prompt counts once on each axis. */
export interface HatCounts {
  readonly why: number;
  readonly how: number;
  readonly lead: number;
  readonly manage: number;
  readonly both: number;
}

/** What a note's text alone says: the prompts it holds and its task items. Cacheable by the file's modification time. */
export interface NoteScan {
  /** Ids of the known prompts whose text starts a line, in content order. */
  readonly used: readonly string[];
  /** Task items that are not prompts, unchecked and checked. */
  readonly open: number;
  readonly closed: number;
}

/** A note's hat mix. `prompts` is `'none'` when the note holds no known prompt. */
export interface NoteMix {
  readonly prompts: HatCounts | 'none';
  /** Ids of the prompts counted, in content order; empty exactly when `prompts` is `'none'`. */
  readonly ids: readonly string[];
  readonly open: number;
  readonly closed: number;
}

interface Index {
  readonly byId: ReadonlyMap<string, Prompt>;
  /** Content order of each prompt id. */
  readonly order: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<readonly Prompt[], Index>();

function indexOf(prompts: readonly Prompt[]): Index {
  let index = indexes.get(prompts);
  if (!index) {
    index = { byId: new Map(prompts.map((p) => [p.id, p])), order: new Map(prompts.map((p, i) => [p.id, i])) };
    indexes.set(prompts, index);
  }
  return index;
}

function inContentOrder(ids: Iterable<string>, prompts: readonly Prompt[]): string[] {
  const { order } = indexOf(prompts);
  return [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

/**
 * Reads a note's text: the prompts it holds and its action items. A task item whose text is a
 * prompt (`- [ ] <prompt>`, as snippets and templates write them) is a prompt, not an action item.
 * Front matter and fenced code count for nothing; CRLF, CR and LF all end lines.
 */
export function scanNote(text: string, prompts: readonly Prompt[]): NoteScan {
  const used = usedInDocument(text, prompts);
  let open = 0;
  let closed = 0;
  for (const item of taskItems(text)) {
    if (used.size > 0 && usedInDocument(item.text, prompts).size > 0) continue;
    if (item.checked) closed++;
    else open++;
  }
  return { used: inContentOrder(used, prompts), open, closed };
}

/** Counts `ids` (known prompt ids) by hat and by why/how. */
export function countMix(ids: Iterable<string>, prompts: readonly Prompt[]): HatCounts {
  const known = indexOf(prompts).byId;
  const counts = { why: 0, how: 0, lead: 0, manage: 0, both: 0 };
  for (const id of ids) {
    const p = known.get(id);
    if (!p) continue;
    counts[p.asks]++;
    counts[p.hat]++;
  }
  return counts;
}

/**
 * The mix of a scanned note with the prompts the asked log holds for it (`asked`: ids, see
 * askedOnDay for 1:1 notes); a prompt both in the text and in the log counts once, and ids the
 * content no longer has are left out.
 */
export function mixOf(scan: NoteScan, asked: Iterable<string>, prompts: readonly Prompt[]): NoteMix {
  const known = indexOf(prompts).byId;
  const ids = new Set(scan.used.filter((id) => known.has(id)));
  for (const id of asked) if (known.has(id)) ids.add(id);
  const sorted = inContentOrder(ids, prompts);
  return { prompts: sorted.length === 0 ? 'none' : countMix(sorted, prompts), ids: sorted, open: scan.open, closed: scan.closed };
}

/**
 * The asked-log entries that belong to the 1:1 note dated `date`: prompts asked to the person on
 * that day. The log keeps the last day each prompt was asked, so an earlier ask of a prompt asked
 * again later is found in the earlier note's text, never twice.
 */
export function askedOnDay(asked: Readonly<Record<string, string>>, date: string): string[] {
  return Object.keys(asked).filter((id) => asked[id] === date);
}

/** The sum of several mixes' counts; notes with no prompts add nothing. */
export function totalCounts(mixes: Iterable<{ readonly prompts: HatCounts | 'none' }>): HatCounts {
  const total = { why: 0, how: 0, lead: 0, manage: 0, both: 0 };
  for (const { prompts } of mixes) {
    if (prompts === 'none') continue;
    for (const key of ['why', 'how', 'lead', 'manage', 'both'] as const) total[key] += prompts[key];
  }
  return total;
}
