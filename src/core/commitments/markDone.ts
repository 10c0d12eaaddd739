/**
 * Mark Done: the one replacement on a task item's first line that ticks its box and records the
 * day, `- [ ] Send the RFC @me` → `- [x] Send the RFC @me ✅ 2026-11-20`. The done date goes after
 * the words and before a carry-over origin suffix, so the suffix stays last on the line where
 * carry-over writes it (parseOrigin reads it anywhere, but the lead's eye expects it at the end).
 * A line that already has a real `✅` date keeps it and is only ticked. Undo is the host's
 * (one WorkspaceEdit). Linear in the line.
 */
import { isIsoDate } from '../dates';
import { readMarkdown } from '../markdown/markdownScan';
import { originSuffix, parseOrigin } from '../notes/carryOver';
import { checkboxEnd } from './itemPositions';
import { itemTokens } from './itemTokens';

/** A replacement of the columns `start`..`end` (UTF-16, end exclusive) of one line by `text`. */
export interface LineEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Past blanks and quote marks: a nested or quoted item reads, on its own, as a top-level one. */
function containerEnd(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '>')) i++;
  return i;
}

/** The edit that marks the open task item on `lineText` done on `today`; undefined when the line is no open task item with words. */
export function markDoneEdit(lineText: string, today: string): LineEdit | undefined {
  if (!isIsoDate(today)) return undefined;
  const line = lineText.endsWith('\r') ? lineText.slice(0, -1) : lineText;
  // The one reader decides what a task item is; the innermost item on the line is the task (`- - [ ] x`).
  const items = readMarkdown(line.slice(containerEnd(line))).items.filter((i) => i.line === 0);
  const item = items[items.length - 1];
  if (item?.checked !== false || item.text === '') return undefined;
  const afterBox = checkboxEnd(line);
  if (afterBox < 0 || line[afterBox - 2] !== ' ') return undefined;
  const start = afterBox - 3;
  const words = line.slice(afterBox);
  const hasDoneDate = itemTokens(words).some((t) => t.kind === 'done' && isIsoDate(t.value));
  if (hasDoneDate) return { start, end: afterBox, text: '[x]' };
  const { origin } = parseOrigin(words);
  const suffixAt = origin ? words.indexOf(originSuffix(origin).slice(1)) : -1;
  // After the words: before the origin suffix when there is one, else before trailing blanks.
  const wordsEnd = (suffixAt >= 0 ? words.slice(0, suffixAt) : words).trimEnd().length;
  const end = afterBox + wordsEnd;
  return { start, end, text: `[x]${line.slice(afterBox, end)} ✅ ${today}` };
}
