/**
 * References from a doc to another decision, read from what follows `superseded by` or
 * `supersedes`: a markdown link (`[ADR-0009](0009-x.md)`: its label is the text), a number mention
 * (`ADR-9`, `RFC 12`, see mentions.ts), a path to a markdown file, or a bare number (`#9`, `9`).
 * Anything else that is not blank is kept as written, to be shown and reported as unresolved.
 * Only the first REFERENCE_CHARS_READ characters are read. Pure and linear.
 */
import { cutText, type Reference } from './decision';
import { fileNameIdentity } from './docIdentity';
import { findMentions } from './mentions';

/** A reference is a few words: characters past these are not read. */
export const REFERENCE_CHARS_READ = 400;

function isEdge(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === ':' || c === '-' || c === '\u2013' || c === '\u2014' || c === '*' || c === '_' || c === '`';
}

function isTrailing(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '.' || c === ',' || c === ';' || c === '*' || c === '_' || c === '`';
}

/** A bare number at the start of `text` (`#9`, `9`), followed by nothing that continues a word. */
function bareNumber(text: string): number | undefined {
  let at = text[0] === '#' ? 1 : 0;
  const start = at;
  while (at - start < 10 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
  if (at === start || at - start > 9) return undefined;
  const next = text.charCodeAt(at);
  if ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return undefined;
  return Number(text.slice(start, at));
}

/** The label of a markdown link at the start of `text` (`[label](target)`), or undefined. */
function linkLabel(text: string): string | undefined {
  if (text[0] !== '[') return undefined;
  const close = text.indexOf('](');
  return close > 0 && text.indexOf(')', close) > 0 ? text.slice(1, close) : undefined;
}

/** The reference `text` names (see the module comment), or undefined when it is blank. */
export function parseReference(text: string): Reference | undefined {
  let start = 0;
  let end = Math.min(text.length, REFERENCE_CHARS_READ);
  while (start < end && isEdge(text[start])) start++;
  while (end > start && isTrailing(text[end - 1])) end--;
  if (start === end) return undefined;
  const clean = text.slice(start, end);
  const mentions = findMentions(clean);
  const link = mentions.find((m) => m.kind === 'link');
  const numbered = mentions.find((m) => m.kind !== 'link');
  const label = linkLabel(clean);
  const fromTarget = link && !numbered ? fileNameIdentity(link.target!) : {};
  const kind = numbered ? (numbered.kind as 'adr' | 'rfc') : fromTarget.kind;
  const number = numbered?.number ?? fromTarget.number ?? (link ? undefined : bareNumber(clean));
  return {
    text: cutText(label ?? clean),
    ...(link ? { target: link.target! } : {}),
    ...(kind ? { kind } : {}),
    ...(number === undefined ? {} : { number }),
  };
}

/**
 * References from a front matter value: a list of texts, or one text of several separated by
 * commas outside brackets (`ADR-1, [ADR-2](0002-x.md)`). Anything else gives none.
 */
export function parseReferences(value: unknown): Reference[] {
  const texts = Array.isArray(value) ? value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String)
    : typeof value === 'string' || typeof value === 'number' ? splitOutsideBrackets(String(value)) : [];
  return texts.flatMap((t) => parseReference(t) ?? []);
}

/** `text` split at commas that are not inside `[…]` or `(…)`. One pass. */
export function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
