/**
 * 1:1 prep, goals: the selected person's open goals with their due dates and where each stands in
 * the 1:1s, and a gentle nudge when some have gone stale.
 */
import { goalNudgeText, goalStatusText } from '../core/panel/prepGoals';
import { h, icon } from './dom';
import { model, post, s } from './model';
import { iconButton, section } from './widgets';

export function prepGoalsView(): HTMLElement | undefined {
  const person = model.ui.person;
  const data = model.goals?.person === person ? model.goals : undefined;
  if (!person || !data) return undefined;
  const nudge = goalNudgeText(data, s);
  const list = data.goals.length === 0 ? h('p', { class: 'summary' }, s('glNone'))
    : h('ul', { class: 'prompts', 'aria-label': s('glTitle') }, ...data.goals.map((goal, i) => h('li', { class: 'item goal' },
      h('span', { class: 'prompt-text' }, goal.text),
      h('span', { class: 'meta' },
        goal.due === undefined ? undefined : h('span', { class: 'age' }, s('glDue', goal.due)),
        h('span', { class: goal.stale ? 'age goal-status stale' : 'age goal-status', 'data-key': `goal-status-${i}` }, goalStatusText(goal.status, s)),
        iconButton('go-to-file', s('glOpen'), () => post({ type: 'openItem', person, fileName: 'person.md', line: goal.line }), `goal-open-${i}`)))));
  return section(s('glTitle'),
    list,
    data.more ? h('p', { class: 'summary' }, s('glMore', data.more)) : undefined,
    nudge ? h('p', { class: 'nudge', role: 'note', 'data-key': 'goal-nudge' }, icon('lightbulb'), ' ', nudge) : undefined);
}
