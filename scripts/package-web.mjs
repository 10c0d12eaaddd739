#!/usr/bin/env node
// Packs two-hats-web.vsix: the web-only variant of two-hats.vsix, for tests. Its package.json has
// the `browser` entry and no `main`, so VS Code runs it in the web worker extension host even when
// a Node extension host is there (code-server's workbench decides the kind from the entries alone:
// `extensionKind` is ignored). The published VSIX keeps both entries. The variant holds exactly
// the files `vsce ls` lists for two-hats.vsix, less the Node bundles.
//
//   node scripts/package-web.mjs [--out two-hats-web.vsix] [--ls]   (after node esbuild.mjs)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const stage = join(root, 'out', 'web-extension');

/** The Node-only files of two-hats.vsix: the activation shell and its lazy chunks. */
export const NODE_ONLY = ['dist/extension.js', 'dist/features.js', 'dist/panel.js', 'dist/packs.js', 'dist/yaml.js', 'dist/markdown.js'];

function vsceRun(args, cwd) {
  const r = spawnSync(process.execPath, [vsce, ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vsce ${args[0]} failed in ${cwd}:\n${r.stdout}${r.stderr}`);
  return r.stdout + r.stderr;
}

/**
 * Copies the files of two-hats.vsix (as `vsce ls` lists them) into `dir`; with `webOnly`, less the
 * Node bundles and with no `main` in package.json. Returns `dir`, ready for `vsce package`.
 */
export function stageExtension(dir, { webOnly = false } = {}) {
  const files = vsceRun(['ls', '--no-dependencies'], root).split('\n').map((l) => l.trim()).filter(Boolean);
  if (!files.includes('package.json')) throw new Error(`vsce ls listed no package.json:\n${files.join('\n')}`);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (!files.includes(manifest.browser.replace(/^\.\//, ''))) throw new Error(`two-hats.vsix would not contain ${manifest.browser}`);
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    if (f === 'package.json' || (webOnly && NODE_ONLY.includes(f))) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(root, f), join(dir, f));
  }
  if (webOnly) delete manifest.main;
  delete manifest.scripts;
  delete manifest.devDependencies;
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Everything staged ships: the list above is already what `vsce ls` keeps.
  writeFileSync(join(dir, '.vscodeignore'), '.vscodeignore\n');
  return dir;
}

/** `vsce package` of a staged folder, with the flags of `npm run package`; returns vsce's output. */
export function packStaged(dir, out) {
  return vsceRun(['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], dir);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = resolve(root, at >= 0 && args[at + 1] ? args[at + 1] : 'two-hats-web.vsix');
  const dir = stageExtension(stage, { webOnly: true });
  if (args.includes('--ls')) process.stdout.write(vsceRun(['ls', '--no-dependencies'], dir));
  else process.stdout.write(packStaged(dir, out));
}
