/** How a prompt's text lands on a markdown line. Pure. */

const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])(?:\s+\[[ xX]\])?\s*$/;

/**
 * Text to insert for a prompt at a position whose line so far is `linePrefix`: after a bare
 * list or task marker just the text, on an empty line a new list item, elsewhere the text.
 */
export function promptInsertion(promptText: string, linePrefix: string): string {
  if (LIST_MARKER.test(linePrefix)) return linePrefix.endsWith(' ') ? promptText : ` ${promptText}`;
  if (linePrefix.trim() === '') return `- ${promptText}`;
  return linePrefix.endsWith(' ') ? promptText : ` ${promptText}`;
}
