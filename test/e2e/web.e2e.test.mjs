// Browser test of VS Code for the Web: the web-only VSIX (two-hats-web.vsix, `browser` entry and no
// `main`, packed by scripts/package-web.mjs) installed into code-server, whose workbench then runs
// Two Hats in its web worker extension host, as vscode.dev and github.dev do. Everything goes
// through the UI or the web host's own commands; files are read back from disk. The last test
// checks that the Node extension host never activated Two Hats, so a pass here cannot come from the
// Node bundle.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { executeCommand, focusedSuggestion, openFile, openView, pick, runCommand, screenshot, sidebarScreenshot, startVSCode, UI_TIMEOUT, waitForEditorText, waitForFile, webviewFrame } from '../harness/e2e.mjs';

const EXTENSION_ID = 'two-hats.two-hats';
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('VS Code for the Web: Two Hats in the web worker extension host (browser)', function () {
  this.timeout(180000);
  let vsc;
  const sam = (file) => join(vsc.workspace, 'notes', 'one-on-ones', 'sam-okafor', file);

  before(async () => {
    assert.ok(existsSync('two-hats-web.vsix'), 'two-hats-web.vsix is missing: run npm run package:test');
    // Its own code-server: the web VSIX is Two Hats too, under the same id.
    vsc = await startVSCode({ vsix: 'two-hats-web.vsix', workspace: 'test/fixtures/demo', theme: 'Default Light Modern', isolated: true });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED web ${this.currentTest.title}`);
  });
  after(async () => { await vsc?.stop(); });

  it('starts a 1:1 note from the palette: open items carried over and talking points moved, read back from disk', async () => {
    await runCommand(vsc.page, 'Two Hats: Start 1:1 Note', { opensInput: true });
    await pick(vsc.page, 'Sam', 'Sam Okafor');
    const note = await waitForFile(sam(`${today()}.md`), (t) => t.includes('## Carried over'));
    assert.match(note, /^---\nperson: Sam Okafor\n/);
    const carried = note.slice(note.indexOf('## Carried over'), note.indexOf('## Their agenda'));
    assert.match(carried, /- \[ \] Write down the Q1 priority order and share it with the team _\(from \[2026-11-12\]\(2026-11-12\.md\)\)_/);
    assert.match(carried, /- \[ \] Pair Sam with Priya on the interview rubric/);
    // The talking point in person.md moved into the new note's agenda, link and all.
    assert.match(note.slice(note.indexOf('## My agenda')), /- \[ \] Is five attempts the right cap, or should it depend on the error\? \(\[src\/ingest\/retry\.ts:4\]\(\.\.\/\.\.\/\.\.\/src\/ingest\/retry\.ts#L4\)\)/);
    // A read can land between the file system's truncate and its write: wait for the whole new text.
    const profile = await waitForFile(sam('person.md'), (t) => t.includes('## Next 1:1') && !t.includes('Is five attempts'));
    assert.match(profile, /^---\nname: Sam Okafor\n/);
    await waitForEditorText(vsc.page, (t) => t.includes('person: Sam Okafor'));
    await screenshot(vsc.page, 'web-start-one-on-one');
  });

  it('opens the panel on the prep list with the hat balance, takes a talking point; the since-last-1:1 section says in one line that git needs desktop VS Code', async () => {
    await runCommand(vsc.page, 'Two Hats: Open Panel');
    await openView(vsc.page, 'Two Hats');
    const frame = await webviewFrame(vsc.page, { extensionId: EXTENSION_ID });
    await frame.getByLabel('Person', { exact: true }).selectOption('alice-nguyen');
    const openItems = frame.getByRole('region', { name: 'Open items from the last 1:1' });
    await openItems.getByText('Review the RFC-0042 rollout section by Wednesday').waitFor({ timeout: UI_TIMEOUT });
    assert.ok(await frame.getByRole('button', { name: 'Start 1:1 note' }).isVisible());
    const next = frame.getByRole('region', { name: 'Next 1:1' });
    const git = next.getByText(/^Not in VS Code for the Web: commits since the last 1:1 come from the Git extension/);
    await git.waitFor({ timeout: UI_TIMEOUT });
    assert.equal(await git.count(), 1);
    // The hat balance of her 1:1s, read from the notes through vscode.workspace.fs.
    await frame.getByText(/^Last 2 1:1s with Alice Nguyen: /).waitFor({ timeout: UI_TIMEOUT });
    await sidebarScreenshot(vsc.page, 'web-panel-prep');
    // A talking point typed in the panel lands in her person.md.
    const field = frame.getByLabel('A talking point for the next 1:1');
    await field.fill('Ask how the on-call handover went');
    await field.press('Enter');
    await next.getByText('Ask how the on-call handover went').waitFor({ timeout: UI_TIMEOUT });
    await waitForFile(join(vsc.workspace, 'notes', 'one-on-ones', 'alice-nguyen', 'person.md'), (t) => /\n- \[ \] Ask how the on-call handover went\n/.test(t));
  });

  it('offers ;; completions and shows design-doc CodeLens', async () => {
    // Keys typed while the panel has focus go to the webview: give the workbench focus first.
    await vsc.page.locator('.monaco-editor .view-lines').first().click();
    await openFile(vsc.page, 'rfc-0042-event-ingestion.md');
    await waitForEditorText(vsc.page, (t) => t.startsWith('# RFC-0042'));
    await vsc.page.locator('.monaco-editor .codelens-decoration a', { hasText: 'Start Review of This Doc' }).first().waitFor({ timeout: UI_TIMEOUT });
    await vsc.page.locator('.monaco-editor .view-lines').first().click();
    await vsc.page.keyboard.press('Control+End');
    await vsc.page.keyboard.press('Enter');
    await vsc.page.keyboard.type(';;rollback');
    const rollout = JSON.parse(readFileSync('content/design-review-prompts.json', 'utf8')).prompts.filter((p) => p.phase === 'rollout').map((p) => p.text);
    const label = await focusedSuggestion(vsc.page, (l) => rollout.includes(l));
    assert.ok(rollout.includes(label), `"${label}" is not a rollout prompt`);
    await vsc.page.keyboard.press('Enter');
    await waitForEditorText(vsc.page, (t) => t.includes(`- ${label}`));
  });

  it('loads a team content pack from the workspace through vscode.workspace.fs', async () => {
    mkdirSync(join(vsc.workspace, '.twohats'), { recursive: true });
    writeFileSync(join(vsc.workspace, '.twohats', 'team.json'), JSON.stringify({ prompts: [
      { id: 'team.problem.customers', text: 'Which customer asked for this, and in what words?', hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem' },
    ] }));
    // Runs in the web worker host; the test bridge only relays the call and its result.
    assert.deepEqual(await executeCommand(vsc.page, 'twoHats.validateContent'), { loaded: 1, invalid: 0, problems: 0 });
  });

  it('ran all of the above in the web worker extension host: the Node extension host never activated Two Hats', async () => {
    const frames = vsc.page.frames().map((f) => f.url());
    assert.ok(frames.some((u) => /webWorkerExtensionHostIframe/.test(u)), `no web worker extension host frame among:\n${frames.join('\n')}`);
    const nodeHostLog = vsc.exthostLog();
    assert.match(nodeHostLog, /_doActivateExtension two-hats\.test-runner/, 'the Node extension host log is the one read');
    assert.doesNotMatch(nodeHostLog, /_doActivateExtension two-hats\.two-hats/);
  });
});
