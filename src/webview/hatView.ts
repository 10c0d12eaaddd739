/** Which hat now? Situations with signals, the hat and moves; the seven shifts below. */
import { filterSituations } from '../core/panel/panelLogic';
import { h } from './dom';
import { model, s, setUi } from './model';
import { reflectionView } from './reflectionView';
import { collapsible, hatBadge, section } from './widgets';

export function hatView(): HTMLElement {
  const content = model.content;
  if (!content) return h('p', {}, s('loading'));
  const input = h('input', { type: 'search', class: 'filter', placeholder: s('filterSituations'), 'aria-label': s('filterSituations'), value: model.ui.situationFilter, 'data-key': 'situation-filter' });
  input.addEventListener('input', () => setUi({ situationFilter: input.value }));
  const found = filterSituations(content.situations, model.ui.situationFilter);
  const list = found.length === 0 ? h('p', { class: 'summary' }, s('noSituations'))
    : h('div', { class: 'situations' }, ...found.map((sit) => collapsible(`situation-${sit.id}`, { open: false, class: 'situation' },
      h('summary', {}, h('span', { class: 'group-title' }, sit.title), hatBadge(sit.hat)),
      sit.summary ? h('p', { class: 'summary' }, sit.summary) : undefined,
      h('h4', {}, s('signals')), h('ul', { class: 'bullets' }, ...sit.signals.map((x) => h('li', {}, x))),
      h('h4', {}, s('moves')), h('ol', { class: 'bullets' }, ...sit.moves.map((x) => h('li', {}, x))))));
  const shifts = section(s('shifts'), ...content.transitions.map((t) => collapsible(`shift-${t.id}`, { open: false },
    h('summary', {}, h('span', { class: 'group-title' }, `${t.from} → ${t.to}`)),
    h('p', { class: 'summary' }, t.meaning),
    h('ul', { class: 'bullets' }, ...t.reflections.map((r) => h('li', {}, r.text))))));
  return h('div', {}, input, list, shifts, reflectionView());
}
