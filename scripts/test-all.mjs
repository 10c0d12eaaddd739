#!/usr/bin/env node
// `npm test`: lint, type-check, layering and copy checks beside the build and the unit tests (two
// cores: the checks need no build), then the in-host integration suites and the browser tests in a
// real VS Code (code-server + Debian Chromium), both against the VSIX built once here, in two
// lanes at once (see E2E_LANE_1). Prints the count and the time of each step, how many
// code-servers and Chromiums the runs started, the total time and a closing `N passed, M failed`
// line; exits non-zero when anything fails.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureVSCode } from './setup-vscode.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const started = Date.now();
const results = [];

/**
 * Runs a command; returns its exit code and everything it printed. Live output, or, for a step
 * that runs beside another, its whole output at once when it ends.
 */
function run(cmd, args, { live, env }) {
  return new Promise((ok) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env } });
    let out = '';
    for (const s of [child.stdout, child.stderr]) s.on('data', (d) => { out += d; if (live) process.stdout.write(d); });
    child.on('close', (code) => ok({ code: code ?? 1, out }));
  });
}

function mochaCounts(out) {
  const n = (re) => Number(out.match(re)?.[1] ?? 0);
  return { passed: n(/(\d+) passing/), failed: n(/(\d+) failing/) };
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** `[harness] N code-server starts, M Chromium launches` lines, added up. */
function startCounts(out) {
  let servers = 0;
  let browsers = 0;
  for (const m of out.matchAll(/\[harness\] (\d+) code-server starts?, (\d+) Chromium launch(?:es)?/g)) {
    servers += Number(m[1]);
    browsers += Number(m[2]);
  }
  return { servers, browsers };
}

async function step(name, cmd, args, { count, live = true, env } = {}) {
  console.log(`\n== ${name}${live ? '' : ': started (its output follows when it ends)'}`);
  const t = Date.now();
  const { code, out } = await run(cmd, args, { live, env });
  const ms = Date.now() - t;
  if (!live) process.stdout.write(`\n== ${name}\n${out}`);
  const c = count ? count(out) : { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
  // A runner that crashed before counting still fails the run.
  if (code !== 0 && c.failed === 0) c.failed = 1;
  results.push({ name, ...c, counted: !!count, ms, ...startCounts(out) });
  console.log(`== ${name}: ${seconds(ms)}`);
  return code === 0;
}

/** Steps one after another; true when all passed (each runs even if one before it failed). */
async function inTurn(...steps) {
  let ok = true;
  for (const s of steps) ok = (await s()) && ok;
  return ok;
}

// Content in our own words: the shared copy check, when ../shared is beside the project (as in CI).
const copycheck = resolve(root, '..', 'shared', 'tools', 'copycheck.mjs');
if (!existsSync(copycheck)) console.log(`\n== copy check skipped: ${copycheck} is not there`);
const checks = inTurn(
  () => step('lint', npx, ['eslint', '.'], { live: false }),
  () => step('type-check', 'npm', ['run', '--silent', 'typecheck'], { live: false }),
  () => step('layering (dependency-cruiser)', 'npm', ['run', '--silent', 'depcheck'], { live: false }),
  ...(existsSync(copycheck) ? [() => step('copy check (content in our own words)', 'node', [copycheck, 'content', 'src', 'media', 'README.md', 'docs'], { live: false })] : []),
);
const built = inTurn(
  () => step('build and package', 'npm', ['run', '--silent', 'package:test']),
  () => step('unit', npx, ['mocha', '--config', '.mocharc.json'], { count: mochaCounts }),
);
let ok = (await checks) && (await built);
let ready = true;
try {
  await ensureVSCode({ apt: process.getuid?.() === 0 || !!process.env.TWO_HATS_APT });
} catch (error) {
  console.error(`Setting up the real VS Code failed: ${error instanceof Error ? error.message : error}`);
  results.push({ name: 'real VS Code setup', passed: 0, failed: 1, counted: false });
  ready = false;
}
// The real VS Code in two lanes at once. A window keeps well under one core busy on average (it
// mostly waits for the workbench and the extension host), so two lanes on two cores take little
// more than the longer one. Lane 1: the integration suites, then the browser files named here;
// lane 2: every other browser file. Each lane shares one Chromium, and one code-server per set of
// VSIXes (test/harness/e2e.mjs). Balanced by their times on the 2-core machine (README, Tests).
// TWO_HATS_LANES=1 runs everything in one lane, one window at a time (a busier machine).
const E2E_LANE_1 = ['walkthrough.e2e.test.mjs', 'panel.e2e.test.mjs'];
const oneLane = process.env.TWO_HATS_LANES === '1';
const e2eFiles = readdirSync(resolve(root, 'test', 'e2e')).filter((f) => f.endsWith('.test.mjs')).sort();
const lane1 = oneLane ? [] : e2eFiles.filter((f) => E2E_LANE_1.includes(f));
const lane2 = e2eFiles.filter((f) => !lane1.includes(f));
const browser = (files) => step(`browser (Chromium driving VS Code): ${files.map((f) => f.replace('.e2e.test.mjs', '')).join(', ')}`, npx,
  ['mocha', '--no-config', '--timeout', '180000', '--require', 'test/harness/mochaHooks.mjs', ...files.map((f) => `test/e2e/${f}`)], { count: mochaCounts, live: oneLane });
const integration = () => step('integration (in the real extension host)', 'node', ['test/harness/run-integration.mjs', '--vsix', 'two-hats.vsix', '--suites', 'out/test/integration', '--workspace', 'test/fixtures/demo'], {
  count: (out) => { const m = out.match(/integration: (\d+) passed, (\d+) failed/); return { passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? 0) }; },
  live: oneLane,
  // Beside a browser lane an in-host test may wait its turn for a core: 60 s, not 20, before mocha calls it stuck.
  env: oneLane ? {} : { TWO_HATS_TEST_TIMEOUT: '60000' },
});
if (ready && oneLane) {
  ok = (await inTurn(integration, () => browser(lane2))) && ok;
} else if (ready) {
  const lanes = await Promise.all([inTurn(integration, () => browser(lane1)), browser(lane2)]);
  ok = lanes.every(Boolean) && ok;
}

console.log('\n== summary');
for (const r of results) console.log(`${r.name}: ${r.counted ? `${r.passed} passed, ${r.failed} failed` : r.failed ? 'FAILED' : 'ok'} (${seconds(r.ms ?? 0)})`);
const passed = results.filter((x) => x.counted).reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const servers = results.reduce((n, r) => n + (r.servers ?? 0), 0);
const browsers = results.reduce((n, r) => n + (r.browsers ?? 0), 0);
console.log(`real VS Code: ${servers} code-server starts, ${browsers} Chromium launches`);
console.log(`time: ${seconds(Date.now() - started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
