import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

/** The lazy chunks (esbuild.mjs): each is loaded by file name at run time, so the VSIX must hold it. */
describe('lazy chunks (the build before the unit tests)', () => {
  const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8').split(/\r?\n/).filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  const required = new Set<string>();
  for (const file of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(join(root, 'dist', file), 'utf8').matchAll(/require\("\.\/([\w-]+\.js)"\)/g)) required.add(`dist/${m[1]}`);
  }

  it('finds the chunks the bundles load (the scan can see them)', () => {
    assert.ok(required.has('dist/features.js') && required.has('dist/markdown.js'), [...required].join(', '));
  });

  it('ships every chunk a bundle loads: built, and let through .vscodeignore', () => {
    for (const chunk of required) {
      assert.ok(existsSync(join(root, chunk)), `${chunk} was not built`);
      assert.ok(shipped.includes(chunk), `${chunk} is loaded at run time but .vscodeignore leaves it out of the VSIX`);
    }
  });
});
