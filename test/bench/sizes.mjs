// Bench section "sizes": the bundles, content.json and the VSIX on disk,
// against the size budget.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { KB, TARGETS } from './budget.mjs';
import { findInDist, root } from './build.mjs';

/** dist/extension.js, webview.js, yaml.js (lazy chunk), content.json and two-hats.vsix, in bytes and KB. */
export function sizes() {
  const files = [
    { path: findInDist('extension.js'), targetKB: TARGETS.extensionKB },
    { path: findInDist('webview.js'), targetKB: TARGETS.webviewKB },
    { path: findInDist('yaml.js'), note: 'lazy chunk, loaded on the first note read' },
    { path: findInDist('content.json') },
    { path: join(root, 'two-hats.vsix') },
  ];
  return files.map((f) => {
    const bytes = statSync(f.path).size;
    const out = { file: f.path.slice(root.length + 1), bytes, kb: bytes / KB };
    if (f.targetKB) Object.assign(out, { targetKB: f.targetKB, ratio: bytes / KB / f.targetKB, withinTarget: bytes / KB < f.targetKB });
    if (f.note) out.note = f.note;
    return out;
  });
}
