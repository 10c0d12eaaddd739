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
  if (r.vscode) {
    const a = r.vscode.activation;
    const v = a.vscodeRecord;
    const span = (st, d = 1) => `${st.median.toFixed(d)} (${st.min.toFixed(d)}–${st.max.toFixed(d)})`;
    row('activation', `two-hats ${ms(a.twoHats.median)} vs empty ${ms(a.empty.median)} (${x(a.ratio)}; target ≤ ${TARGETS.activationRatio}x)${verdict(a.withinTarget)}`);
    row('', `  Extension.activate() in ${r.vscode.samples} cold extension hosts, ms median (min–max): two-hats ${span(a.twoHats)}, empty ${span(a.empty)}`);
    row('', `  VS Code's own record, median whole ms: two-hats load ${v.twoHats.load.median} + activate ${v.twoHats.call.median} + resolve ${v.twoHats.resolved.median}` +
      ` vs empty ${v.empty.load.median} + ${v.empty.call.median} + ${v.empty.resolved.median} (${x(v.ratio)})`);
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
    row('completion', `${c.entries.toLocaleString('en')} entries (${c.prompts.toLocaleString('en')} prompts): index build ${ms(c.build.median, 1)} median (first ${ms(c.build.first, 1)})`);
    row('', `  queryIndex ${ms(c.queryIndex.median, 3)} median, p95 ${ms(c.queryIndex.p95, 3)}; usedInDocument (${c.note.lines} lines) ${ms(c.usedInDocument.median, 3)}, p95 ${ms(c.usedInDocument.p95, 3)}`);
    row('', `  per keystroke (both): median ${ms(c.perKeystroke.median, 3)}, p95 ${ms(c.perKeystroke.p95, 3)}, max ${ms(c.perKeystroke.max, 3)} (target p95 < ${TARGETS.completionP95Ms} ms)${verdict(c.withinTarget)}; ${c.queries} queries x ${c.rounds} rounds`);
    row('', `  p95 over queries of each one's median queryIndex time: ${ms(c.queryMedians.p95, 3)}; slowest: ${c.slowestQueries.slice(0, 3).map((q) => `"${q.query}" ${ms(q.median, 2)}`).join(', ')}`);
  }
  if (r.vscode) {
    const p = r.vscode.panel;
    row('panel', `webview render ${ms(p.render.median, 1)} (HTML written → tabs rendered; target < ${TARGETS.panelMs} ms)${verdict(p.withinTarget)}; → prep list ${ms(p.renderContent.median, 1)}`);
    row('', `  render ms median (min–max) over ${r.vscode.samples} page loads: ${p.render.median.toFixed(1)} (${p.render.min.toFixed(1)}–${p.render.max.toFixed(1)})`);
    row('', `  click → webview frame ${ms(p.frameCreated.median, 0)} → tabs ${ms(p.tablist.median, 0)} → prep list ${ms(p.content.median, 0)} (first paint ${ms(p.firstContentfulPaint.median, 0)}), medians`);
  }
  return lines.join('\n');
}
