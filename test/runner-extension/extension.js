// Test runner that lives inside the extension host.
//
// Why an extension: code-server ignores VS Code's extensionTestsPath (neither
// the CLI nor the `payload` URL query starts a test run), but environment
// variables set on the code-server process do reach the extension host. So
// this extension activates on startup and, when told to by env, runs mocha
// there, where `require('vscode')` works, and writes a JSON result file the
// harness waits for.
//
//   TWO_HATS_TEST_SUITES  compiled *.test.js files or folders searched recursively,
//                         several joined by the path delimiter (':')
//   TWO_HATS_TEST_RESULT  where to write the JSON result
//   TWO_HATS_MOCHA        the project's node_modules/mocha (not bundled here)
//   TWO_HATS_TEST_GREP    optional mocha --grep
//   TWO_HATS_TEST_TIMEOUT optional per-test timeout in ms (default 20000)
//
// UI is BDD (describe/it/before/after): the same style the project's
// plain-Node browser tests use, so one mental model for both.
'use strict';

const fs = require('fs');
const path = require('path');

function collect(target) {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  const out = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const p = path.join(target, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...collect(p));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

// Written to a temp name then renamed: the harness polls for the file and
// must never see half of it.
function writeResult(file, result) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file + '.tmp', JSON.stringify(result, null, 2));
  fs.renameSync(file + '.tmp', file);
}

function loadMocha(dir) {
  // mocha 12 is an ES module package but keeps a CommonJS build; requiring
  // that keeps test files loading through require(), which is the path the
  // extension host intercepts to hand out the `vscode` module.
  const cjs = path.join(dir, 'lib', 'mocha.cjs');
  return require(fs.existsSync(cjs) ? cjs : dir);
}

async function run(suites, resultFile) {
  const Mocha = loadMocha(process.env.TWO_HATS_MOCHA || 'mocha');
  const tests = [];
  const failures = [];
  const record = (test, state, err) => {
    const item = {
      title: test.title,
      fullTitle: test.fullTitle(),
      file: test.file,
      duration: test.duration,
      state,
    };
    if (err) {
      item.message = String(err && err.message !== undefined ? err.message : err);
      item.stack = err && err.stack;
      failures.push(item);
    }
    tests.push(item);
    // One line per finished test, so the harness can tell a slow run from a stuck one.
    try {
      fs.appendFileSync(resultFile + '.progress', JSON.stringify({ state, fullTitle: item.fullTitle }) + '\n');
    } catch {
      // Progress is a courtesy; the result file is what counts.
    }
  };

  // A reporter that only records; the harness does the printing.
  function Recorder(runner) {
    const E = Mocha.Runner.constants;
    runner.on(E.EVENT_TEST_PASS, (t) => record(t, 'passed'));
    runner.on(E.EVENT_TEST_FAIL, (t, err) => record(t, 'failed', err)); // hooks too
    runner.on(E.EVENT_TEST_PENDING, (t) => record(t, 'pending'));
  }

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: Recorder,
    timeout: Number(process.env.TWO_HATS_TEST_TIMEOUT) || 20000,
    color: false,
    grep: process.env.TWO_HATS_TEST_GREP || undefined,
  });
  for (const f of suites.split(path.delimiter).flatMap(collect)) mocha.addFile(f);

  // A promise of Two Hats rejected with nobody to catch it is a bug even when every test
  // passed: it fails the run. Other extensions share this host, so only ours count (the
  // stack or message names the installed two-hats extension).
  const rejections = [];
  const onRejection = (reason) => {
    const text = String((reason && (reason.stack || reason.message)) || reason);
    if (/two-hats\.two-hats|[\\/]dist[\\/](extension|features|panel|packs)\.js/.test(text)) rejections.push(text);
  };
  process.on('unhandledRejection', onRejection);

  const started = Date.now();
  await new Promise((resolve) => mocha.run(() => resolve()));
  // Give late rejections from the last test a moment to surface.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  process.off('unhandledRejection', onRejection);
  for (const text of rejections) {
    const item = { title: 'no unhandled rejection', fullTitle: 'extension host: no unhandled promise rejection from Two Hats', state: 'failed', message: text.split('\n')[0], stack: text };
    failures.push(item);
    tests.push(item);
  }
  writeResult(resultFile, {
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: failures.length,
    pending: tests.filter((t) => t.state === 'pending').length,
    durationMs: Date.now() - started,
    failures,
    tests,
  });
}

// Bridge for browser (playwright) tests running in plain Node: a loopback
// HTTP endpoint that answers questions only the extension host can answer
// reliably. The workbench DOM holds no text model (no global monaco, the
// edit context/textarea only mirror a few lines, .view-lines are virtualised
// and wrapped), so the exact editor text comes from here.
//   TWO_HATS_BRIDGE  folder where each extension host (one per workbench window: one
//                    code-server may serve several windows, one after another) writes
//                    <pid>.json = { port, folders, logDir }: its port, its workspace
//                    folders and its own log folder (remoteexthost.log is there)
//   POST /editorText              -> { text, uri, languageId, version } | null
//   POST /command {id, args}      -> { result } (executeCommand, JSON-safe)
//   POST /setting {key, value}    -> {} (a user setting, e.g. workbench.colorTheme)
//   POST /extension {id}          -> { isActive } | null
function startBridge(dir, logDir) {
  const http = require('http');
  const vscode = require('vscode');
  const handlers = {
    async editorText() {
      const ed = vscode.window.activeTextEditor || vscode.window.visibleTextEditors[0];
      if (!ed) return null;
      const d = ed.document;
      return { text: d.getText(), uri: d.uri.toString(), languageId: d.languageId, version: d.version };
    },
    async command(body) {
      const result = await vscode.commands.executeCommand(body.id, ...(body.args || []));
      return { result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
    },
    async setting(body) {
      await vscode.workspace.getConfiguration().update(body.key, body.value, vscode.ConfigurationTarget.Global);
      return {};
    },
    async extension(body) {
      const ext = vscode.extensions.getExtension(body.id);
      return ext ? { isActive: ext.isActive } : null;
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
        res.writeHead(err.code === 404 ? 404 : 500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: String(err && err.message) }));
      }
    });
  });
  const file = path.join(dir, `${process.pid}.json`);
  server.listen(0, '127.0.0.1', () => {
    const info = { port: server.address().port, folders: (vscode.workspace.workspaceFolders || []).map((f) => f.uri.fsPath), logDir };
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file + '.tmp', JSON.stringify(info));
    fs.renameSync(file + '.tmp', file);
  });
  server.on('close', () => fs.rmSync(file, { force: true }));
  return server;
}

let bridge;

exports.activate = function activate(context) {
  // This extension host's log folder: the parent of the runner's own log folder.
  const extensionHostLogDir = path.dirname(context.logUri.fsPath);
  if (process.env.TWO_HATS_BRIDGE) bridge = startBridge(process.env.TWO_HATS_BRIDGE, extensionHostLogDir);
  const suites = process.env.TWO_HATS_TEST_SUITES;
  const resultFile = process.env.TWO_HATS_TEST_RESULT;
  // Suites read the extension host log through this (which extension activated, on which event).
  const api = { extensionHostLogDir };
  if (!suites || !resultFile) return api;
  // Run after activation returns so we do not hold up the extension host.
  setTimeout(() => {
    run(suites, resultFile).catch((err) => {
      // Runner-level failure (bad path, syntax error in a suite...): still
      // produce a result so the harness fails fast with the reason.
      // A SyntaxError's stack starts with "file:line": keep it, it is the
      // only place that names the broken suite.
      const where = String((err && err.stack) || '').split('\n')[0];
      const message = (/:\d+$/.test(where) ? `${where}: ` : '') + String(err && err.message);
      const item = { title: 'test runner', fullTitle: 'test runner', state: 'failed', message, stack: err && err.stack };
      writeResult(resultFile, { passed: 0, failed: 1, pending: 0, failures: [item], tests: [item], error: item.message });
    });
  }, 0);
  return api;
};

exports.deactivate = function deactivate() {
  if (bridge) bridge.close();
};
