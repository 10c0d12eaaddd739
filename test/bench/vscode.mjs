// Bench section "vscode": activation, the panel and the first palette command in the real
// VS Code, each against the same thing done by an empty extension in the same run. One
// code-server (127.0.0.1) with Two Hats (test/bench/variant.mjs), the empty extension
// (test/bench/empty-extension: a one-line webview view and a one-item quick pick) and the
// bench driver (test/bench/host-extension). Each page load, in a fresh browser context, gets
// a fresh extension host in which the driver activates both extensions cold.

import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer, tempDir } from '../../scripts/code-server.mjs';
import { vscodePaths } from '../../scripts/setup-vscode.mjs';
import { CHROMIUM_ARGS, playwright } from '../../scripts/workbench-browser.mjs';
import { asVsix } from '../harness/vsix.mjs';
import { TARGETS } from './budget.mjs';
import { root } from './build.mjs';
import { panelSample, webviewProbe } from './panel-render.mjs';
import { say, sleep, waitFor } from './progress.mjs';
import { ms } from './report.mjs';
import { ratio, stats } from './stats.mjs';
import { benchVariantVsix } from './variant.mjs';
import { timeCommandPick } from './workbench.mjs';

const EXTENSION_ID = 'two-hats.two-hats';
const EMPTY_ID = 'two-hats.bench-empty';
const STUBS_ID = 'two-hats.bench-stubs';
const MB = 1024 * 1024;
/** No marketplace: the workbench would otherwise ask open-vsx.org about installed extensions. */
export const NO_GALLERY = { EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items' }) };

/** The driver's activation records, one JSON line per page load. */
function readLines(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

/** One page load's browser-side work: a panel sample, or the command samples. */
async function loadSample(page, kind, i) {
  if (kind === 'panel') return { panel: await panelSample(page, EXTENSION_ID, 'Two Hats') };
  if (kind === 'emptyPanel') return { emptyPanel: await panelSample(page, EMPTY_ID, 'Bench Empty') };
  // Insert Prompt needs a note to insert into: open one first, then run both commands cold
  // (first use in this extension host), then warm, alternating which goes first.
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('2026-11-12.md');
  await page.waitForFunction(() => document.querySelector('.quick-input-list .monaco-list-row.focused .label-name')?.textContent === '2026-11-12.md', null, { timeout: 15000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.tabs-container .tab.active')?.getAttribute('data-resource-name') === '2026-11-12.md', null, { timeout: 15000 });
  await sleep(300);
  const runs = { insertPrompt: [], pickOne: [] };
  const order = i % 2 === 0 ? ['insertPrompt', 'pickOne'] : ['pickOne', 'insertPrompt'];
  for (let round = 0; round < 4; round++) {
    for (const which of order) {
      runs[which].push(which === 'insertPrompt'
        ? await timeCommandPick(page, 'Two Hats: Insert Prompt', 'Insert Prompt')
        : await timeCommandPick(page, 'Bench: Pick One Item', 'Bench: One Item'));
      await sleep(150);
    }
  }
  return { commands: { order, insertPrompt: { cold: runs.insertPrompt[0], warm: runs.insertPrompt.slice(1) }, pickOne: { cold: runs.pickOne[0], warm: runs.pickOne.slice(1) } } };
}

/**
 * Loads the workbench 1 + 3 × `sampleCount` times (the first is a warm-up): per sample one load
 * that opens Two Hats' panel, one that opens the empty extension's view (in alternating order),
 * and one that runs Insert Prompt and the empty extension's one-item pick. Every load also gets
 * the driver's activation record. Failure evidence goes to `outputDir`.
 */
export async function vscodeBench({ sampleCount, outputDir, scratchDir }) {
  const scratch = tempDir('two-hats-bench-vscode-');
  const workspace = join(scratch.path, 'workspace');
  cpSync(join(root, 'test', 'fixtures', 'demo'), workspace, { recursive: true });
  const resultFile = join(scratch.path, 'activation.jsonl');
  let server;
  let browser;
  const samples = [];
  try {
    let t = Date.now();
    server = await startCodeServer({
      vsix: [asVsix(join(root, 'test', 'bench', 'host-extension')), asVsix(join(root, 'test', 'bench', 'empty-extension')), asVsix(join(root, 'test', 'bench', 'stubs-extension')), benchVariantVsix(scratchDir)],
      folder: workspace,
      env: { TWO_HATS_BENCH_RESULT: resultFile, TWO_HATS_BENCH_EXTENSIONS: `${EXTENSION_ID},${EMPTY_ID},${STUBS_ID}`, TWO_HATS_BENCH_SETTLE_MS: '1500', ...NO_GALLERY },
    });
    say(`code-server up at ${server.url} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const { chromium } = playwright();
    browser = await chromium.launch({ executablePath: vscodePaths().chromium, headless: true, args: CHROMIUM_ARGS });
    const plan = [{ kind: 'commands', warmUp: true }];
    for (let i = 1; i <= sampleCount; i++) {
      const panels = i % 2 === 0 ? ['emptyPanel', 'panel'] : ['panel', 'emptyPanel'];
      for (const kind of [...panels, 'commands']) plan.push({ kind, warmUp: false, sample: i });
    }
    for (const [load, step] of plan.entries()) {
      t = Date.now();
      // A fresh context: no workbench state from the previous load (the view starts closed),
      // and the page load gets a fresh extension host (the previous one is terminated).
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      let page;
      try {
        await context.addInitScript(webviewProbe);
        page = await context.newPage();
        await page.goto(server.workbenchUrl(workspace), { timeout: 60000 });
        await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
        const activation = await waitFor('the bench driver in the extension host', () => readLines(resultFile)[load], 60000);
        if (activation.error) throw new Error(`bench driver failed: ${activation.error}`);
        if (Object.values(activation.wasActive).some(Boolean)) throw new Error(`an extension was already active before the bench activated it: ${JSON.stringify(activation.wasActive)}`);
        await sleep(300);
        const measured = await loadSample(page, step.kind, step.sample ?? 0);
        samples.push({ ...step, activation, ...measured });
        const what = measured.panel ? `Two Hats panel click→prep list ${ms(measured.panel.content, 0)}`
          : measured.emptyPanel ? `empty view click→content ${ms(measured.emptyPanel.content, 0)}`
            : `Insert Prompt cold ${ms(measured.commands.insertPrompt.cold, 0)}, one-item pick cold ${ms(measured.commands.pickOne.cold, 0)}`;
        say(`${step.warmUp ? 'warm-up' : `sample ${step.sample}/${sampleCount} ${step.kind}`}: activation two-hats ${ms(activation.api[EXTENSION_ID])}, empty ${ms(activation.api[EMPTY_ID])}; ` +
          `${what} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
      } catch (e) {
        mkdirSync(outputDir, { recursive: true });
        if (page && !page.isClosed()) await page.screenshot({ path: join(outputDir, 'bench-failure.png') }).catch(() => {});
        throw e;
      } finally {
        await context.close().catch(() => {});
      }
    }
    const versions = JSON.parse(readFileSync(vscodePaths().marker, 'utf8'));
    return { versions, samples };
  } catch (e) {
    mkdirSync(outputDir, { recursive: true });
    if (server) writeFileSync(join(outputDir, 'bench-exthost.log'), server.exthostLog());
    say(`failed; screenshot and extension host log (if any) in ${join('test-output', 'bench-failure.png')}, bench-exthost.log`);
    throw e;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    scratch.remove();
  }
}

/** Medians and ratios over the measured (not warm-up) samples of vscodeBench(). */
export function summarizeVscode({ versions, samples }) {
  const measured = samples.filter((s) => !s.warmUp);
  const api = (id) => stats(measured.map((s) => s.activation.api[id]));
  const heap = (id) => stats(measured.map((s) => s.activation.heap?.[id] / MB));
  const vs = (id, f) => stats(measured.map((s) => (s.activation.vscode?.[id] ? f(s.activation.vscode[id]) : NaN)));
  const vsTotal = (v) => v.load + v.call + v.resolved;
  const twoHats = api(EXTENSION_ID);
  const empty = api(EMPTY_ID);
  const stubs = api(STUBS_ID);
  const activation = {
    measure: 'Extension.activate() in the extension host, cold (fresh host per page load), order alternating',
    twoHats, empty, ratio: ratio(twoHats.median, empty.median),
    stubs, stubsRatio: ratio(stubs.median, empty.median), overStubs: ratio(twoHats.median, stubs.median),
    heapMB: { measure: 'extension-host heap grown by the activation, after a full GC, MB', twoHats: heap(EXTENSION_ID), empty: heap(EMPTY_ID) },
    vscodeRecord: {
      measure: "VS Code's own activation times (Developer: Startup Performance), whole ms",
      twoHats: { load: vs(EXTENSION_ID, (v) => v.load), call: vs(EXTENSION_ID, (v) => v.call), resolved: vs(EXTENSION_ID, (v) => v.resolved), total: vs(EXTENSION_ID, vsTotal) },
      empty: { load: vs(EMPTY_ID, (v) => v.load), call: vs(EMPTY_ID, (v) => v.call), resolved: vs(EMPTY_ID, (v) => v.resolved), total: vs(EMPTY_ID, vsTotal) },
    },
    heapBeforeMB: stats(measured.map((s) => s.activation.heap?.before / MB)),
  };
  activation.vscodeRecord.ratio = ratio(activation.vscodeRecord.twoHats.total.median, activation.vscodeRecord.empty.total.median);
  activation.withinTarget = activation.ratio <= TARGETS.activationRatio;

  const panels = measured.filter((s) => s.panel).map((s) => s.panel);
  const emptyPanels = measured.filter((s) => s.emptyPanel).map((s) => s.emptyPanel);
  const p = (list, k) => stats(list.map((x) => x[k]));
  const panel = {
    measure: 'ms after the pointerdown on the activity bar item; content: Two Hats with the person\'s prep list rendered, the empty view with its line of text',
    twoHats: Object.fromEntries(['frameCreated', 'htmlWritten', 'readySent', 'initReceived', 'peopleReceived', 'prepReceived', 'tablist', 'content', 'firstContentfulPaint', 'render', 'renderContent'].map((k) => [k, p(panels, k)])),
    empty: { frameCreated: p(emptyPanels, 'frameCreated'), htmlWritten: p(emptyPanels, 'htmlWritten'), content: p(emptyPanels, 'content'), firstContentfulPaint: p(emptyPanels, 'firstContentfulPaint') },
  };
  panel.ratio = ratio(panel.twoHats.content.median, panel.empty.content.median);
  panel.withinTarget = panel.ratio <= TARGETS.panelRatio;

  const commandRuns = measured.filter((s) => s.commands).map((s) => s.commands);
  const cold = (k) => stats(commandRuns.map((c) => c[k].cold));
  const warm = (k) => stats(commandRuns.flatMap((c) => c[k].warm));
  const commands = {
    measure: 'ms from Enter in the palette to the command\'s quick pick showing rows; cold: first use in a fresh extension host',
    insertPrompt: { cold: cold('insertPrompt'), warm: warm('insertPrompt') },
    pickOne: { cold: cold('pickOne'), warm: warm('pickOne') },
  };
  commands.coldRatio = ratio(commands.insertPrompt.cold.median, commands.pickOne.cold.median);
  commands.warmRatio = ratio(commands.insertPrompt.warm.median, commands.pickOne.warm.median);
  commands.withinTarget = commands.coldRatio <= TARGETS.commandColdRatio && commands.warmRatio <= TARGETS.commandWarmRatio;
  return { versions, samples: measured.length, activation, panel, commands, warmUp: samples.find((s) => s.warmUp), raw: measured };
}
