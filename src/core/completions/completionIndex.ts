/**
 * The search index behind markdown completions: built once per content change, queried per
 * keystroke. Entries' lower-cased keys form one sorted vocabulary with posting lists, so a
 * query costs binary searches and the postings it hits, never a scan of every text. Pure.
 */
import { labelOf, type ContentSet } from '../content/contentSet';
import type { Hat, Meeting } from '../content/schema';
import { escapeMarkdown } from '../markdown/escapeMarkdown';

/** A prompt or a checklist item, ready for a completion item. */
export interface CompletionEntry {
  readonly id: string;
  readonly kind: 'prompt' | 'checklist-item';
  readonly text: string;
  readonly hat: Hat;
  readonly meeting: Meeting;
  /** Hat · asks · phase (or category), e.g. `Leader · Why · Problem`; for items hat · moment · checklist. */
  readonly detail: string;
  /** Markdown: the full text, where it belongs, its tags and id. */
  readonly documentation: string;
  /** Distinct lower-cased search keys: words of the text, id, tags and labels. */
  readonly keys: readonly string[];
}

/** Built by {@link buildCompletionIndex}; apart from `entries` (content order) the fields are its internals. */
export interface CompletionIndex {
  readonly entries: readonly CompletionEntry[];
  /** Every distinct key, sorted; `postings[i]` lists (ascending) the entries holding `vocabulary[i]`. */
  readonly vocabulary: readonly string[];
  readonly postings: readonly (readonly number[])[];
  /** `postingsBefore[i]`: total postings of keys before `i`, so a key range's size is one subtraction. */
  readonly postingsBefore: Int32Array;
  /** The vocabulary joined by newlines and where each key starts: substring search is one `indexOf` loop. */
  readonly joined: string;
  readonly offsets: Int32Array;
  /** Each meeting's own keys, sorted: tells cheaply whether a preferred entry can match at all. */
  readonly meetingKeys: Readonly<Record<Meeting, readonly string[]>>;
}

/** How to rank a query's results. */
export interface QueryOptions {
  /** Ids or texts of entries already in the note: they rank after the rest. */
  readonly askedInNote: ReadonlySet<string>;
  /** At most this many results (default 50). */
  readonly limit?: number;
  /** The note's meeting kind, when known: its entries win ties. */
  readonly prefer?: Meeting;
}

const MEETING_KEYS: Record<Meeting, string> = { 'one-on-one': 'one-on-one 1:1 1on1', 'design-review': 'design-review' };

/** Lower-cased words; joined words (`on-call`, `dr.problem.x`, `1:1`) are kept whole and in parts. */
function tokens(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}.:_-]+/u)) {
    const token = raw.replace(/^[.:_-]+|[.:_-]+$/g, '');
    if (!token) continue;
    out.push(token);
    if (/[.:_-]/.test(token)) out.push(...token.split(/[.:_-]+/).filter(Boolean));
  }
  return out;
}

/** Builds the index; entries are prompts in content order, then checklist items. */
export function buildCompletionIndex(content: ContentSet): CompletionIndex {
  const t = content.taxonomy;
  const entries: CompletionEntry[] = [];
  // Labels and tags repeat across thousands of entries: each distinct one is tokenized once.
  const memo = new Map<string, string[]>();
  /** Keys: words of the text and id, the detail's labels (hat, asks, phase, …), meeting, tags and `more` ids. */
  const add = (e: Omit<CompletionEntry, 'keys' | 'documentation'>, tags: readonly string[], more: string[], followUp?: string): void => {
    const keys = new Set([...tokens(e.text), ...tokens(e.id)]);
    for (const s of [e.detail, e.hat, MEETING_KEYS[e.meeting], ...tags, ...more]) for (const k of memo.get(s) ?? memo.set(s, tokens(s)).get(s)!) keys.add(k);
    // Pack text is data, never markdown: escaped, so it cannot show an image or a link.
    const tagLine = tags.length > 0 ? `\n\n${escapeMarkdown(tags.map((tag) => `#${tag}`).join(' '))}` : '';
    const followLine = followUp ? `\n\n${escapeMarkdown(`↳ ${followUp}`)}` : '';
    const documentation = `${escapeMarkdown(e.text)}${followLine}\n\n*${escapeMarkdown(`${labelOf(t.meetings, e.meeting)} · ${e.detail}`)}*${tagLine}\n\n${escapeMarkdown(e.id)}`;
    entries.push({ ...e, documentation, keys: [...keys] });
  };
  for (const p of content.prompts) {
    const where = p.for === 'design-review' ? [labelOf(t.phases, p.phase)] : [labelOf(t.categories, p.category), labelOf(t.depths, p.depth)];
    const detail = [labelOf(t.hats, p.hat), labelOf(t.asks, p.asks), ...where].join(' · ');
    const more = p.for === 'design-review' ? [p.phase] : [p.category, p.depth];
    add({ id: p.id, kind: 'prompt', text: p.text, hat: p.hat, meeting: p.for, detail }, p.tags ?? [], [p.asks, 'prompt', ...more], p.followUp);
  }
  for (const list of content.checklists) {
    for (const item of list.items) {
      const detail = `${labelOf(t.hats, item.hat)} · ${labelOf(t.moments, item.when)} · ${list.title}`;
      add({ id: item.id, kind: 'checklist-item', text: item.text, hat: item.hat, meeting: list.for, detail }, [], [item.when, list.id, 'checklist']);
    }
  }
  const byKey = new Map<string, number[]>();
  entries.forEach((e, n) => e.keys.forEach((k) => (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(n)));
  const vocabulary = [...byKey.keys()].sort();
  const postings = vocabulary.map((k) => byKey.get(k)!);
  const postingsBefore = new Int32Array(vocabulary.length + 1);
  const offsets = new Int32Array(vocabulary.length + 1);
  vocabulary.forEach((k, v) => {
    postingsBefore[v + 1] = postingsBefore[v]! + postings[v]!.length;
    offsets[v + 1] = offsets[v]! + k.length + 1;
  });
  const meetingKeys = { 'one-on-one': new Set<string>(), 'design-review': new Set<string>() };
  for (const e of entries) for (const k of e.keys) meetingKeys[e.meeting].add(k);
  return {
    entries, vocabulary, postings, postingsBefore, joined: vocabulary.join('\n'), offsets,
    meetingKeys: { 'one-on-one': [...meetingKeys['one-on-one']].sort(), 'design-review': [...meetingKeys['design-review']].sort() },
  };
}

/** First index in the sorted `xs` whose value is not less than `x`. */
function lowerBound<T extends string | number>(xs: ArrayLike<T>, x: T): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One query word: `best` is the top score an entry can get (3 = a key equals it, 2 = a key
 * starts with it, 1 = a key contains it); `marks` holds each entry's score. A word hitting
 * over half the entries (`r`, `the`) gets no marks: checking the few entries the early-ending
 * scan visits costs less than marking them all.
 */
type WordPlan = { readonly word: string; readonly best: number; readonly marks?: Uint8Array };

function plan(index: CompletionIndex, word: string, substrings: boolean): WordPlan | undefined {
  const { vocabulary, postings, postingsBefore, offsets } = index;
  const lo = lowerBound(vocabulary, word);
  const hi = lowerBound(vocabulary, `${word}\uffff`);
  const exact = vocabulary[lo] === word;
  const best = lo < hi ? (exact ? 3 : 2) : 1;
  if (!substrings && lo === hi) return undefined;
  if (!substrings && postingsBefore[hi]! - postingsBefore[lo]! > index.entries.length / 2) return { word, best };
  const marks = new Uint8Array(index.entries.length);
  const mark = (v: number, score: number): void => {
    for (const e of postings[v]!) if (marks[e]! < score) marks[e] = score;
  };
  for (let v = lo; v < hi; v++) mark(v, v === lo && exact ? 3 : 2);
  if (substrings && word.length >= 3) {
    for (let at = index.joined.indexOf(word); at >= 0; ) {
      const v = lowerBound(offsets, at + 1) - 1;
      if (at > offsets[v]!) mark(v, 1);
      at = index.joined.indexOf(word, offsets[v + 1]!);
    }
  }
  return { word, best, marks };
}

/** The best score `word` gets against the sorted `keys`: 3 equal, 2 prefix, 1 substring (when searched), 0 none. */
function bestScore(keys: readonly string[], word: string, substrings: boolean): number {
  const at = keys[lowerBound(keys, word)];
  if (at === word) return 3;
  if (at?.startsWith(word)) return 2;
  return substrings && keys.some((k) => k.includes(word)) ? 1 : 0;
}

/** The score of a word without marks, from the entry's keys (a function, so the hot loop below captures nothing). */
function keyScore(keys: readonly string[], word: string): number {
  return keys.includes(word) ? 3 : keys.some((k) => k.startsWith(word)) ? 2 : 0;
}

/** An entry's summed score over the query words, 0 when some word does not match. */
function quality(plans: readonly WordPlan[], entry: CompletionEntry, n: number): number {
  let sum = 0;
  for (const p of plans) {
    const s = p.marks ? p.marks[n]! : keyScore(entry.keys, p.word);
    if (s === 0) return 0;
    sum += s;
  }
  return plans.length === 0 ? 1 : sum;
}

const FRESH = 1_000_000;

/**
 * Entries matching every word of `query` (empty: all), best first: not yet asked in the note,
 * better match (exact key such as an id > prefix > substring, summed over words), preferred
 * meeting, content order. Substrings are only searched when prefixes leave fewer than `limit`
 * unasked results (they rank after those). Cost: the postings of narrow words, plus a scan
 * in content order that stops once `limit` entries have the best possible rank.
 */
export function queryIndex(index: CompletionIndex, query: string, opts: QueryOptions): CompletionEntry[] {
  const limit = opts.limit ?? 50;
  const words = query.toLowerCase().replace(/['’]/g, '').split(/\s+/).filter(Boolean);
  const ranked = search(index, words, opts, limit, false);
  if (ranked.unasked >= limit || !words.some((w) => w.length >= 3)) return ranked.entries;
  return search(index, words, opts, limit, true).entries;
}

function search(index: CompletionIndex, words: readonly string[], opts: QueryOptions, limit: number, substrings: boolean): { entries: CompletionEntry[]; unasked: number } {
  const plans = words.map((w) => plan(index, w, substrings));
  if (!plans.every((p): p is WordPlan => p !== undefined)) return { entries: [], unasked: 0 };
  // Marked words first: they reject most entries for the price of an array read.
  plans.sort((a, b) => (a.marks ? 0 : 1) - (b.marks ? 0 : 1));
  // The best rank an entry can reach: the top score of any entry, or the preferred meeting's own
  // top score plus the preference, whichever is higher. Counting the preference on top of a score
  // only other meetings' entries reach would keep the scan from ever stopping early (`;;dr` in a
  // 1:1 note: `dr` is a whole key of design-review ids only, so it scanned every entry).
  const anyTop = Math.max(1, plans.reduce((s, p) => s + p.best, 0)) * 2;
  const preferredBests = opts.prefer ? words.map((w) => bestScore(index.meetingKeys[opts.prefer!], w, substrings)) : [];
  const preferredTop = opts.prefer && preferredBests.every((b) => b > 0) ? Math.max(1, preferredBests.reduce((s, b) => s + b, 0)) * 2 + 1 : 0;
  const top = FRESH + Math.max(anyTop, preferredTop);
  // Buckets by rank key, each capped at `limit`: entries arrive in content order, so no sort of the candidates is needed.
  const buckets = new Map<number, CompletionEntry[]>();
  let unasked = 0;
  for (let n = 0; n < index.entries.length; n++) {
    const e = index.entries[n]!;
    const q = quality(plans, e, n);
    if (q === 0) continue;
    const fresh = !opts.askedInNote.has(e.id) && !opts.askedInNote.has(e.text);
    if (fresh) unasked++;
    const key = (fresh ? FRESH : 0) + q * 2 + (e.meeting === opts.prefer ? 1 : 0);
    const bucket = buckets.get(key) ?? buckets.set(key, []).get(key)!;
    if (bucket.length < limit) bucket.push(e);
    if (key === top && bucket.length === limit) break;
  }
  const entries = [...buckets.keys()].sort((a, b) => b - a).flatMap((k) => buckets.get(k)!).slice(0, limit);
  return { entries, unasked };
}
