// Hostile strings everywhere, in a real VS Code: a team pack, a person's name and a note full of
// HTML, script, event handlers, javascript: and command: links, snippet syntax, icon syntax,
// backslashes, control characters and a right-to-left override. Everything shows as literal
// text, is inserted literally, runs nothing, and no request leaves the machine.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFile, openView, runCommand, screenshot, startVSCode, UI_TIMEOUT, waitForEditorText, webviewFrame } from '../harness/e2e.mjs';

const EXTENSION_ID = 'two-hats.two-hats';
const EVIL = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> [go](command:workbench.action.quit) [js](javascript:alert(1)) ${1:x} $TM_FILENAME $(alert) \\\\n \u0007\u202Eevil';
const IMAGE = '![beacon](https://beacon.example/p.png)';

function hostileWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'two-hats-hostile-'));
  cpSync('test/fixtures/demo', root, { recursive: true });
  mkdirSync(join(root, '.twohats'), { recursive: true });
  writeFileSync(join(root, '.twohats', 'hostile.json'), JSON.stringify({
    prompts: [{ id: 'evil.prompt', text: `Zebra ${EVIL}`.slice(0, 200), hat: 'lead', asks: 'why', for: 'one-on-one', category: 'growth', depth: 'opener', followUp: IMAGE, tags: ['zebra'] }],
    situations: [{ id: 'evil-situation', title: `Zebra ${EVIL}`.slice(0, 200), signals: [IMAGE], hat: 'lead', moves: ['<b>one</b>', '[two](command:workbench.action.quit)', '${3:three}'] }],
  }));
  const eve = join(root, 'notes', 'one-on-ones', 'eve');
  mkdirSync(eve, { recursive: true });
  writeFileSync(join(eve, '2026-11-16.md'), `---\nperson: "Eve <img src=x onerror=window.__pwned=3> \u202Eevil"\ndate: 2026-11-16\nkind: one-on-one\n---\n# 1:1\n\n- [ ] ${IMAGE} <script>window.__pwned=4</script> \${1:x}\n`);
  return root;
}

describe('hostile strings everywhere (browser)', function () {
  this.timeout(180000);
  let vsc;
  let workspace;
  const requests = [];

  before(async () => {
    workspace = hostileWorkspace();
    vsc = await startVSCode({ vsix: 'two-hats.vsix', workspace, theme: 'Default Light Modern' });
    // A webview's own files are fetched from https://*.vscode-resource.vscode-cdn.net and answered by
    // the webview's service worker from the extension's folder: recorded, but they never leave.
    vsc.page.context().on('requestfinished', async (r) => {
      const response = await r.response().catch(() => null);
      requests.push({ url: r.url(), local: !!response?.fromServiceWorker() });
    });
    vsc.page.context().on('requestfailed', (r) => requests.push({ url: r.url(), local: false }));
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED ${this.currentTest.title}`);
  });
  after(async () => {
    await vsc?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('shows pack, name and note text in the panel as literal text, runs none of it', async () => {
    await openView(vsc.page, 'Two Hats');
    const frame = await webviewFrame(vsc.page, { extensionId: EXTENSION_ID });
    await frame.getByLabel('Person', { exact: true }).selectOption('eve');
    // The person's name and the open item, as text.
    await frame.getByText('<script>window.__pwned=4</script>', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT });
    assert.match(await frame.getByLabel('Person', { exact: true }).textContent(), /Eve <img src=x onerror=window\.__pwned=3>/);
    // The pack prompt in the question bank, with its follow-up.
    const prompt = frame.locator('[data-id="evil.prompt"]');
    await prompt.waitFor({ timeout: UI_TIMEOUT });
    assert.ok((await prompt.textContent()).includes('<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>'));
    assert.ok((await prompt.textContent()).includes(IMAGE));
    // A right-to-left override cannot make "evil" read "live": it shows as the code point.
    assert.ok((await prompt.textContent()).includes('[U+0007][U+202E]evil'), await prompt.textContent());
    // The situation on the Which hat? tab.
    await frame.getByRole('tab', { name: 'Which hat?' }).click();
    await frame.getByPlaceholder(/Filter situations/).fill('Zebra');
    await frame.getByText('Zebra <img', { exact: false }).first().click();
    await frame.getByText('[two](command:workbench.action.quit)').waitFor();
    // Nothing became an element, nothing ran.
    const made = await frame.locator('#app img, #app script, #app a[href], #app iframe').evaluateAll((els) => els.map((e) => e.outerHTML));
    assert.deepEqual(made, [], 'pack or note text became HTML');
    assert.equal(await frame.evaluate(() => window.__pwned), undefined, 'a script from a pack or a note ran');
    await screenshot(vsc.page, 'hostile-panel');
  });

  it('shows pack text in the quick pick as written, and inserts it literally', async () => {
    await openFile(vsc.page, 'retry.ts');
    // An untitled markdown file to insert into.
    await vsc.page.keyboard.press('Escape');
    await runCommand(vsc.page, 'File: New Untitled Text File');
    await runCommand(vsc.page, 'Change Language Mode', { opensInput: true });
    await vsc.page.locator('.quick-input-widget input').fill('Markdown');
    await vsc.page.locator('.quick-input-list .quick-input-list-entry', { hasText: 'Markdown' }).first().waitFor();
    await vsc.page.keyboard.press('Enter');
    await runCommand(vsc.page, 'Two Hats: Insert Prompt', { opensInput: true });
    await vsc.page.locator('.quick-input-widget input').fill('zebra');
    const row = vsc.page.locator('.quick-input-list .quick-input-list-entry', { hasText: 'Zebra' }).first();
    await row.waitFor();
    const label = await row.locator('.label-name').first().textContent();
    assert.ok(label.includes('$(alert)'), `the icon syntax was rendered: ${label}`);
    assert.equal(await row.locator('.codicon-alert').count(), 0, 'an icon was drawn from pack text');
    await vsc.page.keyboard.press('Enter');
    const text = await waitForEditorText(vsc.page, (t) => t.includes('Zebra'));
    assert.ok(text.includes('${1:x} $TM_FILENAME $(alert)'), `not inserted literally: ${text}`);
  });

  it('shows pack text in completion documentation without images or links, and inserts it literally', async () => {
    await vsc.page.keyboard.press('Enter');
    await vsc.page.keyboard.type(';;zebra');
    const widget = vsc.page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ timeout: UI_TIMEOUT });
    await vsc.page.keyboard.press('Control+Space');
    const details = vsc.page.locator('.suggest-details');
    await details.waitFor({ timeout: UI_TIMEOUT });
    await details.getByText('beacon', { exact: false }).first().waitFor();
    assert.equal(await details.locator('img').count(), 0, 'the documentation showed an image');
    assert.equal(await details.locator('a[href*="command:"], a[href^="javascript:"]').count(), 0, 'the documentation showed a link');
    await screenshot(vsc.page, 'hostile-completion');
    await widget.locator('.monaco-list-row.focused').click();
    const text = await waitForEditorText(vsc.page, (t) => (t.match(/Zebra/g) ?? []).length === 2);
    assert.equal((text.match(/\$\{1:x\} \$TM_FILENAME/g) ?? []).length, 2, 'snippet syntax in pack text was expanded');
  });

  it('sent no request off this machine', () => {
    const away = requests.filter(({ url, local }) => !/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|vscode-|about:)/.test(url)
      && !(local && /^https:\/\/[^/]+\.vscode-resource\.vscode-cdn\.net\/.*\/extensions\/two-hats\.two-hats-/.test(url)))
      .map(({ url }) => url);
    assert.deepEqual(away, [], 'requests left the machine');
    assert.ok(requests.length > 10, 'the recorder saw no requests at all');
  });
});
