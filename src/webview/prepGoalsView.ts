/**
 * 1:1 prep, goals: the selected person's open goals with their due dates and where each stands in
 * the 1:1s, a gentle nudge when some have gone stale, and buttons that run Add Goal, Log a Win and
 * Log Feedback for them (the commands ask for the words).
 */
import { goalNudgeText, goalStatusText } from '../core/panel/prepGoals';
import type { GrowthAction } from '../core/panel/protocol';
import { h, icon } from './dom';
import { model, post, s } from './model';
import { button, iconButton, section } from './widgets';

function actions(person: string): HTMLElement {
  const act = (action: GrowthAction) => () => post({ type: 'growthAction', action, person });
  return h('div', { class: 'row' },
    button(s('glAddGoal'), act('addGoal'), 'goal-add', { iconName: 'target' }),
    button(s('glLogWin'), act('logWin'), 'log-win', { iconName: 'star-empty' }),
    button(s('glLogFeedback'), act('logFeedback'), 'log-feedback', { iconName: 'feedback' }));
}

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
    nudge ? h('p', { class: 'nudge', role: 'note', 'data-key': 'goal-nudge' }, icon('lightbulb'), ' ', nudge) : undefined,
    actions(person));
}
