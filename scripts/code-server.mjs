// Starts throwaway code-server instances for tests and `npm start`. Everything
// is loopback-only and lives in temp dirs, and every process we start is
// killed when this Node process ends, however it ends. The Chromium that
// drives the workbench is in workbench-browser.mjs.
//
//   const server = await startCodeServer({ vsix: [a, b], env: {...}, folder });
//   const { browser, page } = await openWorkbench(server, folder);
//   ...
//   await browser.close(); await server.stop();

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureVSCode } from './setup-vscode.mjs';

const HOST = '127.0.0.1';

// How many code-servers this process started (each costs a few seconds): the test runners print
// it, so a change that starts more of them shows.
let starts = 0;
export const codeServerStarts = () => starts;

// ---------------------------------------------------------------------------
// Cleanup registry. 'exit' handlers must be synchronous, so each entry keeps
// a sync kill; signals are turned into a normal exit so 'exit' runs. We do not
// hook uncaughtException (that would stop Node from crashing and would fight
// mocha's own handler): an uncaught error still ends in 'exit'.
const live = new Set();
let hooked = false;
function track(entry) {
  if (!hooked) {
    hooked = true;
    process.on('exit', () => { for (const e of live) e.killSync(); });
    for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
      process.once(sig, () => process.exit(code));
    }
  }
  live.add(entry);
  return () => live.delete(entry);
}

/**
 * mkdtemp under the OS temp dir that is removed on stop or on any exit
 * (including Ctrl+C). Returns { path, remove() }.
 */
export function tempDir(prefix) {
  const path = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => { try { rmSync(path, { recursive: true, force: true }); } catch { /* best effort */ } };
  const untrack = track({ killSync: remove });
  return { path, remove() { untrack(); remove(); } };
}

function killGroup(pid, signal) {
  try { process.kill(-pid, signal); return true; } catch { return false; }
}

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = net.createServer();
    srv.once('error', fail);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

// Settings that keep the first window quiet and deterministic: no welcome
// page or walkthroughs stealing focus, no trust prompt, no network chatter,
// no AI chat panel opening in the secondary side bar.
export function defaultSettings(theme) {
  return {
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.openRepositoryInParentFolders': 'never',
    ...(theme ? { 'workbench.colorTheme': theme } : {}),
  };
}

/**
 * Start code-server. Options:
 *   vsix:     VSIX paths to install into the fresh extensions dir first
 *   env:      extra env for the server (reaches the extension host)
 *   settings: merged over defaultSettings(theme)
 *   theme:    colour theme label, e.g. 'Default Dark Modern'
 *   folder:   folder code-server opens by default (the URL can override)
 *   idleTimeout: seconds without any client before code-server exits itself
 *   args:     extra code-server arguments, e.g. ['--locale', 'qps-ploc']
 *   userDataFiles: { 'relative/path': text } written into the user-data dir before start
 * Returns { url, port, userDataDir, extensionsDir, logFile, pid, stop(),
 *           workbenchUrl(folder), exthostLog() }.
 */
export async function startCodeServer({ vsix = [], env = {}, settings = {}, theme, folder, idleTimeout = 120, args: extraArgs = [], userDataFiles = {} } = {}) {
  const paths = await ensureVSCode();
  const root = mkdtempSync(join(tmpdir(), 'two-hats-cs-'));
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...defaultSettings(theme), ...settings }, null, 2));
  for (const [rel, text] of Object.entries(userDataFiles)) {
    mkdirSync(join(userDataDir, rel, '..'), { recursive: true });
    writeFileSync(join(userDataDir, rel), text);
  }
  // Our own config file: otherwise code-server creates
  // ~/.config/code-server/config.yaml with a random password.
  const config = join(root, 'config.yaml');
  writeFileSync(config, 'auth: none\n');

  const baseArgs = [paths.codeServerEntry, '--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const serverEnv = {
    ...process.env,
    // code-server keeps "last opened folder" state under XDG_DATA_HOME;
    // keep that out of the real home too.
    XDG_DATA_HOME: join(root, 'xdg-data'),
    ...env,
  };
  // The server's children (extension host, pty host, file watcher) must not
  // inherit Node 20-isms like NODE_OPTIONS meant for the test process.
  delete serverEnv.NODE_OPTIONS;

  let removeTracked = () => {};
  const cleanupDirs = () => { try { rmSync(root, { recursive: true, force: true }); } catch { /* best effort */ } };
  try {
    if (vsix.length) {
      // One CLI call for all: each call costs a code-server start (~0.4 s).
      const r = spawnSync(paths.node, [...baseArgs, '--force', ...vsix.flatMap((f) => ['--install-extension', resolve(f)])],
        { env: serverEnv, encoding: 'utf8' });
      if (r.status !== 0 || /Failed|Error/i.test(r.stdout + r.stderr)) {
        throw new Error(`installing ${vsix.join(', ')} failed:\n${r.stdout}${r.stderr}`);
      }
    }

    const port = await freePort();
    const logFile = join(root, 'server.log');
    const out = openSync(logFile, 'a');
    const args = [...baseArgs, '--auth', 'none', '--bind-addr', `${HOST}:${port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
      // Safety net for when this process is SIGKILLed and no exit hook runs:
      // code-server then shuts itself down once no client has been connected
      // for ~60 s (heartbeat) + idleTimeout (code-server wants > 60). A
      // connected workbench keeps it up.
      '--idle-timeout-seconds', String(idleTimeout),
      ...extraArgs,
      ...(folder ? [resolve(folder)] : [])];
    // detached: own process group, so stop() can kill the extension host and
    // every other child with one signal.
    const child = spawn(paths.node, args, { env: serverEnv, detached: true, stdio: ['ignore', out, out] });
    starts++;
    closeSync(out);
    let exited = false;
    const exitedP = new Promise((ok) => child.once('exit', () => { exited = true; ok(); }));

    const entry = {
      killSync() { killGroup(child.pid, 'SIGKILL'); cleanupDirs(); },
    };
    removeTracked = track(entry);

    const url = `http://${HOST}:${port}/`;
    const server = {
      url, port, root, userDataDir, extensionsDir, logFile, pid: child.pid,
      workbenchUrl: (f) => (f ? `${url}?folder=${encodeURIComponent(resolve(f))}` : url),
      /** Whether the server has ended (stopped, or by its idle timeout while no window was open on it). */
      get exited() { return exited; },
      /** Text of the newest extension host log (activation, console output). */
      exthostLog: () => readExthostLog(userDataDir),
      serverLog: () => { try { return readFileSync(logFile, 'utf8'); } catch { return ''; } },
      async stop() {
        killGroup(child.pid, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
        await Promise.race([exitedP, new Promise((r) => setTimeout(r, 6000))]);
        clearTimeout(timer);
        // Children may outlive the leader: sweep the group regardless.
        killGroup(child.pid, 'SIGKILL');
        removeTracked();
        cleanupDirs();
      },
    };

    await waitForHttp(`${url}healthz`, 30000, () => exited, () => server.serverLog());
    return server;
  } catch (e) {
    removeTracked();
    cleanupDirs();
    throw e;
  }
}

async function waitForHttp(url, timeoutMs, hasExited, getLog) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`code-server exited during startup:\n${getLog()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms:\n${getLog()}`);
}

/** Newest U/logs/<session>/exthost<N>/remoteexthost.log, or '' */
export function readExthostLog(userDataDir) {
  const logs = join(userDataDir, 'logs');
  if (!existsSync(logs)) return '';
  const found = [];
  const walk = (dir, depth) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory() && depth < 3) walk(p, depth + 1);
      else if (d.name === 'remoteexthost.log' || d.name === 'exthost.log') found.push(p);
    }
  };
  walk(logs, 0);
  found.sort();
  return found.length ? readFileSync(found[found.length - 1], 'utf8') : '';
}
