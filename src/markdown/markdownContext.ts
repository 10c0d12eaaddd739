/**
 * The note around a completion: where completions may appear, what starts them, what the
 * note already asks and how a chosen entry continues the line. Pure: the provider passes
 * lines (or a line accessor), the text before the cursor, and the document text.
 */
import type { CompletionEntry, CompletionIndex } from './completionIndex';
import { promptInsertion } from './promptText';

/** A line source: an array of lines or an accessor such as `(i) => document.lineAt(i).text`. */
export type LineSource = readonly string[] | ((line: number) => string);

/** The characters VS Code should trigger on; the provider still checks {@link triggerAt}. */
export const TRIGGER_CHARACTER = ';';

/**
 * What opens Two Hats completions: two semicolons. Chosen because `;;` almost never occurs
 * in prose or in markdown syntax, is typed without a modifier on most keyboard layouts, and
 * lets a query follow directly (`;;rollb`), so ordinary writing never pops a list up.
 */
export const TRIGGER = ';;';

/** A trigger found before the cursor: where `;;` starts (the replace range runs from there) and the query after it. */
export interface Trigger {
  /** Column of the first `;` of the trigger. */
  readonly start: number;
  /** The text typed after `;;`, possibly empty; matched by {@link queryIndex} word by word. */
  readonly query: string;
}

const FRONT_MATTER = '---';
const FRONT_MATTER_END = /^(?:---|\.\.\.)\s*$/;
/** CommonMark fence: up to 3 spaces, then 3+ backticks or tildes; a backtick fence's info string may not hold a backtick. */
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** Letters, digits and the joiners ids and labels use (`dr.problem`, `on-call`, `1:1`), and spaces between words. */
const QUERY = /^[\p{L}\p{N}.:_'’-][\p{L}\p{N}.:_'’ -]*$/u;
const MAX_QUERY = 60;

function lineAt(lines: LineSource, i: number): string {
  return typeof lines === 'function' ? lines(i) : (lines[i] ?? '');
}

/**
 * True when `line` is inside YAML front matter (from a `---` first line to the closing `---`
 * or `...`, both delimiters included) or inside a fenced code block (fence lines included).
 * Front matter that is not closed yet counts as front matter, since it is most likely being
 * typed. Cost: one pass over lines 0..`line`, i.e. O(line) per call, cheap for notes and
 * paid once per completion request, never per document change.
 */
export function isInCodeOrFrontMatter(lines: LineSource, line: number): boolean {
  if (line < 0) return false;
  let i = 0;
  if (lineAt(lines, 0).trimEnd() === FRONT_MATTER) {
    for (i = 1; i <= line; i++) if (FRONT_MATTER_END.test(lineAt(lines, i))) break;
    if (i >= line) return true;
    i++;
  }
  let fence: { char: string; length: number } | undefined;
  for (; i <= line; i++) {
    const text = lineAt(lines, i);
    if (fence) {
      if (isClosingFence(text, fence)) {
        if (i === line) return true;
        fence = undefined;
      }
      continue;
    }
    const open = FENCE_OPEN.exec(text);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
    }
  }
  return fence !== undefined;
}

/** Closing fence: up to 3 spaces, the opening's character at least as many times, then only spaces. */
function isClosingFence(text: string, fence: { char: string; length: number }): boolean {
  const indent = text.length - text.trimStart().length;
  if (indent > 3) return false;
  const body = text.trim();
  if (body.length < fence.length) return false;
  for (const c of body) if (c !== fence.char) return false;
  return true;
}

/**
 * The trigger before the cursor, given the line's text up to the cursor, or undefined.
 * Fires on the last `;;` of the line when it starts the line or follows whitespace (so a
 * list or task marker before it is fine: `- [ ] ;;rollb`), and everything after it is a
 * query of words (letters, digits, `.`, `-`, `:`, `_`, apostrophes, single spaces between
 * words, and `;` between words as in `;;growth;deeper`; at most 60 characters). Does not fire on a single `;`, on `;;` glued to a word or
 * punctuation (`a;;b`, `for(;;)`), on `;;;`, on a query that starts with a space or holds
 * other punctuation, or inside an inline code span (an odd number of backticks before it).
 */
export function triggerAt(linePrefix: string): Trigger | undefined {
  const start = linePrefix.lastIndexOf(TRIGGER);
  if (start < 0) return undefined;
  if (start > 0 && !/\s/.test(linePrefix[start - 1]!)) return undefined;
  // `;` also separates words: it is a trigger character, so VS Code keeps the list open
  // (a space or other punctuation would close it).
  const query = linePrefix.slice(start + TRIGGER.length).replace(/;/g, ' ');
  if (query.length > MAX_QUERY || query.includes('  ')) return undefined;
  if (query !== '' && !QUERY.test(query)) return undefined;
  let ticks = 0;
  for (let i = 0; i < start; i++) if (linePrefix.charCodeAt(i) === 96) ticks++;
  if (ticks % 2 === 1) return undefined;
  return { start, query };
}

/** Strips what may precede an inserted entry on its line: quote, heading, list and task markers, bold. */
const LINE_LEAD = /^\s*(?:>\s*)*(?:#{1,6}\s+)?(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?(?:\*\*)?/;

/** Entry texts are looked up by their first HEAD characters: one map lookup per line and text length. */
const HEAD = 24;
const normalize = (s: string): string => s.trim().toLowerCase();

/** Normalized entry texts, and entry numbers by head length then head; built once per index. */
interface Heads {
  readonly texts: readonly string[];
  readonly byLength: ReadonlyMap<number, ReadonlyMap<string, readonly number[]>>;
}
const headsOf = new WeakMap<CompletionIndex, Heads>();

function heads(index: CompletionIndex): Heads {
  const known = headsOf.get(index);
  if (known) return known;
  const texts = index.entries.map((e) => normalize(e.text));
  const byLength = new Map<number, Map<string, number[]>>();
  texts.forEach((text, n) => {
    const head = text.slice(0, HEAD);
    const byHead = byLength.get(head.length) ?? byLength.set(head.length, new Map()).get(head.length)!;
    (byHead.get(head) ?? byHead.set(head, []).get(head)!).push(n);
  });
  const built = { texts, byLength };
  headsOf.set(index, built);
  return built;
}

/**
 * Ids of entries whose text starts a line of `text` (after quote, heading, list or task
 * markers), compared case-insensitively: that is where snippets, completions and commands
 * put them. Cost: per line, one map lookup per distinct text length up to 24, never a
 * search per entry; the lookup table is built on first use for each index.
 */
export function askedInDocument(text: string, index: CompletionIndex): Set<string> {
  const { texts, byLength } = heads(index);
  const asked = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = normalize(raw.replace(LINE_LEAD, ''));
    if (line.length < 3) continue;
    for (const [length, byHead] of byLength) {
      if (line.length < length) continue;
      for (const n of byHead.get(line.slice(0, length)) ?? []) {
        if (length < HEAD || line.startsWith(texts[n]!)) asked.add(index.entries[n]!.id);
      }
    }
  }
  return asked;
}

/**
 * The text a chosen entry inserts in place of the trigger and query, given the line before
 * the trigger: a checklist item on an empty line becomes a task (`- [ ] text`), a prompt a
 * list item (`- text`); after a list or task marker, or in prose, just the text.
 */
export function insertionFor(entry: CompletionEntry, linePrefixBeforeTrigger: string): string {
  if (entry.kind === 'checklist-item' && linePrefixBeforeTrigger.trim() === '') return `- [ ] ${entry.text}`;
  return promptInsertion(entry.text, linePrefixBeforeTrigger);
}
