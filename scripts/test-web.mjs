#!/usr/bin/env node
// `npm run test:web`: the web suite (test/web/suite.ts) in VS Code for the Web, through
// @vscode/test-web, on a copy of the demo workspace. @vscode/test-web downloads a VS Code build and
// Playwright's Chromium when it runs, so this works only where those downloads do: not on this
// project's machines (npm and Debian registries only) and not in `npm test`. There,
// test/e2e/web.e2e.test.mjs runs the web-only VSIX in code-server's web worker extension host.
// npx fetches @vscode/test-web on first use; it is not a devDependency, so `npm ci` downloads no browser.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEST_WEB = '@vscode/test-web@0.0.81';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = join(mkdtempSync(join(tmpdir(), 'two-hats-web-')), 'workspace');
cpSync(join(root, 'test', 'fixtures', 'demo'), workspace, { recursive: true });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const r = spawnSync(npx, ['--yes', TEST_WEB, '--browserType=chromium', '--headless',
  `--extensionDevelopmentPath=${root}`, `--extensionTestsPath=${join(root, 'out', 'test', 'web', 'index.js')}`, workspace], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
