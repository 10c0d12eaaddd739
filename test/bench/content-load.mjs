// Bench section "content": read + JSON.parse of dist/content.json (what
// ContentService does on first use) vs validating content/ with the zod/mini
// schema (what the build does).

import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundle, findInDist, root } from './build.mjs';
import { ratio, stats } from './stats.mjs';

/** `dir`: scratch directory for the bundled validator. */
export async function contentLoad(dir) {
  const file = findInDist('content.json');
  // What ContentService.loadBundled does, with Node's fs in place of workspace.fs.
  const load = async () => {
    const t0 = performance.now();
    const bytes = await readFile(file);
    const t1 = performance.now();
    const set = JSON.parse(new TextDecoder().decode(bytes));
    const t2 = performance.now();
    if (!set.prompts?.length) throw new Error('content.json has no prompts');
    return { read: t1 - t0, parse: t2 - t1, total: t2 - t0 };
  };
  const first = await load();
  const runs = [];
  for (let i = 0; i < 200; i++) runs.push(await load());

  // The build's validation, bundled as esbuild.mjs bundles scripts/build/buildContent.ts.
  const tool = await bundle(dir, 'buildContent', "export { loadBundledContent } from './scripts/build/buildContent';", { minify: false, time: true });
  const validate = () => {
    const t = performance.now();
    const { errors, content } = tool.loadBundledContent(join(root, 'content'));
    const d = performance.now() - t;
    if (errors.length) throw new Error(`bundled content is invalid:\n${errors.join('\n')}`);
    return { ms: d, prompts: content.prompts.length };
  };
  const vFirst = validate();
  const vRuns = [];
  for (let i = 0; i < 20; i++) vRuns.push(validate().ms);
  const total = stats(runs.map((r) => r.total));
  const validation = stats(vRuns);
  return {
    bytes: statSync(file).size,
    runs: runs.length,
    first: first.total,
    load: total,
    read: stats(runs.map((r) => r.read)),
    parse: stats(runs.map((r) => r.parse)),
    validation: { runs: vRuns.length, first: vFirst.ms, ...validation, prompts: vFirst.prompts, moduleLoad: tool.loadMs },
    validationOverLoad: ratio(validation.median, total.median),
    firstValidationOverFirstLoad: ratio(vFirst.ms, first.total),
  };
}
