// The Two Hats VSIX the bench installs: the packaged extension as it ships, except that its
// manifest has no activation events of its own. Two Hats activates on onStartupFinished (for
// the "1:1s due" status bar); the bench driver must activate it itself, cold, to time it
// beside the empty extension. Same code, same contributions, same bundles.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packVsix } from '../harness/vsix.mjs';
import { root } from './build.mjs';

/** Writes the variant's folder under `dir` and packs it; returns the VSIX path. */
export function benchVariantVsix(dir) {
  const folder = join(dir, 'two-hats-bench-variant');
  mkdirSync(folder, { recursive: true });
  for (const p of ['dist', 'media', 'l10n', 'package.nls.json', 'LICENSE']) {
    if (existsSync(join(root, p))) cpSync(join(root, p), join(folder, p), { recursive: true });
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  manifest.activationEvents = [];
  delete manifest.scripts;
  delete manifest.devDependencies;
  delete manifest.dependencies;
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(folder, 'README.md'), '# Two Hats (bench variant)\n\nThe packaged extension without activation events of its own. Bench-only.\n');
  writeFileSync(join(folder, '.vscodeignore'), 'dist/**/*.map\n');
  return packVsix(folder, join(dir, 'two-hats-bench.vsix'));
}
