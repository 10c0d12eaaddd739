// Activation bench, run inside the extension host by scripts/bench.mjs.
//
// Each fresh extension host (one per workbench page load) activates every
// extension in TWO_HATS_BENCH_EXTENSIONS once, cold, through the public
// `Extension.activate()`, and appends one JSON line to TWO_HATS_BENCH_RESULT:
//
//   { sample, order, wasActive: { id: bool }, api: { id: ms },
//     vscode: { id: { load, call, resolved, event } } | null }
//
// It first waits TWO_HATS_BENCH_SETTLE_MS (default 1000) for the startup burst
// to pass. To read VS Code's record it opens (and then closes) the "Startup
// Performance" editor.
//
// `api` is performance.now() around `activate()`: loading the main module,
// creating the ExtensionContext and running activate() until its promise
// settles. `vscode` is VS Code's own record of the same activations (code
// loading, activate call, activate resolved), read from the "Developer:
// Startup Performance" document, which the workbench renders from the
// extension host's activation times.
//
// The order alternates per sample, so whichever goes first never always pays
// for what the extension host initialises lazily on a first activation.
//
// `heap` is the extension host's V8 heap in use after a full garbage collection:
// before any of them is activated, and after each activation.
//
// When TWO_HATS_BENCH_BRIDGE names a file, the driver also serves a small HTTP
// bridge on 127.0.0.1 (its port written to that file; each fresh extension host
// writes it anew) for the bench's scale and memory runs:
//   POST /heap                     -> { heapUsed } after a full GC
//   POST /command { id, args }     -> { result } (executeCommand, JSON-safe)
//   POST /readCounts               -> Two Hats' exported readCounts()
//   POST /setting { key, value }   -> updates a twoHats.* workspace setting
//   POST /api { method }           -> Two Hats' exported API method (e.g. indexBuild), awaited
'use strict';

const fs = require('fs');
const { performance } = require('perf_hooks');
const v8 = require('v8');
const vm = require('vm');

v8.setFlagsFromString('--expose-gc');
/** A full garbage collection, from a context made after the flag was set. */
const gc = vm.runInNewContext('gc');
function heapUsed() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function startBridge(portFile) {
  const http = require('http');
  const vscode = require('vscode');
  const handlers = {
    heap: async () => ({ heapUsed: heapUsed() }),
    async command(body) {
      const result = await vscode.commands.executeCommand(body.id, ...(body.args || []));
      return { result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
    },
    async readCounts() {
      const ext = vscode.extensions.getExtension('two-hats.two-hats');
      return ext && ext.isActive ? ext.exports.readCounts() : null;
    },
    async api(body) {
      const ext = vscode.extensions.getExtension('two-hats.two-hats');
      if (!ext || !ext.isActive || typeof ext.exports[body.method] !== 'function') throw new Error(`Two Hats has no API method ${body.method}`);
      return { result: (await ext.exports[body.method]()) ?? null };
    },
    async setting(body) {
      await vscode.workspace.getConfiguration('twoHats').update(body.key, body.value, vscode.ConfigurationTarget.Workspace);
      return {};
    },
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => { raw += c; });
    req.on('end', async () => {
      const handler = handlers[req.url.replace(/^\//, '')];
      try {
        if (!handler || req.method !== 'POST') throw Object.assign(new Error('unknown endpoint ' + req.url), { code: 404 });
        const out = await handler(raw ? JSON.parse(raw) : {});
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
      } catch (err) {
        res.writeHead(err.code === 404 ? 404 : 500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(err && err.message) }));
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    fs.writeFileSync(portFile + '.tmp', String(server.address().port));
    fs.renameSync(portFile + '.tmp', portFile);
  });
  return server;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function previousSamples(file) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

/** Rows of the "Extension Activation Stats" table: | id | eager | load | call | resolved | event | by | */
function parseStats(text, ids) {
  const at = text.indexOf('Extension Activation Stats');
  if (at < 0) return undefined;
  const out = {};
  for (const line of text.slice(at).split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 8) continue;
    const id = ids.find((x) => x.toLowerCase() === cells[1].toLowerCase());
    if (!id) continue;
    out[id] = { load: Number(cells[3]), call: Number(cells[4]), resolved: Number(cells[5]), event: cells[6] };
  }
  return ids.every((id) => out[id]) ? out : undefined;
}

async function vscodeTimes(vscode, ids) {
  // The workbench's content provider for `perf:` is not reachable through openTextDocument;
  // once the command has opened the editor, its model is synced to us like any document.
  try {
    await vscode.commands.executeCommand('perfview.show');
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'perf');
      const stats = doc && parseStats(doc.getText(), ids);
      if (stats) {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        return stats;
      }
      await sleep(100);
    }
  } catch (err) {
    return { error: String(err && err.message) };
  }
  return null;
}

async function bench(resultFile, ids, settleMs) {
  const vscode = require('vscode');
  // Let the startup burst (built-in extensions, workbench restore) die down first.
  await sleep(settleMs);
  const sample = previousSamples(resultFile);
  const order = sample % 2 === 0 ? ids : [...ids].reverse();
  const api = {};
  const wasActive = {};
  const heap = { before: heapUsed() };
  for (const id of order) {
    const ext = vscode.extensions.getExtension(id);
    if (!ext) throw new Error(`extension ${id} is not installed`);
    wasActive[id] = ext.isActive;
    const h0 = heapUsed();
    const t0 = performance.now();
    await ext.activate();
    api[id] = performance.now() - t0;
    heap[id] = heapUsed() - h0;
  }
  const result = { sample, order, wasActive, api, heap, vscode: await vscodeTimes(vscode, ids) };
  fs.appendFileSync(resultFile, JSON.stringify(result) + '\n');
}

let bridge;

exports.activate = function activate() {
  if (process.env.TWO_HATS_BENCH_BRIDGE) bridge = startBridge(process.env.TWO_HATS_BENCH_BRIDGE);
  const resultFile = process.env.TWO_HATS_BENCH_RESULT;
  const ids = (process.env.TWO_HATS_BENCH_EXTENSIONS || '').split(',').filter(Boolean);
  if (!resultFile || ids.length === 0) return;
  const settleMs = Number(process.env.TWO_HATS_BENCH_SETTLE_MS || 1000);
  // After activate() returns: our own activation is not what is measured.
  setTimeout(() => {
    bench(resultFile, ids, settleMs).catch((err) => {
      fs.appendFileSync(resultFile, JSON.stringify({ error: String((err && err.stack) || err) }) + '\n');
    });
  }, 0);
};

exports.deactivate = function deactivate() {
  if (bridge) bridge.close();
};
