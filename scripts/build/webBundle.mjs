// The browser entry (package.json `browser`): dist/web/extension.js, one CommonJS bundle for VS
// Code for the Web's web worker extension host, which gives an extension `require('vscode')` and
// nothing else. The Node build loads its lazy chunks with `require('./features.js')` and the like
// (see esbuild.mjs); here the same calls resolve to the modules themselves, so both builds share
// one loading seam and the browser bundle stays one file.
//
// checkWebBundle() fails the build when the bundle could not run in a web worker: an import other
// than `vscode`, a `require` of anything else, a Node global (`process`, `Buffer`, `__dirname`,
// `setImmediate`...), or, in our own sources, `fsPath` or a Worker (the host cannot spawn one).
// src/web/tsconfig.json type-checks the same files without Node types.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Each lazy chunk's module: what `require('./<chunk>.js')` means inside the browser bundle. */
export const WEB_CHUNKS = {
  './features.js': 'src/features.ts',
  './panel.js': 'src/panel/panelProvider.ts',
  './packs.js': 'src/host/contentPacks.ts',
};

export const WEB_OUTFILE = 'dist/web/extension.js';

function inlineChunks(root) {
  return {
    name: 'inline-chunks',
    setup(build) {
      build.onResolve({ filter: /^\.\/(features|panel|packs)\.js$/ }, (args) => ({ path: join(root, WEB_CHUNKS[args.path]) }));
    },
  };
}

/** esbuild options of the browser entry, over the shared `common` options. */
export function webOptions(root, common) {
  return {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: WEB_OUTFILE,
    platform: 'browser',
    format: 'cjs',
    // `browser` first: packages that ship a browser build (yaml does) use it.
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    // src/host/extensionHost.ts: features that need Node say so in one line.
    define: { TWO_HATS_WEB: 'true' },
    metafile: true,
    plugins: [inlineChunks(root)],
  };
}

// Free uses of Node's globals, not property names (`x.process`) nor parts of longer names.
const NODE_GLOBALS = /(?<![\w$.])(process|Buffer|__dirname|__filename|setImmediate|clearImmediate|global)(?![\w$])(?!\s*:)/g;
const OWN_SOURCE_BANS = [
  { re: /\.fsPath\b/, why: 'fsPath (a browser has no file paths: use the Uri)' },
  { re: /\bnew\s+Worker\s*\(/, why: 'a Worker (the web worker extension host cannot spawn one)' },
  { re: /\bfrom\s+['"](node:)?(fs|path|os|child_process|worker_threads|crypto|util|url|stream|events)['"]/, why: 'a Node module' },
];

/**
 * Problems that stop dist/web/extension.js from running in a web worker, one line each (none: []).
 * `metafile` is esbuild's for the browser build.
 */
export function webBundleProblems(root, metafile) {
  const problems = [];
  const output = metafile.outputs[WEB_OUTFILE];
  if (!output) return [`${WEB_OUTFILE} was not built`];
  for (const i of output.imports) {
    if (i.path !== 'vscode') problems.push(`imports ${i.path}${i.external ? ' (external)' : ''}: only vscode is provided in a web worker`);
  }
  const code = readFileSync(join(root, WEB_OUTFILE), 'utf8');
  for (const m of code.matchAll(/\brequire\s*\(\s*([^)]*)\)/g)) {
    if (!/^["']vscode["']$/.test(m[1].trim())) problems.push(`calls require(${m[1]}): only require("vscode") works in a web worker`);
  }
  // Strings and comments of third-party code may name these words; the minified code has no
  // comments, and a string that names a global is not a use: strip string literals first.
  const withoutStrings = code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
  const globals = new Set([...withoutStrings.matchAll(NODE_GLOBALS)].map((m) => m[1]));
  for (const g of globals) problems.push(`uses the Node global ${g}`);
  for (const input of Object.keys(metafile.inputs)) {
    if (!input.startsWith('src/')) continue;
    const text = readFileSync(join(root, input), 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
    for (const ban of OWN_SOURCE_BANS) if (ban.re.test(text)) problems.push(`${relative(root, join(root, input))} uses ${ban.why}`);
  }
  return problems;
}

/** esbuild options of the @vscode/test-web suite (test/web/index.ts), bundled like the browser entry. */
export function webTestOptions(root, common) {
  return { ...webOptions(root, common), entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/index.js', minify: false, metafile: false };
}
