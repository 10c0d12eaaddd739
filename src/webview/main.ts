/**
 * The panel webview: validates host messages, renders as text, keeps UI state. The first screen
 * comes in the page itself (a data block the host wrote, validated like any message), so the prep
 * tab paints with the first frame; the other tabs' code loads after it.
 */
import { parseMessage, toWebviewSchema } from '../core/panel/protocol';
import { TABS, type Tab } from '../core/panel/uiState';
import { h, icon } from './dom';
import { adoptUi, changed, model, onChange, post, restoredUi, s, setUi } from './model';
import { prepView } from './prepView';

/** The views of the other tabs, once their code has loaded. */
const later: Partial<Record<Exclude<Tab, 'prep'>, () => HTMLElement>> = {};

/** Loads the other tabs' code (once), and shows the tab that waited for it. */
function loadOtherTabs(): void {
  void import('./designView').then((m) => { later.design = m.designView; if (model.ui.tab === 'design') render(); });
  void import('./hatView').then((m) => { later.hat = m.hatView; if (model.ui.tab === 'hat') render(); });
}

const app = document.getElementById('app') as HTMLElement;
const TAB_ICONS: Record<Tab, string> = { prep: 'person', design: 'comment-discussion', hat: 'question' };

function tabLabel(tab: Tab): string {
  return tab === 'prep' ? s('tabPrep') : tab === 'design' ? s('tabDesign') : s('tabHat');
}

function tabs(): HTMLElement {
  const list = h('div', { role: 'tablist', class: 'tabs', 'aria-label': s('sections') }, ...TABS.map((tab) => {
    const selected = tab === model.ui.tab;
    const b = h('button', { role: 'tab', id: `tab-${tab}`, 'data-key': `tab-${tab}`, 'aria-controls': 'tabpanel', 'aria-selected': String(selected), tabindex: selected ? '0' : '-1', class: 'tab' },
      icon(TAB_ICONS[tab]), h('span', {}, tabLabel(tab)));
    b.addEventListener('click', () => setUi({ tab }));
    return b;
  }));
  list.addEventListener('keydown', (e) => {
    const i = TABS.indexOf(model.ui.tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length]
      : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setUi({ tab: next });
    document.querySelector<HTMLElement>(`[data-key="tab-${next}"]`)?.focus();
  });
  return list;
}

/**
 * Re-renders everything, keeping focus (by data-key), caret, scroll and anything typed in a text
 * field that is not saved in the model yet (a refresh from the host must never eat a draft).
 */
function render(): void {
  if (!model.content) return;
  const active = document.activeElement as HTMLElement | null;
  const key = active?.getAttribute('data-key');
  const caret = active instanceof HTMLInputElement && (active.type === 'search' || active.type === 'text') ? active.selectionStart : null;
  const drafts = new Map<string, string>();
  for (const el of document.querySelectorAll<HTMLInputElement>('input[type="text"][data-key]')) if (el.value) drafts.set(el.getAttribute('data-key')!, el.value);
  const scroll = window.scrollY;
  const tab = model.ui.tab;
  const body = tab === 'prep' ? prepView() : later[tab]?.() ?? h('p', { class: 'muted', role: 'status' }, s('loading'));
  app.replaceChildren(tabs(), h('section', { role: 'tabpanel', id: 'tabpanel', 'aria-labelledby': `tab-${model.ui.tab}` }, body));
  app.removeAttribute('aria-busy');
  for (const [draftKey, value] of drafts) {
    const el = document.querySelector<HTMLInputElement>(`input[type="text"][data-key="${CSS.escape(draftKey)}"]`);
    if (el && !el.value) el.value = value;
  }
  if (key) {
    const el = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    el?.focus();
    if (el instanceof HTMLInputElement && caret !== null) el.setSelectionRange(caret, caret);
  }
  window.scrollTo(0, scroll);
}

onChange(render);

/** Takes one message from the host (or the first screen), if it is valid. */
function receive(data: unknown): void {
  const message = parseMessage(toWebviewSchema, data);
  if (!message) {
    console.warn('Two Hats: dropped a malformed message from the extension');
    return;
  }
  switch (message.type) {
    case 'init':
      model.content = message.content;
      model.strings = message.strings;
      // The host chose between its saved copy and the one this page sent with `ready`.
      adoptUi(message.ui);
      break;
    case 'people':
      model.people = message.people;
      model.allOpenItems = message.openItems;
      model.problems = message.problems;
      break;
    case 'prep':
      model.prep = message;
      // The host picks the person (the first one, or one just added): follow it.
      if (message.person !== model.ui.person) adoptUi({ ...model.ui, person: message.person });
      break;
    case 'review':
      model.review = message;
      break;
    case 'hatBalance':
      model.hatBalance = message;
      break;
    case 'reflections':
      model.reflections = message;
      break;
    case 'prepMemory':
      model.memory = message;
      break;
    case 'commitments':
      model.commitments = message;
      break;
    case 'goals':
      model.goals = message;
      break;
    case 'evidenceMonths':
      model.evidence = message;
      break;
  }
  changed();
}

window.addEventListener('message', (event: MessageEvent<unknown>) => receive(event.data));

// The first screen the host wrote into the page, painted before anything is asked of it.
const first = document.getElementById('first-screen')?.textContent;
if (first) {
  try {
    const messages: unknown = JSON.parse(first);
    if (Array.isArray(messages)) for (const m of messages) receive(m);
  } catch {
    console.warn('Two Hats: the first screen in the page could not be read; waiting for the host');
  }
}
post({ type: 'ready', ui: restoredUi });
// Once the first screen is up, the other tabs' code.
requestAnimationFrame(() => setTimeout(loadOtherTabs, 0));
