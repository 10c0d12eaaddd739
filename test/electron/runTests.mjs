#!/usr/bin/env node
// `npm run test:electron`: the integration suites in VS Code desktop, downloaded by
// @vscode/test-electron. Needs a machine that can reach VS Code's download servers (not CI
// here: there the same suites run in code-server, see test/harness/run-integration.mjs).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = join(mkdtempSync(join(tmpdir(), 'two-hats-electron-')), 'workspace');
cpSync(join(root, 'test', 'fixtures', 'demo'), workspace, { recursive: true });

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`Integration tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
