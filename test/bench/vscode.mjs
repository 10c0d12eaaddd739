// Bench section "vscode": activation and the panel's first render in the real
// VS Code. One code-server (127.0.0.1) with Two Hats, an empty extension
// (test/bench/empty-extension) and the bench driver (test/bench/host-extension).
// Each page load, in a fresh browser context, gets a fresh extension host in
// which the driver activates both extensions cold; then the Two Hats view is
// opened from the activity bar and its webview timed from the click.

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

const EXTENSION_ID = 'two-hats.two-hats';
const EMPTY_ID = 'two-hats.bench-empty';

/** The driver's activation records, one JSON line per page load. */
function readLines(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

/**
 * Loads the workbench `sampleCount` + 1 times (the first is a warm-up) and collects, per load,
 * the driver's activation record and a panel sample. Failure evidence goes to `outputDir`.
 */
export async function vscodeBench({ sampleCount, outputDir }) {
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
      vsix: [asVsix(join(root, 'test', 'bench', 'host-extension')), asVsix(join(root, 'test', 'bench', 'empty-extension')), join(root, 'two-hats.vsix')],
      folder: workspace,
      env: { TWO_HATS_BENCH_RESULT: resultFile, TWO_HATS_BENCH_EXTENSIONS: `${EXTENSION_ID},${EMPTY_ID}`, TWO_HATS_BENCH_SETTLE_MS: '1500' },
    });
    say(`code-server up at ${server.url} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const { chromium } = playwright();
    browser = await chromium.launch({ executablePath: vscodePaths().chromium, headless: true, args: CHROMIUM_ARGS });
    for (let i = 0; i <= sampleCount; i++) {
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
        const activation = await waitFor('the bench driver in the extension host', () => readLines(resultFile)[i], 60000);
        if (activation.error) throw new Error(`bench driver failed: ${activation.error}`);
        if (Object.values(activation.wasActive).some(Boolean)) throw new Error(`an extension was already active before the bench activated it: ${JSON.stringify(activation.wasActive)}`);
        await sleep(300);
        const panel = await panelSample(page, EXTENSION_ID);
        samples.push({ warmUp: i === 0, activation, panel });
        say(`${i === 0 ? 'warm-up' : `sample ${i}/${sampleCount}`}: activation two-hats ${ms(activation.api[EXTENSION_ID])}, empty ${ms(activation.api[EMPTY_ID])}; ` +
          `panel click→content ${ms(panel.content, 0)} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
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
  const vs = (id, f) => stats(measured.map((s) => (s.activation.vscode?.[id] ? f(s.activation.vscode[id]) : NaN)));
  const vsTotal = (v) => v.load + v.call + v.resolved;
  const twoHats = api(EXTENSION_ID);
  const empty = api(EMPTY_ID);
  const activation = {
    measure: 'Extension.activate() in the extension host, cold (fresh host per sample), order alternating',
    twoHats, empty, ratio: ratio(twoHats.median, empty.median),
    vscodeRecord: {
      measure: "VS Code's own activation times (Developer: Startup Performance), whole ms",
      twoHats: { load: vs(EXTENSION_ID, (v) => v.load), call: vs(EXTENSION_ID, (v) => v.call), resolved: vs(EXTENSION_ID, (v) => v.resolved), total: vs(EXTENSION_ID, vsTotal) },
      empty: { load: vs(EMPTY_ID, (v) => v.load), call: vs(EMPTY_ID, (v) => v.call), resolved: vs(EMPTY_ID, (v) => v.resolved), total: vs(EMPTY_ID, vsTotal) },
    },
  };
  activation.vscodeRecord.ratio = ratio(activation.vscodeRecord.twoHats.total.median, activation.vscodeRecord.empty.total.median);
  activation.withinTarget = activation.ratio <= TARGETS.activationRatio;
  const p = (k) => stats(measured.map((s) => s.panel[k]));
  const panel = {
    measure: 'ms after the pointerdown on the activity bar item, except render/renderContent (after the HTML is written into the webview)',
    frameCreated: p('frameCreated'), htmlWritten: p('htmlWritten'), tablist: p('tablist'), content: p('content'),
    firstContentfulPaint: p('firstContentfulPaint'), render: p('render'), renderContent: p('renderContent'),
  };
  panel.withinTarget = panel.render.median < TARGETS.panelMs;
  return { versions, samples: measured.length, activation, panel, warmUp: samples.find((s) => s.warmUp), raw: measured };
}
