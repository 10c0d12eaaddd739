/**
 * A design doc read as a decision, the way each template writes its status:
 * 1. front matter `status:` (MADR);
 * 2. else the first line of a `## Status` section that is not blank, a heading or code (Nygard
 *    ADRs; list markers and emphasis are read past). Later lines of that section that start with
 *    `Supersedes` name what the doc replaced, as adr-tools writes them;
 * 3. else a `Status:` field near the top (docFields.ts: a field line or a metadata table row).
 * A source whose value is blank is passed over. The status words come from the taxonomy
 * (statusWords.ts); `Superseded by <reference>` names the successor.
 *
 * The other fields come from front matter first, else from the top fields: `date`, `deciders`
 * (or `decision-makers`), `reviewers` (a list or a comma-separated text), `revisit`,
 * `superseded-by` and `supersedes`. A date that does not exist is a problem on its line, and the
 * field is left out. Nothing here throws: a doc with nothing readable is an `unknown` decision.
 */
import type { Taxonomy } from '../content/schema';
import { isIsoDate } from '../dates';
import { readMarkdown, type MarkdownStructure } from '../markdown/markdownScan';
import { lineTextStart } from '../markdown/promptUse';
import { headingIs, sections } from '../markdown/sections';
import { cutText, type Decision, type DecisionProblem, type Reference, type Status, type StatusSource } from './decision';
import { topFields, type DocField, type FieldValue } from './docFields';
import { baseName, docIdentity } from './docIdentity';
import { frontMatterFields, type FrontMatterEntry } from './frontMatterFields';
import { parseReference, parseReferences, splitOutsideBrackets } from './references';
import { readStatusText, statusMatcher, type StatusMatcher } from './statusWords';

/** A doc as the host hands it over: its workspace-relative, `/`-separated path and its text. */
export interface DocText {
  readonly path: string;
  readonly text: string;
}

/** A value read from front matter or a top field, with its line. */
type Found = FrontMatterEntry | FieldValue;

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Names from a list or a comma-separated text: trimmed, unquoted, `@` kept, no duplicates (ignoring case). */
export function namesOf(value: unknown): string[] {
  const raw = Array.isArray(value) ? value.map(asText) : (asText(value) ?? '').split(',');
  const seen = new Set<string>();
  const names: string[] = [];
  for (const item of raw) {
    let name = (item ?? '').trim();
    if (name.length >= 2 && (name[0] === '"' || name[0] === "'") && name[name.length - 1] === name[0]) name = name.slice(1, -1).trim();
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** A `YYYY-MM-DD` date (a timestamp's day too), or undefined with a problem when it names no day. */
function dateOf(found: Found | undefined, key: string, problems: DecisionProblem[]): string | undefined {
  const raw = found && asText(found.value);
  if (!found || !raw) return undefined;
  if (isIsoDate(raw)) return raw;
  const day = raw.slice(0, 10);
  if (raw.length > 10 && (raw[10] === 'T' || raw[10] === ' ') && isIsoDate(day)) return day;
  problems.push({ line: found.line, kind: 'impossibleDate', key, value: cutText(raw) });
  return undefined;
}

interface StatusRead {
  readonly status: Status;
  readonly source: StatusSource;
  readonly line?: number;
  readonly after: string;
  readonly supersedes: readonly Reference[];
}

/** The status from a `## Status` section, and the `Supersedes …` lines under it. */
function sectionStatus(text: string, structure: MarkdownStructure, matcher: StatusMatcher): StatusRead | undefined {
  const section = sections(text).find((s) => headingIs(s.heading, 'status'));
  if (!section) return undefined;
  const headingLines = new Set(structure.headings.filter((h) => h.line >= section.bodyStart && h.line < section.end).flatMap((h) => [h.line, h.lastLine]));
  let first: { status: Status; after: string; line: number } | undefined;
  const supersedes: Reference[] = [];
  for (let i = section.bodyStart; i < section.end; i++) {
    const line = structure.lines[i]!;
    if (structure.kinds[i] !== 'text' || headingLines.has(i) || line.trim() === '') continue;
    const value = line.slice(lineTextStart(line));
    if (!first) {
      const read = readStatusText(value, matcher);
      if (read.status.kind === 'unknown') continue;
      first = { ...read, line: i };
    } else if (value.slice(0, 10).toLowerCase() === 'supersedes') {
      const reference = parseReference(value.slice(10));
      if (reference) supersedes.push(reference);
    }
  }
  return first && { status: first.status, source: 'section', line: first.line, after: first.after, supersedes };
}

function readStatus(front: Found | undefined, text: string, structure: MarkdownStructure, top: Map<DocField, FieldValue>, matcher: StatusMatcher): StatusRead {
  const frontText = front && asText(front.value);
  if (front && frontText) {
    const read = readStatusText(frontText, matcher);
    if (read.status.kind !== 'unknown') return { ...read, source: 'frontMatter', line: front.line, supersedes: [] };
  }
  const section = sectionStatus(text, structure, matcher);
  if (section) return section;
  const field = top.get('status');
  if (field) {
    const read = readStatusText(field.value, matcher);
    if (read.status.kind !== 'unknown') return { ...read, source: 'line', line: field.line, supersedes: [] };
  }
  return { status: { kind: 'unknown' }, source: 'none', after: '', supersedes: [] };
}

/** The doc's title: its only `#` heading, else front matter `title`, else its file name. */
function titleOf(structure: MarkdownStructure, frontTitle: unknown, path: string): string {
  const top = structure.headings.filter((h) => h.level === 1);
  if (top.length === 1 && top[0]!.text !== '') return top[0]!.text;
  const fromFront = asText(frontTitle);
  return fromFront || baseName(path);
}

/** The doc at `doc.path` read as a decision (see the module comment). Never throws. */
export function readDecision(doc: DocText, taxonomy: Taxonomy): Decision {
  const structure = readMarkdown(doc.text);
  const front = frontMatterFields(doc.text, structure.lines);
  const top = topFields(structure);
  const problems: DecisionProblem[] = front.problem ? [front.problem] : [];
  const pick = (keys: readonly string[], field: DocField): Found | undefined => front.get(keys) ?? top.get(field);

  const status = readStatus(front.get(['status']), doc.text, structure, top, statusMatcher(taxonomy));
  const title = titleOf(structure, front.get(['title'])?.value, doc.path);
  const identity = docIdentity(doc.path, title);
  const date = dateOf(pick(['date'], 'date'), 'date', problems);
  const revisit = dateOf(pick(['revisit'], 'revisit'), 'revisit', problems);

  const successorField = pick(['superseded-by', 'superseded_by', 'supersededBy'], 'supersededBy');
  const successorText = successorField && asText(successorField.value);
  const supersededBy = successorText ? parseReference(successorText)
    : status.status.kind === 'superseded' ? parseReference(status.after) : undefined;
  const replacedField = front.get(['supersedes']);
  const topReplaced = top.get('supersedes');
  const supersedes = replacedField ? parseReferences(replacedField.value)
    : [...status.supersedes, ...(topReplaced ? splitOutsideBrackets(topReplaced.value).flatMap((t) => parseReference(t) ?? []) : [])];

  return {
    path: doc.path,
    title,
    kind: identity.kind,
    ...(identity.number === undefined ? {} : { number: identity.number }),
    status: status.status,
    statusSource: status.source,
    ...(status.line === undefined ? {} : { statusLine: status.line }),
    ...(date ? { date } : {}),
    deciders: namesOf(pick(['deciders', 'decision-makers', 'decision_makers'], 'deciders')?.value),
    reviewers: namesOf(pick(['reviewers'], 'reviewers')?.value),
    ...(revisit ? { revisit } : {}),
    ...(supersededBy ? { supersededBy } : {}),
    supersedes,
    problems,
  };
}
