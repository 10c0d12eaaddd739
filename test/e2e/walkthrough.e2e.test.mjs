// Browser tests of the Get Started walkthrough (contributes.walkthroughs): opened the way a person
// finds it, from "Welcome: Open Walkthrough...", one step completed with its own button; then, in
// the light, dark and high-contrast themes, each step shows the image made for that theme. Those
// images are the screenshots this test takes (test-output/walkthrough/<step>-<theme>.png): copy
// them to media/walkthrough/ when the UI they show changes.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, openView, outputDir, runCommand, screenshot, startVSCode, UI_TIMEOUT, waitForEditorText, webviewFrame } from '../harness/e2e.mjs';

const EXTENSION_ID = 'two-hats.two-hats';
const WALKTHROUGH = `${EXTENSION_ID}#gettingStarted`;
const STEPS = ['openPanel', 'addPerson', 'talkingPoint', 'firstMeeting'];
const THEMES = [
  { label: 'Default Light Modern', picker: 'Light Modern', variant: 'light', body: 'vs' },
  { label: 'Default Dark Modern', picker: 'Dark Modern', variant: 'dark', body: 'vs-dark' },
  { label: 'Default High Contrast', picker: 'Dark High Contrast', variant: 'hc', body: 'hc-black' },
];
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8'));
const text = (v) => (/^%.+%$/.test(v) ? nls[v.slice(1, -1)] : v);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const step = (page, id) => page.locator(`button.getting-started-step[data-step-id="${WALKTHROUGH}#${id}"]`);
const stepDone = (page, id) => page.locator(`[data-done-step-id="${WALKTHROUGH}#${id}"]`);

async function openWalkthrough(page) {
  await runCommand(page, 'Welcome: Open Walkthrough...', { opensInput: true });
  const input = page.locator('.quick-input-widget input');
  await input.fill('Two Hats');
  await page.locator('.quick-input-list .quick-input-list-entry', { hasText: text(manifest.contributes.walkthroughs[0].title) }).first().click();
  await step(page, STEPS[0]).waitFor({ timeout: UI_TIMEOUT });
}

/** Switches the colour theme the way a person does: Preferences: Color Theme, then its name. */
async function setTheme(vsc, theme) {
  const { page } = vsc;
  if (!(await page.locator('.monaco-workbench').evaluate((el, cls) => el.classList.contains(cls), theme.body))) {
    // The walkthrough keeps F1 to itself: go to a text editor first.
    await page.locator('.tabs-container .tab', { hasText: 'retry.ts' }).click();
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(page, 'Preferences: Color Theme', { opensInput: true });
    await page.locator('.quick-input-widget input').fill(theme.picker);
    await page.locator('.quick-input-list .quick-input-list-entry')
      .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${theme.picker}$`) }) }).first().click();
  }
  await page.waitForFunction((cls) => document.querySelector('.monaco-workbench')?.classList.contains(cls), theme.body, { timeout: UI_TIMEOUT });
  await sleep(500);
}

/** Saves a clip of the page as test-output/walkthrough/<name>.png. */
async function clip(page, name, box) {
  mkdirSync(join(outputDir, 'walkthrough'), { recursive: true });
  await page.screenshot({ path: join(outputDir, 'walkthrough', `${name}.png`), clip: box });
}

/** The four step images of the current theme: the panel, Add Person's cadence question, the context menu on a selection, a doc's CodeLens. */
async function captureStepImages(vsc, variant, person) {
  const { page } = vsc;
  // 1. The panel on Priya (overdue, talking points).
  await openView(page, 'Two Hats');
  const frame = await webviewFrame(page, { extensionId: EXTENSION_ID });
  await frame.getByLabel('Person', { exact: true }).selectOption('priya-raman');
  await frame.getByRole('region', { name: 'Next 1:1' }).getByText('How is the billing migration handover going?').waitFor({ timeout: UI_TIMEOUT });
  await sleep(300);
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  await clip(page, `openPanel-${variant}`, { x: 0, y: 0, width: Math.ceil(sidebar.x + sidebar.width), height: Math.min(640, Math.ceil(sidebar.height)) });

  // 2. Add Person, at its cadence question (cancelled: the person stays without a cadence).
  await page.locator('.part.editor').click({ position: { x: 400, y: 300 } });
  await runCommand(page, 'Two Hats: Add Person', { opensInput: true });
  await page.locator('.quick-input-widget input').fill(person);
  await page.keyboard.press('Enter');
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-list .quick-input-list-entry', { hasText: 'Every 2 weeks' }).first().waitFor();
  await sleep(300);
  const w = await widget.boundingBox();
  await clip(page, `addPerson-${variant}`, { x: w.x - 8, y: Math.max(0, w.y - 8), width: w.width + 16, height: w.height + 16 });
  await page.keyboard.press('Escape');

  // 3. A selected line in a code file, its context menu on Add to Next 1:1.
  await openFile(page, 'retry.ts');
  await waitForEditorText(page, (t) => t.startsWith('// Retries a failed ingest batch'));
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(':22');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await sleep(300);
  await page.locator('.monaco-editor .view-line', { hasText: 'Every error is retried' }).first().click({ button: 'right' });
  const item = page.locator('.monaco-menu .action-item', { hasText: 'Add to Next 1:1' }).first();
  await item.waitFor({ timeout: UI_TIMEOUT });
  await item.hover();
  await sleep(300);
  // The selected line and the lower part of the menu, down to Add to Next 1:1.
  const menu = await page.locator('.monaco-menu').first().boundingBox();
  const entry = await item.boundingBox();
  const line = await page.locator('.monaco-editor .view-line', { hasText: 'Every error is retried' }).first().boundingBox();
  const x = Math.max(0, line.x - 60);
  const y = Math.max(0, Math.min(line.y, entry.y - 180) - 40);
  await clip(page, `talkingPoint-${variant}`, { x, y, width: Math.min(900, menu.x + menu.width + 16 - x), height: Math.max(line.y, entry.y) + entry.height + 40 - y });
  await page.keyboard.press('Escape');

  // 4. The demo RFC with its CodeLens.
  await openFile(page, 'rfc-0042-event-ingestion.md');
  await waitForEditorText(page, (t) => t.startsWith('# RFC-0042'));
  await page.locator('.monaco-editor .codelens-decoration a', { hasText: 'Start Review of This Doc' }).first().waitFor({ timeout: UI_TIMEOUT });
  await page.locator('.monaco-editor .codelens-decoration').nth(2).waitFor({ timeout: UI_TIMEOUT });
  await sleep(500);
  const editor = await page.locator('.part.editor .monaco-editor').first().boundingBox();
  await clip(page, `firstMeeting-${variant}`, { x: editor.x, y: editor.y, width: Math.min(760, editor.width), height: Math.min(440, editor.height) });
}

describe('the Get Started walkthrough (browser)', function () {
  this.timeout(240000);
  let vsc;

  before(async () => {
    vsc = await startVSCode({ vsix: 'two-hats.vsix', workspace: 'test/fixtures/demo', theme: THEMES[0].label, viewport: { width: 1440, height: 900 } });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED walkthrough ${this.currentTest.title}`);
  });
  after(async () => { await vsc?.stop(); });

  it('opens from Welcome: Open Walkthrough... with four steps, and its first step\'s button opens the panel and completes the step', async () => {
    const { page } = vsc;
    await openWalkthrough(page);
    const titles = await page.locator(`button.getting-started-step[data-step-id^="${WALKTHROUGH}#"] .step-title`).allTextContents();
    assert.deepEqual(titles.map((t) => t.trim()), manifest.contributes.walkthroughs[0].steps.map((s) => text(s.title)));
    assert.equal(await stepDone(page, 'openPanel').getAttribute('aria-checked'), 'false');
    await screenshot(page, 'walkthrough');
    await step(page, 'openPanel').locator('.step-description-container').getByRole('button', { name: 'Open the Panel' }).click();
    // The panel opens and VS Code ticks the step (its completion events: the view shown, the command run).
    await webviewFrame(page, { extensionId: EXTENSION_ID });
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-checked') === 'true', `[data-done-step-id="${WALKTHROUGH}#openPanel"]`, { timeout: UI_TIMEOUT });
    assert.equal(await stepDone(page, 'addPerson').getAttribute('aria-checked'), 'false', 'only the step whose button ran is done');
  });

  it('shows each step\'s image made for the theme, in light, dark and high contrast, with its alt text', async () => {
    const { page } = vsc;
    const steps = manifest.contributes.walkthroughs[0].steps;
    for (const [i, theme] of THEMES.entries()) {
      await setTheme(vsc, theme);
      await captureStepImages(vsc, theme.variant, ['Dana Reyes', 'Lee Park', 'Noor Haddad'][i]);
      await openWalkthrough(page);
      for (const s of steps) {
        await step(page, s.id).click();
        const img = page.locator('.getting-started-media img').filter({ visible: true }).first();
        await img.waitFor({ timeout: UI_TIMEOUT });
        const expected = s.media.image[theme.variant];
        await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle(), { timeout: UI_TIMEOUT });
        // VS Code serves the theme's variant (srcset, URL-encoded through its resource route).
        const source = decodeURIComponent((await img.getAttribute('srcset')) ?? (await img.getAttribute('src')) ?? '');
        assert.ok(source.includes(`/two-hats.two-hats-${manifest.version}/${expected}`), `${s.id} in ${theme.variant}: ${source}`);
        assert.equal(await img.getAttribute('alt'), text(s.media.altText));
      }
      await screenshot(page, `walkthrough-${theme.variant}`);
    }
  });
});
