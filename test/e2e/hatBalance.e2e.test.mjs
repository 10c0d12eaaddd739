// Browser tests of the hat balance: the chart of a person's last 1:1s and of the last design
// reviews, found by its accessible name; the nudge and its one-click insert; the reflections of the
// last three months on the Which hat? tab. Then, in the same window, the chart in the light, dark
// and high-contrast themes, its colours compared with the theme's; screenshots for README.
import assert from 'node:assert/strict';
import { openFile, openView, resizeSideBar, screenshot, sidebarScreenshot, startVSCode, themeKind, UI_TIMEOUT, waitForEditorText, webviewFrame } from '../harness/e2e.mjs';

const VSIX = 'two-hats.vsix';
const WORKSPACE = 'test/fixtures/demo';
const EXTENSION_ID = 'two-hats.two-hats';
// Sam Okafor's last 8 1:1s in the demo: 5 why and 13 how prompts, two notes without prompts,
// and the last three that held prompts asked only how.
const SAM_CHART = /^Last 8 1:1s with Sam Okafor: 5 why, 13 how; \d+ leader, \d+ manager, \d+ both hats; 2 without prompts$/;
const REVIEW_CHART = /^Last 4 design reviews: \d+ why, \d+ how; \d+ leader, \d+ manager, \d+ both hats$/;

async function panel(page) {
  await openView(page, 'Two Hats');
  const frame = await webviewFrame(page, { extensionId: EXTENSION_ID });
  await frame.locator('[role=tablist]').waitFor({ timeout: UI_TIMEOUT });
  return frame;
}

async function selectTab(frame, label) {
  await frame.getByRole('tab', { name: label }).click();
  await frame.locator('[role=tab][aria-selected=true]', { hasText: label }).waitFor();
}

async function showSam(frame) {
  await selectTab(frame, '1:1 prep');
  await frame.getByLabel('Person', { exact: true }).selectOption('sam-okafor');
  const chart = frame.getByRole('img', { name: SAM_CHART });
  await chart.waitFor({ timeout: UI_TIMEOUT });
  return chart;
}

/** A CSS colour as the browser computes it (`rgb(55, 148, 255)`), for `--vscode-*` variables of `scope`. */
function computedColour(scope, variable) {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  scope.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('hat balance, in one window (browser)', function () {
  this.timeout(180000);
  let vsc;

  before(async () => {
    vsc = await startVSCode({ vsix: VSIX, workspace: WORKSPACE, theme: 'Default Light Modern' });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED ${this.currentTest.title}`);
  });
  after(async () => { await vsc?.stop(); });

  describe('hat balance in the panel (browser)', function () {
    it('charts Sam\'s last 8 1:1s, with an accessible name that states the trend and a table for screen readers', async () => {
      const frame = await panel(vsc.page);
      const chart = await showSam(frame);
      assert.equal(await chart.evaluate((el) => el.namespaceURI), 'http://www.w3.org/2000/svg');
      assert.equal(await frame.locator('svg.hat-chart rect.bar-none').count(), 4, 'two meetings without prompts, one mark in each row');
      const rows = frame.locator('div.visually-hidden table.hat-chart-table tbody tr');
      assert.equal(await rows.count(), 8);
      assert.match(await rows.nth(7).textContent(), /2026-11-12.*no prompts/);
      assert.match(await frame.locator('div.visually-hidden table.hat-chart-table caption').textContent(), /5 why, 13 how/);
      await sidebarScreenshot(vsc.page, 'hat-balance-light');
    });

    it('nudges toward why questions after three how-only 1:1s, each insertable in one click', async () => {
      // Not one of Sam's notes: the browser workbench saves edits after a second, which would change his chart.
      await openFile(vsc.page, 'rfc-0042-event-ingestion.md');
      await waitForEditorText(vsc.page, (t) => t.includes('# RFC-0042'));
      await vsc.page.locator('.monaco-editor .view-lines').first().click();
      await vsc.page.keyboard.press('Control+End');
      const frame = await panel(vsc.page);
      await showSam(frame);
      const nudge = frame.locator('[data-key=hat-nudge]');
      await nudge.waitFor();
      assert.match(await nudge.locator('p').textContent(), /Your last 3 1:1s with Sam Okafor asked only how questions\. Two why questions/);
      const suggestions = nudge.locator('li.prompt');
      assert.equal(await suggestions.count(), 2);
      assert.equal(await nudge.locator('.badge.asks-how').count(), 0);
      const text = await suggestions.first().locator('.prompt-text').textContent();
      await suggestions.first().getByRole('button', { name: 'Insert at the cursor' }).click();
      const after = await waitForEditorText(vsc.page, (t) => t.includes(text));
      assert.match(after, new RegExp(`\\n- ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    });

    it('charts the last design reviews on the Design review tab', async () => {
      const frame = await panel(vsc.page);
      await selectTab(frame, 'Design review');
      await frame.getByRole('img', { name: REVIEW_CHART }).waitFor({ timeout: UI_TIMEOUT });
      assert.equal(await frame.locator('[data-key=chart-reviews] text.chart-date').count(), 4);
      // The panel re-renders as notes change on disk, which can replace the chart mid-scroll: scroll the one there now.
      for (let attempt = 1; ; attempt++) {
        try {
          await frame.getByRole('img', { name: REVIEW_CHART }).evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      await sidebarScreenshot(vsc.page, 'hat-balance-reviews-light');
    });

    it('starts a reflection from the Which hat? tab and shows the shift written about, with a link to the note', async () => {
      const reflections = (frame) => frame.getByRole('region', { name: 'Your reflections, last three months' });
      let frame = await panel(vsc.page);
      await selectTab(frame, 'Which hat?');
      await reflections(frame).getByText('No reflection notes in the last three months.').waitFor();
      await reflections(frame).getByRole('button', { name: 'Start reflection' }).click();
      await waitForEditorText(vsc.page, (t) => t.includes('## Specialist → Generalist'));
      // The note opens at the top, then its cursor moves under the first shift's questions: type once it has.
      await vsc.page.waitForFunction(() => /Ln (\d+)/.exec(document.querySelector('#status\\.editor\\.selection')?.textContent ?? '')?.[1] > 1, null, { timeout: UI_TIMEOUT });
      await vsc.page.keyboard.type('Asked the data team to walk me through the pipeline.');
      await waitForEditorText(vsc.page, (t) => t.includes('walk me through the pipeline.'));
      await vsc.page.keyboard.press('Control+S');
      frame = await panel(vsc.page);
      await selectTab(frame, 'Which hat?');
      const region = reflections(frame);
      await region.getByText('1 of 7 shifts reflected on').waitFor({ timeout: UI_TIMEOUT });
      const now = new Date();
      const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
      assert.match(await frame.locator('[data-shift="shift.specialist-to-generalist"]').textContent(), new RegExp(`reflected on in ${month}`));
      assert.match(await frame.locator('[data-shift="shift.warrior-to-diplomat"]').textContent(), /not yet/);
      await region.getByRole('button', { name: `Open reflection ${month}` }).waitFor();
      // The panel re-renders as notes change on disk: scroll the region as it is now.
      await frame.getByRole('region', { name: 'Your reflections, last three months' }).evaluate((el) => el.scrollIntoView());
      await sidebarScreenshot(vsc.page, 'reflections-light');
    });
    it('keeps the chart readable at 250 px wide: no sideways scrolling, every bar and date inside the panel', async () => {
      const frame = await panel(vsc.page);
      await selectTab(frame, '1:1 prep');
      await frame.getByLabel('Person', { exact: true }).selectOption('sam-okafor');
      await showSam(frame);
      const wide = (await vsc.page.locator('.part.sidebar').boundingBox()).width;
      assert.ok(Math.abs(await resizeSideBar(vsc.page, 250) - 250) <= 4);
      const fit = await frame.evaluate(() => {
        const chart = document.querySelector('svg.hat-chart').getBoundingClientRect();
        const dates = [...document.querySelectorAll('svg.hat-chart text.chart-date')].map((t) => t.getBoundingClientRect());
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          inside: dates.every((d) => d.left >= chart.left - 1 && d.right <= chart.right + 1),
          overlap: dates.some((d, i) => i > 0 && d.left < dates[i - 1].right),
          width: chart.width,
        };
      });
      assert.ok(fit.overflow <= 0, `the prep tab scrolls sideways by ${fit.overflow}px`);
      assert.ok(fit.inside && !fit.overlap, 'dates fit under their bars without overlapping');
      assert.ok(fit.width >= 200, `the chart is ${fit.width}px wide`);
      await frame.evaluate(() => window.scrollTo(0, 0));
      await sidebarScreenshot(vsc.page, 'hat-balance-250px');
      // The theme tests below take their pictures at the usual width.
      await resizeSideBar(vsc.page, wide);
    });

  });

  // The same window in each theme: switching the theme repaints the panel in place, as it does for a
  // person, so these need no window of their own.
  describe('hat balance chart in light, dark and high-contrast themes (browser)', function () {
    for (const [theme, name] of [['Default Light Modern', 'light'], ['Default Dark Modern', 'dark'], ['Default High Contrast', 'hc']]) {
      it(`draws the chart in theme colours in ${theme}`, async () => {
        await vsc.setTheme(theme);
        const frame = await panel(vsc.page);
        await frame.waitForFunction((cls) => document.body.classList.contains(cls), themeKind(theme).webview, { timeout: UI_TIMEOUT });
        await showSam(frame);
        const bar = frame.locator('svg.hat-chart rect.bar-how').first();
        const fill = await bar.evaluate((el) => getComputedStyle(el).fill);
        // The theme's colours as the workbench has them, and as the webview received them.
        const theirs = await vsc.page.locator('.monaco-workbench').evaluate(computedColour, '--vscode-charts-blue');
        const received = await frame.locator('body').evaluate(computedColour, '--vscode-charts-blue');
        assert.ok(await frame.evaluate(() => getComputedStyle(document.body).getPropertyValue('--vscode-charts-blue').trim()), 'the theme defines --vscode-charts-blue');
        assert.equal(received, theirs, 'the webview has the theme\'s charts.blue');
        assert.equal(fill, theirs, 'how bars are filled with the theme\'s charts.blue');
        if (name === 'hc') {
          const stroke = await bar.evaluate((el) => getComputedStyle(el).stroke);
          const border = await vsc.page.locator('.monaco-workbench').evaluate(computedColour, '--vscode-contrastBorder');
          assert.doesNotMatch(border, /rgba\(0, 0, 0, 0\)/, 'the high-contrast theme has a contrast border');
          assert.equal(stroke, border, 'high contrast draws the theme\'s contrast border around bars');
        }
        // The first test took the light one.
        if (name !== 'light') await sidebarScreenshot(vsc.page, `hat-balance-${name}`);
      });
    }
  });
});
