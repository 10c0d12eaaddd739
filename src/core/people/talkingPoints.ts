/**
 * Talking points: what a lead collects for someone's next 1:1, kept under `## Next 1:1` in their
 * profile (person.md) until Start 1:1 Note moves them into the new note. Pure and linear: the
 * profile is read once through the one scanner; edits come back as positions for a WorkspaceEdit.
 *
 * A point is a top-level list item of the section that is not ticked (`- [ ] …`, or a plain
 * `- …` typed by hand), with the lines nested under it. Written points look like
 *   `- [ ] the retry loop ([src/ingest/retry.ts:42](../../../src/ingest/retry.ts#L42))`
 */
import { splitLines } from '../markdown/markdownScan';
import { relativeLink } from '../notes/carryOver';
import type { Section } from '../markdown/sections';
import { NEXT_ONE_ON_ONE_HEADING } from './profile';
import { appendToSection, profileSections, topLevelItems, type TextDelete, type TextInsert } from './profileSections';

export { lineBreakOf } from './profileSections';
export type { Position, TextDelete, TextInsert } from './profileSections';

/** Longest point text taken from a selection or typed, before the link. */
export const MAX_POINT_LENGTH = 120;

/** A link back to where a point came from: `label` shown, `target` relative to person.md. */
export interface PointLink {
  readonly label: string;
  readonly target: string;
}

export interface TalkingPoint {
  /** The point's words, without its checkbox and link; never empty. */
  readonly text: string;
  readonly link?: PointLink;
  /** 0-based line of the item. */
  readonly line: number;
  /** 0-based line after the item and what is nested under it (exclusive), trailing blank lines left out. */
  readonly end: number;
  /** The item's lines as written, moved left so the item starts at column 0. */
  readonly lines: readonly string[];
}

/** The `## Next 1:1` sections (any heading level), in order: a profile edited by hand may have two. */
export function nextSections(lines: readonly string[]): Section[] {
  return profileSections(lines, NEXT_ONE_ON_ONE_HEADING);
}

/** Splits a point's text at a trailing ` ([label](target))` link. Linear: one lastIndexOf, then a bounded check. */
export function parsePointLink(text: string): { text: string; link?: PointLink } {
  const at = text.lastIndexOf(' ([');
  if (at < 0 || !text.endsWith('))')) return { text };
  const rest = text.slice(at + 3, -2);
  const close = rest.indexOf('](');
  if (close < 0) return { text };
  const label = rest.slice(0, close);
  const target = rest.slice(close + 2);
  if (label === '' || label.includes(']') || target === '' || /[\s()]/.test(target)) return { text };
  const words = text.slice(0, at).trim();
  return words === '' ? { text } : { text: words, link: { label, target } };
}

/** Moves `line` left by `columns` of leading blanks, as far as it has them. */
function dedent(line: string, columns: number): string {
  let i = 0;
  while (i < columns && i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return line.slice(i);
}

/** The pending talking points of a profile, in order: unticked top-level items under `## Next 1:1`. */
export function talkingPoints(profileText: string): TalkingPoint[] {
  const lines = splitLines(profileText);
  return nextSections(lines).flatMap((section) => topLevelItems(lines, section)).flatMap((item): TalkingPoint[] => {
    if (item.checked === true || item.text === '') return [];
    const { text, link } = parsePointLink(item.text);
    const moved = lines.slice(item.line, item.end).map((l) => dedent(l, item.indent));
    return [{ text, ...(link ? { link } : {}), line: item.line, end: item.end, lines: moved }];
  });
}

/**
 * Where and what to insert to append `- [ ] <point>` under `## Next 1:1`: after the section's last
 * line that is not blank, or, without the section, a new one at the end of the profile.
 */
export function appendTalkingPoint(profileText: string, point: string): TextInsert {
  return appendToSection(profileText, NEXT_ONE_ON_ONE_HEADING, `- [ ] ${point}`);
}

/** What Start 1:1 Note takes from the profile: the points' lines for the note, and what to delete from the profile. */
export interface TakenPoints {
  readonly points: readonly TalkingPoint[];
  /** Every moved line, in order, for the note's "My agenda". */
  readonly lines: readonly string[];
  /** Deletions in the profile, in order and disjoint. */
  readonly deletions: readonly TextDelete[];
}

/**
 * The pending points of a profile and the deletions that remove exactly them (with their nested
 * lines). Points next to each other are deleted as one run, so no two deletions overlap.
 */
export function takeTalkingPoints(profileText: string): TakenPoints {
  const lines = splitLines(profileText);
  const points = talkingPoints(profileText);
  const runs: { start: number; end: number }[] = [];
  for (const p of points) {
    const last = runs[runs.length - 1];
    if (last && last.end === p.line) last.end = p.end;
    else runs.push({ start: p.line, end: p.end });
  }
  const deletions = runs.map(({ start, end }): TextDelete => {
    if (end < lines.length) return { start: { line: start, character: 0 }, end: { line: end, character: 0 } };
    // The last lines of the file: take the line break before them instead of one after.
    const to = { line: end - 1, character: lines[end - 1]!.length };
    return start > 0 ? { start: { line: start - 1, character: lines[start - 1]!.length }, end: to } : { start: { line: 0, character: 0 }, end: to };
  });
  return { points, lines: points.flatMap((p) => p.lines), deletions };
}

/** One line of text from a selection or an input: blanks and line breaks collapsed, cut at a word to `max` characters. */
export function pointText(raw: string, max = MAX_POINT_LENGTH): string {
  let out = '';
  let blank = false;
  for (const ch of raw.trim()) {
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v') {
      blank = true;
      continue;
    }
    if (blank && out !== '') out += ' ';
    blank = false;
    out += ch;
    if (out.length > max + 1) break;
  }
  if (out.length <= max) return out;
  // Never between the two halves of a surrogate pair.
  const code = out.charCodeAt(max - 1);
  const cut = out.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The relative path from folder `fromDir` to file `to`, both absolute `/`-separated paths, each
 * segment encoded as a link target (`../../../src/ingest/retry.ts`).
 */
export function relativeTarget(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let same = 0;
  while (same < from.length && same < target.length - 1 && from[same] === target[same]) same++;
  const up = from.slice(same).map(() => '..');
  return [...up, ...target.slice(same).map(relativeLink)].join('/');
}

/** A point's line after `- [ ] `: its text, and a link back to `file:line` when it came from a selection. */
export function pointLine(text: string, link?: PointLink): string {
  return link ? `${text} ([${link.label}](${link.target}))` : text;
}

/** The link for a selection starting on 1-based `line` of `label` (workspace-relative path), from person.md's folder. */
export function selectionLink(personDir: string, filePath: string, label: string, line: number): PointLink {
  return { label: `${label.replace(/[[\]]/g, '')}:${line}`, target: `${relativeTarget(personDir, filePath)}#L${line}` };
}
