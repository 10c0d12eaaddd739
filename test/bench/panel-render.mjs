// The panel's first render in the real VS Code, as the "vscode" bench section
// measures it. Both functions run code in the browser (page.evaluate
// callbacks, an init script), so this file is linted with browser globals.

import { openView } from '../harness/e2e.mjs';
import { say, waitFor } from './progress.mjs';

/**
 * Runs in every frame of the workbench page (playwright init script; self-contained).
 * In a webview's host frame (pre/index.html) it watches for the content iframe VS Code
 * creates, and once VS Code has written the extension's HTML into it (VS Code does that
 * in a setTimeout after the frame's DOMContentLoaded; ours is queued after it), observes
 * the document: the first render puts the tab list in #app, then the prep view's list
 * items arrive with the people and prep messages. Times are epoch ms, high resolution.
 */
export function webviewProbe() {
  if (!location.pathname.endsWith('/webview/browser/pre/index.html')) return;
  const now = () => performance.timeOrigin + performance.now();
  const marks = (window.__twoHatsBench = {});
  // The webview's messages to the extension pass through this frame's __vscode_post_message__
  // (VS Code's pre/index.html): the first one is `ready`.
  let relay;
  Object.defineProperty(window, '__vscode_post_message__', {
    configurable: true,
    get: () => relay && ((channel, data, transfer) => {
      if (channel === 'onmessage') marks.readySent ??= now();
      return relay(channel, data, transfer);
    }),
    set: (f) => { relay = f; },
  });
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.tagName !== 'IFRAME' || !node.contentWindow) continue;
        marks.frame ??= now();
        node.contentWindow.addEventListener('DOMContentLoaded', (e) => {
          const doc = e.target;
          if (!doc.location.pathname.endsWith('/fake.html')) return;
          marks.navStart = doc.defaultView.performance.timeOrigin;
          setTimeout(() => {
            marks.written = now();
            // Two Hats' prep list is on screen once the `prep` message (the selected person's
            // open items, ticks and asked prompts) has been rendered: the webview renders each
            // message synchronously in its own listener, which runs before this one.
            doc.defaultView.addEventListener('message', (m) => {
              const type = m.data?.type;
              if (typeof type === 'string') marks[`got_${type}`] ??= now();
              if (type !== 'prep' || marks.content !== undefined) return;
              if (doc.querySelector('#app [role=tabpanel] ul.checklist li')) marks.content = now();
            });
            const seen = () => {
              // The bench's empty view: its one line of text is its content.
              if (doc.getElementById('bench-content')) {
                marks.tablist ??= now();
                marks.content ??= now();
                observer.disconnect();
                return;
              }
              const app = doc.getElementById('app');
              if (!app) return;
              if (marks.tablist === undefined && app.querySelector('[role=tablist]')) marks.tablist = now();
            };
            const observer = new MutationObserver(seen);
            observer.observe(doc, { childList: true, subtree: true });
            seen();
          }, 0);
        });
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * One panel sample on a workbench `page` loaded with webviewProbe: opens the view container
 * `containerTitle` from the activity bar and times its webview (`extensionId`'s) from the click.
 */
export async function panelSample(page, extensionId, containerTitle = 'Two Hats') {
  await page.evaluate(() => {
    window.__benchClick = undefined;
    window.addEventListener('pointerdown', (e) => { window.__benchClick ??= performance.timeOrigin + e.timeStamp; }, { capture: true, once: true });
  });
  const t0 = Date.now();
  await openView(page, containerTitle);
  const frame = () => page.frames().find((f) => f.url().includes('/webview/browser/pre/index.html') && f.url().includes(`extensionId=${extensionId}`));
  const read = async () => (await frame()?.evaluate(() => window.__twoHatsBench).catch(() => undefined)) ?? {};
  await waitFor(`the ${containerTitle} webview to render`, async () => (await read()).tablist !== undefined, 30000);
  const rendered = Date.now();
  // The list items come with the people and prep messages; a view without any (say, a
  // different default tab) still yields the first-render numbers.
  const marks = await waitFor('the prep list', async () => {
    const m = await read();
    return m.content !== undefined || Date.now() - rendered > 10000 ? m : undefined;
  }, 15000);
  if (marks.content === undefined) say('the webview rendered no list items in its tab panel: "prep list" numbers are missing');
  const wallMs = Date.now() - t0;
  const click = await page.evaluate(() => window.__benchClick);
  // First contentful paint of the webview document (its only content is what the webview renders).
  const fcp = await frame().evaluate(() => {
    const w = document.getElementById('active-frame')?.contentWindow;
    const p = w?.performance.getEntriesByName('first-contentful-paint')[0];
    return p ? w.performance.timeOrigin + p.startTime : undefined;
  });
  if (!Number.isFinite(click)) throw new Error('the click on the activity bar was not seen');
  const since = (t) => (Number.isFinite(t) ? t - click : NaN);
  return {
    frameCreated: since(marks.frame),
    navStart: since(marks.navStart),
    htmlWritten: since(marks.written),
    tablist: since(marks.tablist),
    content: since(marks.content),
    readySent: since(marks.readySent),
    initReceived: since(marks.got_init),
    peopleReceived: since(marks.got_people),
    prepReceived: since(marks.got_prep),
    firstContentfulPaint: since(fcp),
    render: marks.tablist - marks.written,
    renderContent: marks.content - marks.written,
    wallMs,
  };
}
