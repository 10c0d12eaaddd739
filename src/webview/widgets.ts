/** Small accessible controls shared by the panel's sections. */
import type { Hat } from '../core/content/schema';
import { labelOf } from '../core/content/contentSet';
import { h, icon } from './dom';
import { model } from './model';

const HAT_ICON: Record<Hat, string> = { lead: 'compass', manage: 'checklist', both: 'layers' };

export function hatBadge(hat: Hat): HTMLElement {
  const t = model.content?.taxonomy;
  return h('span', { class: `badge hat-${hat}`, title: t?.hats?.find((x) => x.id === hat)?.summary }, icon(HAT_ICON[hat]), labelOf(t?.hats, hat));
}

/** A prompt's text, with its optional follow-up question under it. */
export function promptText(prompt: { readonly text: string; readonly followUp?: string }): HTMLElement {
  return h('span', { class: 'prompt-text' }, prompt.text, prompt.followUp ? h('span', { class: 'follow-up' }, prompt.followUp) : undefined);
}

export function asksBadge(asks: 'why' | 'how'): HTMLElement {
  return h('span', { class: `badge asks-${asks}` }, labelOf(model.content?.taxonomy.asks, asks));
}

export function iconButton(iconName: string, label: string, onClick: () => void, key: string): HTMLButtonElement {
  const b = h('button', { class: 'icon-button', 'aria-label': label, title: label, type: 'button', 'data-key': key }, icon(iconName));
  b.addEventListener('click', onClick);
  return b;
}

export function button(label: string, onClick: () => void, key: string, opts: { primary?: boolean; iconName?: string; wide?: boolean } = {}): HTMLButtonElement {
  const cls = ['button', opts.primary ? 'primary' : '', opts.wide ? 'wide' : ''].filter(Boolean).join(' ');
  const b = h('button', { class: cls, type: 'button', 'data-key': key }, opts.iconName ? icon(opts.iconName) : undefined, label);
  b.addEventListener('click', onClick);
  return b;
}

export function select<T extends string>(label: string, value: T | undefined, options: [T | '', string][], onChange: (v: T | undefined) => void, key: string): HTMLSelectElement {
  const el = h('select', { 'aria-label': label, title: label, 'data-key': key },
    ...options.map(([v, text]) => h('option', { value: v, selected: v === (value ?? '') ? '' : undefined }, text)));
  el.addEventListener('change', () => onChange((el.value || undefined) as T | undefined));
  return el;
}

export function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void, key: string): HTMLLabelElement {
  const input = h('input', { type: 'checkbox', 'data-key': key, checked: checked ? '' : undefined });
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { class: 'check' }, input, h('span', { class: 'prompt-text' }, label));
}

/** A <details> section that remembers being opened or closed across re-renders. */
export function collapsible(key: string, opts: { open: boolean; class?: string }, summary: HTMLElement, ...children: (Node | undefined | false)[]): HTMLDetailsElement {
  const open = model.expanded.get(key) ?? opts.open;
  const el = h('details', { class: opts.class ? `group ${opts.class}` : 'group', 'data-group': key, open: open ? '' : undefined }, summary, ...children);
  el.addEventListener('toggle', () => model.expanded.set(key, el.open));
  return el;
}

export function section(title: string, ...children: (Node | undefined | false)[]): HTMLElement {
  return h('section', { class: 'group', 'aria-label': title }, h('h3', {}, title), ...children);
}
