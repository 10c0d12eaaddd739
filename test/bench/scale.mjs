// Bench section "scale": Two Hats in the real VS Code on a generated notes folder of 500 people
// with 40 notes each (20,000 dated notes and 500 profiles), and the extension host's memory.
// One code-server (127.0.0.1) with the bench variant of Two Hats, the empty extension and the
// bench driver, whose bridge answers heap figures and Two Hats' read counts. In one page load:
//   - the panel opened from the activity bar (click → the person's prep list), first time;
//   - refresh after one note changes: a line is appended to the selected person's newest note
//     on disk; timed from the write until the webview shows it, with Two Hats' own refresh time
//     and the files it read for it;
//   - the person picker: Enter on "Start 1:1 Note" in the palette → its quick pick of 500 people;
//   - Start 1:1 Note end to end: Enter on a person in that pick → the new note in the editor
//     (each run a different person, so each writes a new note with carried-over items);
//   - the hat mix: the panel's hat balance is part of every refresh; the Hat Balance Report for
//     the last 4 weeks (every person's notes of the period: 2,000 notes) from Enter on the
//     period to the report in the editor;
//   - memory after activation, after the panel opened, after a 10,000-prompt pack loaded and
//     after all of the above, each beside the host with only the empty extension active.

import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer, tempDir } from '../../scripts/code-server.mjs';
import { vscodePaths } from '../../scripts/setup-vscode.mjs';
import { CHROMIUM_ARGS, playwright } from '../../scripts/workbench-browser.mjs';
import { asVsix } from '../harness/vsix.mjs';
import { findInDist, root } from './build.mjs';
import { panelSample, webviewProbe } from './panel-render.mjs';
import { say, sleep, waitFor } from './progress.mjs';
import { ms } from './report.mjs';
import { stats } from './stats.mjs';
import { benchVariantVsix } from './variant.mjs';
import { NO_GALLERY } from './vscode.mjs';
import { driverBridge, openCommandPick, timeCommandPick, timePickToEditor } from './workbench.mjs';

const EXTENSION_ID = 'two-hats.two-hats';
const EMPTY_ID = 'two-hats.bench-empty';
const MB = 1024 * 1024;
export const PEOPLE = 500;
export const NOTES_EACH = 40;
const PACK_PROMPTS = 10_000;

const FIRST = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena', 'Mika', 'Nia', 'Omar', 'Pia', 'Quinn', 'Rui', 'Sana', 'Tomas'];
const LAST = ['Abara', 'Berg', 'Costa', 'Dubois', 'Eze', 'Fischer', 'Gupta', 'Holm', 'Ito', 'Jensen', 'Kaur', 'Lopez', 'Moreau', 'Novak', 'Okoro', 'Park', 'Quist', 'Rossi', 'Sato', 'Tan', 'Umar', 'Vidal', 'Weber', 'Xu', 'Yilmaz'];

const iso = (d) => d.toISOString().slice(0, 10);
const daysBefore = (d, n) => new Date(d.getTime() - n * 86400000);

/** Person `i`'s name and folder. */
export function person(i) {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${String(i).padStart(3, '0')}`;
  return { name, slug: name.toLowerCase().replace(/ /g, '-') };
}

/**
 * Writes the scale workspace: 500 people, each with a profile and 40 weekly 1:1 notes that hold
 * prompts of the bundled content (so the hat mix has something to count) and open and closed
 * action items; and a 10,000-prompt pack outside the default pack globs. Returns what the run
 * needs to know of it. `items`: task items per note (3 by default; more are commitments with
 * owners and due dates, open and done, as a lead who tracks every promise writes them).
 */
export function writeScaleWorkspace(folder, today = new Date(), { items = 3 } = {}) {
  const content = JSON.parse(readFileSync(findInDist('content.json'), 'utf8'));
  const oneOnOne = content.prompts.filter((p) => p.for === 'one-on-one');
  const people = [];
  let files = 0;
  let bytes = 0;
  const write = (path, text) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    files++;
    bytes += text.length;
  };
  for (let i = 0; i < PEOPLE; i++) {
    const { name, slug } = person(i);
    const dir = join(folder, 'notes', 'one-on-ones', slug);
    // The newest note is 1 to 20 days old: some people are due, some overdue, some not yet.
    const newest = daysBefore(today, 1 + (i % 20));
    write(join(dir, 'person.md'), `---\nname: ${name}\nrole: Engineer\ncadence: ${['weekly', 'biweekly', 'monthly'][i % 3]}\nstarted: 2024-01-15\n---\n# ${name}\n\n## Next 1:1\n\n`);
    let newestFile;
    for (let n = NOTES_EACH - 1; n >= 0; n--) {
      const date = iso(daysBefore(newest, 7 * n));
      const asked = [0, 1, 2].map((k) => oneOnOne[(i * 7 + n * 3 + k * 11) % oneOnOne.length].text);
      newestFile = `${date}.md`;
      write(join(dir, newestFile), [
        '---', `person: ${name}`, `date: ${date}`, 'kind: one-on-one', '---', `# 1:1 with ${name}, ${date}`, '',
        '## Their agenda', '- The migration of the billing jobs, and what is blocking review', '- On-call load after the last incident', '',
        '## My agenda', ...asked.map((t) => `- ${t}`), '',
        '## Notes', 'Talked through the rollout plan and who reviews the schema change. Agreed to revisit after the load test.', '',
        '## Action items', `- [ ] Follow up on the review queue (${date})`, '- [x] Share the incident write-up', `- [ ] Pair on the flaky test ${n}`,
        ...extraItems(items - 3, i, n, date), '',
      ].join('\n'));
    }
    people.push({ name, slug, newestFile });
  }
  // The 10,000-prompt pack: variants of the bundled prompts with ids of their own.
  const prompts = [];
  for (let k = 0; prompts.length < PACK_PROMPTS; k++) {
    for (const p of content.prompts) {
      if (prompts.length >= PACK_PROMPTS) break;
      prompts.push({ ...p, id: `bench.${p.id}.v${k}`, text: `${p.text.replace(/\?$/, '')} (variant ${k})?` });
    }
  }
  write(join(folder, 'bench-pack', 'large.json'), JSON.stringify({ name: 'Bench: 10,000 prompts', prompts }));
  return { people, files, bytes };
}

const TASKS = ['Send the rollout plan to', 'Review the schema change with', 'Book the design review for', 'Draft the on-call handover for', 'Check the load test results with', 'Write up the incident notes for'];

/** `count` more task items for person `i`'s note `n`: owners (me, the person, a peer, each by folder name), due dates, some done. */
function extraItems(count, i, n, date) {
  const out = [];
  for (let k = 0; k < count; k++) {
    const owner = ['@me', `@${person(i).slug}`, `@${person((i + 1) % PEOPLE).slug}`][k % 3];
    const due = iso(new Date(Date.parse(date) + (7 + (k % 5) * 7) * 86400000));
    out.push(`- [${(k + n) % 4 === 0 ? 'x' : ' '}] ${TASKS[k % TASKS.length]} item ${k} of week ${n} ${owner} 📅 ${due}`);
  }
  return out;
}

/** In the webview's host frame: the time (epoch ms) at which `text` appears in the panel's document. */
async function armText(frame, text) {
  await frame.evaluate((t) => {
    const doc = document.getElementById('active-frame')?.contentDocument;
    const marks = (window.__benchText ??= {});
    const seen = () => {
      if (marks[t] === undefined && doc.body.textContent.includes(t)) {
        marks[t] = performance.timeOrigin + performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(seen);
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
  }, text);
}

/** Runs the scale section; `samples` repetitions of each timed step. */
export async function scaleBench({ samples, outputDir, scratchDir }) {
  const scratch = tempDir('two-hats-bench-scale-');
  const workspace = join(scratch.path, 'workspace');
  let t = Date.now();
  const generated = writeScaleWorkspace(workspace);
  say(`scale workspace: ${PEOPLE} people × ${NOTES_EACH} notes, ${generated.files.toLocaleString('en')} files, ${(generated.bytes / MB).toFixed(1)} MB, in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const resultFile = join(scratch.path, 'activation.jsonl');
  const bridgeFile = join(scratch.path, 'bridge.port');
  const out = { people: PEOPLE, notesEach: NOTES_EACH, files: generated.files, megabytes: generated.bytes / MB, packPrompts: PACK_PROMPTS };
  let server;
  let browser;
  let page;
  try {
    server = await startCodeServer({
      vsix: [asVsix(join(root, 'test', 'bench', 'host-extension')), asVsix(join(root, 'test', 'bench', 'empty-extension')), benchVariantVsix(scratchDir)],
      folder: workspace,
      // The empty extension first: the host's heap with only it active is the baseline.
      env: { TWO_HATS_BENCH_RESULT: resultFile, TWO_HATS_BENCH_EXTENSIONS: `${EMPTY_ID},${EXTENSION_ID}`, TWO_HATS_BENCH_SETTLE_MS: '1500', TWO_HATS_BENCH_BRIDGE: bridgeFile, ...NO_GALLERY },
    });
    const bridge = driverBridge(bridgeFile);
    const { chromium } = playwright();
    browser = await chromium.launch({ executablePath: vscodePaths().chromium, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(webviewProbe);
    page = await context.newPage();
    await page.goto(server.workbenchUrl(workspace), { timeout: 60000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    const activation = await waitFor('the bench driver in the extension host', () => {
      try {
        return JSON.parse(readFileSync(resultFile, 'utf8').split('\n')[0]);
      } catch {
        return undefined;
      }
    }, 60000);
    if (activation.error) throw new Error(`bench driver failed: ${activation.error}`);
    const emptyOnly = activation.heap.before + activation.heap[EMPTY_ID];
    const heap = { emptyOnlyMB: emptyOnly / MB, steps: [] };
    const heapStep = async (step) => {
      const { heapUsed } = await bridge('heap');
      heap.steps.push({ step, MB: heapUsed / MB, aboveEmptyOnlyMB: (heapUsed - emptyOnly) / MB });
      say(`heap ${step}: ${(heapUsed / MB).toFixed(1)} MB (${((heapUsed - emptyOnly) / MB).toFixed(1)} MB above the host with only the empty extension)`);
    };
    // Two seconds after activation the status bar scans every person for due 1:1s: wait for its item.
    await page.locator('.part.statusbar .statusbar-item', { hasText: /1:1s? due/ }).first().waitFor({ timeout: 60000 });
    await heapStep('activated, status bar shown');
    // The notes index read to the end (what the commitments and the team view need): cold, then its memory.
    const heapBeforeIndex = heap.steps.at(-1).MB;
    const built = (await bridge('api', { method: 'indexBuild' })).result;
    out.indexBuild = built;
    say(`notes index, every note loaded: ${ms(built.ms, 0)} for ${built.files.toLocaleString('en')} files (${built.reads.toLocaleString('en')} read)`);
    await heapStep('notes index loaded');
    out.indexHeapMB = heap.steps.at(-1).MB - heapBeforeIndex;

    // The panel, first time, with 500 people to list.
    await sleep(300);
    const firstPanel = await panelSample(page, EXTENSION_ID);
    out.panelFirstOpen = firstPanel;
    say(`panel click → prep list: ${ms(firstPanel.content, 0)}`);
    await sleep(1500);
    await heapStep('panel open');

    // Refresh after one note changes.
    const frame = page.frames().find((f) => f.url().includes('/webview/browser/pre/index.html') && f.url().includes(`extensionId=${EXTENSION_ID}`));
    const selected = await frame.evaluate(() => document.getElementById('active-frame')?.contentDocument.querySelector('select[data-key="person"]')?.value);
    const who = generated.people.find((p) => p.slug === selected);
    if (!who) throw new Error(`the panel selected "${selected}", not a generated person`);
    const refresh = [];
    for (let k = 0; k < samples + 1; k++) {
      const text = `Bench change ${k} to one note`;
      await armText(frame, text);
      const before = await bridge('readCounts');
      const wrote = Date.now();
      appendFileSync(join(workspace, 'notes', 'one-on-ones', who.slug, who.newestFile), `- [ ] ${text}\n`);
      const shown = await waitFor('the change in the panel', () => frame.evaluate((x) => window.__benchText?.[x], text), 15000);
      await sleep(600);
      const after = await bridge('readCounts');
      const read = (key) => after[key] - before[key];
      refresh.push({
        endToEnd: shown - wrote, refresh: after.lastRefresh?.ms, statusBar: after.statusBarMs,
        listings: read('listings'), noteReads: read('noteReads'), profileReads: read('profileReads'), hatReads: read('hatReads'),
      });
      say(`refresh ${k}: write → shown ${ms(shown - wrote, 0)}, Two Hats' refresh ${ms(after.lastRefresh?.ms, 1)}; read ${read('noteReads')} notes, ${read('profileReads')} profiles, ${read('hatReads')} for the hat mix, ${read('listings')} listings`);
    }
    out.refresh = refresh.slice(1);
    out.refreshFirst = refresh[0];

    // The person picker.
    const picker = [];
    for (let k = 0; k < samples + 1; k++) {
      picker.push(await timeCommandPick(page, 'Two Hats: Start 1:1 Note', 'Start 1:1 Note'));
      await sleep(200);
    }
    say(`person picker: first ${ms(picker[0], 0)}, then ${picker.slice(1).map((x) => x.toFixed(0)).join(', ')} ms`);
    out.picker = picker.slice(1);
    out.pickerFirst = picker[0];

    // Start 1:1 Note end to end, each for another person.
    const today = `${new Date().toISOString().slice(0, 10)}.md`;
    const start = [];
    for (let k = 0; k < samples + 1; k++) {
      const target = generated.people[PEOPLE - 1 - k * 7];
      await openCommandPick(page, 'Two Hats: Start 1:1 Note', 'Start 1:1 Note');
      start.push(await timePickToEditor(page, target.name, target.name, today));
      await sleep(400);
      await bridge('command', { id: 'workbench.action.closeAllEditors' });
      await sleep(200);
    }
    say(`Start 1:1 Note, pick → note in the editor: ${start.map((x) => x.toFixed(0)).join(', ')} ms`);
    out.startOneOnOne = start.slice(1);
    out.startOneOnOneFirst = start[0];

    // The hat mix of every person's notes of the last 4 weeks: the Hat Balance Report.
    const report = [];
    for (let k = 0; k < samples + 1; k++) {
      await openCommandPick(page, 'Two Hats: Hat Balance Report', 'Hat Balance Report');
      report.push(await timePickToEditor(page, 'Last 4 weeks', 'Last 4 weeks', 'Untitled-*'));
      await sleep(300);
      await bridge('command', { id: 'workbench.action.revertAndCloseActiveEditor' });
      await sleep(200);
    }
    say(`Hat Balance Report, last 4 weeks: first ${ms(report[0], 0)}, then ${report.slice(1).map((x) => x.toFixed(0)).join(', ')} ms`);
    out.hatReport = report.slice(1);
    out.hatReportFirst = report[0];

    // The 10,000-prompt pack, then memory after everything.
    await bridge('setting', { key: 'contentPacks', value: ['bench-pack/*.json'] });
    t = Date.now();
    await bridge('command', { id: 'twoHats.validateContent' });
    out.packLoadMs = Date.now() - t;
    await sleep(500);
    await heapStep('10,000-prompt pack loaded');
    await heapStep('after the scale run');
    out.heap = heap;
    return out;
  } catch (e) {
    mkdirSync(outputDir, { recursive: true });
    if (page && !page.isClosed()) await page.screenshot({ path: join(outputDir, 'bench-scale-failure.png') }).catch(() => {});
    if (server) writeFileSync(join(outputDir, 'bench-exthost.log'), server.exthostLog());
    say('scale run failed; screenshot in test-output/bench-scale-failure.png, extension host log in bench-exthost.log');
    throw e;
  } finally {
    await browser?.close().catch(() => {});
    if (server) copyTwoHatsLog(server.userDataDir, join(outputDir, 'bench-scale-two-hats.log'));
    await server?.stop();
    scratch.remove();
  }
}

/** Keeps Two Hats' output channel of the run (its warnings name what it skipped). */
function copyTwoHatsLog(userDataDir, to) {
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('Two Hats.log') ? [join(dir, d.name)] : []));
  try {
    const found = walk(join(userDataDir, 'logs'));
    if (found.length) {
      mkdirSync(join(to, '..'), { recursive: true });
      writeFileSync(to, found.map((f) => readFileSync(f, 'utf8')).join('\n'));
    }
  } catch {
    // No log is no reason to fail the bench.
  }
}

/** Medians and p95s of scaleBench()'s samples. */
export function summarizeScale(r) {
  const col = (key) => stats(r.refresh.map((x) => x[key]));
  const refresh = {
    endToEnd: col('endToEnd'), twoHats: col('refresh'), statusBar: col('statusBar'),
    reads: { listings: col('listings'), notes: col('noteReads'), profiles: col('profileReads'), hatMix: col('hatReads') },
  };
  const s = {
    ...r, refreshStats: refresh, pickerStats: stats(r.picker), startStats: stats(r.startOneOnOne), hatReportStats: stats(r.hatReport),
  };
  s.withinTarget = [refresh.twoHats.median, s.pickerStats.median].every((x) => x < 150) && s.startStats.median < 300 && (refresh.statusBar.median ?? 0) < 50;
  return s;
}
