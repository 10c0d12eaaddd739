/** 1:1 prep, the person's memory: when the next 1:1 is due, talking points collected since the last one, commits since then. */
import type { PersonSummary } from '../core/panel/protocol';
import { h } from './dom';
import { model, post, s } from './model';
import { button, iconButton, section } from './widgets';

/** `overdue 3 d`, `due today` or `in 4 d`. */
export function dueLabel(overdue: number): string {
  return overdue > 0 ? s('overdueDays', overdue) : overdue === 0 ? s('dueToday') : s('dueInDays', -overdue);
}

/** What the person picker adds after the last-1:1 words: ` · overdue 3 d` for someone with a cadence. */
export function dueSuffix(person: PersonSummary): string {
  return person.overdue === undefined ? '' : ` · ${dueLabel(person.overdue)}`;
}

/** A due badge: the person's 1:1 (`due-badge`), or another with its own key (a commitment's). */
export function dueBadge(overdue: number, key = 'due-badge'): HTMLElement {
  const kind = overdue > 0 ? 'overdue' : overdue === 0 ? 'today' : 'later';
  return h('span', { class: `badge due due-${kind}`, 'data-key': key }, dueLabel(overdue));
}

function pointField(person: string): HTMLElement {
  const input = h('input', { type: 'text', class: 'point-input', maxlength: '500', placeholder: s('newTalkingPoint'), 'aria-label': s('newTalkingPoint'), 'data-key': 'point-input' });
  const add = () => {
    const text = input.value.trim();
    if (!text) return;
    post({ type: 'addTalkingPoint', person, text });
    input.value = '';
  };
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') add(); });
  return h('div', { class: 'row' }, input, iconButton('add', s('addTalkingPoint'), add, 'point-add'));
}

export function prepMemoryView(): HTMLElement | undefined {
  const person = model.ui.person;
  const memory = model.memory?.person === person ? model.memory : undefined;
  if (!person || !memory) return undefined;
  const due = h('p', { class: 'summary due-line' }, memory.cadence ?? s('noCadence'),
    memory.overdue === undefined ? undefined : ' · ', memory.overdue === undefined ? undefined : dueBadge(memory.overdue));
  const points = memory.points.length === 0 ? h('p', { class: 'summary' }, s('noTalkingPoints'))
    : h('ul', { class: 'prompts', 'aria-label': s('talkingPoints') }, ...memory.points.map((p, i) => h('li', { class: 'item point' },
      h('span', { class: 'prompt-text' }, p.text),
      h('span', { class: 'meta' }, p.link ? h('span', { class: 'age' }, p.link) : undefined,
        iconButton('go-to-file', s('openTalkingPoint'), () => post({ type: 'openItem', person, fileName: 'person.md', line: p.line }), `point-open-${i}`)))));
  const { commits, note } = memory.git;
  const git = h('div', { class: 'since', 'aria-label': s('sinceLastOneOnOne'), role: 'group' }, h('h4', {}, s('sinceLastOneOnOne')),
    commits.length === 0 ? undefined : h('ul', { class: 'prompts commits' }, ...commits.map((c) => h('li', { class: 'item' },
      h('span', { class: 'prompt-text' }, c.subject),
      h('span', { class: 'meta age' }, `${c.repository} · ${c.hash} · ${c.date}`)))),
    note ? h('p', { class: 'summary' }, note) : undefined,
    commits.length === 0 ? undefined : button(s('insertCommits'), () => post({ type: 'insertCommits', person }), 'insert-commits', { iconName: 'git-commit' }));
  return section(s('nextOneOnOne'), due, h('h4', {}, `${s('talkingPoints')} (${memory.points.length})`), points, pointField(person), git);
}
