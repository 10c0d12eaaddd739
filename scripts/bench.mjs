#!/usr/bin/env node
// `npm run bench`: measures Two Hats against the performance budget in
// shared/DESIGN.md and reports medians (and ratios where there is something to
// compare with). It only measures: nothing here passes or fails on a timing.
//
//   node scripts/bench.mjs [--samples N] [--only sizes,load,content,completion,vscode] [--build]
//
//   --samples N  page loads measured in VS Code (default 7), after one warm-up load
//   --only       run some sections: sizes, load, content, completion, mentions, vscode (activation, panel,
//                first command), index (the notes index in Node), scale (500 people × 40 notes, memory), evidence
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
//               opened from the activity bar and its webview timed from the click, against the
//               empty extension's one-line view; Insert Prompt against a one-item quick pick.
//   mentions    links from code to decisions: a 10,000-line file with no mention and one with 500,
//               against 400 decisions: the activation shell's prefilter and the provider's pass
//   index       the notes index and the commitments index alone, in Node, on the same 500 × 40
//               notes written to disk: cold build, the heap they hold, and the work after one
//               note changes (people list, commitments, the Commitments view, the status bar)
//   scale       500 people × 40 notes and a 10,000-prompt pack in the real VS Code: refresh after
//               one change (and the files it read), person picker, Start 1:1 Note, hat report,
//               and the extension host's heap (test/bench/scale.mjs)
//   evidence    Node only: review evidence for one person over 12 months in the 500 × 40 workspace,
//               the command's pipeline with Node's fs (test/bench/evidence.mjs), cold and warm
//
// Prints a table at the end and writes everything (raw samples too) to test-output/bench.json.
// The sections live in test/bench/; this file parses the arguments, runs the sections
// asked for, and prints and writes the report.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tempDir } from './code-server.mjs';
import { TARGETS } from '../test/bench/budget.mjs';
import { ensureBuilt, root } from '../test/bench/build.mjs';
import { completion } from '../test/bench/completion.mjs';
import { contentLoad } from '../test/bench/content-load.mjs';
import { indexBench } from '../test/bench/index-memory.mjs';
import { evidenceBench } from '../test/bench/evidence.mjs';
import { mentions } from '../test/bench/mentions.mjs';
import { moduleLoad } from '../test/bench/module-load.mjs';
import { say } from '../test/bench/progress.mjs';
import { roundAll, table } from '../test/bench/report.mjs';
import { sizes } from '../test/bench/sizes.mjs';
import { scaleBench, summarizeScale } from '../test/bench/scale.mjs';
import { summarizeVscode, vscodeBench } from '../test/bench/vscode.mjs';

const outputDir = join(root, 'test-output');

const { values: opt } = parseArgs({
  options: {
    samples: { type: 'string', default: '7' },
    only: { type: 'string' },
    build: { type: 'boolean', default: false },
  },
});
const SECTIONS = ['sizes', 'load', 'content', 'completion', 'mentions', 'index', 'evidence', 'vscode', 'scale'];
const only = new Set(opt.only ? opt.only.split(',').map((s) => s.trim()) : SECTIONS);
for (const s of only) if (!SECTIONS.includes(s)) { console.error(`unknown section "${s}" (have: ${SECTIONS.join(', ')})`); process.exit(2); }
const SAMPLES = Math.max(1, Number(opt.samples) || 7);

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
if (report.loadAverageAtStart > report.cpus) say(`WARNING: the machine is busy (load average ${report.loadAverageAtStart.toFixed(1)} on ${report.cpus} CPUs at start): these figures are not a quiet run`);
try {
  ensureBuilt({ force: opt.build });
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
  if (only.has('mentions')) {
    say('mentions of decisions in code ...');
    report.mentions = await mentions(scratch.path);
  }
  if (only.has('index')) {
    say(`notes index in Node: ${SAMPLES} cold builds of 500 people × 40 notes ...`);
    report.index = await indexBench({ dir: scratch.path, samples: SAMPLES });
  }
  if (only.has('evidence')) {
    say('review evidence at scale (Node) ...');
    report.evidence = await evidenceBench({ samples: SAMPLES, scratchDir: scratch.path });
  }
  if (only.has('vscode')) {
    say(`VS Code: ${SAMPLES} page loads after a warm-up ...`);
    report.vscode = summarizeVscode(await vscodeBench({ sampleCount: SAMPLES, outputDir, scratchDir: scratch.path }));
    const v = report.vscode.versions;
    report.vscodeVersion = `VS Code ${v.vscode} (code-server ${v.codeServer}, extension host Node ${v.node})`;
  }
  if (only.has('scale')) {
    say(`scale: ${SAMPLES} runs of each step on a generated notes folder ...`);
    report.scale = summarizeScale(await scaleBench({ samples: SAMPLES, outputDir, scratchDir: scratch.path }));
  }
} catch (e) {
  exitCode = 1;
  report.error = String(e.stack ?? e);
  console.error(`[bench] ${e.stack ?? e}`);
} finally {
  scratch.remove();
}
report.durationS = (Date.now() - started) / 1000;
report.loadAverageAtEnd = loadavg()[0];
// A figure measured on a busy machine says more about the machine: say so where it is read.
report.busy = report.loadAverageAtStart > report.cpus || report.loadAverageAtEnd > report.cpus;
mkdirSync(outputDir, { recursive: true });
writeFileSync(join(outputDir, 'bench.json'), JSON.stringify(roundAll(report), null, 1) + '\n');
console.log('');
console.log(`Two Hats bench: Node ${process.version}, ${report.cpus} CPUs (load average ${report.loadAverageAtStart.toFixed(1)} at start, ${report.loadAverageAtEnd.toFixed(1)} at end)` +
  `${report.vscodeVersion ? `, ${report.vscodeVersion}` : ''}, ${report.durationS.toFixed(0)} s`);
console.log(table(report));
if (report.busy) console.log(`\nWARNING: the load average went above the ${report.cpus} CPUs during this run; quote a quiet run.`);
console.log(`\nraw samples: ${join(outputDir, 'bench.json').slice(root.length + 1)}`);
process.exit(exitCode);
