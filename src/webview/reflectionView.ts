/**
 * Which hat?: the lead's monthly reflections on the seven shifts. Which shifts the notes of the
 * last three months reflect on, the notes as links, and Start reflection.
 */
import { h, icon } from './dom';
import { model, post, s } from './model';
import { button, section } from './widgets';

export function reflectionView(): HTMLElement | undefined {
  const content = model.content;
  const data = model.reflections;
  if (!content || !data) return undefined;
  const start = button(s('rfStart'), () => post({ type: 'startReflection' }), 'start-reflection', { iconName: 'mirror' });
  if (data.notes.length === 0) return section(s('rfTitle'), h('p', { class: 'summary' }, s('rfNone')), start);
  const when = (id: string) => data.notes.filter((n) => n.shifts.includes(id)).map((n) => n.month);
  const done = content.transitions.filter((t) => when(t.id).length > 0).length;
  const links = data.notes.map((n) => {
    const name = n.fileName.slice(0, -3);
    const b = h('button', { type: 'button', class: 'link-button', 'data-key': `reflection-${name}`, 'aria-label': s('rfOpen', name) }, name);
    b.addEventListener('click', () => post({ type: 'openReflection', fileName: n.fileName }));
    return b;
  });
  return section(s('rfTitle'), h('p', { class: 'summary' }, s('rfSummary', done, content.transitions.length)),
    h('ul', { class: 'reflection-list' }, ...content.transitions.map((t) => {
      const months = [...new Set(when(t.id))];
      return h('li', { class: months.length > 0 ? 'reflected' : 'not-reflected', 'data-shift': t.id },
        icon(months.length > 0 ? 'pass-filled' : 'circle-large-outline'), h('span', { class: 'shift-name' }, `${t.from} → ${t.to}`),
        h('span', { class: 'age' }, months.length > 0 ? `${s('rfIn')} ${months.join(', ')}` : s('rfNot')));
    })),
    h('p', { class: 'row' }, ...links, start));
}
