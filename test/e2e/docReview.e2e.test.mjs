// Browser test of design-doc CodeLens: a fresh VS Code opens the demo workspace's RFC (the first
// thing it does), shows a lens per phase heading, and a click on one offers that phase's prompts;
// the picked prompt lands in the doc's review note on disk, created on first use.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, openView, screenshot, sidebarScreenshot, startVSCode, UI_TIMEOUT, waitForEditorText, webviewFrame } from '../harness/e2e.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const lens = (page, text) => page.locator('.monaco-editor .codelens-decoration a', { hasText: text }).first();

/** The review notes of the workspace on disk: name → text. */
/** The review notes of the demo RFC (the demo has other review notes of its own). */
function reviewNotes(workspace) {
  const folder = join(workspace, 'notes', 'design-reviews');
  if (!existsSync(folder)) return {};
  return Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')])
    .filter(([, text]) => /^doc: docs\/rfc-0042-event-ingestion\.md$/m.test(text)));
}

async function waitForNote(workspace, predicate, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const match = Object.entries(reviewNotes(workspace)).find(([, text]) => predicate(text));
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no review note on disk matched; notes: ${Object.keys(reviewNotes(workspace)).join(', ') || 'none'}`);
    await sleep(200);
  }
}

/** Ticks the first prompt of the open multi-select quick pick and accepts it; returns the prompt's text. */
async function pickFirstPrompt(page) {
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible' });
  // The first row is a prompt: the "Not yet in the review note" separator shows beside it, not as a row.
  const row = widget.locator('.quick-input-list .monaco-list-row').first();
  await row.waitFor();
  const text = (await row.locator('.label-name').first().textContent()).trim();
  // In a multi-select quick pick a click on the row ticks it; OK accepts what is ticked.
  await row.locator('.label-name').first().click();
  await widget.locator('.quick-input-count', { hasText: '1' }).waitFor();
  await widget.getByRole('button', { name: 'OK' }).click();
  await widget.waitFor({ state: 'hidden' });
  return text;
}

describe('design-doc CodeLens (browser)', function () {
  this.timeout(180000);
  let vsc;

  before(async () => {
    vsc = await startVSCode({ vsix: 'two-hats.vsix', workspace: 'test/fixtures/demo', theme: 'Default Light Modern', viewport: { width: 1280, height: 760 } });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED ${this.currentTest.title}`);
  });
  after(async () => { await vsc?.stop(); });

  it('shows CodeLens on the demo RFC when it is first opened', async () => {
    await openFile(vsc.page, 'rfc-0042-event-ingestion.md');
    await waitForEditorText(vsc.page, (t) => t.startsWith('# RFC-0042'));
    await lens(vsc.page, 'Start Review of This Doc').waitFor({ timeout: 30000 });
    for (const title of [/^Problem · covered · \d+ why, \d+ how to ask$/, /^Goals and non-goals · thin · /, /^Approach · covered · /, /^Rollout · thin · /, /^Risks · thin · /]) {
      await vsc.page.locator('.monaco-editor .codelens-decoration a', { hasText: title }).first().waitFor();
    }
    // The editor title offers the same command.
    await vsc.page.locator('.editor-actions [aria-label*="Start Review of This Doc"]').first().waitFor();
    const box = await vsc.page.locator('.part.editor').boundingBox();
    await screenshot(vsc.page, 'codelens-rfc', { clip: { x: box.x, y: box.y, width: Math.min(box.width, 900), height: Math.min(box.height, 520) } });
  });

  it('adds a prompt picked from a phase lens to a new review note linked to the doc', async () => {
    await lens(vsc.page, /^Rollout · thin · /).click();
    const picked = await pickFirstPrompt(vsc.page);
    const [name, text] = await waitForNote(vsc.workspace, (t) => t.includes(picked));
    assert.match(name, /^\d{4}-\d{2}-\d{2}-rfc-0042-event-ingestion-v2\.md$/);
    assert.match(text, /^doc: docs\/rfc-0042-event-ingestion\.md$/m);
    assert.match(text, /^Author: Alice Nguyen$/m);
    const rollout = text.slice(text.indexOf('## Rollout'));
    assert.ok(rollout.slice(0, rollout.indexOf('\n## ', 3)).includes(`- [ ] ${picked}`), 'the prompt is in the Rollout section');
    await lens(vsc.page, 'Open review note').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(vsc.page, 'codelens-review-note');
  });

  it('adds to the same review note from another phase lens', async () => {
    await lens(vsc.page, /^Problem · covered · /).click();
    const picked = await pickFirstPrompt(vsc.page);
    const [, text] = await waitForNote(vsc.workspace, (t) => t.includes(picked));
    const problem = text.slice(text.indexOf('## Problem'));
    assert.ok(problem.slice(0, problem.indexOf('\n## ', 3)).includes(`- [ ] ${picked}`), 'the prompt is in the Problem section');
    assert.equal(Object.keys(reviewNotes(vsc.workspace)).length, 1, 'no second note was made');
  });

  it("shows the same coverage in the panel's design tab, with what the review note asks", async () => {
    await lens(vsc.page, /^Problem · covered · /).waitFor();
    await vsc.page.locator('.monaco-editor .view-lines').first().click();
    await openView(vsc.page, 'Two Hats');
    const frame = await webviewFrame(vsc.page, { extensionId: 'two-hats.two-hats' });
    await frame.getByRole('tab', { name: 'Design review' }).click();
    await frame.getByText(/Review note: notes\/design-reviews\/\d{4}-\d{2}-\d{2}-rfc-0042-event-ingestion-v2\.md/).waitFor();
    const rows = await frame.locator('ul.coverage li').allTextContents();
    assert.equal(rows.length, 8);
    assert.match(rows[0], /^Problem\s*covered.*\d+\/\d+ why · \d+\/\d+ how in the review note$/);
    assert.match(rows[2], /^Options\s*missing/);
    assert.match(rows[5], /^Rollout\s*thin/);
    await sidebarScreenshot(vsc.page, 'panel-design-doc-light');
  });
});
