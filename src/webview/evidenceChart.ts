/**
 * 1:1 prep, evidence by month: the selected person's evidence over the Team view's six months as
 * one bar per month, drawn like the hat-balance chart (SVG from DOM calls in theme colours, the
 * summary line as the chart's accessible name, a visually hidden table with each month's count).
 * An empty month is a dashed outline with a 0 over it, so it reads without colour. One line of
 * flags follows when any applies: months with no evidence, mostly recent, goals not discussed.
 */
import { evidenceFlagsText, evidenceSummaryText } from '../core/panel/prepEvidence';
import { LIMITS, type EvidenceMonthView } from '../core/panel/protocol';
import { h, icon, svg } from './dom';
import { model, s } from './model';
import { section } from './widgets';

const KEY = 'chart-evidence';
const W = 240;
const SLOT = W / LIMITS.evidenceMonths;
const BAR = 20;
const TOP = 12;
const BAR_H = 56;
const HEIGHT = TOP + BAR_H + 24;

/** A month's label: its number, and under it the year where the year starts or the chart does. */
function monthLabel(month: string, i: number, x: number): SVGElement[] {
  const out = [svg('text', { x, y: TOP + BAR_H + 10, class: 'chart-date', 'text-anchor': 'middle' }, month.slice(5))];
  if (i === 0 || month.endsWith('-01')) out.push(svg('text', { x, y: TOP + BAR_H + 20, class: 'chart-date', 'text-anchor': 'middle' }, month.slice(0, 4)));
  return out;
}

function chartSvg(months: readonly EvidenceMonthView[], labelledBy: string): SVGElement {
  const max = Math.max(1, ...months.map((m) => m.count));
  const bottom = TOP + BAR_H;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${HEIGHT}`, role: 'img', 'aria-labelledby': labelledBy, class: 'chart evidence-chart', 'data-key': KEY },
    svg('line', { x1: 0, x2: W, y1: bottom + 0.5, y2: bottom + 0.5, class: 'axis' }));
  const first = LIMITS.evidenceMonths - months.length;
  months.forEach((m, i) => {
    const x = (first + i) * SLOT + (SLOT - BAR) / 2;
    const middle = x + BAR / 2;
    if (m.count === 0) {
      chart.append(svg('rect', { x: x + 0.5, y: bottom - 4, width: BAR - 1, height: 3.5, class: 'bar-none' }, svg('title', {}, `${m.month}: ${s('evEmptyMonth')}`)));
    } else {
      const height = (m.count / max) * BAR_H;
      chart.append(svg('rect', { x, y: bottom - height, width: BAR, height, class: 'bar bar-evidence' }, svg('title', {}, `${m.month}: ${m.count}`)));
    }
    const countY = m.count === 0 ? bottom - 6 : bottom - (m.count / max) * BAR_H - 2;
    chart.append(svg('text', { x: middle, y: countY, class: m.count === 0 ? 'chart-date chart-empty' : 'chart-date', 'text-anchor': 'middle' }, String(m.count)),
      ...monthLabel(m.month, i, middle));
  });
  return chart;
}

/** Each month's count as a table, for screen readers. */
function table(caption: string, months: readonly EvidenceMonthView[]): HTMLElement {
  // A wrapper hides it: tables ignore `overflow`, so a hidden table itself would still widen the page.
  return h('div', { class: 'visually-hidden' }, h('table', { 'data-key': `${KEY}-table` }, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s('evMonth')), h('th', { scope: 'col' }, s('evEntries')))),
    h('tbody', {}, ...months.map((m) => h('tr', {}, h('th', { scope: 'row' }, m.month),
      h('td', {}, m.count === 0 ? `0, ${s('evEmptyMonth')}` : String(m.count)))))));
}

/** The chart, its summary line (its accessible name) and hidden table, then the line of flags. */
export function evidenceChart(): HTMLElement | undefined {
  const person = model.ui.person;
  const data = model.evidence?.person === person ? model.evidence : undefined;
  if (!person || !data) return undefined;
  const summary = evidenceSummaryText(data, s);
  const flags = evidenceFlagsText(data, s);
  return section(s('evTitle'),
    data.months.length === 0 ? h('p', { class: 'summary' }, summary)
      : h('figure', { class: 'hat-figure' }, h('p', { class: 'summary', id: `${KEY}-summary` }, summary),
        chartSvg(data.months, `${KEY}-summary`), table(`${s('evTable')}: ${summary}`, data.months)),
    flags ? h('p', { class: 'nudge', role: 'note', 'data-key': 'evidence-flags' }, icon('warning'), ' ', flags) : undefined);
}
