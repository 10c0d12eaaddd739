#!/usr/bin/env node
// `npm start`: installs what a real VS Code needs (Debian packages too, when root), packages
// Two Hats, installs the VSIX into a throwaway profile and opens code-server on 127.0.0.1
// with a copy of the demo workspace. Prints the URL; Ctrl+C stops everything.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureVSCode } from './setup-vscode.mjs';
import { startCodeServer } from './code-server.mjs';
import { makeDemoHistory } from './demoGit.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isRoot = process.getuid?.() === 0;

await ensureVSCode({ apt: isRoot || !!process.env.TWO_HATS_APT });
const workspace = join(mkdtempSync(join(tmpdir(), 'two-hats-demo-')), 'two-hats-demo');
cpSync(join(root, 'test', 'fixtures', 'demo'), workspace, { recursive: true });
// A git history by two people, for "since the last 1:1" (the fixture is not a repository itself).
const withHistory = makeDemoHistory(workspace);

const server = await startCodeServer({
  vsix: [join(root, 'two-hats.vsix')],
  folder: workspace,
  theme: process.env.TWO_HATS_THEME,
  // Stay up while nobody is connected yet: a person has to open the URL first.
  idleTimeout: 24 * 60 * 60,
});
const url = server.workbenchUrl(workspace);
console.log('');
console.log('Two Hats is running in VS Code (code-server, bound to 127.0.0.1 only):');
console.log(`  ${url}`);
console.log('Open the Two Hats icon in the activity bar, or run "Two Hats: Start 1:1 Note" from the command palette.');
if (withHistory) console.log('The demo is a git repository with commits by Priya and Sam; twoHats.git.sinceLastOneOnOne is on in its .vscode/settings.json.');
console.log(`Demo workspace: ${workspace}`);
console.log('Press Ctrl+C to stop.');

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop);
setInterval(() => {}, 1 << 30);
