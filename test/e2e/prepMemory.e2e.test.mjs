// Browser tests of prep with memory: Debian Chromium drives a real VS Code (code-server) on a copy
// of the demo workspace that is also a git repository (scripts/demoGit.mjs, as `npm start` makes
// it): the status-bar item and the overdue badge, a selection in a code file added to the next
// 1:1 from the editor's context menu and moved by Start 1:1 Note, a point typed in the panel, the
// commits since the last 1:1 inserted into the note, Sam's goals and evidence by month with a win
// logged from the panel (the chart counts it), and a win logged from a selection in code that
// Assemble Review Evidence shows, linked, under its months table.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDemoHistory } from '../../scripts/demoGit.mjs';
import { activeDocument, openFile, openView, outputDir, pick, runCommand, screenshot, sidebarScreenshot, startVSCode, UI_TIMEOUT, waitForEditorText, waitForFile, webviewFrame } from '../harness/e2e.mjs';

const EXTENSION_ID = 'two-hats.two-hats';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Today in the machine's local time zone, as the extension host dates a win. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The month after `month` (`YYYY-MM`). */
function nextMonth(month) {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

describe('prep with memory (browser)', function () {
  this.timeout(180000);
  let vsc;
  let demo;
  const profile = (slug) => join(vsc.workspace, 'notes', 'one-on-ones', slug, 'person.md');

  before(async () => {
    demo = join(mkdtempSync(join(tmpdir(), 'two-hats-prep-')), 'demo');
    cpSync('test/fixtures/demo', demo, { recursive: true });
    assert.ok(makeDemoHistory(demo), 'git made the demo history');
    vsc = await startVSCode({ vsix: 'two-hats.vsix', workspace: demo, theme: 'Default Light Modern' });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vsc) await screenshot(vsc.page, `FAILED ${this.currentTest.title}`);
  });
  after(async () => {
    await vsc?.stop();
    if (demo) rmSync(join(demo, '..'), { recursive: true, force: true });
  });

  it('shows the 1:1s-due status-bar item, which opens the panel on the overdue person with the badge and their commits', async () => {
    const item = vsc.page.locator('.part.statusbar .statusbar-item', { hasText: /\d+ 1:1s? due/ });
    await item.waitFor({ timeout: 30000 });
    assert.match(await item.textContent(), /\d+ 1:1s? due/);
    await screenshot(vsc.page, 'status-bar-due');
    await item.click();
    const frame = await webviewFrame(vsc.page, { extensionId: EXTENSION_ID });
    // Priya: biweekly, last 1:1 on 2026-10-29, the most overdue of the demo.
    await frame.waitForFunction(() => document.querySelector('select[data-key=person]')?.value === 'priya-raman', null, { timeout: UI_TIMEOUT });
    // The person's 1:1 badge (the Commitments section has due badges of its own).
    const badge = frame.locator('.badge.due-overdue[data-key=due-badge]');
    await badge.waitFor();
    assert.match(await badge.textContent(), /^overdue \d+ d$/);
    assert.match(await frame.locator('select[data-key=person] option[value="priya-raman"]').textContent(), /Priya Raman · .* · overdue \d+ d/);
    const region = frame.getByRole('region', { name: 'Next 1:1' });
    await region.getByText('How is the billing migration handover going?').waitFor();
    await region.getByText('src/ingest/backoff.ts:6').waitFor();
    // Her commits since 2026-10-29, newest first, not Sam's and not her older one.
    const commits = region.locator('ul.commits li');
    await commits.first().waitFor({ timeout: UI_TIMEOUT });
    const texts = await commits.allTextContents();
    assert.equal(texts.length, 2, texts.join(' | '));
    assert.match(texts[0], /Raise the retry cap to five attempts.*[\w-]+ · [0-9a-f]{7} · 2026-11-13/);
    assert.match(texts[1], /Back off exponentially with jitter between retries.*2026-11-10/);
    await vsc.page.locator('.part.sidebar').evaluate((el) => el.scrollTo?.(0, 0));
    await sidebarScreenshot(vsc.page, 'panel-prep-memory');
    await screenshot(vsc.page, 'prep-memory');
  });

  it('adds a selection in a code file to Sam\'s next 1:1 from the context menu; Start 1:1 Note moves it, link and all, into the note', async () => {
    await openFile(vsc.page, 'retry.ts');
    await waitForEditorText(vsc.page, (t) => t.startsWith('// Retries a failed ingest batch'));
    // Select line 22: the comment about retrying every error.
    await vsc.page.locator('.monaco-editor .view-lines').first().click();
    await vsc.page.keyboard.press('Control+G');
    await vsc.page.locator('.quick-input-widget input').fill(':22');
    await vsc.page.keyboard.press('Enter');
    await vsc.page.keyboard.press('End');
    await vsc.page.keyboard.press('Shift+Home');
    await sleep(300);
    const line = vsc.page.locator('.monaco-editor .view-line', { hasText: 'Every error is retried' }).first();
    await line.click({ button: 'right' });
    const menuItem = vsc.page.locator('.monaco-menu .action-item', { hasText: 'Add to Next 1:1' }).first();
    await menuItem.waitFor({ timeout: UI_TIMEOUT });
    await screenshot(vsc.page, 'add-to-next-context-menu');
    await menuItem.click();
    await pick(vsc.page, 'Sam', 'Sam Okafor');
    const added = await waitForFile(profile('sam-okafor'), (t) => t.includes('retry.ts:22'));
    assert.match(added, /\n- \[ \] \/\/ Every error is retried, even a 400 that will never succeed\. \(\[src\/ingest\/retry\.ts:22\]\(\.\.\/\.\.\/\.\.\/src\/ingest\/retry\.ts#L22\)\)\n/);

    await runCommand(vsc.page, 'Two Hats: Start 1:1 Note', { opensInput: true });
    await pick(vsc.page, 'Sam', 'Sam Okafor');
    const note = await waitForEditorText(vsc.page, (t) => t.includes('person: Sam Okafor') && t.includes('## My agenda'));
    const agenda = note.slice(note.indexOf('## My agenda'), note.indexOf('## Notes'));
    assert.match(agenda, /- \[ \] \/\/ Every error is retried, even a 400 that will never succeed\. \(\[src\/ingest\/retry\.ts:22\]\(\.\.\/\.\.\/\.\.\/src\/ingest\/retry\.ts#L22\)\)/);
    assert.match(agenda, /Is five attempts the right cap/);
    // Wait for the whole new text: a read can land between the file system's truncate and its write.
    const left = await waitForFile(profile('sam-okafor'), (t) => t.includes('## Next 1:1') && !t.includes('retry.ts:22'));
    assert.match(left, /^---\nname: Sam Okafor\n/);
    // His goals stay: only the Next 1:1 section is emptied.
    assert.doesNotMatch(left.slice(left.indexOf('## Next 1:1')), /- \[ \]/);
    assert.match(left, /## Goals\n\n- \[ \] Lead the search migration/);
    await screenshot(vsc.page, 'start-one-on-one-with-points');
  });

  it('adds a point typed in the panel, then inserts Priya\'s commits since the last 1:1 into her new note', async () => {
    await openView(vsc.page, 'Two Hats');
    const frame = await webviewFrame(vsc.page, { extensionId: EXTENSION_ID });
    await frame.getByLabel('Person', { exact: true }).selectOption('priya-raman');
    const region = frame.getByRole('region', { name: 'Next 1:1' });
    await region.getByText('How is the billing migration handover going?').waitFor();
    const field = frame.getByLabel('A talking point for the next 1:1');
    await field.fill('Ask whether the on-call start date still works');
    await field.press('Enter');
    await region.getByText('Ask whether the on-call start date still works').waitFor({ timeout: UI_TIMEOUT });
    // On disk too (wait for the whole write: a read can land between truncate and write).
    const point = /- \[ \] Ask whether the on-call start date still works\n/;
    assert.match(await waitForFile(profile('priya-raman'), (t) => point.test(t)), point);

    await frame.getByRole('button', { name: 'Start 1:1 note' }).click();
    const note = await waitForEditorText(vsc.page, (t) => t.includes('person: Priya Raman') && t.includes('## My agenda'));
    assert.match(note.slice(note.indexOf('## My agenda')), /Ask whether the on-call start date still works/);
    // The private item of her last note went to this note's Private section.
    assert.ok(note.indexOf('Ask HR whether her leave') > note.indexOf('## Private'));
    // The note opened at the first agenda slot: the commits go in at that cursor.
    await region.getByRole('button', { name: 'Insert into note' }).click();
    const text = await waitForEditorText(vsc.page, (t) => t.includes('**Since last time (2026-10-29)**'));
    assert.match(text, /## Their agenda\n\n- \n\n\*\*Since last time \(2026-10-29\)\*\*\n\n- Raise the retry cap to five attempts \([\w-]+ `[0-9a-f]{7}`, 2026-11-13\)\n- Back off exponentially with jitter between retries \([\w-]+ `[0-9a-f]{7}`, 2026-11-10\)/);
    assert.doesNotMatch(text, /Retry failed ingest batches|Add an in-memory queue/);
    await region.getByText(/No talking points|Nothing collected yet/).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(vsc.page, 'since-last-time');
  });

  it('lists Sam\'s open goals with when each was discussed and a gentle nudge; Log a win there asks for the words, whatever an editor has selected', async () => {
    // A selection in the note left open by the test before: the panel's button must not take it.
    await vsc.page.locator('.monaco-editor .view-lines').first().click();
    await vsc.page.keyboard.press('Control+A');
    await openView(vsc.page, 'Two Hats');
    const frame = await webviewFrame(vsc.page, { extensionId: EXTENSION_ID });
    await frame.getByLabel('Person', { exact: true }).selectOption('sam-okafor');
    const region = frame.getByRole('region', { name: 'Goals', exact: true });
    const rows = region.locator('li.goal');
    await rows.first().waitFor({ timeout: UI_TIMEOUT });
    const texts = await rows.allTextContents();
    // The reached goal (the retry policy) is not listed; the interviewer goal was never discussed.
    assert.equal(texts.length, 2, texts.join(' | '));
    assert.match(texts[0], /^Lead the search migration.*due 2027-03-31.*(discussed (this week|1 week ago|\d+ weeks ago)|not discussed since \d{4}-\d{2}-\d{2})/);
    assert.match(texts[1], /^Grow two platform interviewers.*due 2027-02-28.*never discussed/);
    const nudge = region.locator('[data-key=goal-nudge]');
    assert.match(await nudge.textContent(), /not discussed for 6 weeks or more.*Worth a few minutes in this 1:1\?/i);
    await sidebarScreenshot(vsc.page, 'panel-prep-goals');

    // Evidence by month: the Team view's six months, one bar and one table row each, this month last;
    // the chart's accessible name states the total, the range and the trend.
    const evidence = frame.getByRole('region', { name: 'Evidence by month', exact: true });
    const chart = evidence.getByRole('img');
    await chart.waitFor({ timeout: UI_TIMEOUT });
    const name = await frame.locator('#chart-evidence-summary').textContent();
    const day = today();
    assert.match(name, new RegExp(`^\\d+ evidence entries from \\d{4}-\\d{2} to ${day.slice(0, 7)}, (more|fewer|as many) in the later months`));
    assert.equal(await chart.getAttribute('aria-labelledby'), 'chart-evidence-summary');
    const tableRows = async () => (await evidence.locator('[data-key=chart-evidence-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent))));
    const before = await tableRows();
    assert.equal(before.length, 7, JSON.stringify(before));
    before.forEach((r, i) => i > 0 && assert.equal(r[0], nextMonth(before[i - 1][0])));
    assert.equal(before[6][0], day.slice(0, 7));
    const total = before.reduce((n, r) => n + Number.parseInt(r[1], 10), 0);
    assert.ok(name.startsWith(`${total} evidence entries`), `${name} / ${JSON.stringify(before)}`);
    // Empty months are said in the table and named in the one line of flags.
    const empty = before.filter((r) => r[1].startsWith('0')).map((r) => r[0]);
    if (empty.length > 0) {
      assert.ok(before.filter((r) => r[1].startsWith('0')).every((r) => r[1] === '0, no evidence'));
      assert.match(await evidence.locator('[data-key=evidence-flags]').textContent(), new RegExp(`Months with no evidence: ${empty.join(', ')}`));
    }
    // No horizontal scrolling at the sidebar's width.
    assert.ok(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'the prep tab scrolls sideways');

    // From the keyboard: the button takes focus and Enter runs it.
    await region.getByRole('button', { name: 'Log a win' }).press('Enter');
    const input = vsc.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    assert.match(await vsc.page.locator('.quick-input-widget').textContent(), /Log a Win/);
    await input.fill('Ran the search cut-over rehearsal end to end');
    await vsc.page.keyboard.press('Enter');
    const win = /\n- \d{4}-\d{2}-\d{2} Ran the search cut-over rehearsal end to end\n/;
    assert.match(await waitForFile(profile('sam-okafor'), (t) => win.test(t)), win);
    // The chart follows the notes: this month counts the new win.
    const count = (rows) => Number.parseInt(rows[6][1], 10);
    await frame.waitForFunction((n) => Number.parseInt(document.querySelector('[data-key=chart-evidence-table] tbody tr:last-child td')?.textContent ?? '', 10) === n, count(before) + 1, { timeout: UI_TIMEOUT });
    await evidence.screenshot({ path: join(outputDir, 'panel-prep-evidence.png') });
  });

  it('logs a win for Alice from a selected line of code (context menu); Assemble Review Evidence shows it, linked to file and line, after the months table', async () => {
    const { page } = vsc;
    await openFile(page, 'queue.ts');
    await waitForEditorText(page, (t) => t.startsWith('// An in-memory queue of ingest batches'));
    // Select line 13, `return this.batches.shift();`, from its first character to its end.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(':13');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    // Right-click inside the selection (outside it, the editor would move the cursor and drop it).
    const selected = page.locator('.monaco-editor .selected-text').first();
    await selected.waitFor({ timeout: UI_TIMEOUT });
    const box = await selected.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    const menuItem = page.locator('.monaco-menu .action-item', { hasText: 'Log a Win' }).first();
    await menuItem.waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'log-win-context-menu');
    await menuItem.click();
    await pick(page, 'Alice', 'Alice Nguyen');
    const day = today();
    const win = `- ${day} return this.batches.shift(); ([src/ingest/queue.ts:13](../../../src/ingest/queue.ts#L13))`;
    const profileText = await waitForFile(profile('alice-nguyen'), (t) => t.includes(`${win}\n`));
    // Appended to ## Wins, after the wins already there.
    const lines = profileText.split('\n');
    const at = lines.indexOf(win);
    assert.ok(at > lines.indexOf('## Wins') && lines.slice(at + 1).indexOf('## Feedback') >= 0, profileText);
    assert.equal(lines[at - 1], '- 2026-12-01 Mentored the new hire through their first on-call week');

    await runCommand(page, 'Two Hats: Assemble Review Evidence', { opensInput: true });
    await pick(page, 'Alice', 'Alice Nguyen');
    // Each step is its own quick pick: wait for it, so typing never lands in the one before.
    const placeholder = (text) => page.waitForFunction((t) => document.querySelector('.quick-input-widget input')?.getAttribute('placeholder') === t, text, { timeout: UI_TIMEOUT });
    await placeholder('Which period?');
    await pick(page, 'Last 12 months');
    await placeholder('Private notes?');
    await pick(page, 'Shared notes only');
    const doc = await waitForEditorText(page, (t) => t.startsWith('# Review evidence: Alice Nguyen') && t.includes('queue.ts:13'));
    // An untitled markdown document: nothing written until the lead saves it.
    const active = await activeDocument(page);
    assert.match(active.uri, /^untitled:/);
    assert.equal(active.languageId, 'markdown');

    // The months table comes first, under Read it fairly: one row per month of the 12, this month last.
    const text = doc.split('\n');
    const table = text.indexOf('| Month | Goals discussed | Wins | Feedback | Commitments | Design docs | Total |');
    assert.ok(table > text.indexOf('## Read it fairly') && table < text.indexOf('## Goals'), doc);
    const rows = [];
    for (const line of text.slice(table + 2)) {
      if (!line.startsWith('| ')) break;
      rows.push(line.split('|').map((c) => c.trim()).slice(1, -1));
    }
    assert.ok(rows.length === 12 || rows.length === 13, `${rows.length} month rows:\n${doc}`);
    rows.forEach((r, i) => i > 0 && assert.equal(r[0], nextMonth(rows[i - 1][0])));
    const thisMonth = rows[rows.length - 1];
    assert.equal(thisMonth[0], day.slice(0, 7));
    assert.ok(Number(thisMonth[2]) >= 1, `wins this month: ${thisMonth.join(' | ')}`);
    assert.equal(Number(thisMonth[6]), thisMonth.slice(1, 6).reduce((n, c) => n + Number(c), 0));

    // The win, dated, with its link to the code (now relative to the workspace) and to its line of person.md.
    const wins = text.slice(text.indexOf('## Wins'), text.indexOf('## Feedback given'));
    assert.ok(wins.includes(`- ${day} return this.batches.shift(); ([src/ingest/queue.ts:13](src/ingest/queue.ts#L13)) [person.md:${at + 1}](notes/one-on-ones/alice-nguyen/person.md#L${at + 1})`), wins.join('\n'));
    assert.match(doc, /_Nothing in this period comes from a private section\._|_\d+ items? from private sections? left out\._/);
    await screenshot(page, 'review-evidence');
  });
});
