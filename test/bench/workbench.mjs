// Browser-side timing in the workbench for the bench: a palette command from Enter to the
// quick pick it opens, a quick-pick choice from Enter to the editor it opens, and a client for
// the bench driver's bridge in the extension host. Functions passed to page.evaluate run in
// the browser, so this file is linted with browser globals.

import { readFileSync } from 'node:fs';
import { waitFor } from './progress.mjs';

/**
 * Arms the page to time the next Enter: records the keydown and the first DOM mutation after it
 * at which `done` (a predicate's source, run in the page) holds. Epoch ms, high resolution.
 */
async function armEnter(page, done, arg) {
  await page.evaluate(({ source, arg: a }) => {
    const check = new Function('arg', `return (${source})(arg);`);
    const marks = (window.__benchEnter = {});
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      marks.enter ??= performance.timeOrigin + e.timeStamp;
      const observer = new MutationObserver(() => {
        if (!check(a)) return;
        marks.done = performance.timeOrigin + performance.now();
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    }, { capture: true, once: true });
  }, { source: done.toString(), arg });
}

async function enterAndWait(page, what, timeout) {
  await page.keyboard.press('Enter');
  const marks = await waitFor(what, () => page.evaluate(() => (window.__benchEnter.done ? window.__benchEnter : undefined)), timeout);
  return marks.done - marks.enter;
}

/** In the page: the quick pick titled `title` is on screen with at least one row. */
function quickPickShown(title) {
  const widget = document.querySelector('.quick-input-widget');
  if (!widget || widget.style.display === 'none' || !widget.offsetParent) return false;
  return widget.querySelector('.quick-input-title')?.textContent === title && !!widget.querySelector('.quick-input-list .monaco-list-row');
}

/** In the page: the active editor tab shows a file named `name` (a trailing `*` matches any rest). */
function activeTabIs(name) {
  const shown = document.querySelector('.tabs-container .tab.active')?.getAttribute('data-resource-name');
  return name.endsWith('*') ? !!shown?.startsWith(name.slice(0, -1)) : shown === name;
}

/** Opens the palette on `>title` and waits until that command is the focused row. */
async function paletteOn(page, title, timeout) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${title}`);
  await page.waitForFunction((t) => document.querySelector('.quick-input-list .monaco-list-row.focused .label-name')?.textContent === t, title, { timeout });
}

/**
 * Runs the palette command `title` with Enter and times it until its quick pick, titled
 * `pickTitle`, shows rows; then closes the pick with Escape. Returns ms.
 */
export async function timeCommandPick(page, title, pickTitle, { timeout = 30000 } = {}) {
  await paletteOn(page, title, timeout);
  await armEnter(page, quickPickShown, pickTitle);
  const ms = await enterAndWait(page, `the quick pick "${pickTitle}"`, timeout);
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
  return ms;
}

/** Runs the palette command `title` and waits for its quick pick `pickTitle` (untimed). */
export async function openCommandPick(page, title, pickTitle, { timeout = 30000 } = {}) {
  await paletteOn(page, title, timeout);
  await page.keyboard.press('Enter');
  await page.waitForFunction(quickPickShown, pickTitle, { timeout });
}

/**
 * In an open quick pick, types `filter`, waits until the focused row's label is `label`, and
 * times Enter until the active editor tab is a file named `tabName`. Returns ms.
 */
export async function timePickToEditor(page, filter, label, tabName, { timeout = 30000 } = {}) {
  await page.locator('.quick-input-widget input').fill(filter);
  await page.waitForFunction((l) => document.querySelector('.quick-input-list .monaco-list-row.focused .label-name')?.textContent === l, label, { timeout });
  await armEnter(page, activeTabIs, tabName);
  return enterAndWait(page, `an editor on ${tabName}`, timeout);
}

/** A client for the bench driver's bridge (test/bench/host-extension); the port file is rewritten by each new extension host. */
export function driverBridge(portFile) {
  return async (endpoint, body = {}) => {
    const port = readFileSync(portFile, 'utf8').trim();
    const res = await fetch(`http://127.0.0.1:${port}/${endpoint}`, { method: 'POST', body: JSON.stringify(body) });
    const out = await res.json();
    if (!res.ok) throw new Error(`bench bridge /${endpoint}: ${out.error}`);
    return out;
  };
}
