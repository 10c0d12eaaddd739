/** 1:1 prep, commitments: what the lead owes the selected person and what they owe, each item openable at its line. */
import type { CommitmentSideView } from '../core/panel/protocol';
import { h } from './dom';
import { model, post, s } from './model';
import { dueBadge } from './prepMemoryView';
import { iconButton, section } from './widgets';

function side(summary: string, view: CommitmentSideView, id: string): HTMLElement[] {
  const more = view.count - view.items.length;
  return [
    h('h4', { 'data-key': `cm-${id}-summary` }, summary),
    view.items.length === 0 ? undefined : h('ul', { class: 'prompts', 'aria-label': summary }, ...view.items.map((item, i) => h('li', { class: 'item commitment' },
      h('span', { class: 'prompt-text' }, item.text),
      h('span', { class: 'meta' },
        item.private ? h('span', { class: 'badge private' }, s('cmPrivate')) : undefined,
        item.overdue === undefined ? undefined : dueBadge(item.overdue, `cm-${id}-due-${i}`),
        iconButton('go-to-file', s('cmOpen'), () => post({ type: 'openCommitment', key: item.key }), `cm-${id}-open-${i}`))))),
    more > 0 ? h('p', { class: 'summary' }, s('cmMore', more)) : undefined,
  ].filter((x): x is HTMLElement => x !== undefined);
}

export function prepCommitmentsView(): HTMLElement | undefined {
  const person = model.ui.person;
  const data = model.commitments?.person === person ? model.commitments : undefined;
  if (!person || !data) return undefined;
  const name = model.people?.find((p) => p.slug === person)?.name ?? person;
  const { youOwe, theyOwe } = data;
  if (youOwe.count === 0 && theyOwe.count === 0) return section(s('cmTitle'), h('p', { class: 'summary' }, s('cmNone', name, person)));
  const mine = youOwe.overdue > 0 ? s('cmYouOweOverdue', name, youOwe.count, youOwe.overdue) : s('cmYouOwe', name, youOwe.count);
  const theirs = theyOwe.overdue > 0 ? s('cmTheyOweOverdue', name, theyOwe.count, theyOwe.overdue) : s('cmTheyOwe', name, theyOwe.count);
  return section(s('cmTitle'), ...side(mine, youOwe, 'you'), ...side(theirs, theyOwe, 'they'));
}
