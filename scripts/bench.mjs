#!/usr/bin/env node
// `npm run bench`: measures Two Hats against the performance budget in
// shared/DESIGN.md and reports medians (and ratios where there is something to
// compare with). It only measures: nothing here passes or fails on a timing.
//
//   node scripts/bench.mjs [--samples N] [--only sizes,load,content,completion,vscode] [--build]
//
//   --samples N  page loads measured in VS Code (default 7), after one warm-up load
//   --only       run some sections: sizes, load, content, completion, vscode (activation + panel)
//   --build      rebuild first (`npm run package:test`); done anyway when dist/ or the
//                VSIX is missing or older than src/, content/ or package.json
//
// Sections:
//   sizes       dist/extension.js, webview.js, yaml.js (lazy chunk), content.json, the VSIX
//   load        require() of dist/extension.js vs the empty extension in fresh Node processes
//               (vscode stubbed): the code-loading share of activation, without the host
//   content     read + JSON.parse of dist/content.json (what ContentService does on first
//               use) vs validating content/ with the zod/mini schema (what the build does)
//   completion  a 10,000-prompt pack derived from the bundled prompts: index build time,
//               then per keystroke queryIndex and askedInDocument on a 200-line note
//   vscode      one code-server (127.0.0.1) with Two Hats, an empty extension
//               (test/bench/empty-extension) and the bench driver (test/bench/host-extension).
//               Each page load, in a fresh browser context, gets a fresh extension host in
//               which the driver activates both extensions cold; then the Two Hats view is
//               opened from the activity bar and its webview timed from the click.
//
// Prints a table at the end and writes everything (raw samples too) to test-output/bench.json.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, playwright, startCodeServer, tempDir } from './code-server.mjs';
import { vscodePaths } from './setup-vscode.mjs';
import { asVsix } from '../test/harness/vsix.mjs';
import { openView } from '../test/harness/e2e.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = join(root, 'test-output');

const { values: opt } = parseArgs({
  options: {
    samples: { type: 'string', default: '7' },
    only: { type: 'string' },
    build: { type: 'boolean', default: false },
  },
});
const SECTIONS = ['sizes', 'load', 'content', 'completion', 'vscode'];
const only = new Set(opt.only ? opt.only.split(',').map((s) => s.trim()) : SECTIONS);
for (const s of only) if (!SECTIONS.includes(s)) { console.error(`unknown section "${s}" (have: ${SECTIONS.join(', ')})`); process.exit(2); }
const SAMPLES = Math.max(1, Number(opt.samples) || 7);

const EXTENSION_ID = 'two-hats.two-hats';
const EMPTY_ID = 'two-hats.bench-empty';
const KB = 1024;
const TARGETS = { extensionKB: 100, webviewKB: 60, activationRatio: 1.5, completionP95Ms: 1, panelMs: 150 };

const say = (m) => console.log(`[bench] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------
// Statistics

function stats(xs) {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return { n: 0 };
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, median, p95: at(0.95), min: s[0], max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}
const round = (x, d = 3) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);
const roundAll = (o) => JSON.parse(JSON.stringify(o, (_, v) => (typeof v === 'number' ? round(v) : v)));
const ms = (x, d = 2) => (Number.isFinite(x) ? `${x.toFixed(d)} ms` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a');
const verdict = (ok) => (ok === undefined ? '' : ok ? '  [within target]' : '  [OVER target]');

// ---------------------------------------------------------------------------
// Build

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const name of readdirSync(p)) m = Math.max(m, newestMtime(join(p, name)));
  return m;
}

/** Where the build put `name` under dist/ (shallowest first), e.g. dist/webview/webview.js; undefined if nowhere. */
function findInDist(name, dir = join(root, 'dist')) {
  if (!existsSync(dir)) return undefined;
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name === name)) return join(dir, name);
  for (const e of entries) {
    const found = e.isDirectory() ? findInDist(name, join(dir, e.name)) : undefined;
    if (found) return found;
  }
  return undefined;
}

const ARTIFACTS = ['extension.js', 'webview.js', 'yaml.js', 'content.json'];

function ensureBuilt() {
  const artifacts = [...ARTIFACTS.map((f) => findInDist(f) ?? join(root, 'dist', f)), join(root, 'two-hats.vsix')];
  const missing = artifacts.filter((f) => !existsSync(f));
  const sources = Math.max(...['src', 'content', 'media', 'package.json', 'package.nls.json', 'esbuild.mjs'].map((f) => newestMtime(join(root, f))));
  const oldest = missing.length ? 0 : Math.min(...artifacts.map((f) => statSync(f).mtimeMs));
  const why = opt.build ? '--build' : missing.length ? `missing ${missing.map((f) => f.slice(root.length + 1)).join(', ')}` : sources > oldest ? 'sources are newer than the build' : '';
  if (!why) return;
  say(`building (${why}): npm run package:test`);
  const r = spawnSync('npm', ['run', 'package:test'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run package:test failed:\n${r.stdout}${r.stderr}`);
  const still = [...ARTIFACTS.filter((f) => !findInDist(f)), ...(existsSync(join(root, 'two-hats.vsix')) ? [] : ['two-hats.vsix'])];
  if (still.length) throw new Error(`the build did not produce ${still.join(', ')} (another build running in this work tree?)`);
}

/** Bundles `contents` (TypeScript importing from src/) to an ES module in `dir` and imports it. */
async function bundle(dir, name, contents, { minify = true, time = false } = {}) {
  const esbuild = await import('esbuild');
  const outfile = join(dir, `${name}.mjs`);
  // As esbuild.mjs builds the extension: minified, es2022, for Node.
  await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' }, outfile, bundle: true, minify, platform: 'node', format: 'esm',
    target: 'es2022', logLevel: 'warning', legalComments: 'none',
  });
  const t0 = performance.now();
  const mod = await import(pathToFileURL(outfile).href);
  return time ? { ...mod, loadMs: performance.now() - t0 } : mod;
}

// ---------------------------------------------------------------------------
// 1. Bundle sizes

function sizes() {
  const files = [
    { path: findInDist('extension.js'), targetKB: TARGETS.extensionKB },
    { path: findInDist('webview.js'), targetKB: TARGETS.webviewKB },
    { path: findInDist('yaml.js'), note: 'lazy chunk, loaded on the first note read' },
    { path: findInDist('content.json') },
    { path: join(root, 'two-hats.vsix') },
  ];
  return files.map((f) => {
    const bytes = statSync(f.path).size;
    const out = { file: f.path.slice(root.length + 1), bytes, kb: bytes / KB };
    if (f.targetKB) Object.assign(out, { targetKB: f.targetKB, ratio: bytes / KB / f.targetKB, withinTarget: bytes / KB < f.targetKB });
    if (f.note) out.note = f.note;
    return out;
  });
}

// ---------------------------------------------------------------------------
// 1b. Module load outside VS Code: the code-loading part of activation, without the host

function moduleLoad() {
  // The extension host's own Node when code-server is installed, else this one.
  const node = existsSync(vscodePaths().node) ? vscodePaths().node : process.execPath;
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const probe = join(root, 'test', 'bench', 'require-time.js');
  const files = { twoHats: findInDist('extension.js'), empty: join(root, 'test', 'bench', 'empty-extension', 'extension.js') };
  const times = { twoHats: [], empty: [] };
  const RUNS = 15;
  for (let i = 0; i < RUNS; i++) {
    for (const key of i % 2 ? ['empty', 'twoHats'] : ['twoHats', 'empty']) {
      const r = spawnSync(node, [probe, files[key]], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`loading ${files[key]} failed:\n${r.stderr}`);
      times[key].push(Number(r.stdout));
    }
  }
  const twoHats = stats(times.twoHats);
  const empty = stats(times.empty);
  return { node: version, runs: RUNS, twoHats, empty, ratio: ratio(twoHats.median, empty.median) };
}

// ---------------------------------------------------------------------------
// 2. Content load vs build-time validation

async function contentLoad(dir) {
  const file = findInDist('content.json');
  // What ContentService.loadBundled does, with Node's fs in place of workspace.fs.
  const load = async () => {
    const t0 = performance.now();
    const bytes = await readFile(file);
    const t1 = performance.now();
    const set = JSON.parse(new TextDecoder().decode(bytes));
    const t2 = performance.now();
    if (!set.prompts?.length) throw new Error('content.json has no prompts');
    return { read: t1 - t0, parse: t2 - t1, total: t2 - t0 };
  };
  const first = await load();
  const runs = [];
  for (let i = 0; i < 200; i++) runs.push(await load());

  // The build's validation, bundled as esbuild.mjs bundles src/content/buildContent.ts.
  const tool = await bundle(dir, 'buildContent', "export { loadBundledContent } from './src/content/buildContent';", { minify: false, time: true });
  const validate = () => {
    const t = performance.now();
    const { errors, content } = tool.loadBundledContent(join(root, 'content'));
    const d = performance.now() - t;
    if (errors.length) throw new Error(`bundled content is invalid:\n${errors.join('\n')}`);
    return { ms: d, prompts: content.prompts.length };
  };
  const vFirst = validate();
  const vRuns = [];
  for (let i = 0; i < 20; i++) vRuns.push(validate().ms);
  const total = stats(runs.map((r) => r.total));
  const validation = stats(vRuns);
  return {
    bytes: statSync(file).size,
    runs: runs.length,
    first: first.total,
    load: total,
    read: stats(runs.map((r) => r.read)),
    parse: stats(runs.map((r) => r.parse)),
    validation: { runs: vRuns.length, first: vFirst.ms, ...validation, prompts: vFirst.prompts, moduleLoad: tool.loadMs },
    validationOverLoad: ratio(validation.median, total.median),
    firstValidationOverFirstLoad: ratio(vFirst.ms, first.total),
  };
}

// ---------------------------------------------------------------------------
// 3. Completion latency

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
const TYPED = ['', 'team', 'risk', 'users problem', 'launch', 'why', 'career growth', 'on-call', 'dr.problem', 'feedback', 'cost of waiting', 'what would', 'rollback plan'];
function keystrokeQueries() {
  const out = new Set(['']);
  for (const phrase of TYPED) for (let i = 1; i <= phrase.length; i++) out.add(phrase.slice(0, i));
  return [...out];
}

async function completion(dir) {
  const mod = await bundle(dir, 'completion', [
    "export { buildCompletionIndex, queryIndex } from './src/markdown/completionIndex';",
    "export { askedInDocument } from './src/markdown/markdownContext';",
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
  // First calls: askedInDocument builds its per-index lookup table, queryIndex runs cold.
  let t0 = performance.now();
  const asked = mod.askedInDocument(note, index);
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
  let sink = 0;
  for (let round = 0; round < WARM + ROUNDS; round++) {
    for (const q of queries) {
      const a = performance.now();
      const inNote = mod.askedInDocument(note, index);
      const b = performance.now();
      const hits = mod.queryIndex(index, q, opts(inNote));
      const c = performance.now();
      sink += hits.length + inNote.size;
      if (round < WARM) continue;
      askedTimes.push(b - a);
      queryTimes.push(c - b);
      both.push(c - a);
      perQuery.get(q).push(c - b);
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
    askedInDocument: stats(askedTimes),
    perKeystroke: total,
    // Each query's median over the rounds, then their p95: what the queries cost, with
    // the machine's preemptions and GC pauses (which land in the raw p95) filtered out.
    queryMedians: stats(medians.map((m) => m.median)),
    slowestQueries: slowest,
    perQueryMedians: Object.fromEntries(medians.map((m) => [m.query, m.median])),
    withinTarget: total.p95 < TARGETS.completionP95Ms,
  };
}

// ---------------------------------------------------------------------------
// 4 + 5. Activation and panel first render in the real VS Code

/**
 * Runs in every frame of the workbench page (playwright init script; self-contained).
 * In a webview's host frame (pre/index.html) it watches for the content iframe VS Code
 * creates, and once VS Code has written the extension's HTML into it (VS Code does that
 * in a setTimeout after the frame's DOMContentLoaded; ours is queued after it), observes
 * the document: the first render puts the tab list in #app, then the prep view's list
 * items arrive with the people and prep messages. Times are epoch ms, high resolution.
 */
function webviewProbe() {
  if (!location.pathname.endsWith('/webview/browser/pre/index.html')) return;
  const now = () => performance.timeOrigin + performance.now();
  const marks = (window.__twoHatsBench = {});
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.tagName !== 'IFRAME' || !node.contentWindow) continue;
        marks.frame ??= now();
        node.contentWindow.addEventListener('DOMContentLoaded', (e) => {
          const doc = e.target;
          if (!doc.location.pathname.endsWith('/fake.html')) return;
          marks.navStart = doc.defaultView.performance.timeOrigin;
          setTimeout(() => {
            marks.written = now();
            const seen = () => {
              const app = doc.getElementById('app');
              if (!app) return;
              if (marks.tablist === undefined && app.querySelector('[role=tablist]')) marks.tablist = now();
              if (marks.content === undefined && app.querySelector('[role=tabpanel] li')) {
                marks.content = now();
                observer.disconnect();
              }
            };
            const observer = new MutationObserver(seen);
            observer.observe(doc, { childList: true, subtree: true });
            seen();
          }, 0);
        });
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

function readLines(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

async function waitFor(what, fn, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(50);
  }
}

async function panelSample(page) {
  await page.evaluate(() => {
    window.__benchClick = undefined;
    window.addEventListener('pointerdown', (e) => { window.__benchClick ??= performance.timeOrigin + e.timeStamp; }, { capture: true, once: true });
  });
  const t0 = Date.now();
  await openView(page, 'Two Hats');
  const frame = () => page.frames().find((f) => f.url().includes('/webview/browser/pre/index.html') && f.url().includes(`extensionId=${EXTENSION_ID}`));
  const read = async () => (await frame()?.evaluate(() => window.__twoHatsBench).catch(() => undefined)) ?? {};
  await waitFor('the Two Hats webview to render its tab list', async () => (await read()).tablist !== undefined, 30000);
  const rendered = Date.now();
  // The list items come with the people and prep messages; a view without any (say, a
  // different default tab) still yields the first-render numbers.
  const marks = await waitFor('the prep list', async () => {
    const m = await read();
    return m.content !== undefined || Date.now() - rendered > 10000 ? m : undefined;
  }, 15000);
  if (marks.content === undefined) say('the webview rendered no list items in its tab panel: "prep list" numbers are missing');
  const wallMs = Date.now() - t0;
  const click = await page.evaluate(() => window.__benchClick);
  // First contentful paint of the webview document (its only content is what the webview renders).
  const fcp = await frame().evaluate(() => {
    const w = document.getElementById('active-frame')?.contentWindow;
    const p = w?.performance.getEntriesByName('first-contentful-paint')[0];
    return p ? w.performance.timeOrigin + p.startTime : undefined;
  });
  if (!Number.isFinite(click)) throw new Error('the click on the activity bar was not seen');
  const since = (t) => (Number.isFinite(t) ? t - click : NaN);
  return {
    frameCreated: since(marks.frame),
    navStart: since(marks.navStart),
    htmlWritten: since(marks.written),
    tablist: since(marks.tablist),
    content: since(marks.content),
    firstContentfulPaint: since(fcp),
    render: marks.tablist - marks.written,
    renderContent: marks.content - marks.written,
    wallMs,
  };
}

async function vscodeBench() {
  const scratch = tempDir('two-hats-bench-vscode-');
  const workspace = join(scratch.path, 'workspace');
  cpSync(join(root, 'test', 'fixtures', 'demo'), workspace, { recursive: true });
  const resultFile = join(scratch.path, 'activation.jsonl');
  let server;
  let browser;
  const samples = [];
  try {
    let t = Date.now();
    server = await startCodeServer({
      vsix: [asVsix(join(root, 'test', 'bench', 'host-extension')), asVsix(join(root, 'test', 'bench', 'empty-extension')), join(root, 'two-hats.vsix')],
      folder: workspace,
      env: { TWO_HATS_BENCH_RESULT: resultFile, TWO_HATS_BENCH_EXTENSIONS: `${EXTENSION_ID},${EMPTY_ID}`, TWO_HATS_BENCH_SETTLE_MS: '1500' },
    });
    say(`code-server up at ${server.url} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const { chromium } = playwright();
    browser = await chromium.launch({ executablePath: vscodePaths().chromium, headless: true, args: CHROMIUM_ARGS });
    for (let i = 0; i <= SAMPLES; i++) {
      t = Date.now();
      // A fresh context: no workbench state from the previous load (the view starts closed),
      // and the page load gets a fresh extension host (the previous one is terminated).
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      let page;
      try {
        await context.addInitScript(webviewProbe);
        page = await context.newPage();
        await page.goto(server.workbenchUrl(workspace), { timeout: 60000 });
        await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
        const activation = await waitFor('the bench driver in the extension host', () => readLines(resultFile)[i], 60000);
        if (activation.error) throw new Error(`bench driver failed: ${activation.error}`);
        if (Object.values(activation.wasActive).some(Boolean)) throw new Error(`an extension was already active before the bench activated it: ${JSON.stringify(activation.wasActive)}`);
        await sleep(300);
        const panel = await panelSample(page);
        samples.push({ warmUp: i === 0, activation, panel });
        say(`${i === 0 ? 'warm-up' : `sample ${i}/${SAMPLES}`}: activation two-hats ${ms(activation.api[EXTENSION_ID])}, empty ${ms(activation.api[EMPTY_ID])}; ` +
          `panel click→content ${ms(panel.content, 0)} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
      } catch (e) {
        mkdirSync(outputDir, { recursive: true });
        if (page && !page.isClosed()) await page.screenshot({ path: join(outputDir, 'bench-failure.png') }).catch(() => {});
        throw e;
      } finally {
        await context.close().catch(() => {});
      }
    }
    const versions = JSON.parse(readFileSync(vscodePaths().marker, 'utf8'));
    return { versions, samples };
  } catch (e) {
    mkdirSync(outputDir, { recursive: true });
    if (server) writeFileSync(join(outputDir, 'bench-exthost.log'), server.exthostLog());
    say(`failed; screenshot and extension host log (if any) in ${join('test-output', 'bench-failure.png')}, bench-exthost.log`);
    throw e;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    scratch.remove();
  }
}

function summarizeVscode({ versions, samples }) {
  const measured = samples.filter((s) => !s.warmUp);
  const api = (id) => stats(measured.map((s) => s.activation.api[id]));
  const vs = (id, f) => stats(measured.map((s) => (s.activation.vscode?.[id] ? f(s.activation.vscode[id]) : NaN)));
  const vsTotal = (v) => v.load + v.call + v.resolved;
  const twoHats = api(EXTENSION_ID);
  const empty = api(EMPTY_ID);
  const activation = {
    measure: 'Extension.activate() in the extension host, cold (fresh host per sample), order alternating',
    twoHats, empty, ratio: ratio(twoHats.median, empty.median),
    vscodeRecord: {
      measure: "VS Code's own activation times (Developer: Startup Performance), whole ms",
      twoHats: { load: vs(EXTENSION_ID, (v) => v.load), call: vs(EXTENSION_ID, (v) => v.call), resolved: vs(EXTENSION_ID, (v) => v.resolved), total: vs(EXTENSION_ID, vsTotal) },
      empty: { load: vs(EMPTY_ID, (v) => v.load), call: vs(EMPTY_ID, (v) => v.call), resolved: vs(EMPTY_ID, (v) => v.resolved), total: vs(EMPTY_ID, vsTotal) },
    },
  };
  activation.vscodeRecord.ratio = ratio(activation.vscodeRecord.twoHats.total.median, activation.vscodeRecord.empty.total.median);
  activation.withinTarget = activation.ratio <= TARGETS.activationRatio;
  const p = (k) => stats(measured.map((s) => s.panel[k]));
  const panel = {
    measure: 'ms after the pointerdown on the activity bar item, except render/renderContent (after the HTML is written into the webview)',
    frameCreated: p('frameCreated'), htmlWritten: p('htmlWritten'), tablist: p('tablist'), content: p('content'),
    firstContentfulPaint: p('firstContentfulPaint'), render: p('render'), renderContent: p('renderContent'),
  };
  panel.withinTarget = panel.render.median < TARGETS.panelMs;
  return { versions, samples: measured.length, activation, panel, warmUp: samples.find((s) => s.warmUp), raw: measured };
}

// ---------------------------------------------------------------------------
// Report

function table(r) {
  const lines = [];
  const row = (name, text) => lines.push(`${name.padEnd(11)} ${text}`);
  if (r.sizes) {
    for (const f of r.sizes) {
      const target = f.targetKB ? ` (${x(f.ratio)} of the ${f.targetKB} KB target)${verdict(f.withinTarget)}` : f.note ? ` (${f.note})` : '';
      row(lines.some((l) => l.startsWith('bundle')) ? '' : 'bundle', `${f.file.padEnd(24)} ${(f.kb.toFixed(1) + ' KB').padStart(9)}${target}`);
    }
  }
  if (r.vscode) {
    const a = r.vscode.activation;
    const v = a.vscodeRecord;
    const span = (st, d = 1) => `${st.median.toFixed(d)} (${st.min.toFixed(d)}–${st.max.toFixed(d)})`;
    row('activation', `two-hats ${ms(a.twoHats.median)} vs empty ${ms(a.empty.median)} (${x(a.ratio)}; target ≤ ${TARGETS.activationRatio}x)${verdict(a.withinTarget)}`);
    row('', `  Extension.activate() in ${r.vscode.samples} cold extension hosts, ms median (min–max): two-hats ${span(a.twoHats)}, empty ${span(a.empty)}`);
    row('', `  VS Code's own record, median whole ms: two-hats load ${v.twoHats.load.median} + activate ${v.twoHats.call.median} + resolve ${v.twoHats.resolved.median}` +
      ` vs empty ${v.empty.load.median} + ${v.empty.call.median} + ${v.empty.resolved.median} (${x(v.ratio)})`);
  }
  if (r.moduleLoad) {
    const m = r.moduleLoad;
    row(r.vscode ? '' : 'activation', `  module load alone (require in a fresh Node ${m.node}, vscode stubbed): two-hats ${ms(m.twoHats.median)} vs empty ${ms(m.empty.median)} (${x(m.ratio)}), ${m.runs} runs`);
  }
  if (r.content) {
    const c = r.content;
    row('content', `read + JSON.parse ${(c.bytes / KB).toFixed(0)} KB content.json: ${ms(c.load.median)} median (p95 ${ms(c.load.p95)}, first ${ms(c.first)}; parse ${ms(c.parse.median)}), ${c.runs} runs`);
    row('', `  vs zod/mini validation of content/ (build time): ${ms(c.validation.median)} median (${x(c.validationOverLoad)}), first ${ms(c.validation.first)} (${x(c.firstValidationOverFirstLoad)})` +
      ` + ${ms(c.validation.moduleLoad)} to load the validator; ${c.validation.runs} runs`);
  }
  if (r.completion) {
    const c = r.completion;
    row('completion', `${c.entries.toLocaleString('en')} entries (${c.prompts.toLocaleString('en')} prompts): index build ${ms(c.build.median, 1)} median (first ${ms(c.build.first, 1)})`);
    row('', `  queryIndex ${ms(c.queryIndex.median, 3)} median, p95 ${ms(c.queryIndex.p95, 3)}; askedInDocument (${c.note.lines} lines) ${ms(c.askedInDocument.median, 3)}, p95 ${ms(c.askedInDocument.p95, 3)}`);
    row('', `  per keystroke (both): median ${ms(c.perKeystroke.median, 3)}, p95 ${ms(c.perKeystroke.p95, 3)}, max ${ms(c.perKeystroke.max, 3)} (target p95 < ${TARGETS.completionP95Ms} ms)${verdict(c.withinTarget)}; ${c.queries} queries x ${c.rounds} rounds`);
    row('', `  p95 over queries of each one's median queryIndex time: ${ms(c.queryMedians.p95, 3)}; slowest: ${c.slowestQueries.slice(0, 3).map((q) => `"${q.query}" ${ms(q.median, 2)}`).join(', ')}`);
  }
  if (r.vscode) {
    const p = r.vscode.panel;
    row('panel', `webview render ${ms(p.render.median, 1)} (HTML written → tabs rendered; target < ${TARGETS.panelMs} ms)${verdict(p.withinTarget)}; → prep list ${ms(p.renderContent.median, 1)}`);
    row('', `  render ms median (min–max) over ${r.vscode.samples} page loads: ${p.render.median.toFixed(1)} (${p.render.min.toFixed(1)}–${p.render.max.toFixed(1)})`);
    row('', `  click → webview frame ${ms(p.frameCreated.median, 0)} → tabs ${ms(p.tablist.median, 0)} → prep list ${ms(p.content.median, 0)} (first paint ${ms(p.firstContentfulPaint.median, 0)}), medians`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------

const report = {
  at: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAverageAtStart: loadavg()[0],
  samples: SAMPLES,
  targets: TARGETS,
};
let exitCode = 0;
const scratch = tempDir('two-hats-bench-');
const started = Date.now();
if (report.loadAverageAtStart > 0.5 * report.cpus) say(`the machine is busy (load average ${report.loadAverageAtStart.toFixed(1)} on ${report.cpus} CPUs): expect noisy numbers`);
try {
  ensureBuilt();
  if (only.has('sizes')) report.sizes = sizes();
  if (only.has('load')) {
    say('module load ...');
    report.moduleLoad = moduleLoad();
  }
  if (only.has('content')) {
    say('content load ...');
    report.content = await contentLoad(scratch.path);
  }
  if (only.has('completion')) {
    say('completion index ...');
    report.completion = await completion(scratch.path);
  }
  if (only.has('vscode')) {
    say(`VS Code: ${SAMPLES} page loads after a warm-up ...`);
    report.vscode = summarizeVscode(await vscodeBench());
    const v = report.vscode.versions;
    report.vscodeVersion = `VS Code ${v.vscode} (code-server ${v.codeServer}, extension host Node ${v.node})`;
  }
} catch (e) {
  exitCode = 1;
  report.error = String(e.stack ?? e);
  console.error(`[bench] ${e.stack ?? e}`);
} finally {
  scratch.remove();
}
report.durationS = (Date.now() - started) / 1000;
mkdirSync(outputDir, { recursive: true });
writeFileSync(join(outputDir, 'bench.json'), JSON.stringify(roundAll(report), null, 1) + '\n');
console.log('');
console.log(`Two Hats bench: Node ${process.version}, ${report.cpus} CPUs (load average ${report.loadAverageAtStart.toFixed(1)} at start)` +
  `${report.vscodeVersion ? `, ${report.vscodeVersion}` : ''}, ${report.durationS.toFixed(0)} s`);
console.log(table(report));
console.log(`\nraw samples: ${join(outputDir, 'bench.json').slice(root.length + 1)}`);
process.exit(exitCode);
