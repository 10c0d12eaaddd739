/**
 * `Label: value` fields near the top of a doc, the way templates without front matter write their
 * metadata. Read from the first TOP_LINES lines that are not blank and not front matter, code or
 * HTML (as markdownScan.ts reads them); the first occurrence of a field wins. A line is read as:
 * - a field line: `Status: Accepted`, `**Status:** Draft`, `- Status: Accepted`, `> Status: …`,
 *   `## Status: Accepted`, or several fields on one line separated by ` · `, ` | ` or `;`
 *   (`Author: Ana · Reviewers: Bo, Cy`); the value ends at the next separator;
 * - a metadata table row, `| Status | Accepted |` (label and value cells in pairs, `\|` escapes a
 *   pipe). A header row (one above a `|---|---|` row) names columns instead when the first cell of
 *   the row below names no field (`| Status | Owner |` over `| Accepted | Ana |`): each field's
 *   value is its cell in that row; under a header `| Status | Accepted |`, rows `| Date | … |` are pairs.
 * Labels are ASCII words and `-` (at most LABEL_MAX characters), compared without case with runs
 * of blanks as one space; FIELD_LABELS maps each label read to its field. Linear in the lines read.
 */
import type { MarkdownStructure } from '../markdown/markdownScan';
import { lineTextStart } from '../markdown/promptUse';

/** The fields read from a doc's top lines. */
export type DocField = 'status' | 'date' | 'deciders' | 'reviewers' | 'revisit' | 'supersedes' | 'supersededBy';

/** The labels each field is written with (lower case). */
export const FIELD_LABELS: Readonly<Record<string, DocField>> = {
  'status': 'status',
  'date': 'date', 'start date': 'date', 'decision date': 'date',
  'deciders': 'deciders', 'decision-makers': 'deciders', 'decision makers': 'deciders',
  'reviewers': 'reviewers', 'reviewer': 'reviewers',
  'revisit': 'revisit', 'revisit on': 'revisit', 'revisit by': 'revisit',
  'supersedes': 'supersedes',
  'superseded by': 'supersededBy', 'superseded-by': 'supersededBy',
};

/** How many lines (not blank, outside front matter, code and HTML) are read for fields. */
export const TOP_LINES = 30;
/** A label is a word or a few: longer text before a colon is a sentence. */
export const LABEL_MAX = 24;

/** A field's value as written (emphasis around it removed) and its 0-based line. */
export interface FieldValue {
  readonly value: string;
  readonly line: number;
}

const SEPARATORS = [' · ', ' | ', ';'];

function isEmphasis(c: string | undefined): boolean {
  return c === '*' || c === '_';
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** The field a label names, from its text: emphasis and a trailing colon removed, blanks folded. */
function fieldOfLabel(text: string): DocField | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && (isBlank(text[start]) || isEmphasis(text[start]) || text[start] === '`')) start++;
  while (end > start && (isBlank(text[end - 1]) || isEmphasis(text[end - 1]) || text[end - 1] === '`' || text[end - 1] === ':')) end--;
  if (end - start > LABEL_MAX) return undefined;
  const label = text.slice(start, end).toLowerCase().split(/[ \t]+/).join(' ');
  return Object.hasOwn(FIELD_LABELS, label) ? FIELD_LABELS[label] : undefined;
}

/** A value without the emphasis and blanks around it. */
function cleanValue(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (isBlank(text[start]) || isEmphasis(text[start]))) start++;
  while (end > start && (isBlank(text[end - 1]) || isEmphasis(text[end - 1]))) end--;
  return text.slice(start, end);
}

/** `Label: value` at `from` in `line` up to `to`: the field and its value, or undefined. */
function fieldAt(line: string, from: number, to: number): { field: DocField; value: string } | undefined {
  let at = from;
  while (at < to && (isBlank(line[at]) || isEmphasis(line[at]))) at++;
  const labelStart = at;
  while (at < to && at - labelStart <= LABEL_MAX && line[at] !== ':') at++;
  if (line[at] !== ':' || at >= to) return undefined;
  const field = fieldOfLabel(line.slice(labelStart, at));
  return field && { field, value: cleanValue(line.slice(at + 1, to)) };
}

/** The fields of a field line (see the module comment), in order. */
export function lineFields(line: string): { field: DocField; value: string }[] {
  const out: { field: DocField; value: string }[] = [];
  let from = lineTextStart(line);
  // Where each separator next occurs: searched again only once passed, so the line is read once per separator.
  const ahead = SEPARATORS.map(() => -1);
  while (from <= line.length) {
    let to = line.length;
    let next = line.length + 1;
    SEPARATORS.forEach((sep, s) => {
      if (ahead[s]! < from && ahead[s] !== line.length) {
        const i = line.indexOf(sep, from);
        ahead[s] = i < 0 ? line.length : i;
      }
      if (ahead[s]! < to) {
        to = ahead[s]!;
        next = to + sep.length;
      }
    });
    const found = fieldAt(line, from, to);
    if (found) out.push(found);
    from = next;
  }
  return out;
}

/** The cells of a table row (`| a | b |`), trimmed; undefined when the line is no row. */
export function tableCells(line: string): string[] | undefined {
  let at = 0;
  while (isBlank(line[at])) at++;
  if (line[at] !== '|') return undefined;
  const cells: string[] = [];
  let cell = '';
  for (at++; at < line.length; at++) {
    const c = line[at]!;
    if (c === '\\' && line[at + 1] === '|') {
      cell += '|';
      at++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  if (cell.trim() !== '') cells.push(cell.trim());
  return cells;
}

/** Whether a table row is a delimiter row (`|---|:--:|`). */
function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => c.length > 0 && [...c].every((ch) => ch === '-' || ch === ':' || ch === ' '));
}

/** The fields of a doc's top lines (see the module comment): each field's first value and line. */
export function topFields(structure: MarkdownStructure): Map<DocField, FieldValue> {
  const found = new Map<DocField, FieldValue>();
  const add = (field: DocField, value: string, line: number) => {
    if (!found.has(field) && value !== '') found.set(field, { value, line });
  };
  const { lines, kinds } = structure;
  let read = 0;
  for (let i = 0; i < lines.length && read < TOP_LINES; i++) {
    const text = lines[i]!;
    if (kinds[i] !== 'text' || text.trim() === '') continue;
    read++;
    const cells = tableCells(text);
    if (!cells) {
      for (const { field, value } of lineFields(text)) add(field, value, i);
      continue;
    }
    const heads = cells.map(fieldOfLabel);
    const delimiter = tableCells(lines[i + 1] ?? '');
    const below = delimiter && isDelimiterRow(delimiter) ? tableCells(lines[i + 2] ?? '') : undefined;
    if (below && heads.some(Boolean) && fieldOfLabel(below[0] ?? '') === undefined) {
      // A header row over values: each field's value is its cell in the first row below.
      heads.forEach((field, c) => {
        if (field) add(field, cleanValue(below[c] ?? ''), i + 2);
      });
      i += 2;
      continue;
    }
    for (let c = 0; c + 1 < cells.length; c += 2) {
      const field = heads[c];
      if (field) add(field, cleanValue(cells[c + 1]!), i);
    }
  }
  return found;
}
