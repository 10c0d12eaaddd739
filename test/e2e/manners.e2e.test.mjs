// Browser tests of first-party manners in a real VS Code: the keyboard shortcuts Two Hats adds are
// free in VS Code's own default keybindings (read from this VS Code's "Default Keyboard
// Shortcuts (JSON)") and work; reading a large notes folder shows the view's progress bar.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { openFile, openView, runCommand, screenshot, startVSCode, UI_TIMEOUT, waitForEditorText, webviewFrame } from '../harness/e2e.mjs';

const EXTENSION_ID = 'two-hats.two-hats';
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The demo workspace plus `people` more people with `notes` dated notes each. */
function largeWorkspace(people, notes) {
  const root = join(mkdtempSync(join(tmpdir(), 'two-hats-large-')), 'demo');
  cpSync('test/fixtures/demo', root, { recursive: true });
  for (let p = 0; p < people; p++) {
    const folder = join(root, 'notes', 'one-on-ones', `person-${String(p).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (let n = 0; n < notes; n++) {
      const date = `2026-${String(1 + (n % 10)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}`;
      writeFileSync(join(folder, `${date}.md`), `---\nperson: Person ${p}\ndate: ${date}\nkind: one-on-one\n---\n# 1:1\n\n- [ ] follow up ${p}-${n}\n- [x] done\n`);
    }
  }
  return root;
}

describe('first-party manners (browser)', function () {
  this.timeout(180000);
  let vsc;
  let workspace;

  before(async () => {
    workspace = largeWorkspace(400, 10);
    vsc = await startVSCode({ vsix: 'two-hats.vsix', workspace, theme: 'Default Light Modern' });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED manners ${this.currentTest.title}`);
  });
  after(async () => {
    await vsc?.stop();
    if (workspace) rmSync(join(workspace, '..'), { recursive: true, force: true });
  });

  it('shows the view\'s progress bar while the panel reads a large notes folder (400 people, 4,000 notes)', async () => {
    const { page } = vsc;
    await openView(page, 'Two Hats');
    const frame = await webviewFrame(page, { extensionId: EXTENSION_ID });
    await frame.locator('select[data-key=person] option[value="person-399"]').waitFor({ state: 'attached', timeout: 60000 });
    // The view has loaded (VS Code shows its own progress while a webview loads): once no progress
    // bar is left in the side bar, a progress bar there is Two Hats reading the notes folder again.
    await page.waitForFunction(() => !document.querySelector('.part.sidebar .monaco-progress-container.active:not(.done)'), null, { timeout: 30000 });
    await sleep(300);
    await page.evaluate(() => {
      window.__twoHatsProgress = false;
      const seen = () => document.querySelector('.part.sidebar .monaco-progress-container.active:not(.done)');
      new MutationObserver(() => { if (seen()) window.__twoHatsProgress = true; })
        .observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    // Add a person from the panel (no cadence): the panel then reads the folder again and lists them.
    await frame.getByRole('button', { name: 'Add person' }).first().click();
    await page.locator('.quick-input-widget input').fill('Person Four Hundred');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-list-entry', { hasText: 'No fixed cadence' }).first().click();
    await frame.locator('select[data-key=person] option[value="person-four-hundred"]').waitFor({ state: 'attached', timeout: 60000 });
    assert.equal(await page.evaluate(() => window.__twoHatsProgress), true, 'no progress bar showed in the Two Hats view');
  });

  it('binds Ctrl+K N (Add to Next 1:1) and Ctrl+K H (Insert Prompt) to keys VS Code\'s defaults leave free', async () => {
    const { page } = vsc;
    await page.locator('.part.editor').click({ position: { x: 300, y: 300 } });
    await runCommand(page, 'Preferences: Open Default Keyboard Shortcuts (JSON)');
    const text = await waitForEditorText(page, (t) => t.includes('"key"') && t.includes('workbench.action.quickOpen'), { timeout: 30000 });
    const defaults = parse(text).filter((k) => !k.command.replace(/^-/, '').startsWith('twoHats.'));
    assert.ok(defaults.length > 500, `only ${defaults.length} default keybindings read`);
    const taken = new Set(defaults.map((k) => k.key));
    for (const k of manifest.contributes.keybindings) assert.ok(!taken.has(k.key), `${k.key} (${k.command}) is a VS Code default: ${defaults.filter((d) => d.key === k.key).map((d) => d.command).join(', ')}`);

    // The chord works: a selection in a code file, Ctrl+K N, and Add to Next 1:1 asks who.
    await openFile(page, 'retry.ts');
    await waitForEditorText(page, (t) => t.startsWith('// Retries a failed ingest batch'));
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+End');
    await sleep(300);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('N');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: 'Add to Next 1:1' }).waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.press('Escape');

    // Ctrl+K H in a markdown note: Insert Prompt's quick pick.
    await openFile(page, 'rfc-0042-event-ingestion.md');
    await waitForEditorText(page, (t) => t.startsWith('# RFC-0042'));
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('H');
    await widget.locator('.quick-input-title', { hasText: 'Insert Prompt' }).waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.press('Escape');
  });
});
