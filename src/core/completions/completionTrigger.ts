/**
 * What starts a completion and how a chosen entry continues the line. Pure: the provider passes
 * the text before the cursor. Whether the cursor is in code or front matter is the scanner's
 * (markdownScan.ts isInCodeOrFrontMatter); what the note already asks is promptUse.ts.
 */
import type { CompletionEntry } from './completionIndex';
import { promptInsertion } from '../markdown/promptText';

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

/** Letters, digits and the joiners ids and labels use (`dr.problem`, `on-call`, `1:1`), and spaces between words. */
const QUERY = /^[\p{L}\p{N}.:_'’-][\p{L}\p{N}.:_'’ -]*$/u;
const MAX_QUERY = 60;

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

/**
 * The text a chosen entry inserts in place of the trigger and query, given the line before
 * the trigger: a checklist item on an empty line becomes a task (`- [ ] text`), a prompt a
 * list item (`- text`); after a list or task marker, or in prose, just the text.
 */
export function insertionFor(entry: CompletionEntry, linePrefixBeforeTrigger: string): string {
  if (entry.kind === 'checklist-item' && linePrefixBeforeTrigger.trim() === '') return `- [ ] ${entry.text}`;
  return promptInsertion(entry.text, linePrefixBeforeTrigger);
}
