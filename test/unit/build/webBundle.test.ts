import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WEB_OUTFILE, webBundleProblems } from '../../../scripts/build/webBundle.mjs';

const root = join(__dirname, '..', '..', '..', '..');

/** A fake project: the browser bundle's text, and our own sources by path. */
function project(bundle: string, sources: Record<string, string> = {}, imports: { path: string; external?: boolean }[] = [{ path: 'vscode', external: true }]) {
  const dir = mkdtempSync(join(tmpdir(), 'two-hats-web-check-'));
  const write = (p: string, text: string) => { mkdirSync(dirname(join(dir, p)), { recursive: true }); writeFileSync(join(dir, p), text); };
  write(WEB_OUTFILE, bundle);
  for (const [p, text] of Object.entries(sources)) write(p, text);
  const metafile = { outputs: { [WEB_OUTFILE]: { imports } }, inputs: Object.fromEntries(Object.keys(sources).map((p) => [p, {}])) };
  return { dir, metafile };
}

describe('the browser bundle check (scripts/build/webBundle.mjs)', () => {
  const made: string[] = [];
  const check = (...args: Parameters<typeof project>) => {
    const p = project(...args);
    made.push(p.dir);
    return webBundleProblems(p.dir, p.metafile);
  };
  after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

  it('passes a bundle that only requires vscode and names Node globals only in strings or as properties', () => {
    assert.deepEqual(check('var v=require("vscode");x.process(1);const s="process and Buffer";y={global:1};', { 'src/a.ts': '// no fsPath here\nexport const a = 1;\n' }), []);
  });

  it('fails on a require other than vscode, an import other than vscode, and each Node global', () => {
    const problems = check('require("vscode");require("./features.js");process.env.X;Buffer.from("");__dirname;setImmediate(f);', {}, [{ path: 'vscode', external: true }, { path: 'node:fs', external: true }]);
    assert.deepEqual(problems, [
      'imports node:fs (external): only vscode is provided in a web worker',
      'calls require("./features.js"): only require("vscode") works in a web worker',
      'uses the Node global process',
      'uses the Node global Buffer',
      'uses the Node global __dirname',
      'uses the Node global setImmediate',
    ]);
  });

  it('fails when our own code uses fsPath, a Worker or a Node module', () => {
    const problems = check('require("vscode");', {
      'src/host/a.ts': 'export const p = (u: { fsPath: string }) => u.fsPath;\n',
      'src/host/b.ts': 'export const w = () => new Worker("x.js");\n',
      'src/host/c.ts': "import { readFileSync } from 'node:fs';\n",
    });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0]!, /src\/host\/a\.ts uses fsPath/);
    assert.match(problems[1]!, /src\/host\/b\.ts uses a Worker/);
    assert.match(problems[2]!, /src\/host\/c\.ts uses a Node module/);
  });

  it('finds nothing in the built dist/web/extension.js, which holds the features, panel and packs chunks itself', () => {
    const code = readFileSync(join(root, WEB_OUTFILE), 'utf8');
    assert.deepEqual([...new Set(code.match(/\brequire\([^)]*\)/g))], ['require("vscode")']);
    // Strings only the inlined chunks hold: a command's, the panel's and the packs' code.
    for (const marker of ['Two Hats has no handler for', 'Content-Security-Policy', '**/node_modules/**']) assert.ok(code.includes(marker), marker);
  });
});
