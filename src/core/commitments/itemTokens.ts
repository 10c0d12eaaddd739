/**
 * The tokens of a commitment's words: owners (`@ana`, `@me`), due dates (`📅 2026-11-20`,
 * `due 2026-11-20`) and done dates (`✅ 2026-11-21`). One hand-written pass over the text, each
 * character looked at a bounded number of times, so a 200,000-character line of `@`, `📅` or
 * `due` stays linear (test/unit/core/commitments/linearTime.test.ts).
 *
 * The rules, from issue 22:
 * - An owner is `@` then a slug-like word: letters, digits, `-` and `.`, starting with a letter or
 *   a digit, a trailing `.` not included (`@ana.` ends a sentence). The `@` must start the text or
 *   follow a blank or punctuation; after a letter, a digit or a character of an address or a path
 *   (`@ . - + / \ = % & \``) it is not an owner, so `email@example.com` and `x.com/@ana` are not,
 *   and neither are an escaped `\@ana` or inline code that starts with it. A word directly followed
 *   by another `@` (`@ana@example.com`) is an address too.
 * - A due date is `📅` (an optional U+FE0F, then optional spaces) or the word `due` (any case, not
 *   inside a word, an optional `:`, then at least one space) followed by a date-shaped token:
 *   digits, `-`, two digits, `-`, two digits, no digit after. A shape with a day that does not
 *   exist is still a token (reported, never dropped). `📅` without a date shape is a token with
 *   an empty date (reported); `due` without one is ordinary English (`due to the outage`).
 * - A done date is `✅` followed, as `📅` is, by a date shape; `✅` alone is decoration.
 * At most COMMITMENT_LIMITS.tokensPerItem tokens are read: what follows them stays words.
 */
import { COMMITMENT_LIMITS } from './commitment';

/** A token found in an item's text. Offsets are UTF-16 indices into that text, `end` exclusive. */
export interface ItemToken {
  readonly kind: 'owner' | 'due' | 'done';
  readonly start: number;
  readonly end: number;
  /** owner: the word after `@` as written; due/done: the date as written, `''` when `📅` has none. */
  readonly value: string;
}

/** Characters of addresses and paths: an `@` or `due` right after one of them starts no token. */
const ADDRESS_CHARS = '@.-+/\\=%&`';

const CALENDAR = 0xdcc5; // low surrogate of 📅 (U+1F4C5, high surrogate 0xd83d)
const CHECK_MARK = 0x2705; // ✅
const VARIATION_SELECTOR = 0xfe0f;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || (ch > '\x7f' && /\s/.test(ch));
}

/** How many code units the letter, digit or combining mark at `i` takes (2 for a surrogate pair), 0 when there is none. */
export function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return 0;
  if (code < 0x80) return isDigit(code) || (code | 0x20) >= 97 && (code | 0x20) <= 122 ? 1 : 0;
  const point = text.codePointAt(i)!;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/** Whether a token may start at `i`: at the start, or after a blank or punctuation that is no part of a word, an address or a path. */
export function mayStartToken(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1]!;
  if (isBlank(prev)) return true;
  if (ADDRESS_CHARS.includes(prev)) return false;
  // A letter outside the first plane ends in a low surrogate: read the whole pair.
  const code = text.charCodeAt(i - 1);
  const at = code >= 0xdc00 && code <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return wordCharLength(text, at) === 0;
}

/** The end of the run of slug characters (letters, digits, `-`, `.`) from `from` when a letter or digit starts it; `from` otherwise. */
export function slugRunEnd(text: string, from: number): number {
  if (wordCharLength(text, from) === 0) return from;
  let i = from;
  for (;;) {
    if (text[i] === '-' || text[i] === '.') {
      i++;
      continue;
    }
    const length = wordCharLength(text, i);
    if (length === 0) return i;
    i += length;
  }
}

/** `end` moved back over trailing dots, not before `from`: `@ana.` ends a sentence, the dot is not the slug's. */
export function trimEndDots(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && text[e - 1] === '.') e--;
  return e;
}

/** The end of a date shape at `from` (digits, `-`, 2 digits, `-`, 2 digits, then no digit), or -1. */
export function dateShapeEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i === from || text[i] !== '-') return -1;
  if (!isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2)) || text[i + 3] !== '-') return -1;
  if (!isDigit(text.charCodeAt(i + 4)) || !isDigit(text.charCodeAt(i + 5)) || isDigit(text.charCodeAt(i + 6))) return -1;
  return i + 6;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/** A date token after a marker that ends at `markEnd`; with `required`, a marker without a date is still a token. */
function dateAfter(text: string, kind: 'due' | 'done', start: number, markEnd: number, required: boolean): ItemToken | undefined {
  const mark = text.charCodeAt(markEnd) === VARIATION_SELECTOR ? markEnd + 1 : markEnd;
  const from = skipSpaces(text, mark);
  const end = dateShapeEnd(text, from);
  if (end >= 0) return { kind, start, end, value: text.slice(from, end) };
  return required ? { kind, start, end: mark, value: '' } : undefined;
}

/** `due`, `Due:` at `i` followed by at least one space and a date shape. */
function dueWordAt(text: string, i: number): ItemToken | undefined {
  if ((text.charCodeAt(i) | 0x20) !== 100 || text.slice(i, i + 3).toLowerCase() !== 'due' || !mayStartToken(text, i)) return undefined;
  const after = text[i + 3] === ':' ? i + 4 : i + 3;
  if (text[after] !== ' ' && text[after] !== '\t') return undefined;
  const from = skipSpaces(text, after);
  const end = dateShapeEnd(text, from);
  return end >= 0 ? { kind: 'due', start: i, end, value: text.slice(from, end) } : undefined;
}

/** The owner, due and done tokens of `text` (the first `limit` of them), in order, never overlapping. */
export function itemTokens(text: string, limit: number = COMMITMENT_LIMITS.tokensPerItem): ItemToken[] {
  const tokens: ItemToken[] = [];
  let i = 0;
  while (i < text.length && tokens.length < limit) {
    const code = text.charCodeAt(i);
    let token: ItemToken | undefined;
    if (code === 64 /* @ */) {
      const run = slugRunEnd(text, i + 1);
      // An address (`a@b.com`, `@ana@example.com`) or a path (`x.com/@ana`) names nobody.
      if (run > i + 1 && mayStartToken(text, i) && text[run] !== '@') {
        const end = trimEndDots(text, i + 1, run);
        token = { kind: 'owner', start: i, end, value: text.slice(i + 1, end) };
      } else if (run > i + 1) {
        // Past the whole word at once: its characters start nothing.
        i = run;
        continue;
      }
    } else if (code === 0xd83d && text.charCodeAt(i + 1) === CALENDAR) token = dateAfter(text, 'due', i, i + 2, true);
    else if (code === CHECK_MARK) token = dateAfter(text, 'done', i, i + 1, false);
    else if ((code | 0x20) === 100) token = dueWordAt(text, i);
    if (token) {
      tokens.push(token);
      i = token.end;
    } else i++;
  }
  return tokens;
}

/**
 * `text` without `tokens`, the blanks around each removed token closed up to one space, trimmed.
 * Blanks elsewhere stay as written (itemKey folds them for comparing): one piece per token, never
 * a pass that builds a string per blank.
 */
export function withoutTokens(text: string, tokens: readonly ItemToken[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const t of [...tokens, { start: text.length, end: text.length }]) {
    const piece = text.slice(from, t.start).trim();
    if (piece !== '') pieces.push(piece);
    from = t.end;
  }
  return pieces.join(' ');
}
