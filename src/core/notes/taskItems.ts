/**
 * Finds GitHub task-list items (`- [ ]`, `* [x]`, `1. [ ]`…) in a markdown note. Pure, line based
 * and linear: front matter and fenced code are skipped as the one markdown scanner reads them
 * (markdownScan.ts). Tasks inside an indented code block or a block quote are not told apart
 * from (or, for quotes, not seen as) list items.
 */
import { scanMarkdown, splitLines } from '../markdown/markdownScan';

/** A task-list item of a note. */
export interface TaskItem {
  /** Text after the checkbox, trimmed, with its lazy continuation lines joined by one space; never empty. */
  readonly text: string;
  /** Column of the list marker; a tab advances to the next multiple of 4. */
  readonly indent: number;
  /** 0-based line of the item in the whole note, front matter included (lines split at CRLF, CR or LF). */
  readonly line: number;
  /** `[x]` or `[X]`; anything else in the brackets is not a task. */
  readonly checked: boolean;
  /** Lines of the list items (tasks or plain) this item is nested in, nearest first. */
  readonly ancestors: readonly number[];
}

interface Draft {
  text: string;
  readonly indent: number;
  readonly line: number;
  readonly checked: boolean;
  readonly ancestors: readonly number[];
}

/** `[ ]`, `[x]` or `[X]` at `at`, then a blank or the line end: whether it is checked; else undefined. */
function checkbox(text: string, at: number): boolean | undefined {
  if (text[at] !== '[' || text[at + 2] !== ']') return undefined;
  const mark = text[at + 1];
  if (mark !== ' ' && mark !== 'x' && mark !== 'X') return undefined;
  const after = text[at + 3];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  return mark !== ' ';
}

/** Every task item of `markdown` outside front matter and fenced code, in document order. */
export function taskItems(markdown: string): TaskItem[] {
  const drafts: Draft[] = [];
  let continuing: Draft | undefined;
  for (const line of scanMarkdown(splitLines(markdown))) {
    if (line.kind !== 'text') {
      continuing = undefined;
      continue;
    }
    if (line.indent === line.text.length || line.text.trim() === '') {
      continuing = undefined;
      continue;
    }
    if (line.listContent === undefined) {
      // A lazy continuation line of the task above, indented past its marker.
      if (continuing && line.indent > continuing.indent) continuing.text = `${continuing.text} ${line.text.trim()}`.trim();
      else continuing = undefined;
      continue;
    }
    continuing = undefined;
    const checked = checkbox(line.text, line.listContent);
    if (checked === undefined) continue;
    const draft: Draft = { text: line.text.slice(line.listContent + 3).trim(), indent: line.indent, line: line.line, checked, ancestors: line.ancestors ?? [] };
    drafts.push(draft);
    continuing = draft;
  }
  return drafts.filter((d) => d.text !== '');
}
