// Bench section "load": require() of dist/extension.js vs the empty extension
// in fresh Node processes (vscode stubbed by require-time.js): the
// code-loading share of activation, without the extension host.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { vscodePaths } from '../../scripts/setup-vscode.mjs';
import { findInDist, root } from './build.mjs';
import { ratio, stats } from './stats.mjs';

export function moduleLoad() {
  // The extension host's own Node when code-server is installed, else this one.
  const node = existsSync(vscodePaths().node) ? vscodePaths().node : process.execPath;
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const probe = join(root, 'test', 'bench', 'require-time.js');
  const files = { twoHats: findInDist('extension.js'), empty: join(root, 'test', 'bench', 'empty-extension', 'extension.js') };
  const times = { twoHats: [], empty: [] };
  const RUNS = 15;
  for (let i = 0; i < RUNS; i++) {
    for (const key of i % 2 ? ['empty', 'twoHats'] : ['twoHats', 'empty']) {
      const r = spawnSync(node, [probe, files[key]], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`loading ${files[key]} failed:\n${r.stderr}`);
      times[key].push(Number(r.stdout));
    }
  }
  const twoHats = stats(times.twoHats);
  const empty = stats(times.empty);
  return { node: version, runs: RUNS, twoHats, empty, ratio: ratio(twoHats.median, empty.median) };
}
