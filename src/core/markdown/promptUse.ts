/**
 * The one definition of "a prompt (or checklist item) is used in a document": its text starts a
 * line, after any quote, heading, list or task marker and bold markers, compared without case and
 * with runs of whitespace as one space. That is where snippets, completions and commands put
 * prompt texts; words the lead types after the prompt on the same line do not hide it. Lines in
 * front matter and fenced code do not count. Pure and linear in the document's length.
 */
import { readMarkdown, type MarkdownStructure } from './markdownScan';

/** Anything with an id and a text: prompts, checklist items, completion entries. */
export interface KnownText {
  readonly id: string;
  readonly text: string;
}

/** Texts are looked up by their first HEAD characters: one map lookup per line and distinct head length. */
const HEAD = 24;

interface Lookup {
  readonly texts: readonly string[];
  /** Entry numbers by head length, then head. */
  readonly byLength: ReadonlyMap<number, ReadonlyMap<string, readonly number[]>>;
}

const lookups = new WeakMap<readonly KnownText[], Lookup>();

/** Lower case, every run of whitespace one space, no blanks at either end. */
export function normalizeText(text: string): string {
  // A single character class repeated: linear, no backtracking.
  return text.toLowerCase().replace(/[ \t\n\r\u00a0]+/g, ' ').trim();
}

function lookup(known: readonly KnownText[]): Lookup {
  const cached = lookups.get(known);
  if (cached) return cached;
  const texts = known.map((k) => normalizeText(k.text));
  const byLength = new Map<number, Map<string, number[]>>();
  texts.forEach((text, n) => {
    if (text.length < 3) return;
    const head = text.slice(0, HEAD);
    const byHead = byLength.get(head.length) ?? byLength.set(head.length, new Map()).get(head.length)!;
    (byHead.get(head) ?? byHead.set(head, []).get(head)!).push(n);
  });
  const built = { texts, byLength };
  lookups.set(known, built);
  return built;
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function skipBlanks(line: string, at: number): number {
  while (isBlank(line[at])) at++;
  return at;
}

/**
 * Offset where a line's own text starts, past quote markers (`> `), a heading (`## `), a list
 * marker (`- `, `1. `), a task box (`[ ] `) and bold (`**`). One pass, no backtracking.
 */
export function lineTextStart(line: string): number {
  let at = skipBlanks(line, 0);
  while (line[at] === '>') at = skipBlanks(line, at + 1);
  let hashes = 0;
  while (line[at + hashes] === '#' && hashes < 7) hashes++;
  if (hashes >= 1 && hashes <= 6 && isBlank(line[at + hashes])) at = skipBlanks(line, at + hashes);
  let marker = at;
  if (line[at] === '-' || line[at] === '*' || line[at] === '+') marker = at + 1;
  else {
    while (marker - at < 9 && line.charCodeAt(marker) >= 48 && line.charCodeAt(marker) <= 57) marker++;
    marker = marker > at && (line[marker] === '.' || line[marker] === ')') ? marker + 1 : at;
  }
  if (marker > at && isBlank(line[marker])) at = skipBlanks(line, marker);
  if (line[at] === '[' && line[at + 2] === ']' && ' xX'.includes(line[at + 1] ?? '_') && isBlank(line[at + 3])) at = skipBlanks(line, at + 3);
  if (line.startsWith('**', at)) at += 2;
  return at;
}

/** Calls `found` with each `known` entry whose text starts `lineText` (past its markers), until it returns true. */
function eachMatch(lineText: string, known: readonly KnownText[], found: (id: string) => boolean | void): void {
  const { texts, byLength } = lookup(known);
  const line = normalizeText(lineText.slice(lineTextStart(lineText)));
  if (line.length < 3) return;
  for (const [length, byHead] of byLength) {
    if (line.length < length) continue;
    for (const n of byHead.get(line.slice(0, length)) ?? []) {
      if ((length < HEAD || line.startsWith(texts[n]!)) && found(known[n]!.id)) return;
    }
  }
}

/** Ids of the `known` entries whose text starts a line of `document` (see the module comment). */
export function usedInDocument(document: string | MarkdownStructure, known: readonly KnownText[]): Set<string> {
  const used = new Set<string>();
  const structure = typeof document === 'string' ? readMarkdown(document) : document;
  for (let i = 0; i < structure.lines.length; i++) {
    if (structure.kinds[i] === 'text') eachMatch(structure.lines[i]!, known, (id) => void used.add(id));
  }
  return used;
}

/**
 * The id of a `known` entry whose text starts this one markdown line (the same rule as
 * usedInDocument, for a line the caller already knows is ordinary markdown), else undefined.
 */
export function promptIdAt(lineText: string, known: readonly KnownText[]): string | undefined {
  let first: string | undefined;
  eachMatch(lineText, known, (id) => { first = id; return true; });
  return first;
}
