// Browser tests of the palette and the markdown editor: Debian Chromium drives a real VS Code
// (code-server) with Two Hats installed from its VSIX, on a fresh copy of the demo workspace.
// The first test types in a note before anything else has activated Two Hats.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extensionIsActive, focusedSuggestion, openFile, openView, pick, runCommand, screenshot, startVSCode, UI_TIMEOUT, waitForEditorText, webviewFrame } from '../harness/e2e.mjs';

const suggest = (page) => page.locator('.editor-widget.suggest-widget.visible');

describe('Two Hats commands and completions (browser)', function () {
  this.timeout(180000);
  let vsc;

  before(async () => {
    vsc = await startVSCode({ vsix: 'two-hats.vsix', workspace: 'test/fixtures/demo', theme: 'Default Light Modern' });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED ${this.currentTest.title}`);
  });
  after(async () => { await vsc?.stop(); });

  it('offers prompts after ;; in a fresh window, also for a query of two words, and not on prose', async () => {
    await openFile(vsc.page, 'rfc-0042-event-ingestion.md');
    await waitForEditorText(vsc.page, (t) => t.startsWith('# RFC-0042'));
    // Opening markdown alone must activate Two Hats (no command or view involved).
    for (let i = 0; !/_doActivateExtension two-hats\.two-hats/.test(vsc.exthostLog()); i++) {
      assert.ok(i < 150, 'Two Hats did not activate on opening a markdown file');
      await new Promise((r) => setTimeout(r, 100));
    }
    // The log line comes as activation starts: wait until activate() has returned (its providers
    // are registered), then give the registration a moment to reach the editor.
    for (let i = 0; !(await extensionIsActive(vsc.page, 'two-hats.two-hats')); i++) {
      assert.ok(i < 150, 'Two Hats did not finish activating');
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300));
    await vsc.page.locator('.monaco-editor .view-lines').first().click();
    await vsc.page.keyboard.press('Control+End');
    await vsc.page.keyboard.press('Enter');
    await vsc.page.keyboard.type('Plain prose with spaces ');
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await suggest(vsc.page).count(), 0, 'a suggestion list opened on ordinary prose');
    await vsc.page.keyboard.press('Enter');
    await vsc.page.keyboard.type(';;growth;deeper');
    const deeperGrowth = JSON.parse(readFileSync('content/one-on-one-prompts.json', 'utf8')).prompts
      .filter((p) => p.category === 'growth' && p.depth === 'deeper').map((p) => p.text);
    const label = await focusedSuggestion(vsc.page, (l) => deeperGrowth.includes(l));
    assert.ok(label, 'no focused completion');
    assert.ok(deeperGrowth.includes(label), `"${label}" is not a deeper growth prompt`);
    await screenshot(vsc.page, 'completion');
    await vsc.page.keyboard.press('Enter');
    const text = await waitForEditorText(vsc.page, (t) => t.includes(label));
    assert.doesNotMatch(text, /;;growth/);
    assert.ok(text.includes(`\n- ${label}`), 'inserted as a list item on its own line');
  });

  it('runs Start 1:1 Note from the palette and opens the new note with the carried items', async () => {
    await runCommand(vsc.page, 'Two Hats: Start 1:1 Note', { opensInput: true });
    await pick(vsc.page, 'Alice', 'Alice Nguyen');
    const text = await waitForEditorText(vsc.page, (t) => t.includes('person: Alice Nguyen') && t.includes('## Carried over'));
    assert.match(text, /- \[ \] Find a budget line for the test-infra cleanup _\(from \[2026-11-09\]/);
    assert.match(text, /- \[ \] Review the RFC-0042 rollout section by Wednesday _\(from \[2026-11-16\]/);
    assert.doesNotMatch(text, /kubectl/);
    await screenshot(vsc.page, 'start-one-on-one');
  });

  it('shows the hat and moves for a situation from Which Hat Now?, and inserts them', async () => {
    await runCommand(vsc.page, 'Two Hats: Which Hat Now?', { opensInput: true });
    await pick(vsc.page, 'major incident', 'major incident');
    const dialog = vsc.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /Leader/);
    await screenshot(vsc.page, 'which-hat');
    await dialog.getByRole('button', { name: 'Insert into Note' }).click();
    await waitForEditorText(vsc.page, (t) => /\*\*A major incident is under way\*\* \(Leader\)/.test(t));
  });

  it('adds a person from the panel, with a name that needs a safe folder', async () => {
    await openView(vsc.page, 'Two Hats');
    const frame = await webviewFrame(vsc.page, { extensionId: 'two-hats.two-hats' });
    await frame.getByRole('tab', { name: '1:1 prep' }).click();
    await frame.getByRole('button', { name: 'Add person' }).first().click();
    const input = vsc.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('Zoë / Ops');
    await vsc.page.keyboard.press('Enter');
    // Then how often: the cadence goes into person.md.
    await pick(vsc.page, 'Weekly');
    await frame.locator('select[data-key=person] option[value="zoe-ops"]').waitFor({ state: 'attached' });
    assert.match(await frame.locator('select[data-key=person]').textContent(), /Zoë \/ Ops · no 1:1 yet/);
    // A note made from the palette reaches the open panel through the notes-folder watcher.
    await runCommand(vsc.page, 'Two Hats: Start 1:1 Note', { opensInput: true });
    await pick(vsc.page, 'Zoë', 'Zoë / Ops');
    await waitForEditorText(vsc.page, (t) => t.includes('person: Zoë / Ops'));
    await frame.locator('select[data-key=person] option[value="zoe-ops"]', { hasText: 'today' }).waitFor({ state: 'attached', timeout: UI_TIMEOUT });
  });
});
