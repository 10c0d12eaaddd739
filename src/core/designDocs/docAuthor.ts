/**
 * Who wrote a design doc: front matter `author` (or `authors`: a value, a `[a, b]` flow list or a
 * block list), else the first `Author:` line outside code (`Author: Ana`, `**Authors:** Ana, Bo`,
 * `- Author: Ana · Status: draft`; the value ends at ` · `, ` | ` or `;`). Pure and linear.
 */
import { frontMatterField, frontMatterSpan, scanMarkdown, splitLines } from '../markdown/markdownScan';
import { lineTextStart } from '../markdown/promptUse';

function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

/** A front matter list or value as one line: `[Ana, "Bo"]` → `Ana, Bo`. */
function frontMatterAuthor(lines: readonly string[]): string | undefined {
  const span = frontMatterSpan(lines);
  if (!span?.closed) return undefined;
  for (const key of ['author', 'authors']) {
    const value = frontMatterField(lines, key);
    if (value === undefined) continue;
    if (value.startsWith('[') && value.endsWith(']')) return value.slice(1, -1).split(',').map(unquote).filter(Boolean).join(', ') || undefined;
    if (value !== '') return value;
    // A block list right under the key.
    const at = lines.findIndex((l, i) => i > 0 && i < span.end && l.startsWith(key) && l.slice(key.length).trimStart().startsWith(':'));
    const names: string[] = [];
    for (let i = at + 1; i < span.end; i++) {
      const item = lines[i]!.trimStart();
      if (!item.startsWith('- ')) break;
      names.push(unquote(item.slice(2)));
    }
    if (names.length > 0) return names.join(', ');
  }
  return undefined;
}

const ENDS = [' · ', ' | ', ';'];

/** The value of an `Author:` line (see the module comment), else undefined. */
export function authorLineValue(line: string): string | undefined {
  let at = lineTextStart(line);
  const lower = line.slice(at, at + 8).toLowerCase();
  if (!lower.startsWith('author')) return undefined;
  at += lower.startsWith('authors') ? 7 : 6;
  while (line[at] === '*' || line[at] === '_') at++;
  while (line[at] === ' ' || line[at] === '\t') at++;
  if (line[at] !== ':') return undefined;
  at++;
  while (line[at] === '*' || line[at] === '_' || line[at] === ' ' || line[at] === '\t') at++;
  let end = line.length;
  for (const sep of ENDS) {
    const i = line.indexOf(sep, at);
    if (i >= 0 && i < end) end = i;
  }
  let value = line.slice(at, end).trim();
  while (value.endsWith('*') || value.endsWith('_')) value = value.slice(0, -1).trimEnd();
  return value || undefined;
}

export function docAuthor(text: string): string | undefined {
  const lines = splitLines(text);
  const fromFrontMatter = frontMatterAuthor(lines);
  if (fromFrontMatter) return fromFrontMatter;
  for (const scanned of scanMarkdown(lines)) {
    if (scanned.kind !== 'text') continue;
    const value = authorLineValue(scanned.text);
    if (value) return value;
  }
  return undefined;
}
