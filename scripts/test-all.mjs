#!/usr/bin/env node
// `npm test`: lint, type-check, unit tests, then the in-host integration suites and the
// browser tests in a real VS Code (code-server + Debian Chromium). Prints the count and the time
// of each step, how many code-servers and Chromiums the runs started, the total time and a
// closing `N passed, M failed` line; exits non-zero when anything fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureVSCode } from './setup-vscode.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const started = Date.now();
const results = [];

/** Runs a command with live output; returns its exit code and everything it printed. */
function run(cmd, args) {
  return new Promise((ok) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    for (const s of [child.stdout, child.stderr]) s.on('data', (d) => { out += d; process.stdout.write(d); });
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

async function step(name, cmd, args, count) {
  console.log(`\n== ${name}`);
  const t = Date.now();
  const { code, out } = await run(cmd, args);
  const ms = Date.now() - t;
  const c = count ? count(out) : { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
  // A runner that crashed before counting still fails the run.
  if (code !== 0 && c.failed === 0) c.failed = 1;
  results.push({ name, ...c, counted: !!count, ms, ...startCounts(out) });
  console.log(`== ${name}: ${seconds(ms)}`);
  return code === 0;
}

let ok = await step('lint', npx, ['eslint', '.']);
ok = (await step('type-check', 'npm', ['run', '--silent', 'typecheck'])) && ok;
ok = (await step('layering (dependency-cruiser)', 'npm', ['run', '--silent', 'depcheck'])) && ok;
// Content in our own words: the shared copy check, when ../shared is beside the project (as in CI).
const copycheck = resolve(root, '..', 'shared', 'tools', 'copycheck.mjs');
if (existsSync(copycheck)) ok = (await step('copy check (content in our own words)', 'node', [copycheck, 'content', 'src', 'media', 'README.md', 'docs'])) && ok;
else console.log(`\n== copy check skipped: ${copycheck} is not there`);
ok = (await step('build and package', 'npm', ['run', '--silent', 'package:test'])) && ok;
ok = (await step('unit', npx, ['mocha', '--config', '.mocharc.json'], mochaCounts)) && ok;
let ready = true;
try {
  await ensureVSCode({ apt: process.getuid?.() === 0 || !!process.env.TWO_HATS_APT });
} catch (error) {
  console.error(`Setting up the real VS Code failed: ${error instanceof Error ? error.message : error}`);
  results.push({ name: 'real VS Code setup', passed: 0, failed: 1, counted: false });
  ready = false;
}
if (ready) ok = (await step('integration (in the real extension host)', 'node', ['test/harness/run-integration.mjs', '--vsix', 'two-hats.vsix', '--suites', 'out/test/integration', '--workspace', 'test/fixtures/demo'],
  (out) => { const m = out.match(/integration: (\d+) passed, (\d+) failed/); return { passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? 0) }; })) && ok;
if (ready) ok = (await step('browser (Chromium driving VS Code)', npx, ['mocha', '--no-config', '--timeout', '180000', '--require', 'test/harness/mochaHooks.mjs', 'test/e2e/**/*.test.mjs'], mochaCounts)) && ok;

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
