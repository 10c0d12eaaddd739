/**
 * Questions still open in a review note: its unticked task items that start with one of our
 * prompts, as markdown/promptUse.ts defines "a prompt is used" (its text starts the line, past the
 * list marker and the checkbox). A ticked prompt was answered; a task the lead wrote in their own
 * words is a follow-up, not a question. Items in code or front matter are none (markdownScan.ts).
 */
import { readMarkdown } from '../markdown/markdownScan';
import { promptIdAt, type KnownText } from '../markdown/promptUse';

/**
 * How many unticked task items of the note start with one of `prompts`. Pass the same array each
 * time (the content's prompts): promptUse.ts indexes it once.
 */
export function openQuestions(reviewNoteText: string, prompts: readonly KnownText[]): number {
  if (prompts.length === 0) return 0;
  const { lines, items } = readMarkdown(reviewNoteText);
  let open = 0;
  for (const item of items) {
    if (item.checked === false && promptIdAt(lines[item.line]!, prompts) !== undefined) open++;
  }
  return open;
}
