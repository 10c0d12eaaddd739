// Browser tests: Debian Chromium drives a real VS Code (code-server) with Two Hats installed
// from its VSIX, on a copy of the demo workspace; then the same window switches to the dark and
// high-contrast themes. Every step saves a screenshot under test-output/; a failing step saves
// one named after the test.
import assert from 'node:assert/strict';
import { openFile, openView, resizeSideBar, screenshot, sidebarScreenshot, startVSCode, themeKind, UI_TIMEOUT, waitForEditorText, webviewFrame } from '../harness/e2e.mjs';

const VSIX = 'two-hats.vsix';
const WORKSPACE = 'test/fixtures/demo';
const EXTENSION_ID = 'two-hats.two-hats';

async function panel(page) {
  await openView(page, 'Two Hats');
  const frame = await webviewFrame(page, { extensionId: EXTENSION_ID });
  await frame.locator('[role=tablist]').waitFor({ timeout: UI_TIMEOUT });
  return frame;
}

/** Clicks until `done` appears: a host message may re-render the panel between locating and clicking. */
async function clickUntil(frame, target, done) {
  for (let i = 0; ; i++) {
    await frame.locator(target).click();
    try {
      await frame.locator(done).waitFor({ timeout: 2000 });
      return;
    } catch (error) {
      if (i === 4) throw error;
    }
  }
}

async function selectTab(frame, label) {
  await frame.getByRole('tab', { name: label }).click();
  await frame.locator(`[role=tab][aria-selected=true]`, { hasText: label }).waitFor();
}

describe('the Two Hats panel, in one window (browser)', function () {
  this.timeout(180000);
  let vsc;

  before(async () => {
    vsc = await startVSCode({ vsix: VSIX, workspace: WORKSPACE, theme: 'Default Light Modern' });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED ${this.currentTest.title}`);
  });
  after(async () => { await vsc?.stop(); });

  describe('Two Hats in VS Code (browser)', function () {
    it('opens the Two Hats view from the activity bar and renders 1:1 prep for a person', async () => {
      const frame = await panel(vsc.page);
      await selectTab(frame, '1:1 prep');
      await frame.getByLabel('Person', { exact: true }).selectOption('alice-nguyen');
      await frame.getByRole('region', { name: 'Open items from the last 1:1' }).getByText('Find a budget line for the test-infra cleanup').waitFor();
      assert.ok(await frame.locator('input[type=checkbox]').count() >= 15);
      await sidebarScreenshot(vsc.page, 'panel-prep-light');
    });

    it('keeps a ticked prep item ticked after hiding and showing the view', async () => {
      let frame = await panel(vsc.page);
      const box = frame.locator('input[type=checkbox]').nth(1);
      await box.check();
      await frame.locator('input[type=checkbox]:checked').first().waitFor();
      const key = await box.getAttribute('data-key');
      await openView(vsc.page, 'Explorer');
      await vsc.page.locator('iframe[src*="purpose=webviewView"]').first().waitFor({ state: 'hidden' });
      frame = await panel(vsc.page);
      const again = frame.locator(`[data-key="${key}"]`);
      await again.waitFor();
      await frame.waitForFunction((k) => document.querySelector(`[data-key="${k}"]`)?.checked === true, key, { timeout: UI_TIMEOUT });
      assert.equal(await again.isChecked(), true);
    });

    it('switches the design-review lens and the prompt list changes', async () => {
      const frame = await panel(vsc.page);
      await selectTab(frame, 'Design review');
      const prompts = frame.locator('li.prompt');
      await prompts.first().waitFor();
      const both = await prompts.count();
      await clickUntil(frame, 'label[for=lens-why]', '#lens-why:checked');
      await frame.waitForFunction((n) => document.querySelectorAll('li.prompt').length < n, both);
      const why = await prompts.count();
      assert.ok(why > 0 && why < both, `why ${why} of ${both}`);
      assert.equal(await frame.locator('li.prompt .badge.asks-how').count(), 0);
      await sidebarScreenshot(vsc.page, 'panel-design-light');
      await frame.locator('label[for=lens-both]').click();
      await frame.waitForFunction((n) => document.querySelectorAll('li.prompt').length === n, both);
    });

    it('inserts a prompt from the panel at the cursor of the open markdown file', async () => {
      await openFile(vsc.page, 'rfc-0042-event-ingestion.md');
      await waitForEditorText(vsc.page, (t) => t.startsWith('# RFC-0042'));
      await vsc.page.locator('.monaco-editor .view-lines').first().click();
      await vsc.page.keyboard.press('Control+End');
      const frame = await panel(vsc.page);
      await selectTab(frame, 'Design review');
      const row = frame.locator('li.prompt').first();
      const text = await row.locator('.prompt-text').textContent();
      await row.getByRole('button', { name: 'Insert at the cursor' }).click();
      const after = await waitForEditorText(vsc.page, (t) => t.includes(text));
      assert.match(after, new RegExp(`\\n- ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      await frame.getByText(/Why\/how balance: docs\/rfc-0042/).waitFor();
    });

    it('adds a missing phase section, with its prompts, to the design doc it follows', async () => {
      const frame = await panel(vsc.page);
      await frame.getByText(/Why\/how balance: docs\/rfc-0042/).waitFor();
      await frame.locator('[data-key="add-section-options"]').click();
      const text = await waitForEditorText(vsc.page, (t) => t.includes('## Options'));
      assert.match(text, /## Options\n\n\*\*Why\*\*\n\n- \[ \] .+\n- \[ \] .+\n\n\*\*How\*\*\n\n- \[ \] /);
      await frame.locator('[data-key="add-section-options"]').waitFor({ state: 'detached' });
    });

    it('lists open items across everyone, oldest first', async () => {
      const frame = await panel(vsc.page);
      await selectTab(frame, '1:1 prep');
      await frame.locator('[data-group="all-open-items"] > summary').click();
      const items = frame.locator('[data-group="all-open-items"] li');
      await items.first().waitFor();
      const texts = await items.allTextContents();
      assert.ok(texts.some((t) => /Write down the Q1 priority order.*Sam Okafor/.test(t)), texts.join(' | '));
      assert.match(texts[0], /Priya Raman/);
    });

    it('filters the which-hat situations', async () => {
      const frame = await panel(vsc.page);
      await selectTab(frame, 'Which hat?');
      const all = await frame.locator('details.situation').count();
      await frame.getByRole('searchbox').fill('incident');
      await frame.waitForFunction((n) => document.querySelectorAll('details.situation').length < n, all);
      const titles = await frame.locator('details.situation').allTextContents();
      assert.ok(titles.length > 0 && titles.length < all);
      assert.ok(titles.every((t) => /incident/i.test(t)), titles.join(' | '));
      await frame.locator('details.situation summary').first().click();
      await sidebarScreenshot(vsc.page, 'panel-hat-light');
      // The theme tests below show every situation again.
      await frame.getByRole('searchbox').fill('');
      await frame.waitForFunction((n) => document.querySelectorAll('details.situation').length === n, all);
    });

    it('remembers the tab and lens after the window reloads', async () => {
      let frame = await panel(vsc.page);
      await selectTab(frame, 'Design review');
      await clickUntil(frame, 'label[for=lens-how]', '#lens-how:checked');
      // A person does not reload within milliseconds of a click: let VS Code store the state.
      await new Promise((r) => setTimeout(r, 1500));
      await vsc.page.reload();
      await vsc.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
      frame = await panel(vsc.page);
      await frame.locator('[role=tab][aria-selected=true]', { hasText: 'Design review' }).waitFor();
      await frame.locator('#lens-how:checked').waitFor();
      assert.equal(await frame.locator('li.prompt .badge.asks-why').count(), 0);
      await frame.locator('label[for=lens-both]').click();
    });

    it('stays usable at 250 px wide: no horizontal scrolling, every tab reachable by keyboard', async () => {
      const frame = await panel(vsc.page);
      const wide = (await vsc.page.locator('.part.sidebar').boundingBox()).width;
      const width = await resizeSideBar(vsc.page, 250);
      assert.ok(Math.abs(width - 250) <= 4, `side bar is ${width}px`);
      for (const tab of ['1:1 prep', 'Design review', 'Which hat?']) {
        await selectTab(frame, tab);
        const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${tab} scrolls sideways by ${overflow}px at 250px`);
      }
      await frame.getByRole('tab', { name: 'Which hat?' }).focus();
      await vsc.page.keyboard.press('ArrowRight');
      await frame.locator('[role=tab][aria-selected=true]', { hasText: '1:1 prep' }).waitFor();
      await frame.waitForFunction(() => document.activeElement?.getAttribute('data-key') === 'tab-prep');
      await sidebarScreenshot(vsc.page, 'panel-prep-250px');
      // The theme tests below take their pictures at the usual width.
      await resizeSideBar(vsc.page, wide);
    });

  });

  // The same window in the other themes: switching the theme repaints the workbench and the panel
  // in place, as it does for a person, so these need no window of their own.
  describe('Two Hats panel in dark and high-contrast themes (browser)', function () {
    for (const [theme, name] of [['Default Dark Modern', 'dark'], ['Default High Contrast', 'hc']]) {
      it(`renders every section in ${theme}`, async () => {
        await vsc.setTheme(theme);
        const frame = await panel(vsc.page);
        await frame.waitForFunction((cls) => document.body.classList.contains(cls), themeKind(theme).webview, { timeout: UI_TIMEOUT });
        for (const [tab, shot] of [['1:1 prep', 'prep'], ['Design review', 'design'], ['Which hat?', 'hat']]) {
          await selectTab(frame, tab);
          await frame.locator('[role=tabpanel] li, [role=tabpanel] details').first().waitFor();
          await sidebarScreenshot(vsc.page, `panel-${shot}-${name}`);
        }
        const bg = await frame.evaluate(() => getComputedStyle(document.body).getPropertyValue('--vscode-sideBar-background').trim());
        assert.ok(bg, 'theme variables reach the webview');
      });
    }
  });
});
