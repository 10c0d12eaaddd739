// l10n/bundle.l10n.json: every `vscode.l10n.t('…')` string of src/, exported by @vscode/l10n-dev
// (the same extraction as `npx @vscode/l10n-dev export -o ./l10n ./src`) at each build, so the
// bundle never lags the code. VS Code reads it from the folder package.json names in `"l10n"`;
// translations sit beside it as bundle.l10n.<language>.json. The file is generated, not checked in.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';

const require = createRequire(import.meta.url);

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The exported bundle of `src/` under `root`: message → message (or `{ message, comment }`). */
export async function exportL10n(root) {
  const { getL10nJson } = require('@vscode/l10n-dev');
  const files = sourceFiles(join(root, 'src')).map((p) => ({ extension: extname(p), contents: readFileSync(p, 'utf8') }));
  return getL10nJson(files);
}

/** Writes l10n/bundle.l10n.json; returns how many strings it holds. */
export async function writeL10nBundle(root) {
  const bundle = await exportL10n(root);
  mkdirSync(join(root, 'l10n'), { recursive: true });
  writeFileSync(join(root, 'l10n', 'bundle.l10n.json'), `${JSON.stringify(bundle, null, 2)}\n`);
  return Object.keys(bundle).length;
}
