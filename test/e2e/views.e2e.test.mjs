// Browser tests of the native tree views in the Two Hats container, driven by Debian Chromium in a
// real VS Code (code-server) on a copy of the demo workspace: the Commitments view lists an overdue
// commitment from a 1:1 note and its inline Mark Done ticks it on disk, Copy 1:1 Recap copies no
// private line; the Decisions view shows the demo's superseded chain (ADR 0001 → 0003); the Team
// view, collapsed at first, lists each person with their facts in the row's description.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, openView, resizeSideBar, runCommand, screenshot, startVSCode, UI_TIMEOUT, waitForEditorText, waitForFile } from '../harness/e2e.mjs';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Today in the machine's local time zone, as the extension host writes `✅ <today>`. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('tree views (browser)', function () {
  this.timeout(180000);
  let vsc;
  const aliceNote = () => join(vsc.workspace, 'notes', 'one-on-ones', 'alice-nguyen', '2026-11-16.md');
  /** The view's pane in the side bar, found by its header's title. */
  const pane = (title) => vsc.page.locator('.part.sidebar .pane', { has: vsc.page.locator('.pane-header h3.title', { hasText: new RegExp(`^${title}$`) }) });
  const rows = (title) => pane(title).locator('.monaco-list-row');
  /** Collapses or expands a view's pane (the panel's webview, to give the tree views its height). */
  async function setExpanded(title, expanded) {
    const header = pane(title).locator('.pane-header');
    if (await header.getAttribute('aria-expanded') !== String(expanded)) await header.click();
    await vsc.page.waitForFunction(([t, e]) => [...document.querySelectorAll('.part.sidebar .pane-header')]
      .some((h) => h.querySelector('h3.title')?.textContent === t && h.getAttribute('aria-expanded') === e), [title, String(expanded)], { timeout: UI_TIMEOUT });
  }

  before(async () => {
    vsc = await startVSCode({ vsix: 'two-hats.vsix', workspace: 'test/fixtures/demo', theme: 'Default Light Modern' });
    await openView(vsc.page, 'Two Hats');
    // Wide enough for the rows' descriptions in the screenshots.
    await resizeSideBar(vsc.page, 560);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED ${this.currentTest.title}`);
  });
  after(async () => {
    await vsc?.stop();
  });

  it('Commitments lists the overdue commitment from Alice\'s 1:1; its inline Mark Done ticks it on disk; Copy 1:1 Recap copies no private line', async () => {
    await runCommand(vsc.page, 'Two Hats: Show Commitments');
    await setExpanded('Plan', false);
    const row = rows('Commitments').filter({ hasText: 'Send Alice feedback on the RFC-0042 draft' }).first();
    await row.waitFor({ timeout: UI_TIMEOUT });
    const description = await row.locator('.label-description').textContent();
    assert.match(description, /^me · overdue \d+ d · alice-nguyen\/2026-11-16$/);
    // Its groups: I owe, then Alice.
    await rows('Commitments').filter({ hasText: 'I owe' }).first().waitFor();
    await rows('Commitments').filter({ hasText: 'Alice Nguyen' }).first().waitFor();
    // The audit-log review note's sign-off items (`- [ ] @Alice-Nguyen`) are no commitments.
    assert.equal(await rows('Commitments').filter({ hasText: /^@/ }).count(), 0);
    await row.hover();
    const markDone = row.locator('.actions .action-label[aria-label*="Mark Done"]');
    await markDone.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await screenshot(vsc.page, 'commitments-view-light');
    await markDone.click();
    const line = `- [x] Send Alice feedback on the RFC-0042 draft @me 📅 2026-11-19 ✅ ${today()}\n`;
    const ticked = await waitForFile(aliceNote(), (t) => t.includes(line));
    // Only that line changed: the private item and the other items are as they were.
    assert.match(ticked, /\n- \[ \] Write the ingestion redesign proposal @alice 📅 2027-01-20\n/);
    assert.match(ticked, /## Private\n- \[ \] Ask HR about Alice's promotion timeline @me due 2026-12-01\n/);
    // The row leaves the view of open commitments.
    await row.waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    // Copy 1:1 Recap on that note, active in the editor.
    await openFile(vsc.page, '2026-11-16.md');
    await waitForEditorText(vsc.page, (t) => t.includes('# 1:1 with Alice Nguyen, 2026-11-16') && t.includes(line.trimEnd()));
    const before = '(nothing copied yet)';
    await vsc.page.evaluate((text) => navigator.clipboard.writeText(text), before);
    await runCommand(vsc.page, 'Two Hats: Copy 1:1 Recap');
    // The browser's clipboard, which VS Code for the Web writes the extension's text to. Wait for
    // the recap itself, not for any change: the clipboard was once seen changed and then read back
    // as before while the copy was under way (a CI run on a loaded machine).
    const readClipboard = () => vsc.page.evaluate(async () => {
      try {
        return await navigator.clipboard.readText();
      } catch (error) {
        return `(could not read the clipboard: ${error.message})`;
      }
    });
    let clipboard = before;
    for (const deadline = Date.now() + UI_TIMEOUT; Date.now() < deadline; await sleep(200)) {
      clipboard = await readClipboard();
      if (clipboard.includes('Write the ingestion redesign proposal')) break;
    }
    assert.match(clipboard, /Write the ingestion redesign proposal/);
    assert.doesNotMatch(clipboard, /Ask HR|promotion timeline|## Private|person:/);
    await screenshot(vsc.page, 'commitments-recap-light');
  });

  it('Decisions shows the superseded chain: ADR 0001 points to its successor 0003, with a Superseded by row', async () => {
    await runCommand(vsc.page, 'Two Hats: Show Decisions');
    // Its label starts with its title ("1. Store…"); the Replaces row under 0003 names it too.
    const postgres = rows('Decisions').filter({ hasText: /^(1\. )?Store ingested events in Postgres/ }).first();
    await postgres.waitFor({ timeout: UI_TIMEOUT });
    assert.match(await postgres.locator('.label-description').textContent(), /→ .*Store ingested events in ClickHouse/);
    const link = rows('Decisions').filter({ hasText: /^Superseded by .*Store ingested events in ClickHouse/ }).first();
    await link.waitFor({ timeout: UI_TIMEOUT });
    await rows('Decisions').filter({ hasText: /^Replaces .*Store ingested events in Postgres/ }).first().waitFor({ timeout: UI_TIMEOUT });
    await rows('Decisions').filter({ hasText: 'Retry failed ingest batches with exponential backoff' }).first().waitFor();
    // A click opens the doc.
    await postgres.click();
    await waitForEditorText(vsc.page, (t) => t.includes('Superseded by [ADR-0003]'));
    await screenshot(vsc.page, 'decisions-view-light');
  });

  it('ticks the second reviewer in the review note, and the doc\'s top lens goes from 1 of 2 to 2 of 2 signed off', async () => {
    const lens = (text) => vsc.page.locator('.monaco-editor .codelens-decoration a', { hasText: text }).first();
    await openFile(vsc.page, 'rfc-0044-audit-log-export.md');
    await waitForEditorText(vsc.page, (t) => /audit log export/i.test(t));
    await lens(/^1 of 2 signed off/).waitFor({ timeout: UI_TIMEOUT });
    // The tick as a lead makes it in the review note, saved to disk.
    const note = join(vsc.workspace, 'notes', 'design-reviews', '2026-11-17-audit-log-export.md');
    const before = readFileSync(note, 'utf8');
    assert.match(before, /^- \[ \] @Alice-Nguyen$/m);
    writeFileSync(note, before.replace(/^- \[ \] @Alice-Nguyen$/m, '- [x] @Alice-Nguyen ✅ 2026-12-06'));
    await lens(/^2 of 2 signed off/).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(vsc.page, 'views-sign-off-lens');
  });

  it('Team, collapsed at first, lists each demo person with their facts once expanded', async () => {
    const header = pane('Team').locator('.pane-header');
    assert.equal(await header.getAttribute('aria-expanded'), 'false');
    await setExpanded('Team', true);
    await setExpanded('Commitments', false);
    await setExpanded('Decisions', false);
    for (const name of ['Alice Nguyen', 'Sam Okafor', 'Priya Raman']) {
      const person = rows('Team').filter({ hasText: name }).first();
      await person.waitFor({ timeout: UI_TIMEOUT });
      assert.match(await person.locator('.label-description').textContent(), /(no 1:1 yet|1:1 today|\d+ days since the last 1:1).* · \d+ open goals.* · \d+ evidence entries in 6 months/);
    }
    const priya = await rows('Team').filter({ hasText: 'Priya Raman' }).first().locator('.label-description').textContent();
    assert.match(priya, /\(overdue\)/);
    assert.match(priya, /empty months/);
    const sam = await rows('Team').filter({ hasText: 'Sam Okafor' }).first().locator('.label-description').textContent();
    assert.match(sam, /open goals, 1 stale/);
    const alice = await rows('Team').filter({ hasText: 'Alice Nguyen' }).first().locator('.label-description').textContent();
    assert.match(alice, /mostly recent/);
    // A row expands into its facts, one a line.
    await rows('Team').filter({ hasText: 'Priya Raman' }).first().click();
    await rows('Team').filter({ hasText: /^Months with no evidence: \d{4}-\d{2}/ }).first().waitFor({ timeout: UI_TIMEOUT });
    await rows('Team').filter({ hasText: /^Commitments: yours to them \d+ open/ }).first().waitFor();
    await screenshot(vsc.page, 'team-view-light');
  });
});
