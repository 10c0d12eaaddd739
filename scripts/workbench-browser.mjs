// The browser side of the test setup: headless Chromium (Debian's, via
// playwright-core) opening the VS Code workbench that a code-server from
// code-server.mjs serves.
//
//   const server = await startCodeServer({ folder });
//   const { browser, page } = await openWorkbench(server, folder);
//   await waitForExtensionHost(server);

import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vscodePaths } from './setup-vscode.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** playwright-core resolved from the project (it is a project devDependency). */
export function playwright() {
  return createRequire(join(projectRoot, 'package.json'))('playwright-core');
}

// How many Chromiums this process launched (each costs a second or two): the test runners print it.
let launches = 0;
export const chromiumLaunches = () => launches;

/** Launches Debian's Chromium headless, with a fresh temp profile that playwright removes on close. */
export async function launchChromium() {
  const { chromium } = playwright();
  // playwright kills browsers it launched on exit and on SIGINT/SIGTERM/SIGHUP
  // by itself, so unlike code-server the browser needs no tracking here.
  const browser = await chromium.launch({ executablePath: vscodePaths().chromium, headless: true, args: CHROMIUM_ARGS });
  launches++;
  return browser;
}

/**
 * Open the workbench for `folder` in a new browser context (its own cookies, storage and
 * viewport); resolves once `.monaco-workbench` exists. With `browser`, the context opens in that
 * Chromium, which stays up after close(); without, a Chromium is launched for it and close()
 * ends it. Returns { browser, context, page, url, close() }.
 */
export async function openWorkbench(server, folder, { viewport = { width: 1280, height: 800 }, timeout = 60000, browser: shared } = {}) {
  const browser = shared ?? await launchChromium();
  let context;
  const close = async () => {
    if (shared) await context?.close().catch(() => {});
    else await browser.close().catch(() => {});
  };
  try {
    context = await browser.newContext({ viewport });
    // Clipboard access lets tests use copy/paste without prompts.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    const url = server.workbenchUrl(folder);
    await page.goto(url, { timeout });
    await page.waitForSelector('.monaco-workbench', { timeout });
    return { browser, context, page, url, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * Resolves once the extension host has activated its eager extensions, i.e.
 * remote extensions' contributions (commands, views) are known to the
 * workbench. Before that the command palette does not list them.
 */
export async function waitForExtensionHost(server, { timeout = 60000 } = {}) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (/Eager extensions activated/.test(server.exthostLog())) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension host not ready after ${timeout} ms; server log:\n${server.serverLog().slice(-3000)}`);
}
