/**
 * What of a note is private, failing closed. A heading is private when its visible words start with
 * a private word (`private`; content may add words in other languages), whatever the lead typed
 * around them: emphasis (`**Private**`), emoji (`🔒 Private`), links, entities, HTML tags,
 * invisible characters (a zero-width or no-break space), full-width letters, any case. Its section
 * runs to the next heading of the same or a higher level, as markdown-it structures the note.
 *
 * Where the structure is ambiguous, the ambiguous part is private too: a private-looking line that
 * markdown-it reads as code or HTML (a fence left open that swallowed `## Private`, two fences left
 * open that became one around it, a heading in an HTML comment, a `<details>` block with a private
 * summary) makes everything it could have covered private: the block, and as far as the section
 * would have run had the line been a heading. A code sample that shows a private heading is left
 * out too, and reported: when in doubt, nothing is shared. Every
 * shareable output (Copy Shareable Note, the recap, review evidence, handover) leaves out what this
 * module marks, and says so. Pure; linear in the note (each heading reads at most 400 characters).
 */
import { readMarkdown, unescapeMarkdown, type Lines, type MarkdownStructure, type RawBlock } from '../markdown/markdownScan';
import { sections, type LineSpan, type Section } from '../markdown/sections';

/** Words that make a heading private when its visible words start with one; content may add more. */
export const PRIVATE_WORDS: readonly string[] = ['private'];

/** The words of `content`'s taxonomy (packs add languages) with PRIVATE_WORDS: English is never taken away. */
export function privateWordsOf(taxonomy: { readonly privateWords?: readonly string[] }): readonly string[] {
  return [...new Set([...PRIVATE_WORDS, ...taxonomy.privateWords ?? []])];
}

/** The heading Two Hats writes for a private section. */
export const PRIVATE_HEADING = 'Private';

/** How much of a heading is read to decide: private words come first. */
const READ_CHARS = 400;

/**
 * A heading's visible words, lower case, single spaces: entities and escapes decoded, HTML tags
 * and link targets dropped, compatibility forms folded (full-width letters, no-break spaces), and
 * every character that is not a letter, a digit or a blank removed (emphasis marks, emoji,
 * punctuation, zero-width and other invisible characters). By hand, linear.
 */
export function visibleWords(text: string): string {
  const decoded = unescapeMarkdown(text.slice(0, READ_CHARS)).normalize('NFKC').toLowerCase();
  let out = '';
  let blank = false;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded[i]!;
    // `<tag …>` and `](target)` show nothing of their own.
    if (c === '<') {
      const close = decoded.indexOf('>', i);
      if (close > i && /^<\/?[a-z!]/.test(decoded.slice(i, i + 3))) {
        i = close;
        blank = true;
        continue;
      }
    }
    if (c === ']' && decoded[i + 1] === '(') {
      const close = decoded.indexOf(')', i);
      if (close > i) {
        i = close;
        blank = true;
        continue;
      }
    }
    if (/\s/.test(c)) {
      blank = true;
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(c)) {
      // A mark between letters (`Pri*vate`) joins them; one between words (`Private*:* notes`) parts them.
      continue;
    }
    if (blank && out !== '') out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

/** Whether a heading's text reads as private (see the module comment). */
export function isPrivateHeading(text: string, words: readonly string[] = PRIVATE_WORDS): boolean {
  const visible = visibleWords(text);
  if (visible === '') return false;
  return words.some((w) => {
    const word = visibleWords(w);
    return word !== '' && visible.startsWith(word);
  });
}

/** A part of a note left out of anything shareable because its structure is ambiguous. */
export interface AmbiguousPart extends LineSpan {
  /** What markdown-it read there: a fence, indented code or an HTML block. */
  readonly kind: RawBlock['kind'];
  /** The line that reads as a private heading. */
  readonly at: number;
}

export interface PrivateParts {
  /** Private sections, outermost only, in order. */
  readonly sections: readonly Section[];
  readonly ambiguous: readonly AmbiguousPart[];
  /** Everything private, sorted and disjoint: the sections and the ambiguous parts merged. */
  readonly spans: readonly LineSpan[];
}

/** A raw line as it would read if it were markdown: its heading level (0 for none) and text. */
function headingLike(raw: string): { level: number; text: string } {
  let at = 0;
  while (at < raw.length && (raw[at] === ' ' || raw[at] === '\t' || raw[at] === '>')) at++;
  let level = 0;
  while (raw[at + level] === '#') level++;
  if (level >= 1 && level <= 6 && (at + level === raw.length || raw[at + level] === ' ' || raw[at + level] === '\t')) {
    return { level, text: raw.slice(at + level) };
  }
  const h = /^<h([1-6])\b/i.exec(raw.slice(at, at + 4));
  return { level: h ? Number(h[1]) : 0, text: raw.slice(at) };
}

/** 1 for a line of `=`, 2 for a line of `-` (a setext underline, up to 3 spaces before it), else 0. */
function setextLevel(raw: string): number {
  const text = raw.trim();
  if (text === '' || raw.length - raw.trimStart().length > 3) return 0;
  const mark = text[0];
  if (mark !== '=' && mark !== '-') return 0;
  for (const c of text) if (c !== mark) return 0;
  return mark === '=' ? 1 : 2;
}

/** The line after the `</details>` that closes a `<details>` opened on `from`, or `end` when none does. */
function detailsEnd(lines: readonly string[], from: number, end: number): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const lower = lines[i]!.toLowerCase();
    for (let at = lower.indexOf('<'); at >= 0; at = lower.indexOf('<', at + 1)) {
      if (lower.startsWith('<details', at)) depth++;
      else if (lower.startsWith('</details', at) && --depth <= 0) return i + 1;
    }
  }
  return end;
}

/**
 * `(line, level)` → the first line of a heading after `line` whose level is `level` or higher
 * (fewer `#`), else the line count. A table per level built once, then a binary search: linear
 * in the headings however many lines ask.
 */
function headingsAfter(structure: MarkdownStructure): (line: number, level: number) => number {
  const { headings } = structure;
  const count = structure.lines.length;
  // next[level - 1][k]: the first heading at index >= k with level <= `level`, as a line.
  const next = [1, 2, 3, 4, 5, 6].map((level) => {
    const table = new Array<number>(headings.length + 1);
    table[headings.length] = count;
    for (let k = headings.length - 1; k >= 0; k--) table[k] = headings[k]!.level <= level ? headings[k]!.line : table[k + 1]!;
    return table;
  });
  return (line, level) => {
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]!.line > line) hi = mid;
      else lo = mid + 1;
    }
    return next[Math.min(Math.max(level, 1), 6) - 1]![lo]!;
  };
}

/** The private sections and ambiguous parts of a note (see the module comment). */
export function privateParts(text: string | Lines | MarkdownStructure, words: readonly string[] = PRIVATE_WORDS): PrivateParts {
  const structure = typeof text === 'object' && 'kinds' in text ? text : readMarkdown(text);
  const { lines } = structure;
  const all = sections(lines);
  const kept: Section[] = [];
  for (const s of all) {
    // A setext heading of several lines reads as private when its last line does too (`Notes` then `Private` over `---`).
    const h = s.heading;
    const lastText = h.lastLine > h.line ? lines[h.lastLine - 1] ?? '' : '';
    if (!isPrivateHeading(h.text, words) && !(lastText && isPrivateHeading(lastText, words))) continue;
    // A private section nested in another is already inside it.
    if (kept.length > 0 && s.heading.line < kept[kept.length - 1]!.end) continue;
    kept.push(s);
  }
  const ambiguous: AmbiguousPart[] = [];
  const nextHeading = headingsAfter(structure);
  for (const block of structure.rawBlocks) {
    // Inside a part already left out: nothing more to leave out.
    const last = ambiguous[ambiguous.length - 1];
    if (last && block.line < last.end && block.end <= last.end) continue;
    let end = block.end;
    let at = -1;
    for (let i = block.line; i < block.end; i++) {
      const like = headingLike(lines[i]!);
      if (!isPrivateHeading(like.text, words)) continue;
      if (at < 0) at = i;
      // A private line over `===` or `---` would have been a setext heading.
      const level = like.level || setextLevel(lines[i + 1] ?? '');
      // Had it been a heading, its section would run to the next heading of its level or higher.
      end = Math.max(end, level ? nextHeading(i, level) : block.end);
    }
    if (at < 0) continue;
    if (block.kind === 'html' && /<details/i.test(lines.slice(block.line, at + 1).join('\n'))) end = Math.max(end, detailsEnd(lines, block.line, lines.length));
    ambiguous.push({ kind: block.kind, line: block.line, end, at });
  }
  const spans = mergeSpans([...kept.map((s) => ({ line: s.heading.line, end: s.end })), ...ambiguous]);
  return { sections: kept, ambiguous, spans };
}

/** `spans` sorted and merged where they overlap or touch. */
export function mergeSpans(spans: readonly LineSpan[]): LineSpan[] {
  const sorted = [...spans].sort((a, b) => a.line - b.line || a.end - b.end);
  const out: { line: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.line <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ line: s.line, end: s.end });
  }
  return out;
}
