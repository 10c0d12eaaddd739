// Bench section "completion": a 10,000-prompt pack derived from the bundled
// prompts: index build time, then per keystroke queryIndex and
// usedInDocument on a 200-line note.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TARGETS } from './budget.mjs';
import { bundle, findInDist } from './build.mjs';
import { stats } from './stats.mjs';

/** Deterministic PRNG (mulberry32), so every run benches the same pack and note. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` prompts from the bundled ones: the originals, then copies with an id suffix
 * (`.v<k>`) and two words of the text swapped for words drawn from the whole pack, so
 * texts vary like a real large pack's while keeping its vocabulary and tag mix.
 */
function syntheticPack(base, n) {
  const rand = prng(20261123);
  const words = [...new Set(base.prompts.flatMap((p) => p.text.split(/\s+/).filter((w) => /^[a-z]{3,}$/i.test(w))))];
  const prompts = [];
  for (let i = 0; i < n; i++) {
    const p = base.prompts[i % base.prompts.length];
    const k = Math.floor(i / base.prompts.length);
    if (k === 0) { prompts.push(p); continue; }
    const text = p.text.split(' ');
    for (let j = 0; j < 2; j++) text[Math.floor(rand() * text.length)] = words[Math.floor(rand() * words.length)];
    prompts.push({ ...p, id: `${p.id}.v${k}`, text: text.join(' ') });
  }
  return { ...base, prompts };
}

/** A 200-line 1:1 note: front matter, headings, prose, and prompts and checklist items already asked. */
function syntheticNote(pack) {
  const rand = prng(7);
  const prompts = pack.prompts.filter((p) => p.for === 'one-on-one');
  const items = pack.checklists.flatMap((c) => c.items);
  const lines = ['---', 'person: alice-nguyen', 'date: 2026-11-23', 'kind: one-on-one', '---', '', '# 1:1 with Alice, 2026-11-23', ''];
  while (lines.length < 200) {
    const r = rand();
    if (lines.length % 25 === 0) lines.push('', `## Topic ${lines.length / 25}`, '');
    else if (r < 0.2) lines.push(`- ${prompts[Math.floor(rand() * prompts.length)].text}`);
    else if (r < 0.3) lines.push(`- [ ] ${items[Math.floor(rand() * items.length)].text}`);
    else if (r < 0.4) lines.push('');
    else lines.push(`  - She said the ${['rollout', 'on-call rota', 'design doc', 'roadmap', 'hiring loop'][Math.floor(rand() * 5)]} went ${['fine', 'badly', 'better than last time'][Math.floor(rand() * 3)]}; follow up next week.`);
  }
  return lines.slice(0, 200).join('\n');
}

/** What a user types after `;;`: every prefix of these phrases is one request, as on each keystroke. */
const TYPED = ['', 'us', 'w', 'team', 'risk', 'users problem', 'launch', 'why', 'career growth', 'on-call', 'dr.problem', 'feedback', 'cost of waiting', 'what would', 'rollback plan'];
function keystrokeQueries() {
  const out = new Set(['']);
  for (const phrase of TYPED) for (let i = 1; i <= phrase.length; i++) out.add(phrase.slice(0, i));
  return [...out];
}
/** `dir`: scratch directory for the bundled completion code. */
export async function completion(dir) {
  const mod = await bundle(dir, 'completion', [
    "export { buildCompletionIndex, queryIndex } from './src/core/completions/completionIndex';",
    "export { usedInDocument } from './src/core/markdown/promptUse';",
  ].join('\n'));
  const base = JSON.parse(readFileSync(findInDist('content.json'), 'utf8'));
  const pack = syntheticPack(base, 10_000);

  const builds = [];
  let index;
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    index = mod.buildCompletionIndex(pack);
    builds.push(performance.now() - t0);
  }

  const note = syntheticNote(pack);
  const queries = keystrokeQueries();
  const opts = (asked) => ({ askedInNote: asked, limit: 50, prefer: 'one-on-one' });
  // First calls: usedInDocument builds its per-index lookup table, queryIndex runs cold.
  let t0 = performance.now();
  const asked = mod.usedInDocument(note, index.entries);
  const firstAsked = performance.now() - t0;
  t0 = performance.now();
  mod.queryIndex(index, 'team', opts(asked));
  const firstQuery = performance.now() - t0;

  const WARM = 5;
  const ROUNDS = 20;
  const askedTimes = [];
  const queryTimes = [];
  const both = [];
  const perQuery = new Map(queries.map((q) => [q, []]));
  const perKeystroke = new Map(queries.map((q) => [q, []]));
  let sink = 0;
  for (let round = 0; round < WARM + ROUNDS; round++) {
    for (const q of queries) {
      const a = performance.now();
      const inNote = mod.usedInDocument(note, index.entries);
      const b = performance.now();
      const hits = mod.queryIndex(index, q, opts(inNote));
      const c = performance.now();
      sink += hits.length + inNote.size;
      if (round < WARM) continue;
      askedTimes.push(b - a);
      queryTimes.push(c - b);
      both.push(c - a);
      perQuery.get(q).push(c - b);
      perKeystroke.get(q).push(c - a);
    }
  }
  if (sink === 0) throw new Error('completion bench found nothing: the synthetic pack is broken');
  const medians = [...perQuery].map(([q, t]) => ({ query: q, median: stats(t).median })).sort((a, b) => b.median - a.median);
  const slowest = medians.slice(0, 5);
  const query = stats(queryTimes);
  const total = stats(both);
  return {
    entries: index.entries.length,
    prompts: pack.prompts.length,
    vocabulary: index.vocabulary.length,
    build: { first: builds[0], ...stats(builds.slice(1)) },
    note: { lines: note.split('\n').length, askedEntries: asked.size },
    queries: queries.length,
    rounds: ROUNDS,
    firstAskedInDocument: firstAsked,
    firstQuery,
    queryIndex: query,
    usedInDocument: stats(askedTimes),
    perKeystroke: total,
    // Each query's median over the rounds, then their p95: what the queries cost, with
    // the machine's preemptions and GC pauses (which land in the raw p95) filtered out.
    queryMedians: stats(medians.map((m) => m.median)),
    slowestQueries: slowest,
    perQueryMedians: Object.fromEntries(medians.map((m) => [m.query, m.median])),
    shortPrefixes: Object.fromEntries(['d', 'dr', 'u', 'us', 'r', 'w'].map((q) => [q, stats(perKeystroke.get(q))])),
    withinTarget: total.p99 < TARGETS.completionP99Ms && total.max < TARGETS.completionMaxMs,
  };
}

// ---------------------------------------------------------------------------
