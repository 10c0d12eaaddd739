/**
 * Text shown to the lead, with the characters that could make it lie made visible: bidirectional
 * overrides and isolates (a right-to-left override can make `evil` read `live`) and control
 * characters other than tab and line breaks become `[U+202E]`, as VS Code's editor shows them; so do
 * zero-width spaces and joiners that hide in names (`Ana` and `Ana` + U+200B never read alike). The
 * zero-width joiner of emoji sequences (👩‍💻) stays. Linear: one pass of a single character class.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (ch) => `[U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
