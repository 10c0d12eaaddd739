/**
 * Sections of a markdown note: its headings and the lines each heading's section spans. Pure and
 * linear, read through the one scanner (markdownScan.ts), so a `#` line in front matter or fenced
 * code is never a heading. ATX headings (`## Private`) and setext headings (a paragraph line
 * underlined with `===` or `---`) count; headings inside block quotes or list items do not.
 * A section runs from its heading to the next heading of the same or a higher level (fewer `#`).
 */
import { scanMarkdown, splitLines, type Lines } from '../markdown/markdownScan';

/** The heading that marks a private section (`## Private`, any level): kept out of shared copies and carry-over. */
export const PRIVATE_HEADING = 'Private';

export interface Heading {
  /** 0-based first line of the heading (a setext heading's text line). */
  readonly line: number;
  /** 0-based last line of the heading: `line` for `#` headings, the underline for setext ones. */
  readonly lastLine: number;
  /** 1 for `#` and `===`, 2 for `##` and `---`, up to 6. */
  readonly level: number;
  /** The heading's text, trimmed, without its `#` marks. */
  readonly text: string;
}

export interface Section {
  readonly heading: Heading;
  /** 0-based line after the heading (after a setext heading's underline). */
  readonly bodyStart: number;
  /** 0-based line where the section ends (exclusive): the next heading of the same or a higher level, or the line count. */
  readonly end: number;
}

/** `text` as an ATX heading (`## Private ##`): its level and text, else undefined. By hand, no regular expression. */
function atxHeading(text: string): { level: number; text: string } | undefined {
  let at = 0;
  while (at < 3 && text[at] === ' ') at++;
  let level = 0;
  while (text[at + level] === '#') level++;
  if (level === 0 || level > 6) return undefined;
  const after = text[at + level];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  let content = text.slice(at + level).trim();
  // An optional closing run of `#`, after a blank (or the whole content).
  let end = content.length;
  while (end > 0 && content[end - 1] === '#') end--;
  if (end === 0) content = '';
  else if (end < content.length && (content[end - 1] === ' ' || content[end - 1] === '\t')) content = content.slice(0, end).trim();
  return { level, text: content };
}

/** A setext underline: up to 3 spaces, a run of only `=` or only `-`, then blanks. Its level, else undefined. */
function setextUnderline(text: string): number | undefined {
  let at = 0;
  while (at < 3 && text[at] === ' ') at++;
  const mark = text[at];
  if (mark !== '=' && mark !== '-') return undefined;
  let i = at;
  while (text[i] === mark) i++;
  for (; i < text.length; i++) if (text[i] !== ' ' && text[i] !== '\t') return undefined;
  return mark === '=' ? 1 : 2;
}

/** A thematic break (`---`, `* * *`, `___`): 3+ of one of `- * _`, blanks between allowed. It ends a list. */
function isThematicBreak(text: string): boolean {
  let mark: string | undefined;
  let count = 0;
  for (const c of text) {
    if (c === ' ' || c === '\t') continue;
    if (c !== '-' && c !== '*' && c !== '_') return false;
    if (mark !== undefined && c !== mark) return false;
    mark = c;
    count++;
  }
  return count >= 3;
}

/** Every heading of `lines` in order (outside front matter and fenced code). */
export function headings(lines: Lines): Heading[] {
  const out: Heading[] = [];
  // The first line of the paragraph being read, when it could still turn out to be a setext heading.
  let paragraph: { line: number; text: string } | undefined;
  // A paragraph may start only after a blank line, a heading, code or the start: never as a list item's lazy continuation.
  let canStartParagraph = true;
  for (const scanned of scanMarkdown(lines)) {
    const { text, kind, indent } = scanned;
    if (kind !== 'text') {
      paragraph = undefined;
      canStartParagraph = true;
      continue;
    }
    if (indent === text.length) {
      paragraph = undefined;
      canStartParagraph = true;
      continue;
    }
    const atx = indent < 4 ? atxHeading(text) : undefined;
    if (atx) {
      out.push({ line: scanned.line, lastLine: scanned.line, level: atx.level, text: atx.text });
      paragraph = undefined;
      canStartParagraph = true;
      continue;
    }
    const underline = paragraph && indent < 4 ? setextUnderline(text) : undefined;
    if (paragraph && underline !== undefined) {
      out.push({ line: paragraph.line, lastLine: scanned.line, level: underline, text: paragraph.text.trim() });
      paragraph = undefined;
      canStartParagraph = true;
      continue;
    }
    if (indent < 4 && isThematicBreak(text)) {
      paragraph = undefined;
      canStartParagraph = true;
      continue;
    }
    if (scanned.listContent !== undefined || text.trimStart().startsWith('>')) {
      paragraph = undefined;
      canStartParagraph = false;
      continue;
    }
    if (paragraph) paragraph = { line: paragraph.line, text: `${paragraph.text} ${text.trim()}` };
    else if (canStartParagraph && indent < 4) paragraph = { line: scanned.line, text: text.trim() };
  }
  return out;
}

/** Every section of `text` (one per heading), in order, each ending at the next heading of the same or a higher level. */
export function sections(text: string | Lines): Section[] {
  const lines = typeof text === 'string' ? splitLines(text) : text;
  const count = 'count' in lines ? lines.count : (lines as readonly string[]).length;
  const all = headings(lines);
  const ends = all.map(() => count);
  const open: number[] = [];
  all.forEach((heading, i) => {
    while (open.length > 0 && all[open[open.length - 1]!]!.level >= heading.level) ends[open.pop()!] = heading.line;
    open.push(i);
  });
  return all.map((heading, i) => ({ heading, bodyStart: heading.lastLine + 1, end: ends[i]! }));
}

/** Whether a heading's text names `name`: case and a trailing colon ignored (`Private`, `private:`). */
export function headingIs(heading: { readonly text: string }, name: string): boolean {
  const text = heading.text.endsWith(':') ? heading.text.slice(0, -1).trimEnd() : heading.text;
  return text.toLowerCase() === name.toLowerCase();
}

/** The private sections of a note (`## Private`, any level), each to the next heading of the same or a higher level. */
export function privateSections(text: string | Lines): Section[] {
  const kept: Section[] = [];
  for (const s of sections(text)) {
    // A private section nested in another is already inside it.
    if (!headingIs(s.heading, PRIVATE_HEADING) || (kept.length > 0 && s.heading.line < kept[kept.length - 1]!.end)) continue;
    kept.push(s);
  }
  return kept;
}

/**
 * A membership test for lines inside any of `ranges`, which must be sorted and disjoint (as
 * `privateSections` gives them): a binary search, so testing every line of a note stays n log n.
 */
export function inSections(ranges: readonly Section[]): (line: number) => boolean {
  return (line) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid]!;
      if (line < r.heading.line) hi = mid - 1;
      else if (line >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
