/**
 * The named sections of a profile (person.md): `## Next 1:1` (talking points) and the long loop's
 * `## Goals`, `## Wins` and `## Feedback`. One way to find a section, its top-level items and where
 * a new line goes, so every list of person.md is read and appended to alike. Pure and linear: the
 * profile is read once through the one scanner; edits come back as positions for a WorkspaceEdit.
 */
import { readMarkdown, splitLines, type ListItem } from '../markdown/markdownScan';
import { headingIs, sections, type Section } from '../markdown/sections';

export interface Position {
  readonly line: number;
  readonly character: number;
}

/** Text to insert at a position of the original text. */
export interface TextInsert {
  readonly at: Position;
  readonly text: string;
}

/** A span of the original text to delete, `start` inclusive, `end` exclusive. */
export interface TextDelete {
  readonly start: Position;
  readonly end: Position;
}

/** A span of the original text (`start` inclusive, `end` exclusive) to replace with `text`. */
export interface TextReplace extends TextDelete {
  readonly text: string;
}

/**
 * The sections whose heading names `heading` (any level, case and a trailing colon ignored), in
 * order: a profile edited by hand may have two. One nested in another is already inside it, so
 * only the outer one is listed and no line belongs to two of them.
 */
export function profileSections(lines: readonly string[], heading: string): Section[] {
  const all = sections(lines).filter((s) => headingIs(s.heading, heading));
  const outer: Section[] = [];
  for (const s of all) if (outer.length === 0 || s.heading.line >= outer[outer.length - 1]!.end) outer.push(s);
  return outer;
}

/** The top-level items of `section` (not nested, not quoted), each cut at the section's end. */
export function topLevelItems(lines: readonly string[], section: Section): (ListItem & { readonly end: number })[] {
  return readMarkdown(lines).items
    .filter((item) => item.ancestors.length === 0 && !item.quoted && item.line >= section.bodyStart && item.line < section.end)
    .map((item) => ({ ...item, end: Math.min(item.end, section.end) }));
}

/** The line break a text uses (its first one), `\n` when it has none. */
export function lineBreakOf(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return '\n';
    if (c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\n';
}

/**
 * Where and what to insert to append `line` (a whole markdown line, such as `- [ ] point`) to the
 * first section named `heading`: after its last line that is not blank (right after a list, a
 * blank line before anything else), or, without the section, a new `## heading` at the end of the
 * profile. The profile's line break is kept, and nothing of the profile is replaced: the insert
 * only adds text, so no line is ever lost.
 */
export function appendToSection(profileText: string, heading: string, line: string): TextInsert {
  const lines = splitLines(profileText);
  const eol = lineBreakOf(profileText);
  const section = profileSections(lines, heading)[0];
  if (!section) {
    const last = lines.length - 1;
    const tail = lines[last]!;
    // End the last line, then leave one blank line before the new heading.
    const lead = profileText.trim() === '' ? '' : tail.trim() === '' ? (last > 0 && lines[last - 1]!.trim() !== '' ? eol : '') : eol + eol;
    return { at: { line: last, character: tail.length }, text: `${lead}## ${heading}${eol}${eol}${line}${eol}` };
  }
  let last = section.end - 1;
  while (last > section.heading.lastLine && lines[last]!.trim() === '') last--;
  const afterList = last > section.heading.lastLine && topLevelItems(lines, section).some((b) => last >= b.line && last < b.end);
  return { at: { line: last, character: lines[last]!.length }, text: `${afterList ? eol : eol + eol}${line}` };
}
