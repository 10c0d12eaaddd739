// Module load of an extension's main file outside VS Code, for scripts/bench.mjs:
// `node require-time.js <file>` requires it once, in this fresh process, with `vscode`
// answered by an inert stub, and prints the milliseconds. That is the code loading part
// of activation (compile + top-level evaluation) without the extension host around it.
'use strict';

const Module = require('module');
const { performance } = require('perf_hooks');

const stub = new Proxy(function () {}, {
  get: (_, key) => (key === 'then' ? undefined : stub),
  apply: () => stub,
  construct: () => stub,
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? stub : load.call(this, request, ...rest);
};

// Warm the loader itself (resolution, fs, compile paths) on a throwaway file first: inside the
// extension host it is long warm, so a first require here would overstate small modules.
const fs = require('fs');
const path = require('path');
const warm = path.join(require('os').tmpdir(), `two-hats-require-warmup-${process.pid}.js`);
fs.writeFileSync(warm, 'exports.warm = true;\n');
try {
  require(warm);
} finally {
  fs.rmSync(warm, { force: true });
}

const t0 = performance.now();
require(path.resolve(process.argv[2]));
process.stdout.write(String(performance.now() - t0));
