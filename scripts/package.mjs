#!/usr/bin/env node
// `npm run package` (after the build): packs two-hats.vsix with vsce and checks it as the two
// marketplaces would, then packs the web-only variant for the browser tests.
// - vsce: any WARNING fails the run (a missing repository is allowed: the project has none yet).
// - Open VSX (ovsx, what VSCodium, Cursor and code-server users install from): the manifest is read
//   back out of the VSIX with ovsx's own reader and validated, and the license is checked, as
//   `ovsx publish` does before it uploads.
// - What both marketplaces show: a 128 x 128 PNG icon, a gallery banner, categories they know.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vsix = join(root, 'two-hats.vsix');
/** The categories the Visual Studio Marketplace and Open VSX list. */
const CATEGORIES = new Set(['Azure', 'Data Science', 'Debuggers', 'Extension Packs', 'Education', 'Formatters', 'Keymaps', 'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization', 'AI', 'Chat', 'Other']);

const problems = [];
const vsce = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: root, encoding: 'utf8' });
process.stdout.write(vsce.stdout);
process.stderr.write(vsce.stderr);
if (vsce.status !== 0) process.exit(vsce.status ?? 1);
for (const line of `${vsce.stdout}\n${vsce.stderr}`.split('\n')) {
  if (/WARNING/i.test(line) && !/repository/i.test(line)) problems.push(`vsce: ${line.trim()}`);
}

const { readVSIXPackage } = require('ovsx/lib/zip.js');
const { isLicenseOk, validateManifest } = require('ovsx');
const manifest = await readVSIXPackage(vsix);
try {
  validateManifest(manifest);
} catch (error) {
  problems.push(`ovsx: ${error.message}`);
}
if (!await isLicenseOk(root, manifest)) problems.push('ovsx: the extension has no license (Open VSX refuses unlicensed extensions)');

const source = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (!source.icon?.endsWith('.png')) problems.push('the marketplace icon must be a PNG (package.json "icon")');
else {
  const png = readFileSync(join(root, source.icon));
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  if (png.toString('ascii', 1, 4) !== 'PNG' || w < 128 || h < 128 || w !== h) problems.push(`${source.icon} is ${w} x ${h}; the marketplaces want a square PNG of at least 128 x 128`);
}
if (!source.galleryBanner?.color) problems.push('package.json has no galleryBanner color');
for (const c of source.categories ?? []) if (!CATEGORIES.has(c)) problems.push(`"${c}" is not a marketplace category`);
if ((source.categories ?? []).includes('Notebooks')) problems.push('"Notebooks" is for Jupyter-style notebook extensions; Two Hats writes markdown notes');

if (problems.length > 0) {
  console.error(`two-hats.vsix is not ready for the marketplaces:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`two-hats.vsix: accepted by vsce (no warning) and by ovsx's checks (${manifest.publisher}.${manifest.name} ${manifest.version}, license ${manifest.license})`);

const web = spawnSync(process.execPath, [join(root, 'scripts', 'package-web.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(web.status ?? 1);
