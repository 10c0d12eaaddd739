/**
 * Text shown inside rendered markdown (completion documentation, hovers) as the literal text it
 * is: every character markdown reads is backslash-escaped and `<`, `>`, `&` become entities, so
 * a pack's `![x](https://host/p.png)` cannot load a remote image and `[x](command:…)` is no link.
 */
import { visibleText } from '../visibleText';

const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()#+\-.!|~:"'<>&]/g;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

export function escapeMarkdown(text: string): string {
  return visibleText(text).replace(MARKDOWN_SIGNIFICANT, (ch) => ENTITIES[ch] ?? `\\${ch}`);
}

/**
 * Text for a quick pick label, description or detail, shown as written: VS Code reads
 * `$(name)` there as an icon, so `$(` is escaped with a backslash (the only escape labels have).
 */
export function quickPickText(text: string): string {
  return visibleText(text).split('$(').join('\\$(');
}
