/** Design review: lens, why/how balance of the active doc, prompts by phase. */
import { labelOf } from '../core/content/contentSet';
import { groupByPhase, queryPrompts } from '../core/content/promptQuery';
import { LENSES } from '../core/panel/uiState';
import { h } from './dom';
import { reviewHatBalance } from './hatChart';
import { model, post, s, setUi } from './model';
import { asksBadge, button, collapsible, hatBadge, iconButton, promptText, section } from './widgets';

function lensControl(): HTMLElement {
  // Why and How are the taxonomy's own labels; only "Both" is panel wording.
  const asks = model.content?.taxonomy.asks;
  const labels = { why: labelOf(asks, 'why'), how: labelOf(asks, 'how'), both: s('lensBoth') };
  return h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': s('lens') }, ...LENSES.map((lens) => {
    const input = h('input', { type: 'radio', name: 'lens', id: `lens-${lens}`, value: lens, 'data-key': `lens-${lens}`, checked: model.ui.lens === lens ? '' : undefined });
    input.addEventListener('change', () => setUi({ lens }));
    return h('span', {}, input, h('label', { for: `lens-${lens}` }, labels[lens]));
  }));
}

/** How the doc's body covers a phase (core/markdown/docCoverage.ts): icon and label. */
const STATE_ICONS = { missing: 'circle-large-outline', thin: 'warning', covered: 'pass' } as const;
const STATE_KEYS = { missing: 'stateMissing', thin: 'stateThin', covered: 'stateCovered' } as const;

function balance(): HTMLElement {
  const c = model.review?.coverage;
  if (!c) return section(s('balance'), h('p', { class: 'summary' }, s('noActiveDoc')));
  const total = Math.max(1, c.why + c.how);
  const meter = h('div', { class: 'meter', role: 'img', 'aria-label': `${c.why} ${s('why')}, ${c.how} ${s('how')}` },
    h('span', { class: 'meter-why', style: undefined }), h('span', { class: 'meter-how' }));
  (meter.children[0] as HTMLElement).style.flexGrow = String(c.why / total);
  (meter.children[1] as HTMLElement).style.flexGrow = String(c.how / total);
  const phases = h('ul', { class: 'coverage' }, ...c.phases.map((p) => h('li', { class: p.state ?? (p.heading ? 'covered' : 'missing') },
    h('span', { class: `codicon codicon-${STATE_ICONS[p.state ?? (p.heading ? 'covered' : 'missing')]}`, 'aria-hidden': 'true' }),
    h('span', {}, labelOf(model.content?.taxonomy.phases, p.phase)),
    p.state ? h('span', { class: 'state' }, s(STATE_KEYS[p.state])) : undefined,
    h('span', { class: 'counts' }, `${p.why} ${s('why')} · ${p.how} ${s('how')}`),
    p.heading ? undefined : iconButton('add', `${s('insertSection')}: ${labelOf(model.content?.taxonomy.phases, p.phase)}`, () => post({ type: 'insertSection', phase: p.phase }), `add-section-${p.phase}`),
    c.reviewNote && p.whyTotal !== undefined
      ? h('span', { class: 'in-note' }, s('inReviewNote', p.whyAsked ?? 0, p.whyTotal, p.howAsked ?? 0, p.howTotal ?? 0)) : undefined)));
  return section(`${s('balance')}: ${c.document}`,
    h('p', { class: 'summary' }, `${c.why} ${s('why')} · ${c.how} ${s('how')} · ${s('headingsCovered', c.headings, c.phases.length)}`),
    c.reviewNote ? h('p', { class: 'summary' }, s('reviewNote', c.reviewNote)) : undefined,
    meter, phases);
}

export function designView(): HTMLElement {
  const content = model.content;
  if (!content) return h('p', {}, s('loading'));
  const asked = new Set(model.review?.asked ?? []);
  const visible = queryPrompts(content.prompts, { for: 'design-review', lens: model.ui.lens });
  const groups = groupByPhase(visible).map(([phase, prompts]) => {
    const label = labelOf(content.taxonomy.phases, phase);
    const done = prompts.filter((p) => asked.has(p.id)).length;
    return collapsible(`phase-${phase}`, { open: true },
      h('summary', {}, h('span', { class: 'group-title' }, label), h('span', { class: 'counts' }, `${done}/${prompts.length}`)),
      h('p', { class: 'summary' }, content.taxonomy.phases?.find((p) => p.id === phase)?.summary),
      h('ul', { class: 'prompts', 'aria-label': label }, ...prompts.map((p) => h('li', { class: asked.has(p.id) ? 'prompt done' : 'prompt', 'data-id': p.id },
        promptText(p),
        h('span', { class: 'meta' }, hatBadge(p.hat), asksBadge(p.asks),
          iconButton('insert', s('insert'), () => post({ type: 'insertPrompt', id: p.id }), `insert-${p.id}`),
          iconButton(asked.has(p.id) ? 'pass-filled' : 'circle-large-outline', s('markAsked'), () => post({ type: 'setAsked', id: p.id, asked: !asked.has(p.id) }), `asked-${p.id}`))))));
  });
  return h('div', {},
    h('div', { class: 'row' }, lensControl(), button(s('startDesignReview'), () => post({ type: 'startDesignReview' }), 'start-review', { iconName: 'new-file' })),
    balance(), reviewHatBalance(), h('h3', {}, `${s('prompts')} (${visible.length})`), ...groups);
}
