/**
 * Sections of a markdown note: each heading with the lines it spans, to the next heading of the
 * same or a higher level (fewer `#`), as VS Code's outline and folding read them. Headings come
 * from the one scanner (markdownScan.ts), so a `#` line in front matter, code or HTML is never one.
 */
import { headings, splitLines, type Heading, type Lines } from './markdownScan';

export interface Section {
  readonly heading: Heading;
  /** 0-based line after the heading (after a setext heading's underline). */
  readonly bodyStart: number;
  /** 0-based line where the section ends (exclusive): the next heading of the same or a higher level, or the line count. */
  readonly end: number;
}

/** Every section of `text` (one per heading), in order, each ending at the next heading of the same or a higher level. */
export function sections(text: string | Lines): Section[] {
  const lines = typeof text === 'string' ? splitLines(text) : text;
  const count = 'count' in lines ? lines.count : (lines as readonly string[]).length;
  const all = headings(typeof text === 'string' ? text : lines);
  const ends = all.map(() => count);
  const open: number[] = [];
  all.forEach((heading, i) => {
    while (open.length > 0 && all[open[open.length - 1]!]!.level >= heading.level) ends[open.pop()!] = heading.line;
    open.push(i);
  });
  return all.map((heading, i) => ({ heading, bodyStart: heading.lastLine + 1, end: ends[i]! }));
}

/** Whether a heading's text names `name`: case and a trailing colon ignored (`Next 1:1`, `next 1:1:`). */
export function headingIs(heading: { readonly text: string }, name: string): boolean {
  const text = heading.text.endsWith(':') ? heading.text.slice(0, -1).trimEnd() : heading.text;
  return text.toLowerCase() === name.toLowerCase();
}

/** A span of lines: `line` inclusive, `end` exclusive. */
export interface LineSpan {
  readonly line: number;
  readonly end: number;
}

/**
 * A membership test for lines inside any of `spans`, which must be sorted and disjoint: a binary
 * search, so testing every line of a note stays n log n.
 */
export function inSpans(spans: readonly LineSpan[]): (line: number) => boolean {
  return (line) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = spans[mid]!;
      if (line < r.line) hi = mid - 1;
      else if (line >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
