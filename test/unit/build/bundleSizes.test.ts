import * as assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
const KB = 1024;

/**
 * The size budget of shared/DESIGN.md: a size is not a timing, so a test holds it. The activation
 * shell and the webview have the design's budgets; every chunk loaded later, and the web bundle,
 * has its size of 2026-12-06 (`node esbuild.mjs`) plus 25%: room to grow, but a chunk that suddenly
 * pulls in a library, or a shell that stops being lazy, fails here.
 */
const BUDGETS_KB: readonly (readonly [file: string, budgetKB: number])[] = [
  ['dist/extension.js', 100], // the activation shell, 4.3 KB today
  ['dist/webview/webview.js', 60], // 53.7 KB
  ['dist/features.js', 164], // 130.9 KB: commands, completions, notes, content
  ['dist/panel.js', 85], // 67.6 KB: the panel provider and the message schemas
  ['dist/packs.js', 48], // 38.2 KB: team packs, their schema and jsonc-parser
  ['dist/yaml.js', 141], // 112.5 KB: the YAML library, for front matter
  ['dist/web/extension.js', 338], // 269.8 KB: VS Code for the Web, chunks inlined
];

describe('bundle sizes (the build before the unit tests)', () => {
  for (const [file, budgetKB] of BUDGETS_KB) {
    it(`keeps ${file} under ${budgetKB} KB`, () => {
      const kb = statSync(join(root, file)).size / KB;
      assert.ok(kb < budgetKB, `${file} is ${kb.toFixed(1)} KB`);
    });
  }
});
