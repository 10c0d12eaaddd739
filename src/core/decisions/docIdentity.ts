/**
 * Which decision a doc is: its kind (ADR, RFC or neither) and its number, the way the common
 * tools name them. Pure and linear.
 *
 * - From the file name (without `.md`), split into words at `-`, `_`, `.` and blanks:
 *   `0007-use-postgres` (7), `adr-0007`, `ADR-7-x`, `adr7` (adr 7), `rfc-12-foo` (rfc 12),
 *   `0012-rfc-x` (rfc 12). A word `adr` or `rfc` first or right after the number gives the kind.
 * - Else from the title: `ADR-0007: Use Postgres`, `RFC 12: …` (a mention at its start), or a
 *   number and a `.` or `:` as adr-tools writes (`7. Record architecture decisions`).
 * - A kind still unknown comes from the nearest folder named for it (`adr`, `adrs`, `decisions`,
 *   `decision-records`, `architecture-decisions`, `architecture-decision-records` for ADRs;
 *   `rfc`, `rfcs` for RFCs), else it is `none`.
 * The file name's number wins over the title's.
 */
import type { DocKind } from './decision';
import { numberMentionAt } from './mentions';

/** A doc's kind and number; `number` is absent when neither its name nor its title has one. */
export interface DocIdentity {
  readonly kind: DocKind;
  readonly number?: number;
}

const ADR_FOLDERS = new Set(['adr', 'adrs', 'decisions', 'decision-records', 'architecture-decisions', 'architecture-decision-records']);
const RFC_FOLDERS = new Set(['rfc', 'rfcs']);
const MAX_DIGITS = 9;

function isDigits(word: string | undefined): word is string {
  if (!word || word.length > MAX_DIGITS) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) < 48 || word.charCodeAt(i) > 57) return false;
  return true;
}

function kindWord(word: string | undefined): 'adr' | 'rfc' | undefined {
  return word === 'adr' || word === 'rfc' ? word : undefined;
}

/** The last segment of a `/`-separated path without its `.md` or `.markdown` extension. */
export function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  if (lower.endsWith('.md')) return name.slice(0, -3);
  if (lower.endsWith('.markdown')) return name.slice(0, -9);
  return name;
}

/** Kind and number from a file name alone (see the module comment); `kind` undefined when the name has no kind word. */
export function fileNameIdentity(path: string): { kind?: 'adr' | 'rfc'; number?: number } {
  const [first, second] = baseName(path).toLowerCase().split(/[-_. \t]/, 2);
  // `adr7`: the kind word glued to its number.
  if (first && first.length > 3 && kindWord(first.slice(0, 3)) && isDigits(first.slice(3))) {
    return { kind: kindWord(first.slice(0, 3))!, number: Number(first.slice(3)) };
  }
  const kind = kindWord(first);
  if (kind) return isDigits(second) ? { kind, number: Number(second) } : { kind };
  if (isDigits(first)) {
    const after = kindWord(second);
    return after ? { kind: after, number: Number(first) } : { number: Number(first) };
  }
  return {};
}

/** Kind and number from a title: an ADR or RFC mention at its start, or `7.` / `7:` as adr-tools writes. */
export function titleIdentity(title: string): { kind?: 'adr' | 'rfc'; number?: number } {
  let at = 0;
  while (title[at] === ' ' || title[at] === '*' || title[at] === '_') at++;
  const mention = numberMentionAt(title, at);
  if (mention) return { kind: mention.kind as 'adr' | 'rfc', number: mention.number! };
  let end = at;
  while (end - at <= MAX_DIGITS && title.charCodeAt(end) >= 48 && title.charCodeAt(end) <= 57) end++;
  if (end > at && end - at <= MAX_DIGITS && (title[end] === '.' || title[end] === ':') && (title[end + 1] === ' ' || end + 1 === title.length)) {
    return { number: Number(title.slice(at, end)) };
  }
  return {};
}

/** The kind named by the nearest folder of `path`, if any. */
function folderKind(path: string): 'adr' | 'rfc' | undefined {
  const folders = path.split('/').slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const folder = folders[i]!.toLowerCase();
    if (ADR_FOLDERS.has(folder)) return 'adr';
    if (RFC_FOLDERS.has(folder)) return 'rfc';
  }
  return undefined;
}

/** The doc's kind and number (see the module comment). */
export function docIdentity(path: string, title?: string): DocIdentity {
  const byName = fileNameIdentity(path);
  const byTitle = title === undefined ? {} : titleIdentity(title);
  const kind = byName.kind ?? byTitle.kind ?? folderKind(path) ?? 'none';
  const number = byName.number ?? byTitle.number;
  return number === undefined ? { kind } : { kind, number };
}
