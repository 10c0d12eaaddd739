// Whether two-hats.vsix and two-hats-web.vsix still hold what the sources say, so that one browser
// or in-host test file can run in seconds against the VSIX already built, and never against a
// stale one: they are rebuilt (npm run package:test) only when a file that goes into them is newer.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const VSIX_FILES = ['two-hats.vsix', 'two-hats-web.vsix'];

/**
 * What the VSIXes are built from: the code and content the build bundles, the build itself, and
 * the files vsce packs as they are (.vscodeignore lists them). `l10n/` is not here: the build
 * writes it.
 */
export const VSIX_INPUTS = ['src', 'content', 'media', 'scripts/build', 'esbuild.mjs', 'scripts/package-web.mjs',
  'package.json', 'package.nls.json', 'package-lock.json', 'tsconfig.json', '.vscodeignore',
  'README.md', 'CHANGELOG.md', 'LICENSE', 'SECURITY.md'];

/** The most recently modified file under `paths`: { file, mtimeMs } (file is relative to the project). */
function newest(paths) {
  let best = { file: undefined, mtimeMs: 0 };
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) visit(join(p, name));
    } else if (st.mtimeMs > best.mtimeMs) {
      best = { file: relative(projectRoot, p), mtimeMs: st.mtimeMs };
    }
  };
  for (const p of paths) visit(join(projectRoot, p));
  return best;
}

/** Why the VSIXes must be rebuilt, or undefined when both are newer than every input. */
export function staleReason() {
  const missing = VSIX_FILES.filter((f) => !existsSync(join(projectRoot, f)));
  if (missing.length) return `${missing.join(' and ')} not built yet`;
  const built = Math.min(...VSIX_FILES.map((f) => statSync(join(projectRoot, f)).mtimeMs));
  const source = newest(VSIX_INPUTS);
  return source.mtimeMs > built ? `${source.file} is newer than the VSIX` : undefined;
}

/**
 * Builds the VSIXes when `force` or when they are stale; says which it did. Throws when the build
 * fails.
 */
export function ensureFreshVsix({ force = false, log = (m) => console.log(`[build] ${m}`) } = {}) {
  const reason = force ? 'asked to rebuild (--rebuild)' : staleReason();
  if (!reason) {
    const at = new Date(Math.min(...VSIX_FILES.map((f) => statSync(join(projectRoot, f)).mtimeMs)));
    log(`${VSIX_FILES.join(' and ')} are newer than every source (built ${at.toLocaleTimeString()}): not rebuilding (--rebuild forces it)`);
    return false;
  }
  log(`${reason}: npm run package:test`);
  const r = spawnSync('npm', ['run', '--silent', 'package:test'], { cwd: projectRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run package:test failed (exit ${r.status ?? r.signal})`);
  return true;
}
