/**
 * The one reader of markdown structure. Every feature asks it what a line is (front matter, code,
 * HTML or text), where the headings are, and which lines make a list item or a task item, so that
 * features agree with each other and with what VS Code's own preview shows: block structure comes
 * from markdown-it (the parser of VS Code's markdown preview, with its settings: the default preset
 * and HTML on), loaded lazily (esbuild.mjs) on the first note read. YAML front matter is ours: the
 * first line is `---` (after an optional BOM) and a later line is `---` or `...`, as VS Code's
 * front-matter plugin reads it; its lines are blank to markdown-it, so line numbers stay the same.
 *
 * Only block structure is parsed (inline parsing is off), which keeps the cost linear in the text:
 * a 200,000-character line and a 1 MB note are read in one pass (test/unit/hostile/linearTime).
 * What markdown-it reads as a heading is a heading wherever it stands (in a list item or a quote
 * too), as in VS Code's outline: a private heading can never hide in a container.
 */
import MarkdownItCallable, { type MarkdownIt } from 'markdown-it';

/** A line source: an array of lines or an accessor with a line count. */
export type Lines = readonly string[] | { readonly count: number; at(line: number): string };

/** Front matter, fenced or indented code (fence lines included), an HTML block, or ordinary markdown. */
export type LineKind = 'frontMatter' | 'code' | 'html' | 'text';

export interface ScannedLine {
  /** 0-based line number. */
  readonly line: number;
  readonly text: string;
  readonly kind: LineKind;
  /** Column of the first non-blank character (a tab advances to the next multiple of 4); the line's length when blank. */
  readonly indent: number;
}

/** Where front matter ends: the closing fence line, or the last line when it is not closed. */
export interface FrontMatterSpan {
  /** Line of the closing `---`/`...`; with `closed` false, the last line of the text. */
  readonly end: number;
  readonly closed: boolean;
}

/** A heading, ATX (`## Private`) or setext (a paragraph underlined with `===` or `---`). */
export interface Heading {
  /** 0-based first line (a setext heading's first text line). */
  readonly line: number;
  /** 0-based last line: `line` for `#` headings, the underline for setext ones. */
  readonly lastLine: number;
  /** 1 for `#` and `===`, 2 for `##` and `---`, up to 6. */
  readonly level: number;
  /** The heading's markdown source without its marks, trimmed, lines joined by one space. */
  readonly text: string;
}

/** A list item: its lines, where it nests, and its checkbox when it is a task (`- [ ]`, `* [x]`, `1. [X]`). */
export interface ListItem {
  /** 0-based line of its marker. */
  readonly line: number;
  /** 0-based line after its last line that is not blank (nested items and lazy continuation lines included). */
  readonly end: number;
  /** Leading blank columns of its first line (a tab advances to the next multiple of 4). */
  readonly indent: number;
  /** Lines of the list items it is nested in, nearest first. */
  readonly ancestors: readonly number[];
  /** Inside a block quote (at any depth). */
  readonly quoted: boolean;
  /** `[ ]` → false, `[x]`/`[X]` → true, followed by a blank; undefined when the item is no task. */
  readonly checked?: boolean;
  /**
   * The item's first paragraph when it starts on the marker's line, its lines (lazy continuation
   * lines too) joined by one space, trimmed; after the checkbox for a task. Empty otherwise.
   */
  readonly text: string;
}

/** A block of raw lines (code or HTML): a heading-like line inside it is not a heading. */
export interface RawBlock {
  readonly kind: 'fence' | 'indented' | 'html';
  /** 0-based first line and the line after its last. */
  readonly line: number;
  readonly end: number;
  /** A fence with its closing fence; indented code and HTML blocks are always closed. */
  readonly closed: boolean;
}

/** A note as markdown-it structures it. Every array is in document order. */
export interface MarkdownStructure {
  readonly lines: readonly string[];
  /** Closed front matter (or, when asked for, front matter still being typed). */
  readonly frontMatter?: FrontMatterSpan;
  readonly kinds: readonly LineKind[];
  readonly headings: readonly Heading[];
  readonly items: readonly ListItem[];
  readonly rawBlocks: readonly RawBlock[];
}

export interface ReadOptions {
  /** How to read a first `---` that is never closed: front matter being typed, or text (default). */
  readonly unclosedFrontMatter?: 'frontMatter' | 'text';
}

function count(lines: Lines): number {
  return 'count' in lines ? lines.count : (lines as readonly string[]).length;
}

function lineAt(lines: Lines, i: number): string {
  return 'count' in lines ? lines.at(i) : ((lines as readonly string[])[i] ?? '');
}

/** Splits text into lines at CRLF, CR or LF, by hand (as markdown-it normalizes them). */
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

/** Leading blank columns of `text` (tabs to the next multiple of 4); its length when blank. */
export function indentOf(text: string): number {
  let column = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === ' ') column++;
    else if (c === '\t') column += 4 - (column % 4);
    else return column;
  }
  return text.length;
}

let parser: MarkdownIt | undefined;

/** markdown-it as VS Code's preview sets it up, reading blocks only. */
function blockParser(): MarkdownIt {
  if (parser) return parser;
  const md = new MarkdownItCallable('default', { html: true });
  md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
  parser = md;
  return md;
}

/** `[ ]`, `[x]` or `[X]` at the start of `text`, then a blank or the end: whether it is checked. */
function checkboxOf(text: string): boolean | undefined {
  if (text[0] !== '[' || text[2] !== ']') return undefined;
  const mark = text[1];
  if (mark !== ' ' && mark !== 'x' && mark !== 'X') return undefined;
  const after = text[3];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  return mark !== ' ';
}

/** Lines of inline source joined by one space, each trimmed: by hand, linear. */
function oneLine(content: string): string {
  if (!content.includes('\n')) return content.trim();
  return content.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ');
}

/** Whether the last line of a fence (its map) closes it: only the fence's character, at least as many. */
function fenceClosed(lines: readonly string[], start: number, end: number, markup: string): boolean {
  if (end - start < 2) return false;
  const text = lines[end - 1] ?? '';
  let at = 0;
  // Past the quote and list markers a fence inside a container sits behind.
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '>')) at++;
  let run = 0;
  while (text[at + run] === markup[0]) run++;
  return run >= markup.length && isDelimiter(text, at + run, '');
}

const cache: { text: string; options: string; value: MarkdownStructure }[] = [];
const CACHE_SIZE = 4;

/**
 * The structure of a note. Parsed once per text: the last few texts are remembered, so the
 * features reading one note (carry-over, privacy, task items) share one parse.
 */
export function readMarkdown(source: string | Lines, options: ReadOptions = {}): MarkdownStructure {
  const text = typeof source === 'string' ? source : joinLines(source);
  const key = options.unclosedFrontMatter ?? 'text';
  const hit = cache.find((c) => c.text === text && c.options === key);
  if (hit) return hit.value;
  const value = parse(text, options);
  cache.unshift({ text, options: key, value });
  cache.length = Math.min(cache.length, CACHE_SIZE);
  return value;
}

function joinLines(lines: Lines): string {
  if (!('count' in lines)) return (lines as readonly string[]).join('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.count; i++) out.push(lines.at(i));
  return out.join('\n');
}

function parse(text: string, options: ReadOptions): MarkdownStructure {
  const lines = splitLines(text);
  const span = frontMatterSpan(lines);
  const frontMatter = span && (span.closed || options.unclosedFrontMatter === 'frontMatter') ? span : undefined;
  const kinds: LineKind[] = new Array<LineKind>(lines.length).fill('text');
  let body = text;
  if (frontMatter) {
    for (let i = 0; i <= frontMatter.end; i++) kinds[i] = 'frontMatter';
    // Front matter lines become blank, so markdown-it counts the same lines.
    body = '\n'.repeat(frontMatter.end + 1) + lines.slice(frontMatter.end + 1).join('\n');
  }
  const tokens = blockParser().parse(body, {});
  const headings: Heading[] = [];
  const items: ListItem[] = [];
  const rawBlocks: RawBlock[] = [];
  const open: { line: number; draft: { line: number; end: number; indent: number; ancestors: number[]; quoted: boolean; checked?: boolean; text: string } }[] = [];
  let quotes = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const map = token.map;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        if (map) headings.push({ line: map[0], lastLine: map[1] - 1, level: Number(token.tag.slice(1)), text: oneLine(inline?.content ?? '') });
        break;
      }
      case 'blockquote_open':
        quotes++;
        break;
      case 'blockquote_close':
        quotes--;
        break;
      case 'list_item_open': {
        if (!map) break;
        const draft = { line: map[0], end: map[1], indent: indentOf(lines[map[0]] ?? ''), ancestors: open.map((o) => o.line).reverse(), quoted: quotes > 0, text: '' } as (typeof open)[number]['draft'];
        const first = tokens[i + 1];
        const inline = tokens[i + 2];
        if (first?.type === 'paragraph_open' && first.map?.[0] === map[0] && inline?.type === 'inline') {
          const content = inline.content;
          const checked = checkboxOf(content);
          if (checked !== undefined) draft.checked = checked;
          draft.text = oneLine(checked === undefined ? content : content.slice(3));
        }
        items.push(draft);
        open.push({ line: map[0], draft });
        break;
      }
      case 'list_item_close':
        open.pop();
        break;
      case 'fence':
      case 'code_block':
      case 'html_block': {
        if (!map) break;
        const kind = token.type === 'fence' ? 'fence' : token.type === 'code_block' ? 'indented' : 'html';
        for (let l = map[0]; l < map[1]; l++) if (kinds[l] === 'text') kinds[l] = kind === 'html' ? 'html' : 'code';
        rawBlocks.push({ kind, line: map[0], end: map[1], closed: kind !== 'fence' || fenceClosed(lines, map[0], map[1], token.markup) });
        break;
      }
    }
  }
  // An item ends at its last line that is not blank.
  for (const item of items) {
    let end = item.end;
    while (end > item.line + 1 && (lines[end - 1] ?? '').trim() === '') end--;
    (item as { end: number }).end = end;
  }
  return { lines, ...(frontMatter ? { frontMatter } : {}), kinds, headings, items, rawBlocks };
}

/** Every line of `lines` with its kind, in order. */
export function* scanMarkdown(lines: Lines, options: ReadOptions = {}): Generator<ScannedLine> {
  const structure = readMarkdown(lines, options);
  for (let i = 0; i < structure.lines.length; i++) {
    const text = structure.lines[i]!;
    yield { line: i, text, kind: structure.kinds[i]!, indent: indentOf(text) };
  }
}

/**
 * True when `line` is inside front matter (being typed counts) or code, fence lines included, as
 * VS Code's preview would show lines 0..`line`. Reads those lines once.
 */
export function isInCodeOrFrontMatter(lines: Lines, line: number): boolean {
  if (line < 0) return false;
  const upTo: Lines = { count: Math.min(line + 1, count(lines)), at: (i) => lineAt(lines, i) };
  const kind = readMarkdown(upTo, { unclosedFrontMatter: 'frontMatter' }).kinds[line];
  return kind === 'frontMatter' || kind === 'code';
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
    let colon = 0;
    while (rest[colon] === ' ' || rest[colon] === '\t') colon++;
    if (rest[colon] !== ':') continue;
    const value = rest.slice(colon + 1).trim();
    const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0];
    return quoted ? value.slice(1, -1) : value;
  }
  return undefined;
}

/**
 * Whether a line could be an ATX heading (`## Rollout`): up to 3 spaces, 1 to 6 `#`, then a blank
 * or the end. A cheap over-approximation for the activation shell, which must not load the
 * parser to decide whether a document is worth reading; what it lets through is read by
 * readMarkdown, whose headings are the only ones any feature uses.
 */
export function mayBeHeadingLine(text: string): boolean {
  let at = 0;
  while (at < 3 && text[at] === ' ') at++;
  let level = 0;
  while (text[at + level] === '#') level++;
  const after = text[at + level];
  return level >= 1 && level <= 6 && (after === undefined || after === ' ' || after === '\t');
}

/** Every heading of `lines` in order (never in front matter, code or HTML). */
export function headings(lines: Lines | string): readonly Heading[] {
  return readMarkdown(lines).headings;
}

/** Every task item of `markdown` with text after its checkbox, in document order. */
export function taskItems(markdown: string): (ListItem & { readonly checked: boolean })[] {
  return readMarkdown(markdown).items.filter((i): i is ListItem & { checked: boolean } => i.checked !== undefined && i.text !== '');
}

/** `markdown-it`'s own unescaping of backslash escapes and entities (`&#80;` → `P`), for reading heading words. */
export function unescapeMarkdown(text: string): string {
  return blockParser().utils.unescapeAll(text);
}
