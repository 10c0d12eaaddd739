/**
 * Finds GitHub task-list items (`- [ ]`, `* [x]`, `1. [ ]`…) in a markdown note. Pure, line based:
 * a close reading of CommonMark lists and fences, not a full parser. Front matter and fenced code
 * (``` or ~~~, at any indentation, closed only by a fence of the same character at least as long;
 * an unclosed fence runs to the end) are skipped. Tasks inside an indented code block or a block
 * quote are not told apart from (or, for quotes, not seen as) list items.
 */
import { splitFrontMatter } from './frontMatter';

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

const TASK = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
// A fence may also open right after a list marker (`- ```js`).
const FENCE_OPEN = /^([ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*)(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;

interface Fence {
  readonly char: string;
  readonly length: number;
}

interface Draft {
  text: string;
  readonly indent: number;
  readonly line: number;
  readonly checked: boolean;
  readonly ancestors: readonly number[];
}

/** Every task item of `markdown` outside front matter and fenced code, in document order. */
export function taskItems(markdown: string): TaskItem[] {
  const lines = markdown.split(/\r\n|\r|\n/);
  const drafts: Draft[] = [];
  // Open list items enclosing the current line, outermost first.
  const open: { indent: number; line: number }[] = [];
  let fence: Fence | undefined;
  let continuing: Draft | undefined;

  for (let i = splitFrontMatter(markdown).bodyStartLine; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (line.trim() === '') {
      continuing = undefined;
      continue;
    }
    const indent = columnOf(line);
    const isListItem = LIST_ITEM.test(line);
    if (continuing && !isListItem && indent > continuing.indent && !FENCE_OPEN.test(line)) {
      continuing.text = `${continuing.text} ${line.trim()}`.trim();
      continue;
    }
    continuing = undefined;
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) open.pop();

    const opener = FENCE_OPEN.exec(line);
    // A backtick fence's info string may not hold a backtick (CommonMark), or "```js```" would open one.
    if (opener && !(opener[2]![0] === '`' && opener[3]!.includes('`'))) {
      fence = { char: opener[2]![0]!, length: opener[2]!.length };
      continue;
    }
    if (!isListItem) continue;

    const task = TASK.exec(line);
    if (task) {
      const draft: Draft = {
        text: (task[3] ?? '').trim(), indent, line: i, checked: task[2] !== ' ',
        ancestors: open.map((o) => o.line).reverse(),
      };
      drafts.push(draft);
      continuing = draft;
    }
    open.push({ indent, line: i });
  }
  return drafts.filter((d) => d.text !== '');
}

function columnOf(line: string): number {
  let column = 0;
  for (const ch of line) {
    if (ch === ' ') column++;
    else if (ch === '\t') column += 4 - (column % 4);
    else break;
  }
  return column;
}
