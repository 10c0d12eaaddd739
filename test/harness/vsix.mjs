// Packs extension folders into VSIX files with the project's own vsce.
//
// Why VSIX and not copying the folder into --extensions-dir: VS Code keeps
// extensions.json in that folder as the list of installed extensions; a
// folder copied in beside it is never loaded (tried on code-server 4.139.1).
// `code-server --install-extension x.vsix` is what registers it there.
//
// CLI: node test/harness/vsix.mjs <extension-dir> [out.vsix]

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vscodePaths } from '../../scripts/setup-vscode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '..', '..');
const vsceBin = join(projectRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Pack `dir` into `out` (throws with vsce's output on failure). */
export function packVsix(dir, out) {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  // Test-only extensions carry no repository, licence or dependencies;
  // these flags stop vsce from prompting (no stdin in CI) or failing.
  const r = spawnSync(process.execPath, [vsceBin, 'package', '--out', resolve(out),
    '--allow-missing-repository', '--skip-license', '--no-dependencies', '--allow-star-activation'],
  { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 || !existsSync(out)) throw new Error(`vsce package failed in ${dir}:\n${r.stdout}${r.stderr}`);
  return resolve(out);
}

function hashDir(dir) {
  const h = createHash('sha256');
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (name === 'node_modules' || name.endsWith('.vsix')) continue;
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(dir, p)).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 12);
}

/** Pack `dir` once per content: reuses <cache>/vsix/<name>-<hash>.vsix. */
export function cachedVsix(dir) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  const out = join(vscodePaths().cache, 'vsix', `${name}-${hashDir(dir)}.vsix`);
  if (existsSync(out)) return out;
  // Pack beside, then rename: parallel runs never see a half-written file.
  renameSync(packVsix(dir, `${out}.${process.pid}.tmp`), out);
  return out;
}

/** A .vsix path as is; an extension folder packed (cached) into one. */
export function asVsix(pathOrDir) {
  return statSync(pathOrDir).isDirectory() ? cachedVsix(resolve(pathOrDir)) : resolve(pathOrDir);
}

export const runnerExtensionDir = join(projectRoot, 'test', 'runner-extension');
export const runnerVsix = () => cachedVsix(runnerExtensionDir);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, out] = process.argv.slice(2);
  if (!dir) { console.error('usage: node test/harness/vsix.mjs <extension-dir> [out.vsix]'); process.exit(2); }
  console.log(out ? packVsix(dir, out) : cachedVsix(resolve(dir)));
}
