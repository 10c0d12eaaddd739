#!/usr/bin/env node
// The inner loop: the browser tests or the in-host integration suites, all of them or only the
// files named, against the VSIX already built. The VSIX is rebuilt first only when a source is
// newer than it (freshBuild.mjs) or with --rebuild; the integration suites are compiled each time
// (well under a second), so an edited test runs as edited.
//
//   node test/harness/run-suite.mjs e2e [files...] [--rebuild] [mocha options, e.g. --grep text]
//   node test/harness/run-suite.mjs integration [files...] [--rebuild] [--grep text]
//
//   npm run test:e2e -- test/e2e/panel.e2e.test.mjs
//   npm run test:integration -- test/integration/notes.test.ts --grep "never overwrites"
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFreshVsix } from './freshBuild.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [kind, ...rest] = process.argv.slice(2);
const usage = 'usage: node test/harness/run-suite.mjs e2e|integration [files...] [--rebuild] [--grep text]';
if (kind !== 'e2e' && kind !== 'integration') {
  console.error(usage);
  process.exit(2);
}

const rebuild = rest.includes('--rebuild');
const args = rest.filter((a) => a !== '--rebuild');
// Test files are the arguments that name one; the rest go to the runner.
const isTestFile = (a) => /\.test\.(mjs|ts)$/.test(a);
const files = args.filter(isTestFile).map((f) => resolve(f));
const passOn = args.filter((a) => !isTestFile(a));
for (const f of files) {
  if (!existsSync(f)) {
    console.error(`no such test file: ${relative(projectRoot, f)}`);
    process.exit(2);
  }
}

try {
  ensureFreshVsix({ force: rebuild });
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: projectRoot, stdio: 'inherit' });
  return r.status ?? 1;
}

if (kind === 'e2e') {
  const mocha = join(projectRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
  process.exit(run(process.execPath, [mocha, '--no-config', '--timeout', '180000', '--require', 'test/harness/mochaHooks.mjs',
    ...passOn, ...(files.length ? files : ['test/e2e/**/*.test.mjs'])]));
}

// Integration: compile the suites as esbuild.mjs --tests does, without rebuilding dist/.
const esbuild = await import('esbuild');
const suitesDir = join(projectRoot, 'test', 'integration');
const outDir = join(projectRoot, 'out', 'test', 'integration');
await esbuild.build({
  entryPoints: readdirSync(suitesDir).filter((n) => n.endsWith('.test.ts') || n === 'index.ts').map((n) => join(suitesDir, n)),
  outdir: outDir, outbase: suitesDir, bundle: true, minify: false, sourcemap: 'inline', logLevel: 'warning', target: 'es2022',
  legalComments: 'none', mainFields: ['module', 'main'], platform: 'node', format: 'cjs', external: ['vscode', 'mocha', 'playwright-core', 'typescript'],
});
for (const f of files) {
  if (dirname(f) !== suitesDir) {
    console.error(`not an integration suite: ${relative(projectRoot, f)} (they are in test/integration/)`);
    process.exit(2);
  }
}
const suites = files.length ? files.map((f) => join(outDir, f.slice(suitesDir.length + 1).replace(/\.ts$/, '.js'))).join(delimiter) : outDir;
process.exit(run(process.execPath, [join(projectRoot, 'test', 'harness', 'run-integration.mjs'), '--vsix', 'two-hats.vsix',
  '--suites', suites, '--workspace', 'test/fixtures/demo', ...passOn]));
