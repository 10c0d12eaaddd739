#!/usr/bin/env node
// A seeded random sample of the bundled prompts, for the sample read in docs/content.md: a lead
// reads each prompt as before a real meeting and scores it 1 to 5 for being specific to
// engineering work. Not shipped; reads the built dist/content.json (run `node esbuild.mjs` first).
//
//   node scripts/contentSample.mjs [--seed N] [--one-on-one N] [--design N]
//
//   --seed N        any integer; the same seed and content give the same sample (default 1)
//   --one-on-one N  1:1 prompts to draw (default 40)
//   --design N      design-review prompts to draw (default 25)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value)) throw new Error(`--${name} needs an integer`);
  return value;
}

/** mulberry32: a small seeded generator, enough to draw a sample that others can repeat. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` items of `list` without repeats, in the order drawn (a partial Fisher-Yates shuffle). */
function draw(list, n, random) {
  const pool = [...list];
  const count = Math.min(n, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

const file = join(import.meta.dirname, '..', 'dist', 'content.json');
if (!existsSync(file)) {
  console.error('dist/content.json is missing: run `node esbuild.mjs` first.');
  process.exit(1);
}
const { prompts } = JSON.parse(readFileSync(file, 'utf8'));
const seed = option('seed', 1);
const random = generator(seed);
const sample = [
  ['1:1', draw(prompts.filter((p) => p.for === 'one-on-one'), option('one-on-one', 40), random), (p) => `${p.category}/${p.depth}`],
  ['design review', draw(prompts.filter((p) => p.for === 'design-review'), option('design', 25), random), (p) => p.phase],
];
console.log(`Seed ${seed}: score each prompt 1 to 5 for being specific to engineering work.`);
for (const [bank, picked, where] of sample) {
  console.log(`\n${bank} (${picked.length})`);
  picked.forEach((p, i) => {
    console.log(`${String(i + 1).padStart(2)}. [${where(p)}, ${p.hat}/${p.asks}] ${p.text}${p.followUp ? ` / ${p.followUp}` : ''}  (${p.id})`);
  });
}
