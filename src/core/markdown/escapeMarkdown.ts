/**
 * Text shown inside rendered markdown (completion documentation, hovers) as the literal text it
 * is: every character markdown reads is backslash-escaped and `<`, `>`, `&` become entities, so
 * a pack's `![x](https://host/p.png)` cannot load a remote image and `[x](command:…)` is no link.
 */
const MARKDOWN_PUNCTUATION = new Set('\\`*_{}[]()#+-.!|~:"\''.split(''));

export function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '&') out += '&amp;';
    else if (MARKDOWN_PUNCTUATION.has(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/**
 * Text for a quick pick label, description or detail, shown as written: VS Code reads
 * `$(name)` there as an icon, so `$(` is escaped with a backslash (the only escape labels have).
 */
export function quickPickText(text: string): string {
  return text.split('$(').join('\\$(');
}
