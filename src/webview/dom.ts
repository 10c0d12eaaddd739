/** Tiny DOM builder: every string goes in as text, never as HTML, with hidden controls made visible. */
import { visibleText } from '../core/visibleText';

type Child = Node | string | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) {
    if (child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(visibleText(child)) : child);
  }
  return el;
}

/** A codicon, hidden from screen readers (the text next to it carries the meaning). */
export function icon(name: string): HTMLElement {
  return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element for the charts; strings go in as text, as with `h`. */
export function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(typeof child === 'string' ? document.createTextNode(visibleText(child)) : child);
  return el;
}
