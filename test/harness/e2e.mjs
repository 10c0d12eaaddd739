// Helpers for browser (playwright) tests of the extension, run by mocha under
// plain Node 20. Each startVSCode() opens a fresh workbench window (its own browser
// context: its own storage, so VS Code's and the extension's state start empty) on a fresh
// copy of its workspace. The windows share what costs seconds to start and holds no state
// of theirs: one Chromium for the whole run, and one code-server per set of installed
// extensions, env and arguments (`isolated: true` gives a session a code-server of its own).
// stop() closes the window and removes the copy; the shared ones end with the run (mocha
// root hook in mochaHooks.mjs, or process exit).
//
//   const vsc = await startVSCode({ vsix: 'two-hats.vsix', workspace: 'test/fixtures/ws' });
//   await runCommand(vsc.page, 'Two Hats: Something');
//   await openView(vsc.page, 'Two Hats');
//   const frame = await webviewFrame(vsc.page);
//   await screenshot(vsc.page, 'two-hats-view');
//   await vsc.stop();

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerStarts, defaultSettings, startCodeServer, tempDir } from '../../scripts/code-server.mjs';
import { chromiumLaunches, launchChromium, openWorkbench } from '../../scripts/workbench-browser.mjs';
import { asVsix, runnerVsix } from './vsix.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outputDir = join(projectRoot, 'test-output');

// page -> { bridgeDir, folder }, for helpers that talk to the page's extension host.
const sessions = new WeakMap();

/**
 * How long a wait for the UI to show something may take before it fails. Only a failing wait
 * costs it; on the 2-core machine, with other work beside it, a step that takes 2 s when quiet
 * has taken 15.
 */
export const UI_TIMEOUT = 30_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const cssString = (s) => JSON.stringify(String(s)); // a valid CSS string literal
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The workbench's class for a theme's kind, and the class VS Code gives a webview's body.
const THEME_KINDS = [
  { test: /High Contrast Light/, workbench: 'hc-light', webview: 'vscode-high-contrast-light' },
  { test: /High Contrast/, workbench: 'hc-black', webview: 'vscode-high-contrast' },
  { test: /Dark/, workbench: 'vs-dark', webview: 'vscode-dark' },
  { test: /./, workbench: 'vs', webview: 'vscode-light' },
];
/** { workbench, webview }: the classes VS Code sets for `theme` (a label such as 'Default Dark Modern'). */
export const themeKind = (theme) => THEME_KINDS.find((k) => k.test.test(theme));

// ---------------------------------------------------------------------------
// What the sessions share: one Chromium, and code-servers by their start options.
let browserP;
function sharedBrowser() {
  browserP ??= launchChromium();
  return browserP;
}
const servers = new Map(); // key -> Promise<{ server, bridgeDir, scratch }>

async function newServer({ vsix, env, args, userDataFiles, theme, settings }) {
  const scratch = tempDir('two-hats-e2e-server-');
  const bridgeDir = join(scratch.path, 'bridge');
  try {
    const server = await startCodeServer({
      vsix: [runnerVsix(), ...vsix], theme, settings, args, userDataFiles,
      // No marketplace: the workbench would otherwise ask open-vsx.org about installed extensions,
      // and the browser tests check that nothing leaves this machine.
      env: { TWO_HATS_BRIDGE: bridgeDir, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items' }), ...env },
    });
    return { server, bridgeDir, scratch };
  } catch (e) {
    scratch.remove();
    throw e;
  }
}

/** Stops the shared code-servers and Chromium (the root hook calls it after the last file). */
export async function closeShared() {
  const all = [...servers.values()];
  servers.clear();
  for (const p of all) {
    const s = await p.catch(() => undefined);
    await s?.server.stop();
    s?.scratch.remove();
  }
  const browser = await browserP?.catch(() => undefined);
  browserP = undefined;
  await browser?.close().catch(() => {});
}

/** The bridge entry the extension host of `folder`'s window wrote last (a reload starts a new host). */
function bridgeEntry(bridgeDir, folder) {
  if (!existsSync(bridgeDir)) return undefined;
  const entries = readdirSync(bridgeDir).filter((f) => f.endsWith('.json')).map((f) => {
    const path = join(bridgeDir, f);
    try {
      return { ...JSON.parse(readFileSync(path, 'utf8')), at: statSync(path).mtimeMs };
    } catch {
      return undefined; // removed while we read: its host has gone
    }
  });
  return entries.filter((e) => e?.folders.includes(folder)).sort((a, b) => b.at - a.at)[0];
}

/**
 * Open a fresh workbench window with the given VSIX(es) (or extension folders, packed on the
 * fly) plus the test-runner extension (which serves the editor-text bridge), on a fresh copy of
 * `workspace` (or an empty folder), in `theme`; resolves once the window's extensions are ready.
 * Returns { page, url, server, browser, workspace, exthostLog(), setTheme(label), stop() }.
 */
export async function startVSCode({ vsix = [], workspace, theme, env = {}, settings = {}, args = [], userDataFiles = {}, viewport, timeout = 120_000, isolated = false } = {}) {
  const scratch = tempDir('two-hats-e2e-');
  // The path the extension host reports for its folder: /tmp may be a link.
  const folder = join(realpathSync(scratch.path), 'workspace');
  if (workspace) cpSync(workspace, folder, { recursive: true });
  else mkdirSync(folder);
  const vsixFiles = [vsix].flat().filter(Boolean).map(asVsix);

  let own;
  let opened;
  const stop = async () => {
    await opened?.close();
    if (own) {
      await own.server.stop();
      own.scratch.remove();
    }
    scratch.remove();
  };
  try {
    let shared;
    if (isolated) {
      shared = own = await newServer({ vsix: vsixFiles, env, args, userDataFiles, theme, settings });
    } else {
      const key = JSON.stringify({ vsixFiles, env, args, userDataFiles });
      // A shared server with no window for a while (a slow isolated file ran meanwhile) ends by its
      // idle timeout: start another rather than open a window on a closed port.
      const last = servers.has(key) ? await servers.get(key).catch(() => undefined) : undefined;
      if (last?.server.exited) {
        servers.delete(key);
        await last.server.stop();
        last.scratch?.remove();
      }
      if (!servers.has(key)) {
        const p = newServer({ vsix: vsixFiles, env, args, userDataFiles, theme, settings });
        servers.set(key, p);
        p.catch(() => servers.delete(key));
      }
      shared = await servers.get(key);
      // User settings live on the server: this window's theme and settings replace the last window's.
      writeFileSync(join(shared.server.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...defaultSettings(theme), ...settings }, null, 2));
    }
    const { server, bridgeDir } = shared;
    opened = await openWorkbench(server, folder, { viewport, timeout, browser: await sharedBrowser() });
    // The runner activates onStartupFinished: its bridge entry means the window's extension host
    // has activated the eager extensions and the workbench has restored, a good moment to click.
    const deadline = Date.now() + timeout;
    while (!bridgeEntry(bridgeDir, folder)) {
      if (Date.now() > deadline) throw new Error(`the test-runner bridge of this window did not start within ${timeout} ms; server log:\n${server.serverLog().slice(-3000)}`);
      await sleep(100);
    }
    sessions.set(opened.page, { bridgeDir, folder });
    const page = opened.page;
    return {
      page, url: opened.url, server, browser: opened.browser, workspace: folder, stop,
      /** Text of this window's extension host log (another window's host logs elsewhere). */
      exthostLog: () => extensionHostLog(page),
      /** Switches the colour theme through the user setting, as Preferences: Color Theme does; resolves once the workbench shows it. */
      setTheme: (label) => setTheme(page, label),
    };
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
export async function runCommand(page, title, { timeout = UI_TIMEOUT, opensInput = false } = {}) {
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
export async function openView(page, containerTitle, { timeout = UI_TIMEOUT } = {}) {
  // The label may carry a keybinding: "Explorer (Ctrl+Shift+E)".
  const item = page.locator(`.part.activitybar li.action-item[role="tab"]:has(.action-label[aria-label=${cssString(containerTitle)}]),` +
    `.part.activitybar li.action-item[role="tab"]:has(.action-label[aria-label^=${cssString(`${containerTitle} (`)}])`).first();
  await item.waitFor({ state: 'visible', timeout });
  // Clicking the active container would hide the side bar instead.
  // While the workbench restores, a click can land before the container is ready (or toggle
  // the side bar closed again): check the outcome and click again if needed.
  const shown = async () => /\bchecked\b/.test(await item.getAttribute('class') ?? '') && await page.locator('.part.sidebar').isVisible();
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await shown()) return;
    if (Date.now() > deadline) throw new Error(`view container "${containerTitle}" did not open within ${timeout} ms`);
    await item.click();
    // Wait for the click's outcome (up to a second), and that it holds for a moment.
    for (const settle = Date.now() + 1000; Date.now() < settle;) {
      await sleep(100);
      if (await shown()) {
        await sleep(100);
        break;
      }
    }
  }
}

/**
 * The document frame of a webview view in the side bar. Webviews are two
 * nested iframes: the outer one (src has purpose=webviewView) hosts
 * `#active-frame`, which holds the extension's HTML. `extensionId` picks one
 * view when several are visible.
 */
export async function webviewFrame(page, { extensionId, timeout = UI_TIMEOUT } = {}) {
  // A re-shown view's iframe lacks `purpose=webviewView` in its src (seen in 1.139), so an
  // extension id, when given, is the reliable key.
  const sel = extensionId ? `iframe[src*=${cssString(`extensionId=${extensionId}`)}]` : 'iframe[src*="purpose=webviewView"]';
  // A hidden view may leave its old iframe in the DOM for a while: take the visible one.
  const outer = page.locator(sel).filter({ visible: true }).first();
  const deadline = Date.now() + timeout;
  const left = () => Math.max(1, deadline - Date.now());
  // The view's iframe may show an empty document until the extension sets its HTML (Two Hats
  // waits up to 400 ms for its first screen), and VS Code then swaps in a new #active-frame: the
  // first one found is detached. Take a frame only once it holds a page with content.
  for (;;) {
    try {
      await outer.waitFor({ state: 'visible', timeout: left() });
      const outerFrame = await (await outer.elementHandle())?.contentFrame();
      // VS Code loads content in #pending-frame and renames it #active-frame once loaded.
      const inner = outerFrame?.locator('iframe#active-frame');
      await inner?.waitFor({ state: 'attached', timeout: left() });
      const frame = await (await inner?.elementHandle())?.contentFrame();
      if (frame && !frame.isDetached()) {
        await frame.waitForLoadState('load', { timeout: left() });
        if (await frame.evaluate(() => !!document.body && document.body.childElementCount > 0)) return frame;
      }
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      if (!/detached|Target closed|Execution context was destroyed/i.test(String(error?.message))) throw error;
    }
    if (Date.now() >= deadline) throw new Error(`No webview with content in ${timeout} ms (${sel})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
  const entry = bridgeEntry(s.bridgeDir, s.folder);
  if (!entry) throw new Error(`no test-runner bridge for ${s.folder}`);
  const res = await fetch(`http://127.0.0.1:${entry.port}/${endpoint}`, {
    method: 'POST', body: JSON.stringify(body ?? {}), headers: { 'content-type': 'application/json' },
  });
  const out = await res.json();
  if (!res.ok) throw new Error(`bridge ${endpoint}: ${out.error}`);
  return out;
}

/** Text of the page's extension host log (activations, console output); '' before it exists. */
export function extensionHostLog(page) {
  const s = sessions.get(page);
  const entry = s && bridgeEntry(s.bridgeDir, s.folder);
  if (!entry) throw new Error('page was not opened by startVSCode()');
  for (const name of ['remoteexthost.log', 'exthost.log']) {
    const file = join(entry.logDir, name);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return '';
}

/** Whether the page's extension host has activated extension `id` (null: not installed). */
export async function extensionIsActive(page, id) {
  return (await bridge(page, 'extension', { id }))?.isActive ?? null;
}

/**
 * Switches the colour theme through the user setting `workbench.colorTheme` (what Preferences:
 * Color Theme writes) in the open window; resolves once the workbench shows the theme's kind.
 * Webviews follow a moment later: wait for `themeKind(label).webview` on their body.
 */
export async function setTheme(page, label, { timeout = UI_TIMEOUT } = {}) {
  await bridge(page, 'setting', { key: 'workbench.colorTheme', value: label });
  await page.waitForFunction((cls) => document.querySelector('.monaco-workbench')?.classList.contains(cls), themeKind(label).workbench, { timeout });
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

/**
 * The document of the active (else first visible) text editor, from the extension host:
 * `{ text, uri, languageId, version }` (`uri` as a string: `untitled:Untitled-1` for a new one), or null.
 */
export async function activeDocument(page) {
  return bridge(page, 'editorText');
}

/** Poll editorText until `predicate(text)` holds; returns the text. */
export async function waitForEditorText(page, predicate, { timeout = UI_TIMEOUT } = {}) {
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

/** Runs `Go to File...` (Ctrl+P) for `name` and picks the entry that names it; resolves once the active editor shows that file. */
export async function openFile(page, name, { timeout = UI_TIMEOUT } = {}) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(name);
  await page.locator('.quick-input-list .quick-input-list-entry', { hasText: name }).first().click({ timeout });
  const deadline = Date.now() + timeout;
  let uri;
  while (!(uri = (await bridge(page, 'editorText'))?.uri)?.endsWith(`/${encodeURIComponent(name)}`)) {
    if (Date.now() > deadline) throw new Error(`${name} did not open within ${timeout} ms (active editor: ${uri ?? 'none'})`);
    await sleep(100);
  }
}

/** In the open quick pick or input box: types `text`, waits for an entry holding `entry`, and accepts the first such. */
export async function pick(page, text, entry = text, { timeout = UI_TIMEOUT } = {}) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(text);
  await page.locator('.quick-input-list .quick-input-list-entry', { hasText: entry }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
}

/**
 * Polls a file on disk until `predicate(text)` holds; returns the text. A missing file reads as ''.
 * A read can land between a writer's truncate and its write: wait for the whole expected text.
 */
export async function waitForFile(path, predicate, { timeout = UI_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let text = '';
  for (;;) {
    try { text = readFileSync(path, 'utf8'); } catch { text = ''; }
    if (predicate(text)) return text;
    if (Date.now() > deadline) throw new Error(`${path} did not become as expected within ${timeout} ms; last text:\n${text}`);
    await sleep(200);
  }
}

/** Drags the side bar's edge until the side bar is `width` px wide; returns the width it got. */
export async function resizeSideBar(page, width) {
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  const sash = { x: sidebar.x + sidebar.width + 1, y: sidebar.y + sidebar.height / 2 };
  await page.mouse.move(sash.x, sash.y);
  await page.mouse.down();
  await page.mouse.move(sash.x - (sidebar.width - width), sash.y, { steps: 5 });
  await page.mouse.up();
  return (await page.locator('.part.sidebar').boundingBox()).width;
}

/**
 * The label of the suggest widget's focused row once `accept(label)` holds (or the last one seen
 * when `timeout` runs out). The list of an incomplete completion result is asked again at each
 * keystroke: on a loaded machine the widget first shows what an earlier, shorter query gave.
 */
export async function focusedSuggestion(page, accept, { timeout = UI_TIMEOUT } = {}) {
  const widget = page.locator('.editor-widget.suggest-widget.visible');
  await widget.waitFor({ timeout });
  let label;
  for (const deadline = Date.now() + timeout; Date.now() < deadline; await sleep(100)) {
    label = (await widget.locator('.monaco-list-row.focused .label-name').textContent({ timeout: 1000 }).catch(() => null))?.trim();
    if (label && accept(label)) return label;
  }
  return label;
}
