/**
 * Where a character of a task item's text sits in its note. markdown-it gives an item's text as
 * its first paragraph's lines, each trimmed, joined by one space (markdownScan.ts): each piece is
 * the end of its source line, so walking the lines from the item's marker finds every piece and
 * its column. A piece that does not match (a container markdown-it stripped in a way this walk
 * does not follow) stops the walk; what follows is placed at the last piece found, never thrown.
 * Linear in the item's lines.
 */
import type { ListItem } from '../markdown/markdownScan';

/** A 0-based line and a 0-based column in UTF-16 code units, as VS Code counts them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Characters that can stand before a task's checkbox on its line: blanks, quote marks and list markers. */
const BEFORE_CHECKBOX = ' \t>-*+.)0123456789';

/** The column after `[ ]`/`[x]` on a task item's first line, or -1 when it cannot be found. */
export function checkboxEnd(line: string): number {
  let i = 0;
  while (i < line.length && BEFORE_CHECKBOX.includes(line[i]!)) i++;
  if (line[i] !== '[' || line[i + 2] !== ']' || !' xX'.includes(line[i + 1] ?? '_')) return -1;
  return i + 3;
}

/** Past blanks and block-quote marks at the start of a continuation line. */
function afterQuoteMarks(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '>')) i++;
  return i;
}

/** Offsets of `item.text` to positions in `lines` (the note's lines, as readMarkdown split them). */
export function itemTextPositions(lines: readonly string[], item: Pick<ListItem, 'line' | 'end' | 'text'>): (offset: number) => Position {
  const pieces: { offset: number; line: number; column: number }[] = [];
  const text = item.text;
  const box = checkboxEnd(lines[item.line] ?? '');
  let offset = 0;
  for (let l = item.line; box >= 0 && l < item.end && offset < text.length; l++) {
    const raw = lines[l] ?? '';
    const from = l === item.line ? box : afterQuoteMarks(raw);
    const rest = raw.slice(from);
    const piece = rest.trim();
    if (piece === '') continue;
    if (!text.startsWith(piece, offset)) break;
    pieces.push({ offset, line: l, column: from + rest.length - rest.trimStart().length });
    offset += piece.length + 1;
  }
  return (at) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.offset <= at) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo];
    return piece ? { line: piece.line, column: piece.column + Math.max(0, at - piece.offset) } : { line: item.line, column: 0 };
  };
}
