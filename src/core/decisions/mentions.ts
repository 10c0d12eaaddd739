/**
 * Mentions of a decision in one line of text: `ADR-0007`, `ADR 7`, `adr_7`, `adr7`, `RFC-12`,
 * `RFC #12` (any case), and relative links to a markdown file (`../docs/adr/0007-x.md`,
 * `[x](docs/rfc-12.md#status)`). The whole line is scanned, whatever the language: the host
 * chooses which lines to ask about (comments, usually), so this stays one rule for every language.
 *
 * Rules, all by hand and linear in the line's length:
 * - A number mention is `adr` or `rfc` after a character that is not an ASCII letter or digit,
 *   then at most one `-`, `_`, space or tab, an optional `#`, 1 to 9 digits, and no letter or
 *   digit right after.
 * - A link is a run of characters up to a blank or one of ``()[]<>"'`|,;:{}*`` that ends in `.md`
 *   (before an optional `#fragment` or `?query`; a sentence's closing `.`, `!` or `?` is not part of
 *   it). A run starting with `//` right after a `:` is a URL (`https://…`), never a relative link,
 *   and number mentions inside a URL or a link are not reported apart from it.
 * - A line without `adr`, `rfc` or `.md` in any case costs one pass over its character codes.
 */

/** Where a mention is in its line: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly kind: 'adr' | 'rfc' | 'link';
  /** Set for `adr` and `rfc`. */
  readonly number?: number;
  /** Set for `link`: the path as written, without `#fragment` or `?query`. */
  readonly target?: string;
}

/** Digits a number mention may have: beyond this it is an id of something else. */
const MAX_DIGITS = 9;

function lower(line: string, at: number): number {
  return line.charCodeAt(at) | 32;
}

/** Whether `line` holds `adr`, `rfc` or `.md` in any case: the only lines worth a scan. */
export function mayMention(line: string): boolean {
  for (let i = 0; i + 2 < line.length; i++) {
    const c = line.charCodeAt(i);
    // `| 32` folds ASCII upper case to lower; no other character folds onto these letters.
    const l = c | 32;
    if (l === 97 && lower(line, i + 1) === 100 && lower(line, i + 2) === 114) return true;
    if (l === 114 && lower(line, i + 1) === 102 && lower(line, i + 2) === 99) return true;
    if (c === 46 && lower(line, i + 1) === 109 && lower(line, i + 2) === 100) return true;
  }
  return false;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The number mention starting at `at` (its `adr`/`rfc`), or undefined. Reads at most 14 characters. */
export function numberMentionAt(line: string, at: number): Mention | undefined {
  const l0 = lower(line, at);
  const kind = l0 === 97 && lower(line, at + 1) === 100 && lower(line, at + 2) === 114 ? 'adr'
    : l0 === 114 && lower(line, at + 1) === 102 && lower(line, at + 2) === 99 ? 'rfc' : undefined;
  if (!kind || (at > 0 && isAsciiWordChar(line.charCodeAt(at - 1)))) return undefined;
  let i = at + 3;
  const sep = line[i];
  if (sep === '-' || sep === '_' || sep === ' ' || sep === '\t') i++;
  if (line[i] === '#') i++;
  const digits = i;
  while (isDigit(line.charCodeAt(i)) && i - digits <= MAX_DIGITS) i++;
  if (i === digits || i - digits > MAX_DIGITS || isAsciiWordChar(line.charCodeAt(i))) return undefined;
  return { start: at, end: i, kind, number: Number(line.slice(digits, i)) };
}

const RUN_BREAKS = new Set([...'()[]<>"\'`|,;:{}*']);

function breaksRun(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || RUN_BREAKS.has(c);
}

/** The link a run of path characters `[start, end)` names, if it names a markdown file. */
function linkIn(line: string, start: number, end: number): Mention | undefined {
  let stop = start;
  while (stop < end && line[stop] !== '#' && line[stop] !== '?') stop++;
  // A sentence's full stop after a path is not part of it.
  while (stop > start && (line[stop - 1] === '.' || line[stop - 1] === '!')) stop--;
  if (stop - start < 4 || line[stop - 3] !== '.' || lower(line, stop - 2) !== 109 || lower(line, stop - 1) !== 100) return undefined;
  if (line[stop - 4] === '/') return undefined;
  return { start, end: stop, kind: 'link', target: line.slice(start, stop) };
}

/** Every mention in `lineText`, in order, never overlapping (see the module comment). */
export function findMentions(lineText: string): Mention[] {
  if (!mayMention(lineText)) return [];
  const links: Mention[] = [];
  /** Runs that are links or URLs: number mentions inside them are part of them. */
  const claimed: { start: number; end: number }[] = [];
  for (let i = 0; i < lineText.length;) {
    if (breaksRun(lineText[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lineText.length && !breaksRun(lineText[i]!)) i++;
    if (lineText.startsWith('//', start) && lineText[start - 1] === ':') {
      claimed.push({ start, end: i });
      continue;
    }
    const link = linkIn(lineText, start, i);
    if (link) {
      links.push(link);
      claimed.push({ start, end: i });
    }
  }
  const out: Mention[] = [];
  let next = 0;
  let c = 0;
  for (let i = 0; i + 2 < lineText.length;) {
    const mention = numberMentionAt(lineText, i);
    if (!mention) {
      i++;
      continue;
    }
    i = mention.end;
    while (c < claimed.length && claimed[c]!.end <= mention.start) c++;
    if (c < claimed.length && claimed[c]!.start < mention.end) continue;
    while (next < links.length && links[next]!.start < mention.start) out.push(links[next++]!);
    out.push(mention);
  }
  while (next < links.length) out.push(links[next++]!);
  return out;
}
