// Helpers for browser (playwright) tests of the extension, run by mocha under
// plain Node 20. Each startVSCode() gets its own code-server, Chromium and
// workspace copy; stop() (or process exit) removes all of them.
//
//   const vsc = await startVSCode({ vsix: 'two-hats.vsix', workspace: 'test/fixtures/ws' });
//   await runCommand(vsc.page, 'Two Hats: Something');
//   await openView(vsc.page, 'Two Hats');
//   const frame = await webviewFrame(vsc.page);
//   await screenshot(vsc.page, 'two-hats-view');
//   await vsc.stop();

import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerStarts, startCodeServer, tempDir } from '../../scripts/code-server.mjs';
import { chromiumLaunches, openWorkbench, waitForExtensionHost } from '../../scripts/workbench-browser.mjs';
import { asVsix, runnerVsix } from './vsix.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outputDir = join(projectRoot, 'test-output');

// page -> { server, bridgePort }, for helpers that talk to the extension host.
const sessions = new WeakMap();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const cssString = (s) => JSON.stringify(String(s)); // a valid CSS string literal
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Start code-server with the given VSIX(es) (or extension folders, packed
 * on the fly) plus the test-runner extension
 * (which serves the editor-text bridge), open the workbench on a fresh copy
 * of `workspace` (or an empty folder), and wait until extensions are ready.
 * Returns { page, url, server, browser, workspace, stop }.
 */
export async function startVSCode({ vsix = [], workspace, theme, env = {}, settings, args, userDataFiles, viewport, timeout = 60000 } = {}) {
  const scratch = tempDir('two-hats-e2e-');
  const folder = join(scratch.path, 'workspace');
  if (workspace) cpSync(workspace, folder, { recursive: true });
  else mkdirSync(folder);
  const bridgeFile = join(scratch.path, 'bridge.port');

  let server;
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    scratch.remove();
  };
  try {
    server = await startCodeServer({
      vsix: [runnerVsix(), ...[vsix].flat().filter(Boolean).map(asVsix)],
      theme, settings, folder, args, userDataFiles,
      // No marketplace: the workbench would otherwise ask open-vsx.org about installed extensions,
      // and the browser tests check that nothing leaves this machine.
      env: { TWO_HATS_BRIDGE: bridgeFile, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items' }), ...env },
    });
    const opened = await openWorkbench(server, folder, { viewport, timeout });
    browser = opened.browser;
    await waitForExtensionHost(server, { timeout });
    // The runner activates onStartupFinished: its port file means the
    // workbench has finished restoring, a good moment to start clicking.
    const deadline = Date.now() + timeout;
    while (!existsSync(bridgeFile)) {
      if (Date.now() > deadline) throw new Error('test-runner bridge did not start');
      await sleep(100);
    }
    sessions.set(opened.page, { server, bridgePort: Number(readFileSync(bridgeFile, 'utf8')) });
    return { page: opened.page, url: opened.url, server, browser, workspace: folder, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** `[harness] N code-server starts, M Chromium launches`: scripts/test-all.mjs adds these up. */
export function startCountsLine() {
  const n = codeServerStarts();
  const m = chromiumLaunches();
  return `[harness] ${n} code-server start${n === 1 ? '' : 's'}, ${m} Chromium launch${m === 1 ? '' : 'es'}`;
}

/** Run a command through the command palette by its exact title. */
export async function runCommand(page, title, { timeout = 10000, opensInput = false } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${title}`);
  // Exact title match, not "first row": fuzzy ranking and "recently used"
  // reorder rows. textContent ignores the highlight spans.
  const row = page.locator('.quick-input-list .quick-input-list-entry')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(title)}$`) }) })
    .first();
  await row.click({ timeout });
  if (opensInput) {
    // The command shows its own quick pick or input box: wait until the palette's text is gone.
    await page.waitForFunction(() => !document.querySelector('.quick-input-widget input')?.value.startsWith('>'), null, { timeout });
    return;
  }
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/** Show a view container from the activity bar (no toggle if already open). */
export async function openView(page, containerTitle, { timeout = 10000 } = {}) {
  // The label may carry a keybinding: "Explorer (Ctrl+Shift+E)".
  const item = page.locator(`.part.activitybar li.action-item[role="tab"]:has(.action-label[aria-label=${cssString(containerTitle)}]),` +
    `.part.activitybar li.action-item[role="tab"]:has(.action-label[aria-label^=${cssString(`${containerTitle} (`)}])`).first();
  await item.waitFor({ state: 'visible', timeout });
  // Clicking the active container would hide the side bar instead.
  // While the workbench restores, a click can land before the container is ready (or toggle
  // the side bar closed again): check the outcome and click again if needed.
  const deadline = Date.now() + timeout;
  for (;;) {
    const active = /\bchecked\b/.test(await item.getAttribute('class') ?? '');
    const sidebarVisible = await page.locator('.part.sidebar').isVisible();
    if (active && sidebarVisible) return;
    if (Date.now() > deadline) throw new Error(`view container "${containerTitle}" did not open within ${timeout} ms`);
    await item.click();
    await sleep(500);
  }
}

/**
 * The document frame of a webview view in the side bar. Webviews are two
 * nested iframes: the outer one (src has purpose=webviewView) hosts
 * `#active-frame`, which holds the extension's HTML. `extensionId` picks one
 * view when several are visible.
 */
export async function webviewFrame(page, { extensionId, timeout = 15000 } = {}) {
  // A re-shown view's iframe lacks `purpose=webviewView` in its src (seen in 1.139), so an
  // extension id, when given, is the reliable key.
  const sel = extensionId ? `iframe[src*=${cssString(`extensionId=${extensionId}`)}]` : 'iframe[src*="purpose=webviewView"]';
  // A hidden view may leave its old iframe in the DOM for a while: take the visible one.
  const outer = page.locator(sel).filter({ visible: true }).first();
  await outer.waitFor({ state: 'visible', timeout });
  const outerFrame = await (await outer.elementHandle()).contentFrame();
  // VS Code loads content in #pending-frame and renames it #active-frame
  // once loaded, so waiting for #active-frame waits for the HTML.
  const inner = outerFrame.locator('iframe#active-frame');
  await inner.waitFor({ state: 'attached', timeout });
  const frame = await (await inner.elementHandle()).contentFrame();
  await frame.waitForLoadState('load', { timeout });
  return frame;
}

/** Save a PNG to test-output/<name>.png; returns its path. */
export async function screenshot(page, name, options = {}) {
  mkdirSync(outputDir, { recursive: true });
  const path = join(outputDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, ...options });
  return path;
}

/** Screenshot of the side bar only (for docs): the activity bar and side bar, full height. */
export async function sidebarScreenshot(page, name) {
  const box = await page.locator('.part.sidebar').boundingBox();
  return screenshot(page, name, box ? { clip: { x: 0, y: 0, width: Math.ceil(box.x + box.width), height: Math.ceil(box.y + box.height) } } : {});
}

async function bridge(page, endpoint, body) {
  const s = sessions.get(page);
  if (!s) throw new Error('page was not opened by startVSCode()');
  const res = await fetch(`http://127.0.0.1:${s.bridgePort}/${endpoint}`, {
    method: 'POST', body: JSON.stringify(body ?? {}), headers: { 'content-type': 'application/json' },
  });
  const out = await res.json();
  if (!res.ok) throw new Error(`bridge ${endpoint}: ${out.error}`);
  return out;
}

/**
 * Exact text of the active (else first visible) text editor, read from the
 * document model in the extension host; null when no text editor is open.
 * The DOM cannot give this reliably (see runner-extension/extension.js).
 * Typing is asynchronous: poll with waitForEditorText when expecting change.
 */
export async function editorText(page) {
  return (await bridge(page, 'editorText'))?.text ?? null;
}

/** Poll editorText until `predicate(text)` holds; returns the text. */
export async function waitForEditorText(page, predicate, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  let text;
  while (Date.now() < deadline) {
    text = await editorText(page);
    if (text !== null && predicate(text)) return text;
    await sleep(100);
  }
  throw new Error(`editor text did not match within ${timeout} ms; last text:\n${text}`);
}

/**
 * Execute a command in the extension host directly (setup/assertions, not a
 * substitute for UI steps); returns its JSON-safe result.
 */
export async function executeCommand(page, id, ...args) {
  return (await bridge(page, 'command', { id, args })).result;
}
