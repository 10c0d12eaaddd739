/**
 * The hat-balance chart: the last 1:1s with a person (1:1 prep) or the last design reviews
 * (Design review) as stacked bars, why over how and the hats, drawn as SVG from DOM calls in
 * theme colours. How and manager bars are hatched and both-hats bars dotted, so the chart reads
 * without colour (high contrast adds borders). The chart's accessible name is its summary line; a
 * visually hidden table gives each meeting's figures. The nudge sits under the 1:1 chart.
 */
import { labelOf } from '../core/content/contentSet';
import { HAT_BALANCE_MEETINGS, type MeetingMixView } from '../core/panel/protocol';
import { h, svg } from './dom';
import { model, post, s } from './model';
import { asksBadge, hatBadge, iconButton, section } from './widgets';

type Segment = 'why' | 'how' | 'lead' | 'manage' | 'both';
const SEGMENTS: readonly Segment[] = ['why', 'how', 'lead', 'manage', 'both'];
const ROWS: readonly (readonly Segment[])[] = [['why', 'how'], ['lead', 'both', 'manage']];
const TEXTURE: Partial<Record<Segment, 'hatch' | 'dots'>> = { how: 'hatch', manage: 'hatch', both: 'dots' };
const W = 240;
const SLOT = W / HAT_BALANCE_MEETINGS;
const BAR = 18;
const ROW_H = 44;
const ROW_TOP = [12, 12 + ROW_H + 14];
const HEIGHT = ROW_TOP[1]! + ROW_H + 14;

function label(segment: Segment): string {
  const t = model.content?.taxonomy;
  return segment === 'why' || segment === 'how' ? labelOf(t?.asks, segment) : labelOf(t?.hats, segment);
}

/** Pattern fills shared by the bars and the legend of one chart. */
function defs(key: string): SVGElement {
  return svg('defs', {},
    svg('pattern', { id: `${key}-hatch`, width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      svg('rect', { width: 1.6, height: 4, class: 'texture' })),
    svg('pattern', { id: `${key}-dots`, width: 4, height: 4, patternUnits: 'userSpaceOnUse' },
      svg('circle', { cx: 2, cy: 2, r: 0.9, class: 'texture' })));
}

/** A bar segment: its colour, then its texture on top. */
function segmentRects(key: string, segment: Segment, x: number, y: number, height: number, title: string): SVGElement[] {
  const out = [svg('rect', { x, y, width: BAR, height, class: `bar bar-${segment}` }, svg('title', {}, title))];
  const texture = TEXTURE[segment];
  if (texture) out.push(svg('rect', { x, y, width: BAR, height, fill: `url(#${key}-${texture})`, 'aria-hidden': 'true', class: 'bar-texture' }));
  return out;
}

function chartSvg(key: string, meetings: readonly MeetingMixView[], labelledBy: string): SVGElement {
  const max = Math.max(1, ...meetings.map((m) => (m.prompts ? m.prompts.why + m.prompts.how : 0)));
  const chart = svg('svg', { viewBox: `0 0 ${W} ${HEIGHT}`, role: 'img', 'aria-labelledby': labelledBy, class: 'chart hat-chart', 'data-key': key }, defs(key));
  ROWS.forEach((row, r) => {
    const top = ROW_TOP[r]!;
    chart.append(svg('text', { x: 0, y: top - 3, class: 'chart-label' }, r === 0 ? s('hbAsks') : s('hbHats')),
      svg('line', { x1: 0, x2: W, y1: top + ROW_H + 0.5, y2: top + ROW_H + 0.5, class: 'axis' }));
  });
  const first = HAT_BALANCE_MEETINGS - meetings.length;
  meetings.forEach((m, i) => {
    const x = (first + i) * SLOT + (SLOT - BAR) / 2;
    chart.append(svg('text', { x: x + BAR / 2, y: HEIGHT - 3, class: 'chart-date', 'text-anchor': 'middle' }, m.date.slice(5)));
    ROWS.forEach((row, r) => {
      const bottom = ROW_TOP[r]! + ROW_H;
      if (!m.prompts) {
        chart.append(svg('rect', { x: x + 0.5, y: bottom - 4, width: BAR - 1, height: 3.5, class: 'bar-none' }, svg('title', {}, `${m.date}: ${s('hbNone')}`)));
        return;
      }
      let y = bottom;
      for (const segment of row) {
        const n = m.prompts[segment];
        if (n === 0) continue;
        const height = (n / max) * ROW_H;
        y -= height;
        chart.append(...segmentRects(key, segment, x, y, height, `${m.date}: ${n} ${label(segment)}`));
      }
    });
  });
  return chart;
}

/** The legend's swatches are drawn by CSS (media/panel.css), textures included. */
function legend(): HTMLElement {
  return h('ul', { class: 'chart-legend', 'aria-hidden': 'true' }, ...SEGMENTS.map((segment) =>
    h('li', {}, h('span', { class: `swatch swatch-${segment}` }), label(segment))));
}

/** The figures of each meeting as a table, for screen readers. */
function table(caption: string, meetings: readonly MeetingMixView[]): HTMLElement {
  const segments = SEGMENTS;
  // A wrapper hides it: tables ignore `overflow`, so a hidden table itself would still widen the page.
  return h('div', { class: 'visually-hidden' }, h('table', { class: 'hat-chart-table' }, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s('hbMeeting')), ...segments.map((x) => h('th', { scope: 'col' }, label(x))))),
    h('tbody', {}, ...meetings.map((m) => h('tr', {}, h('th', { scope: 'row' }, `${m.date} ${m.label}`),
      ...(m.prompts ? segments.map((x) => h('td', {}, String(m.prompts![x]))) : [h('td', { colspan: '5' }, s('hbNone'))]))))));
}

function totals(meetings: readonly MeetingMixView[]): Record<Segment, number> & { none: number } {
  const t = { why: 0, how: 0, lead: 0, manage: 0, both: 0, none: 0 };
  for (const m of meetings) {
    if (!m.prompts) t.none++;
    else for (const x of SEGMENTS) t[x] += m.prompts[x];
  }
  return t;
}

/** A chart with its summary line (the chart's accessible name), legend and hidden table. */
function chart(key: string, summary: string, meetings: readonly MeetingMixView[]): HTMLElement {
  const t = totals(meetings);
  const name = t.none > 0 ? `${summary}; ${s('hbNoneCount', t.none)}` : summary;
  return h('figure', { class: 'hat-figure' }, h('p', { class: 'summary', id: `${key}-summary` }, name),
    chartSvg(key, meetings, `${key}-summary`), legend(), table(`${s('hbTable')}: ${name}`, meetings));
}

function nudgeView(person: string, name: string): HTMLElement | undefined {
  const content = model.content;
  const nudge = model.hatBalance?.nudge;
  if (!content || !nudge) return undefined;
  const sideLabel = (asks: 'why' | 'how') => labelOf(content.taxonomy.asks, asks).toLowerCase();
  const prompts = content.prompts.filter((p) => nudge.ids.includes(p.id));
  return h('div', { class: 'nudge', role: 'note', 'data-key': 'hat-nudge' },
    h('p', {}, s('hbNudge', nudge.meetings, name, sideLabel(nudge.used), sideLabel(nudge.suggest))),
    h('ul', { class: 'prompts' }, ...prompts.map((p) => h('li', { class: 'prompt suggested', 'data-id': p.id },
      h('span', { class: 'prompt-text' }, p.text),
      h('span', { class: 'meta' }, hatBadge(p.hat), asksBadge(p.asks),
        iconButton('insert', s('insert'), () => post({ type: 'insertPrompt', id: p.id, person }), `nudge-insert-${p.id}`))))));
}

/** 1:1 prep: the selected person's last 1:1s as a chart, and the nudge when it applies. */
export function personHatBalance(): HTMLElement | undefined {
  const person = model.ui.person;
  const balance = model.hatBalance;
  if (!person || !balance || balance.person !== person) return undefined;
  const name = model.people?.find((p) => p.slug === person)?.name ?? person;
  const meetings = balance.meetings;
  if (meetings.length === 0) return section(s('hbTitle'), h('p', { class: 'summary' }, s('hbEmptyPerson')));
  const t = totals(meetings);
  const summary = s('hbPerson', meetings.length, name, t.why, t.how, t.lead, t.manage, t.both);
  return section(s('hbTitle'), chart('chart-person', summary, meetings), nudgeView(person, name));
}

/** Design review: the last design reviews as a chart. */
export function reviewHatBalance(): HTMLElement | undefined {
  const reviews = model.hatBalance?.reviews;
  if (!reviews) return undefined;
  if (reviews.length === 0) return section(s('hbTitle'), h('p', { class: 'summary' }, s('hbEmptyReviews')));
  const t = totals(reviews);
  return section(s('hbTitle'), chart('chart-reviews', s('hbReviews', reviews.length, t.why, t.how, t.lead, t.manage, t.both), reviews));
}
