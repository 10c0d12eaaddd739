// The build the bench measures: where its artifacts are, rebuilding them when
// they are missing or stale, and bundling snippets of src/ to import here.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { say } from './progress.mjs';

/** The project's root directory. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const name of readdirSync(p)) m = Math.max(m, newestMtime(join(p, name)));
  return m;
}

/** Where the build put `name` under dist/ (shallowest first), e.g. dist/webview/webview.js; undefined if nowhere. */
export function findInDist(name, dir = join(root, 'dist')) {
  if (!existsSync(dir)) return undefined;
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name === name)) return join(dir, name);
  for (const e of entries) {
    const found = e.isDirectory() ? findInDist(name, join(dir, e.name)) : undefined;
    if (found) return found;
  }
  return undefined;
}

const ARTIFACTS = ['extension.js', 'webview.js', 'yaml.js', 'content.json'];

/** Runs `npm run package:test` when `force`, or when an artifact is missing or older than its sources. */
export function ensureBuilt({ force = false } = {}) {
  const artifacts = [...ARTIFACTS.map((f) => findInDist(f) ?? join(root, 'dist', f)), join(root, 'two-hats.vsix')];
  const missing = artifacts.filter((f) => !existsSync(f));
  const sources = Math.max(...['src', 'content', 'media', 'package.json', 'package.nls.json', 'esbuild.mjs'].map((f) => newestMtime(join(root, f))));
  const oldest = missing.length ? 0 : Math.min(...artifacts.map((f) => statSync(f).mtimeMs));
  const why = force ? '--build' : missing.length ? `missing ${missing.map((f) => f.slice(root.length + 1)).join(', ')}` : sources > oldest ? 'sources are newer than the build' : '';
  if (!why) return;
  say(`building (${why}): npm run package:test`);
  const r = spawnSync('npm', ['run', 'package:test'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run package:test failed:\n${r.stdout}${r.stderr}`);
  const still = [...ARTIFACTS.filter((f) => !findInDist(f)), ...(existsSync(join(root, 'two-hats.vsix')) ? [] : ['two-hats.vsix'])];
  if (still.length) throw new Error(`the build did not produce ${still.join(', ')} (another build running in this work tree?)`);
}

/** Bundles `contents` (TypeScript importing from src/) to an ES module in `dir` and imports it. */
export async function bundle(dir, name, contents, { minify = true, time = false } = {}) {
  const esbuild = await import('esbuild');
  const outfile = join(dir, `${name}.mjs`);
  // As esbuild.mjs builds the extension: minified, es2022, for Node.
  await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' }, outfile, bundle: true, minify, platform: 'node', format: 'esm',
    target: 'es2022', logLevel: 'warning', legalComments: 'none',
    // CommonJS libraries inside (yaml requires `process`) need a require in an ES module.
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  const t0 = performance.now();
  const mod = await import(pathToFileURL(outfile).href);
  return time ? { ...mod, loadMs: performance.now() - t0 } : mod;
}
