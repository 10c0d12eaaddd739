/** The panel webview: validates host messages, renders content as text, keeps UI state. */
import { labelOf } from '../content/contentSet';
import type { ChecklistItem, Hat } from '../content/schema';
import { groupByPhase } from '../content/promptQuery';
import { parseMessage, toWebviewSchema, type FromWebview, type PanelContent, type UiStrings } from '../panel/protocol';
import { h, icon } from './dom';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Tab = 'prep' | 'design' | 'hat';
interface UiState { readonly version: 1; readonly tab: Tab }

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
const saved = vscode.getState() as Partial<UiState> | undefined;
let state: UiState = { version: 1, tab: saved?.version === 1 && saved.tab ? saved.tab : 'design' };

const HAT_ICON: Record<Hat, string> = { lead: 'compass', manage: 'checklist', both: 'layers' };

function hatBadge(content: PanelContent, hat: Hat): HTMLElement {
  return h('span', { class: `badge hat-${hat}` }, icon(HAT_ICON[hat]), labelOf(content.taxonomy.hats, hat));
}

function designSection(content: PanelContent, s: UiStrings): HTMLElement {
  const t = content.taxonomy;
  const groups = groupByPhase(content.prompts).map(([phase, prompts]) => {
    const why = prompts.filter((p) => p.asks === 'why').length;
    const label = labelOf(t.phases, phase);
    return h('details', { class: 'group', open: '' },
      h('summary', {}, h('span', { class: 'group-title' }, label),
        h('span', { class: 'counts' }, `${why} ${s.whyCount} · ${prompts.length - why} ${s.howCount}`)),
      h('p', { class: 'summary' }, t.phases?.find((p) => p.id === phase)?.summary),
      h('ul', { class: 'prompts', 'aria-label': label }, ...prompts.map((p) =>
        h('li', { class: 'prompt', 'data-id': p.id },
          h('span', { class: 'prompt-text' }, p.text),
          h('span', { class: 'meta' }, hatBadge(content, p.hat), h('span', { class: `badge asks-${p.asks}` }, labelOf(t.asks, p.asks)))))));
  });
  return h('div', {}, h('h2', {}, s.designPrompts), ...groups);
}

function prepSection(content: PanelContent, s: UiStrings): HTMLElement {
  const t = content.taxonomy;
  const checklist = content.checklists.find((c) => c.for === 'one-on-one');
  if (!checklist) return h('p', {}, s.noContent);
  const byMoment = (['before', 'during', 'after'] as const).map((when) => {
    const items = checklist.items.filter((i: ChecklistItem) => i.when === when);
    const label = labelOf(t.moments, when);
    return items.length === 0 ? undefined : h('section', { class: 'group' },
      h('h3', {}, label),
      h('ul', { class: 'checklist', 'aria-label': label }, ...items.map((i) =>
        h('li', { class: 'item', 'data-id': i.id }, h('span', { class: 'prompt-text' }, i.text), h('span', { class: 'meta' }, hatBadge(content, i.hat))))));
  });
  return h('div', {}, h('h2', {}, checklist.title), ...byMoment.filter((x): x is HTMLElement => x !== undefined));
}

function hatSection(content: PanelContent, s: UiStrings): HTMLElement {
  return h('div', {}, h('p', { class: 'summary' }, s.situationsSoon), h('ul', { class: 'prompts' },
    ...content.situations.map((sit) => h('li', { class: 'prompt' }, h('span', { class: 'prompt-text' }, sit.title), h('span', { class: 'meta' }, hatBadge(content, sit.hat))))));
}

function render(content: PanelContent, s: UiStrings): void {
  const tabs: [Tab, string, string][] = [['prep', s.tabPrep, 'person'], ['design', s.tabDesign, 'comment-discussion'], ['hat', s.tabHat, 'question']];
  const tablist = h('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Two Hats' });
  const panels = h('div', { class: 'panels' });
  for (const [id, label, iconName] of tabs) {
    const selected = id === state.tab;
    const tab = h('button', {
      role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}`, 'aria-selected': String(selected), tabindex: selected ? '0' : '-1', class: 'tab',
    }, icon(iconName), h('span', {}, label));
    tab.addEventListener('click', () => select(id));
    tablist.append(tab);
    const body = id === 'prep' ? prepSection(content, s) : id === 'design' ? designSection(content, s) : hatSection(content, s);
    panels.append(h('section', { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, hidden: selected ? undefined : '', tabindex: '0' }, body));
  }
  tablist.addEventListener('keydown', (e) => {
    const order = tabs.map(([id]) => id);
    const i = order.indexOf(state.tab);
    const next = e.key === 'ArrowRight' ? order[(i + 1) % order.length] : e.key === 'ArrowLeft' ? order[(i + order.length - 1) % order.length]
      : e.key === 'Home' ? order[0] : e.key === 'End' ? order[order.length - 1] : undefined;
    if (next) { e.preventDefault(); select(next); document.getElementById(`tab-${next}`)?.focus(); }
  });
  app.replaceChildren(tablist, panels);
  app.removeAttribute('aria-busy');
}

function select(tab: Tab): void {
  state = { ...state, tab };
  vscode.setState(state);
  for (const el of document.querySelectorAll<HTMLElement>('[role=tab]')) {
    const on = el.id === `tab-${tab}`;
    el.setAttribute('aria-selected', String(on));
    el.tabIndex = on ? 0 : -1;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[role=tabpanel]')) el.hidden = el.id !== `panel-${tab}`;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseMessage(toWebviewSchema, event.data);
  if (!message) {
    console.warn('Two Hats: dropped a malformed message from the extension');
    return;
  }
  if (message.type === 'init') render(message.content, message.strings);
});

vscode.postMessage({ type: 'ready' });
