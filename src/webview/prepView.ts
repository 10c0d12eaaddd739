/** 1:1 prep: person picker, memory, commitments, goals, evidence by month, hat balance, open items, prep checklist ticks, question bank. */
import { labelOf } from '../core/content/contentSet';
import { CATEGORIES, DEPTHS, HATS, MOMENTS, type Category, type Depth, type Hat } from '../core/content/taxonomy';
import { isoDate } from '../core/dates';
import { questionBank } from '../core/content/promptQuery';
import { h } from './dom';
import { personHatBalance } from './hatChart';
import { model, post, s, setUi } from './model';
import { prepCommitmentsView } from './prepCommitmentsView';
import { evidenceChart } from './evidenceChart';
import { prepGoalsView } from './prepGoalsView';
import { dueSuffix, prepMemoryView } from './prepMemoryView';
import { asksBadge, button, checkbox, collapsible, hatBadge, iconButton, promptText, section, select } from './widgets';

function personPicker(): HTMLElement {
  const people = model.people ?? [];
  const current = model.ui.person;
  const options: [string, string][] = people.map((p) => [p.slug, p.link ? `${p.name} · ${s('linkNotFollowed')}`
    : (p.days === undefined ? `${p.name} · ${s('never')}` : p.days === 0 ? `${p.name} · ${s('today')}` : `${p.name} · ${s('daysAgo', p.days)}`) + dueSuffix(p)]);
  const picker = select(s('person'), current, options, (v) => setUi({ person: v }), 'person');
  return h('div', {},
    h('div', { class: 'row' }, picker, iconButton('person-add', s('addPerson'), () => post({ type: 'addPerson' }), 'add-person')),
    h('div', { class: 'row' },
      button(s('startOneOnOne'), () => post({ type: 'startOneOnOne', person: current }), 'start', { primary: true, iconName: 'new-file', wide: true }),
      iconButton('list-selection', s('startOtherKind'), () => post({ type: 'startOneOnOne', person: current, chooseKind: true }), 'start-other-kind')));
}

function openItems(): HTMLElement {
  const prep = model.prep;
  const items = prep?.openItems ?? [];
  return section(s('openItems'), items.length === 0 ? h('p', { class: 'summary' }, s('noOpenItems'))
    : h('ul', { class: 'prompts' }, ...items.map((item, i) => h('li', { class: 'item' },
      h('span', { class: 'prompt-text' }, item.text),
      h('span', { class: 'meta' }, h('span', { class: 'age' }, s('daysAgo', item.age)),
        iconButton('go-to-file', s('openNote'), () => post({ type: 'openItem', person: prep!.person, fileName: item.fileName, line: item.line }), `open-${i}`))))));
}

function checklist(): HTMLElement | undefined {
  const list = model.content?.checklists.find((c) => c.id === 'one-on-one-prep') ?? model.content?.checklists.find((c) => c.for === 'one-on-one');
  const person = model.ui.person;
  if (!list || !person) return undefined;
  const ticks = new Set(model.prep?.person === person ? model.prep.ticks : []);
  const done = list.items.filter((i) => ticks.has(i.id)).length;
  const groups = MOMENTS.map((when) => {
    const items = list.items.filter((i) => i.when === when);
    if (items.length === 0) return undefined;
    return h('div', { class: 'moment' }, h('h4', {}, labelOf(model.content?.taxonomy.moments, when)),
      h('ul', { class: 'checklist' }, ...items.map((item) => h('li', { class: 'item' },
        checkbox(item.text, ticks.has(item.id), (checked) => post({ type: 'tick', person, id: item.id, checked }), `tick-${item.id}`),
        h('span', { class: 'meta' }, hatBadge(item.hat))))));
  });
  return section(`${list.title} (${done}/${list.items.length})`, ...groups);
}

function bank(): HTMLElement | undefined {
  const content = model.content;
  const person = model.ui.person;
  if (!content || !person) return undefined;
  const t = content.taxonomy;
  const { category, depth, hat } = model.ui;
  const filters = h('div', { class: 'row filters' },
    select<Category>(s('anyCategory'), category, [['', s('anyCategory')], ...CATEGORIES.map((c): [Category, string] => [c, labelOf(t.categories, c)])], (v) => setUi({ category: v }), 'bank-category'),
    select<Depth>(s('anyDepth'), depth, [['', s('anyDepth')], ...DEPTHS.map((d): [Depth, string] => [d, labelOf(t.depths, d)])], (v) => setUi({ depth: v }), 'bank-depth'),
    select<Hat>(s('anyHat'), hat, [['', s('anyHat')], ...HATS.filter((x) => x !== 'both').map((x): [Hat, string] => [x, labelOf(t.hats, x)])], (v) => setUi({ hat: v }), 'bank-hat'));
  const asked = model.prep?.person === person ? model.prep.asked : {};
  const entries = questionBank(content.prompts, asked, { category, depth, hat }, isoDate(new Date()));
  const list = h('ul', { class: 'prompts', 'aria-label': s('questionBank') }, ...entries.map(({ prompt, asked: when, suggested }) =>
    h('li', { class: suggested ? 'prompt suggested' : 'prompt', 'data-id': prompt.id },
      promptText(prompt),
      h('span', { class: 'meta' }, hatBadge(prompt.hat), asksBadge(prompt.asks),
        h('span', { class: 'age' }, when ? `${s('asked')} ${when}` : s('notAsked')),
        iconButton('insert', s('insert'), () => post({ type: 'insertPrompt', id: prompt.id, person }), `insert-${prompt.id}`),
        iconButton(when ? 'pass-filled' : 'circle-large-outline', s('markAsked'), () => post({ type: 'setAsked', id: prompt.id, asked: !when, person }), `asked-${prompt.id}`)))));
  return section(`${s('questionBank')} (${entries.length})`, filters, list);
}

function everyonesOpenItems(): HTMLElement | undefined {
  const items = model.allOpenItems ?? [];
  if (items.length === 0) return undefined;
  const names = new Map((model.people ?? []).map((p) => [p.slug, p.name]));
  return collapsible('all-open-items', { open: false }, h('summary', {}, h('span', { class: 'group-title' }, `${s('allOpenItems')} (${items.length})`)),
    h('ul', { class: 'prompts' }, ...items.map((item, i) => h('li', { class: 'item' },
      h('span', { class: 'prompt-text' }, item.text),
      h('span', { class: 'meta' }, h('span', { class: 'age' }, `${names.get(item.person) ?? item.person} · ${s('daysAgo', item.age)}`),
        iconButton('go-to-file', s('openNote'), () => post({ type: 'openItem', person: item.person, fileName: item.fileName, line: item.line }), `all-open-${i}`))))));
}

/** What could not be read (a people folder, notes passed over), said plainly; never hidden as "nobody yet". */
function problems(): HTMLElement | undefined {
  const lines = model.problems ?? [];
  if (lines.length === 0) return undefined;
  return h('div', { class: 'problems', role: 'status', 'aria-label': s('problems') },
    h('ul', { class: 'bullets' }, ...lines.map((line) => h('li', {}, line))));
}

export function prepView(): HTMLElement {
  if (model.people && model.people.length === 0) {
    return h('div', { class: 'welcome' }, problems() ?? h('p', {}, s('noPeople')),
      button(s('addPerson'), () => post({ type: 'addPerson' }), 'welcome-add', { primary: true, iconName: 'person-add' }));
  }
  return h('div', {}, problems(), personPicker(), prepMemoryView(), prepCommitmentsView(), prepGoalsView(), evidenceChart(), personHatBalance(), openItems(), checklist(), bank(), everyonesOpenItems());
}
