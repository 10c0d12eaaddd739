// Bench section "mentions": links from code to decisions (issue 24) on a 10,000-line TypeScript
// file with no mention, and on one with 500 (ADR and RFC numbers and relative links in comments),
// against 400 decisions (200 ADRs, 200 RFCs). Times what the editor pays per request: the activation shell's
// prefilter over the whole text (mayMention), and the provider's pass (each line's prefilter,
// its linkable mentions, each resolved to a decision).

import { performance } from 'node:perf_hooks';
import { bundle } from './build.mjs';
import { stats } from './stats.mjs';

const LINES = 10_000;
const MENTIONS = 500;
const ROUNDS = 30;

/** A line of ordinary code, the `i`-th: no `adr`, `rfc` or `.md` in any case. */
const codeLine = (i) => `  const value${i} = compute(input[${i}], { retries: ${i % 7}, label: 'batch-${i}' }); // keep the queue moving`;

function file(mentions) {
  const lines = [];
  const every = mentions > 0 ? Math.floor(LINES / mentions) : Infinity;
  for (let i = 0; i < LINES; i++) {
    if (mentions > 0 && i % every === 0) {
      const n = (i / every) % 200 + 1;
      const kind = (i / every) % 3;
      lines.push(kind === 0 ? `  // Decided in ADR-${String(n).padStart(4, '0')}.` : kind === 1 ? `  // See rfc ${n}.` : `  // See ../docs/adr/${String(n).padStart(4, '0')}-decision-${n}.md for why.`);
    } else lines.push(codeLine(i));
  }
  return lines;
}

/** `dir`: scratch directory for the bundled core code. */
export async function mentions(dir) {
  const mod = await bundle(dir, 'mentions', [
    "export { mayMention } from './src/core/decisions/mentions';",
    "export { linkableMentions } from './src/core/decisions/codeMentions';",
    "export { resolveMention } from './src/core/decisions/resolveDecision';",
  ].join('\n'));
  const decisions = [];
  for (let n = 1; n <= 200; n++) {
    const path = `docs/adr/${String(n).padStart(4, '0')}-decision-${n}.md`;
    const common = { status: { kind: 'accepted', text: 'accepted' }, statusSource: 'frontMatter', deciders: [], reviewers: [], supersedes: [], problems: [] };
    decisions.push({ path, title: `Decision ${n}`, kind: 'adr', number: n, ...common }, { path: `docs/rfc/rfc-${n}.md`, title: `RFC ${n}`, kind: 'rfc', number: n, ...common });
  }
  const run = (lines) => {
    const text = lines.join('\n');
    const a = performance.now();
    const may = mod.mayMention(text);
    const b = performance.now();
    let links = 0;
    if (may) {
      for (const line of lines) {
        if (!mod.mayMention(line)) continue;
        for (const m of mod.linkableMentions(line, 'typescript')) if (mod.resolveMention(m, decisions, 'src/file.ts')) links++;
      }
    }
    return { prefilter: b - a, total: performance.now() - a, links };
  };
  const out = {};
  for (const [name, count] of [['none', 0], ['mentions', MENTIONS]]) {
    const lines = file(count);
    const samples = [];
    let links = 0;
    for (let i = 0; i < 5 + ROUNDS; i++) {
      const r = run(lines);
      links = r.links;
      if (i >= 5) samples.push(r);
    }
    out[name] = { lines: LINES, links, prefilter: stats(samples.map((s) => s.prefilter)), total: stats(samples.map((s) => s.total)) };
  }
  if (out.mentions.links !== MENTIONS) throw new Error(`mentions bench: expected ${MENTIONS} links, found ${out.mentions.links}`);
  if (out.none.links !== 0) throw new Error(`mentions bench: expected no link in the file without mentions, found ${out.none.links}`);
  return { rounds: ROUNDS, decisions: decisions.length, ...out };
}
