/**
 * The one scanner for what a markdown line is: YAML front matter, fenced code, or ordinary
 * markdown (and whether it starts a list item). Task items, carry-over, completions, coverage
 * and front-matter splitting all read notes through it, so they agree on where code starts.
 * Pure and linear: each line is read once, by hand (no regular expression on user text).
 *
 * Rules (a close reading of CommonMark for line-based use, not a full parser):
 * - Front matter: the first line (after an optional BOM) is `---`, closed by a later `---` or
 *   `...` line (trailing spaces or tabs allowed). Unclosed, it is reported as such and the
 *   caller decides (completions treat it as being typed; notes read it as body).
 * - Fences: 3+ backticks or tildes, indented at most 3 columns beyond the content column of the
 *   enclosing list item (0 outside lists), also right after list markers (`- ```js`). A backtick
 *   fence's info string may not hold a backtick. Closed by a line of only the same character, at
 *   least as many, indented at most 3 beyond the same base. Unclosed, a fence runs to the end.
 */

/** A line source: an array of lines or an accessor with a line count. */
export type Lines = readonly string[] | { readonly count: number; at(line: number): string };

export type LineKind = 'frontMatter' | 'code' | 'text';

export interface ScannedLine {
  /** 0-based line number. */
  readonly line: number;
  readonly text: string;
  /** Front matter (fences included), fenced code (fence lines included), or ordinary markdown. */
  readonly kind: LineKind;
  /** Column of the first non-blank character (a tab advances to the next multiple of 4); the line's length when blank. */
  readonly indent: number;
  /** For a `text` line that starts a list item: where its content starts (string offset). */
  readonly listContent?: number;
  /** For a list-item line: the lines of the list items it is nested in, nearest first. */
  readonly ancestors?: readonly number[];
}

/** Where front matter ends: the closing fence line, or undefined when there is none. */
export interface FrontMatterSpan {
  /** Line of the closing `---`/`...`; with `closed` false, the last line of the text. */
  readonly end: number;
  readonly closed: boolean;
}

function count(lines: Lines): number {
  return 'count' in lines ? lines.count : (lines as readonly string[]).length;
}

function lineAt(lines: Lines, i: number): string {
  return 'count' in lines ? lines.at(i) : ((lines as readonly string[])[i] ?? '');
}

/** Splits text into lines at CRLF, CR or LF, by hand. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push(text.slice(start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** True when `text` is `marker` repeated (`---`), then only spaces or tabs. */
function isDelimiter(text: string, from: number, marker: string): boolean {
  if (!text.startsWith(marker, from)) return false;
  for (let i = from + marker.length; i < text.length; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** Front matter of `lines`: opened by `---` on the first line, closed by a later `---` or `...`. */
export function frontMatterSpan(lines: Lines): FrontMatterSpan | undefined {
  const n = count(lines);
  if (n < 1) return undefined;
  const first = lineAt(lines, 0);
  if (!isDelimiter(first, first.charCodeAt(0) === 0xfeff ? 1 : 0, '---')) return undefined;
  for (let i = 1; i < n; i++) {
    const text = lineAt(lines, i);
    if (isDelimiter(text, 0, '---') || isDelimiter(text, 0, '...')) return { end: i, closed: true };
  }
  return { end: n - 1, closed: false };
}

/** Leading blank columns and where the first non-blank character is. */
function leading(text: string, from = 0, startColumn = 0): { column: number; at: number } {
  let column = startColumn;
  let at = from;
  for (; at < text.length; at++) {
    const c = text[at];
    if (c === ' ') column++;
    else if (c === '\t') column += 4 - (column % 4);
    else break;
  }
  return { column, at };
}

/** End offset of a list marker at `at` (`-`, `*`, `+`, `1.`, `1)`) followed by a blank or the line end, else -1. */
function listMarkerEnd(text: string, at: number): number {
  const c = text[at];
  let end = -1;
  if (c === '-' || c === '*' || c === '+') end = at + 1;
  else {
    let i = at;
    while (i < text.length && i - at < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i > at && (text[i] === '.' || text[i] === ')')) end = i + 1;
  }
  if (end < 0) return -1;
  return end === text.length || text[end] === ' ' || text[end] === '\t' ? end : -1;
}

interface Fence {
  readonly char: string;
  readonly length: number;
  readonly base: number;
}

/** A fence run (3+ of one of ` or ~) at `at`: its character and length, else undefined. */
function fenceRun(text: string, at: number): { char: string; length: number } | undefined {
  const char = text[at];
  if (char !== '`' && char !== '~') return undefined;
  let end = at;
  while (end < text.length && text[end] === char) end++;
  if (end - at < 3) return undefined;
  if (char === '`' && text.indexOf('`', end) >= 0) return undefined;
  return { char, length: end - at };
}

function closesFence(text: string, fence: Fence): boolean {
  const { column, at } = leading(text);
  if (column - fence.base > 3) return false;
  let end = at;
  while (end < text.length && text[end] === fence.char) end++;
  if (end - at < fence.length) return false;
  for (let i = end; i < text.length; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/**
 * Every line of `lines` with its kind, in order. `unclosedFrontMatter` says how to read a first
 * `---` that is never closed: as front matter (being typed) or as ordinary text (default).
 */
export function* scanMarkdown(lines: Lines, options: { unclosedFrontMatter?: 'frontMatter' | 'text' } = {}): Generator<ScannedLine> {
  const n = count(lines);
  const fm = frontMatterSpan(lines);
  let i = 0;
  if (fm && (fm.closed || options.unclosedFrontMatter === 'frontMatter')) {
    for (; i <= fm.end; i++) yield { line: i, text: lineAt(lines, i), kind: 'frontMatter', indent: 0 };
  }
  // Open list items around the current line: their marker column and content column.
  const open: { indent: number; content: number; line: number }[] = [];
  let fence: Fence | undefined;
  for (; i < n; i++) {
    const text = lineAt(lines, i);
    const { column: indent, at } = leading(text);
    if (fence) {
      if (closesFence(text, fence)) fence = undefined;
      yield { line: i, text, kind: 'code', indent };
      continue;
    }
    if (at === text.length) {
      yield { line: i, text, kind: 'text', indent };
      continue;
    }
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) open.pop();

    // Skip list markers (`- `, `1. `, nested `- - `) to find a fence opened right after them.
    let markerEnd = listMarkerEnd(text, at);
    let cursor = { column: indent, at };
    let firstContent = -1;
    while (markerEnd >= 0) {
      const next = leading(text, markerEnd, cursor.column + (markerEnd - cursor.at));
      if (firstContent < 0) firstContent = next.at;
      cursor = next;
      markerEnd = cursor.at < text.length ? listMarkerEnd(text, cursor.at) : -1;
    }
    const run = fenceRun(text, cursor.at);
    if (run) {
      // After a marker the fence is the item's content; otherwise it may sit up to 3 columns into the enclosing item.
      const container = firstContent >= 0 ? cursor.column : open.length > 0 ? open[open.length - 1]!.content : 0;
      if (cursor.column - container <= 3) {
        fence = { ...run, base: container };
        yield { line: i, text, kind: 'code', indent };
        continue;
      }
    }
    if (firstContent >= 0) {
      const ancestors = open.map((o) => o.line).reverse();
      // The item's content column: past the marker and one blank (enough to place a nested fence).
      open.push({ indent, content: indent + (listMarkerEnd(text, at) - at) + 1, line: i });
      yield { line: i, text, kind: 'text', indent, listContent: firstContent, ancestors };
      continue;
    }
    yield { line: i, text, kind: 'text', indent };
  }
}

/**
 * True when `line` is inside front matter (being typed counts) or fenced code, fence lines
 * included. Reads lines 0..`line` once.
 */
export function isInCodeOrFrontMatter(lines: Lines, line: number): boolean {
  if (line < 0) return false;
  const upTo: Lines = { count: Math.min(line + 1, count(lines)), at: (i) => lineAt(lines, i) };
  let kind: LineKind = 'text';
  for (const scanned of scanMarkdown(upTo, { unclosedFrontMatter: 'frontMatter' })) kind = scanned.kind;
  return kind !== 'text';
}

/**
 * The plain value of a top-level `key: value` line in closed front matter, without YAML (for a
 * quick look such as `kind`; notes are read with the YAML parser in notes/frontMatter.ts).
 * Quotes around the value are removed; anything else is left as written.
 */
export function frontMatterField(lines: Lines, key: string): string | undefined {
  const span = frontMatterSpan(lines);
  if (!span?.closed) return undefined;
  for (let i = 1; i < span.end; i++) {
    const text = lineAt(lines, i);
    if (!text.startsWith(key)) continue;
    const rest = text.slice(key.length);
    const colon = leading(rest).at;
    if (rest[colon] !== ':') continue;
    const value = rest.slice(colon + 1).trim();
    const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0];
    return quoted ? value.slice(1, -1) : value;
  }
  return undefined;
}
