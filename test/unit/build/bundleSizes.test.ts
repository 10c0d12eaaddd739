import * as assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
const KB = 1024;

/** The size budget of shared/DESIGN.md: a size is not a timing, so a test holds it. */
describe('bundle sizes (the build before the unit tests)', () => {
  for (const [file, budgetKB] of [['dist/extension.js', 100], ['dist/webview/webview.js', 60]] as const) {
    it(`keeps ${file} under ${budgetKB} KB`, () => {
      const kb = statSync(join(root, file)).size / KB;
      assert.ok(kb < budgetKB, `${file} is ${kb.toFixed(1)} KB`);
    });
  }
});
