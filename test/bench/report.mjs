// The bench's printed table, and rounding for bench.json.

import { KB, TARGETS } from './budget.mjs';

const round = (x, d = 3) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);
/** `o` with every number rounded to 3 decimals, for bench.json. */
export const roundAll = (o) => JSON.parse(JSON.stringify(o, (_, v) => (typeof v === 'number' ? round(v) : v)));
/** Milliseconds for the table, or n/a. */
export const ms = (x, d = 2) => (Number.isFinite(x) ? `${x.toFixed(d)} ms` : 'n/a');
/** A ratio for the table, e.g. 1.23x. */
const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a');
const verdict = (ok) => (ok === undefined ? '' : ok ? '  [within target]' : '  [OVER target]');

/** The table printed at the end of a bench run, from the report written to bench.json. */
export function table(r) {
  const lines = [];
  const row = (name, text) => lines.push(`${name.padEnd(11)} ${text}`);
  if (r.sizes) {
    for (const f of r.sizes) {
      const target = f.targetKB ? ` (${x(f.ratio)} of the ${f.targetKB} KB target)${verdict(f.withinTarget)}` : f.note ? ` (${f.note})` : '';
      row(lines.some((l) => l.startsWith('bundle')) ? '' : 'bundle', `${f.file.padEnd(24)} ${(f.kb.toFixed(1) + ' KB').padStart(9)}${target}`);
    }
  }
  const span = (st, d = 1) => (st?.n ? `${st.median.toFixed(d)} (${st.min.toFixed(d)}–${st.max.toFixed(d)})` : 'n/a');
  if (r.vscode) {
    const a = r.vscode.activation;
    const v = a.vscodeRecord;
    row('activation', `two-hats ${ms(a.twoHats.median)} vs empty ${ms(a.empty.median)} (${x(a.ratio)}; target ≤ ${TARGETS.activationRatio}x)${verdict(a.withinTarget)}`);
    row('', `  Extension.activate() in ${a.twoHats.n} cold extension hosts, ms median (min–max): two-hats ${span(a.twoHats)}, empty ${span(a.empty)}`);
    if (a.stubs?.n) row('', `  the same registrations as no-ops (stubs extension): ${span(a.stubs)} ms, ${x(a.stubsRatio)} of empty; two-hats is ${x(a.overStubs)} of the stubs`);
    row('', `  VS Code's own record, median whole ms: two-hats load ${v.twoHats.load.median} + activate ${v.twoHats.call.median} + resolve ${v.twoHats.resolved.median}` +
      ` vs empty ${v.empty.load.median} + ${v.empty.call.median} + ${v.empty.resolved.median} (${x(v.ratio)})`);
    row('', `  extension-host heap grown by activating, MB median (min–max): two-hats ${span(a.heapMB.twoHats, 2)}, empty ${span(a.heapMB.empty, 2)} (host before either: ${a.heapBeforeMB.median?.toFixed(1)} MB)`);
  }
  if (r.moduleLoad) {
    const m = r.moduleLoad;
    row(r.vscode ? '' : 'activation', `  module load alone (require in a fresh Node ${m.node}, vscode stubbed): two-hats ${ms(m.twoHats.median)} vs empty ${ms(m.empty.median)} (${x(m.ratio)}), ${m.runs} runs`);
  }
  if (r.content) {
    const c = r.content;
    row('content', `read + JSON.parse ${(c.bytes / KB).toFixed(0)} KB content.json: ${ms(c.load.median)} median (p95 ${ms(c.load.p95)}, first ${ms(c.first)}; parse ${ms(c.parse.median)}), ${c.runs} runs`);
    row('', `  vs zod/mini validation of content/ (build time): ${ms(c.validation.median)} median (${x(c.validationOverLoad)}), first ${ms(c.validation.first)} (${x(c.firstValidationOverFirstLoad)})` +
      ` + ${ms(c.validation.moduleLoad)} to load the validator; ${c.validation.runs} runs`);
  }
  if (r.completion) {
    const c = r.completion;
    const k = c.perKeystroke;
    row('completion', `${c.entries.toLocaleString('en')} entries (${c.prompts.toLocaleString('en')} prompts): index build ${ms(c.build.median, 1)} median (first ${ms(c.build.first, 1)})`);
    row('', `  per keystroke (query + already-in-note), ${c.queries} queries x ${c.rounds} rounds: p50 ${ms(k.median, 3)}, p95 ${ms(k.p95, 3)}, p99 ${ms(k.p99, 3)}, max ${ms(k.max, 3)}` +
      ` (target p99 < ${TARGETS.completionP99Ms} ms, max < ${TARGETS.completionMaxMs} ms)${verdict(c.withinTarget)}`);
    row('', `  short prefixes, p50 / p99 / max: ${Object.entries(c.shortPrefixes).map(([q, st]) => `"${q}" ${st.median.toFixed(3)} / ${st.p99.toFixed(3)} / ${st.max.toFixed(3)}`).join(', ')} ms`);
    row('', `  queryIndex alone p50 ${ms(c.queryIndex.median, 3)}, p99 ${ms(c.queryIndex.p99, 3)}; usedInDocument (${c.note.lines} lines) p50 ${ms(c.usedInDocument.median, 3)}, p99 ${ms(c.usedInDocument.p99, 3)}`);
    row('', `  slowest queries by median: ${c.slowestQueries.slice(0, 3).map((q) => `"${q.query}" ${ms(q.median, 3)}`).join(', ')}`);
  }
  if (r.mentions) {
    const m = r.mentions;
    row('mentions', `${m.none.lines.toLocaleString('en')}-line file, no mention: prefilter ${ms(m.none.prefilter.median, 3)} median (p95 ${ms(m.none.prefilter.p95, 3)}), nothing else runs`);
    row('', `  with ${m.mentions.links} mentions (${m.decisions} decisions): prefilter + every line's links ${ms(m.mentions.total.median, 3)} median (p95 ${ms(m.mentions.total.p95, 3)}), ${m.rounds} rounds`);
  }
  if (r.index) {
    const p = (st, d = 1) => (st?.n ? `${st.median.toFixed(d)} ms (p95 ${st.p95.toFixed(d)})` : 'n/a');
    for (const i of [r.index.standard, r.index.items30]) {
      if (!i) continue;
      row(lines.some((l) => l.startsWith('index')) ? '' : 'index', `${i.people} people × ${i.notesEach} notes × ${i.itemsEach} task items, in Node (${i.files.toLocaleString('en')} files, ${(i.bytes / 1024 / 1024).toFixed(1)} MB), ${i.build.runs} cold builds: ${p(i.build.total, 0)}`);
      row('', `  list ${p(i.build.list, 0)}, read and derive every note ${p(i.build.load, 0)} (${i.build.reads.toLocaleString('en')} reads), name every commitment ${p(i.build.commitments, 0)}`);
      row('', `  heap held after a full GC: notes index ${i.build.indexHeapMB.toFixed(1)} MB, with the commitments ${i.build.heapMB.toFixed(1)} MB (target < ${TARGETS.indexHeapMB} MB)${verdict(i.build.heapMB < TARGETS.indexHeapMB)}`);
      const c = i.change;
      row('', `  one note changes, ${c.runs} runs, ${c.reads.median} file read: all of it ${p(c.total)} (target < ${TARGETS.scaleMs} ms)${verdict(c.total.median < TARGETS.scaleMs)}`);
      row('', `    index settles the file ${p(c.settle)}, of which the commitments update ${p(c.commitments)}; people list ${p(c.people)}; Commitments view groups ${p(c.tree)}; status bar's overdue count ${p(c.status)}`);
      const view = c.commitments.median + c.tree.median;
      row('', `    the Commitments view, update + groups: ${view.toFixed(1)} ms median (target < ${TARGETS.viewMs} ms)${verdict(view < TARGETS.viewMs)}`);
    }
  }
  if (r.vscode) {
    const p = r.vscode.panel;
    row('panel', `click → content: two-hats ${ms(p.twoHats.content.median, 0)} (prep list) vs empty view ${ms(p.empty.content.median, 0)} (${x(p.ratio)}; target ≤ ${TARGETS.panelRatio}x)${verdict(p.withinTarget)}`);
    row('', `  ms median (min–max) over ${p.twoHats.content.n} + ${p.empty.content.n} page loads: two-hats ${span(p.twoHats.content, 0)}, empty ${span(p.empty.content, 0)}`);
    const t = p.twoHats;
    row('', `  two-hats, medians after the click: webview frame ${ms(t.frameCreated.median, 0)}, HTML written ${ms(t.htmlWritten.median, 0)}, ready sent ${ms(t.readySent?.median, 0)}, ` +
      `init ${ms(t.initReceived?.median, 0)}, people ${ms(t.peopleReceived?.median, 0)}, prep ${ms(t.prepReceived?.median, 0)}, tabs ${ms(t.tablist.median, 0)}, prep list ${ms(t.content.median, 0)}`);
    row('', `  ` +
      `empty: frame ${ms(p.empty.frameCreated.median, 0)} → HTML written ${ms(p.empty.htmlWritten.median, 0)}`);
    const c = r.vscode.commands;
    row('command', `Enter → quick pick, cold: Insert Prompt ${ms(c.insertPrompt.cold.median, 0)} vs one-item pick ${ms(c.pickOne.cold.median, 0)} (${x(c.coldRatio)}; target ≤ ${TARGETS.commandColdRatio}x); ` +
      `warm: ${ms(c.insertPrompt.warm.median, 0)} vs ${ms(c.pickOne.warm.median, 0)} (${x(c.warmRatio)}; target ≤ ${TARGETS.commandWarmRatio}x)${verdict(c.withinTarget)}`);
    row('', `  ms median (min–max): cold ${span(c.insertPrompt.cold, 0)} vs ${span(c.pickOne.cold, 0)}; warm ${span(c.insertPrompt.warm, 0)} vs ${span(c.pickOne.warm, 0)} (${c.insertPrompt.warm.n} warm runs each)`);
  }
  if (r.scale) {
    const s = r.scale;
    const p = (st, d = 0) => (st?.n ? `${st.median.toFixed(d)} ms (p95 ${st.p95.toFixed(d)}, ${st.min.toFixed(d)}–${st.max.toFixed(d)})` : 'n/a');
    const f = s.refreshStats;
    row('scale', `${s.people} people × ${s.notesEach} notes (${s.files.toLocaleString('en')} files, ${s.megabytes.toFixed(1)} MB), medians of ${f.twoHats.n} runs (target < ${TARGETS.scaleMs} ms)${verdict(s.withinTarget)}`);
    row('', `  panel first open, click → prep list: ${ms(s.panelFirstOpen.content, 0)}`);
    row('', `  notes index, every note loaded (cold): ${ms(s.indexBuild?.ms, 0)} for ${s.indexBuild?.files?.toLocaleString('en')} files, ${s.indexBuild?.reads?.toLocaleString('en')} read once; heap +${s.indexHeapMB?.toFixed(1)} MB (target < 30 MB)`);
    row('', `  refresh after one note changes: Two Hats ${p(f.twoHats, 1)} (target < 150 ms); status bar ${p(f.statusBar, 1)} (target < 50 ms); write on disk → shown in the panel ${p(f.endToEnd)}`);
    row('', `    files read per refresh (median): ${f.reads.notes.median} notes, ${f.reads.profiles.median} profiles, ${f.reads.hatMix.median} for the hat mix, ${f.reads.listings.median} folder listings`);
    row('', `  person picker, Enter → 500 people listed: ${p(s.pickerStats)} (first ${ms(s.pickerFirst, 0)})`);
    row('', `  Start 1:1 Note, Enter on a person → new note in the editor: ${p(s.startStats)} (first ${ms(s.startOneOnOneFirst, 0)}; target < 300 ms)`);
    row('', `  hat mix: part of each refresh above; Hat Balance Report of the last 4 weeks (500 people): ${p(s.hatReportStats)} (first ${ms(s.hatReportFirst, 0)})`);
    row('memory', `extension-host heap after a full GC; host with only the empty extension active: ${s.heap.emptyOnlyMB.toFixed(1)} MB`);
    for (const st of s.heap.steps) row('', `  ${st.step.padEnd(28)} ${st.MB.toFixed(1)} MB (+${st.aboveEmptyOnlyMB.toFixed(1)} MB)`);
    row('', `  10,000-prompt pack loaded by Validate Content Packs in ${ms(s.packLoadMs, 0)}`);
  }
  return lines.join('\n');
}
