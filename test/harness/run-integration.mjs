#!/usr/bin/env node
// Runs compiled mocha suites inside a real VS Code extension host
// (code-server 1.139 + headless Chromium) and reports like mocha's spec
// reporter. Builds nothing: pass it a packaged VSIX and compiled suites.
//
//   node test/harness/run-integration.mjs --vsix two-hats.vsix \
//        --suites out/test/integration [--workspace test/fixtures/ws] \
//        [--grep text] [--timeout 120 (s without a test finishing)] [--theme 'Default Dark Modern']
//
// --vsix may repeat, and may name an extension folder (packed on the fly). --suites is a folder or
// compiled suite files, several joined by the path delimiter (':'). `npm run test:integration`
// (run-suite.mjs) builds what is stale and calls this.
//
// Env fallbacks: TWO_HATS_VSIX (comma-separated), TWO_HATS_SUITES,
// TWO_HATS_WORKSPACE, TWO_HATS_TIMEOUT (seconds).
//
// Last line is `integration: N passed, M failed` (plus `, K skipped` when
// some are pending); exits 1 when any failed or none ran.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ensureVSCode } from '../../scripts/setup-vscode.mjs';
import { startCodeServer, tempDir } from '../../scripts/code-server.mjs';
import { openWorkbench } from '../../scripts/workbench-browser.mjs';
import { startCountsLine } from './e2e.mjs';
import { asVsix, runnerVsix } from './vsix.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputDir = join(projectRoot, 'test-output');

const { values: opt } = parseArgs({
  options: {
    vsix: { type: 'string', multiple: true },
    suites: { type: 'string' },
    workspace: { type: 'string' },
    grep: { type: 'string' },
    timeout: { type: 'string' },
    theme: { type: 'string' },
  },
});
const vsixList = (opt.vsix ?? process.env.TWO_HATS_VSIX?.split(',') ?? []).filter(Boolean).map((p) => resolve(p));
const suites = opt.suites ?? process.env.TWO_HATS_SUITES;
const workspaceFixture = opt.workspace ?? process.env.TWO_HATS_WORKSPACE;
const timeoutMs = Number(opt.timeout ?? process.env.TWO_HATS_TIMEOUT ?? 120) * 1000;

const t0 = Date.now();
const secs = (from) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
const say = (m) => console.log(`[integration] ${m}`);

function fail(message) {
  console.error(`[integration] ${message}`);
  console.log('integration: 0 passed, 1 failed');
  process.exit(1);
}

if (!suites) fail('pass --suites');
for (const s of suites.split(delimiter)) if (!existsSync(s)) fail(`compiled suites not found: ${s}`);
for (const v of vsixList) if (!existsSync(v)) fail(`VSIX not found: ${v}`);
// An extension folder (e.g. test/fixtures/smoke-ext) is packed on the fly.
let vsixFiles;
try { vsixFiles = vsixList.map(asVsix); } catch (e) { fail(e.message); }

// Mocha spec-reporter look: suites as indented headers, then numbered failures.
function report(result) {
  let prevSuite = [];
  let n = 0;
  console.log('');
  for (const t of result.tests) {
    const suite = t.fullTitle.slice(0, Math.max(0, t.fullTitle.length - t.title.length)).trim();
    const parts = suite ? [suite] : [];
    if (parts.join() !== prevSuite.join()) { if (suite) console.log(`  ${suite}`); prevSuite = parts; }
    const indent = suite ? '    ' : '  ';
    if (t.state === 'passed') console.log(`${indent}✔ ${t.title}${t.duration > 75 ? ` (${t.duration}ms)` : ''}`);
    else if (t.state === 'pending') console.log(`${indent}- ${t.title}`);
    else console.log(`${indent}${++n}) ${t.title}`);
  }
  console.log('');
  result.failures.forEach((f, i) => {
    console.log(`  ${i + 1}) ${f.fullTitle}:`);
    for (const l of String(f.message).split('\n')) console.log(`     ${l}`);
    const stack = (f.stack ?? '').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('at ')).slice(0, 6);
    for (const l of stack) console.log(`      ${l}`);
    console.log('');
  });
}

/**
 * Waits for the runner's result. `idleMs` is how long the run may go without finishing a test
 * (the runner appends a line per finished test to `<file>.progress`): a slow machine gets more
 * time as long as tests keep finishing; a stuck test ends the wait. Returns null then, with the
 * last finished tests in `progress`.
 */
async function waitForResult(file, idleMs, page, progress) {
  let seen = 0;
  let deadline = Date.now() + idleMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
    if (page.isClosed()) throw new Error('browser page closed before the tests finished');
    const lines = existsSync(`${file}.progress`) ? readFileSync(`${file}.progress`, 'utf8').split('\n').filter(Boolean) : [];
    if (lines.length > seen) {
      seen = lines.length;
      deadline = Date.now() + idleMs;
      progress.splice(0, progress.length, ...lines.map((l) => JSON.parse(l)));
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

const scratch = tempDir('two-hats-it-');
const workspace = join(scratch.path, 'workspace');
const resultFile = join(scratch.path, 'result.json');
let server;
let browser;
let page;
let exitCode = 1;
// Printed last, after cleanup, so CI reads it as the closing line.
let summary = 'integration: 0 passed, 1 failed';
try {
  let t = Date.now();
  await ensureVSCode();
  const runner = runnerVsix();
  say(`setup ready in ${secs(t)}`);

  // Tests may write into the workspace: always a fresh copy.
  if (workspaceFixture) cpSync(workspaceFixture, workspace, { recursive: true });
  else mkdirSync(workspace);

  t = Date.now();
  server = await startCodeServer({
    vsix: [runner, ...vsixFiles],
    theme: opt.theme,
    folder: workspace,
    env: {
      TWO_HATS_TEST_SUITES: suites.split(delimiter).map((s) => resolve(s)).join(delimiter),
      TWO_HATS_TEST_RESULT: resultFile,
      TWO_HATS_MOCHA: join(projectRoot, 'node_modules', 'mocha'),
      ...(opt.grep ? { TWO_HATS_TEST_GREP: opt.grep } : {}),
    },
  });
  say(`code-server up at ${server.url} in ${secs(t)} (extensions installed: ${1 + vsixList.length})`);

  // The extension host only starts once a browser client connects.
  t = Date.now();
  ({ browser, page } = await openWorkbench(server, workspace));
  say(`workbench loaded in ${secs(t)}`);

  t = Date.now();
  const progress = [];
  const result = await waitForResult(resultFile, timeoutMs, page, progress);
  if (!result) {
    say(`no test finished for ${timeoutMs / 1000} s (${progress.length} finished before: the one after the last of these is stuck)`);
    for (const p of progress.slice(-5)) say(`  ${p.state}: ${p.fullTitle}`);
    say('extension host log tail:');
    console.log(server.exthostLog().split('\n').slice(-40).join('\n'));
  } else {
    say(`tests finished in ${secs(t)}`);
    report(result);
    if (result.error) say(`runner error: ${result.error}`);
    if (result.passed + result.failed === 0) say('no test ran');
    summary = `integration: ${result.passed} passed, ${result.failed} failed${result.pending ? `, ${result.pending} skipped` : ''}`;
    exitCode = result.failed === 0 && result.passed > 0 ? 0 : 1;
  }
} catch (e) {
  console.error(`[integration] ${e.stack ?? e}`);
} finally {
  if (exitCode !== 0) {
    mkdirSync(outputDir, { recursive: true });
    if (page && !page.isClosed()) {
      await page.screenshot({ path: join(outputDir, 'integration-failure.png') }).catch(() => {});
      say(`screenshot: ${join(outputDir, 'integration-failure.png')}`);
    }
    if (server) {
      writeFileSync(join(outputDir, 'integration-exthost.log'), server.exthostLog());
      writeFileSync(join(outputDir, 'integration-server.log'), server.serverLog());
      say(`logs: ${join(outputDir, 'integration-exthost.log')}, integration-server.log`);
    }
  }
  await browser?.close().catch(() => {});
  await server?.stop();
  scratch.remove();
  say(`total ${secs(t0)}`);
  console.log(startCountsLine());
}
console.log(summary);
process.exit(exitCode);
