/**
 * A review note of one design doc: the design-review template with the doc linked in its Context
 * section, its author named, and the phase sections reordered so the phases the doc misses or
 * covers thinly come first. Also where prompts go in an existing note. Pure.
 */
import { labelOf } from '../content/contentSet';
import type { Phase, Taxonomy, Template } from '../content/schema';
import { whyHowTaskLists, type WhyHowTexts } from '../markdown/contentBlocks';
import { docOutline } from './docCoverage';
import type { PhaseState } from './phaseStates';
import { splitLines } from '../markdown/markdownScan';
import { prependFrontMatter, renderNote, type NoteLabels, type RenderedNote } from '../notes/renderTemplate';

/** The relative path from the file `from` to the file `to`, both `/`-separated and relative to one root. */
export function relativePath(from: string, to: string): string {
  const a = from.split('/').filter(Boolean).slice(0, -1);
  const b = to.split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

/** A markdown link from the note at `notePath` to the doc at `docPath` (both workspace-relative): `[docs/a b.md](../../docs/a%20b.md)`. */
export function docLink(notePath: string, docPath: string): string {
  const target = relativePath(notePath, docPath).split('/')
    .map((segment) => segment.replace(/[ %()<>#?]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)).join('/');
  return `[${docPath.replace(/[\\`*_[\]<>]/g, (ch) => `\\${ch}`)}](${target})`;
}

/** What is known about the doc under review. */
export interface ReviewedDoc {
  /** Workspace-relative, `/`-separated. */
  readonly path: string;
  readonly title: string;
  readonly author?: string;
  /** Each phase's state in the doc; a phase not listed counts as covered. */
  readonly states: ReadonlyMap<Phase, PhaseState>;
}

const RANK: Record<PhaseState, number> = { missing: 0, thin: 1, covered: 2 };

/**
 * The template with its phase sections reordered, missing phases first, then thin ones, then
 * covered ones (each group in the template's order), in the slots the phase sections held; a
 * `remark` for a phase (such as "Not in the doc yet.") goes first in that section's body.
 */
export function reorderForDoc(template: Template, states: ReadonlyMap<Phase, PhaseState>, remark: (phase: Phase) => string | undefined): Template {
  const slots = template.sections.flatMap((s, i) => (s.phase ? [i] : []));
  const ordered = slots.map((i) => template.sections[i]!)
    .map((section, order) => ({ section, order, rank: RANK[states.get(section.phase!) ?? 'covered'] }))
    .sort((x, y) => x.rank - y.rank || x.order - y.order)
    .map(({ section }) => {
      const text = remark(section.phase!);
      return text ? { ...section, body: [`_${text}_`, ...(section.body ?? [])] } : section;
    });
  const sections = [...template.sections];
  slots.forEach((slot, k) => { sections[slot] = ordered[k]!; });
  return { ...template, sections };
}

export interface DocReviewRequest {
  readonly template: Template;
  readonly doc: ReviewedDoc;
  /** The note's own title (the doc's title unless the lead chose another). */
  readonly title: string;
  readonly date: string;
  /** Where the note will be, relative to the workspace, for the link back to the doc. */
  readonly notePath: string;
  readonly phasePrompts: (phase: Phase) => WhyHowTexts;
  readonly labels: NoteLabels;
  readonly remark: (phase: Phase) => string | undefined;
  /** A phase whose section the cursor should start in (its heading line), instead of the first empty slot. */
  readonly focus?: Phase;
  /** The `{{signOff}}` lines (one `- [ ] @reviewer` each); without them the slot's line goes. */
  readonly signOff?: readonly string[];
  /** A revisit review (the template is the revisit one): front matter says `kind: revisit`. */
  readonly revisit?: boolean;
}

/** The review note of a doc, with front matter `title`, `date`, `kind: design-review` (or `revisit`) and `doc`. */
export function docReviewNote(r: DocReviewRequest): RenderedNote {
  const template = reorderForDoc(r.template, r.doc.states, r.remark);
  const note = renderNote(template, {
    title: r.title, date: r.date, carriedOver: [], doc: docLink(r.notePath, r.doc.path), ...(r.doc.author ? { author: r.doc.author } : {}),
    ...(r.signOff ? { slots: { signOff: r.signOff } } : {}),
  }, r.phasePrompts, r.labels);
  const heading = template.sections.find((section) => section.phase !== undefined && section.phase === r.focus)?.heading;
  const line = heading === undefined ? -1 : note.text.split('\n').indexOf(`## ${heading}`);
  const focused = line < 0 ? note : { ...note, cursor: { line, character: heading!.length + 3 } };
  return prependFrontMatter(focused, { title: r.title, date: r.date, kind: r.revisit ? 'revisit' : 'design-review', doc: r.doc.path });
}

/** Text to insert into a note at a 0-based line and character. */
export interface Insertion {
  readonly line: number;
  readonly character: number;
  readonly text: string;
}

/**
 * Where prompts of `phase` go in an existing review note, and what to insert: `- [ ] ` items at
 * the end of the note's section about that phase (below what is already there), or, when the
 * note has none, a new section at the end with its why and how lists. Of several sections about
 * the phase, the one titled like the phase (`## Rollout`) wins, else the last (a note's
 * `## Context` reads as problem, but its `## Problem` section is where problem prompts go).
 */
export function phaseInsertion(noteText: string, phase: Phase, texts: WhyHowTexts, taxonomy: Taxonomy, labels: { why: string; how: string }): Insertion {
  const lines = splitLines(noteText);
  const title = labelOf(taxonomy.phases, phase);
  const own = docOutline(noteText, taxonomy).sections.filter((s) => s.phase === phase);
  const section = own.find((s) => s.heading.toLowerCase() === title.toLowerCase()) ?? own[own.length - 1];
  let last = lines.length - 1;
  while (last > 0 && lines[last]!.trim() === '') last--;
  if (!section) {
    const block = [`## ${title}`, '', ...whyHowTaskLists(texts, labels)].join('\n');
    return { line: last, character: lines[last]!.length, text: `\n\n${block}` };
  }
  let at = section.end - 1;
  while (at > section.line && lines[at]!.trim() === '') at--;
  const items = [...texts.why, ...texts.how].map((t) => `- [ ] ${t.replace(/\s+/g, ' ').trim()}`);
  return { line: at, character: lines[at]!.length, text: `${at === section.line ? '\n\n' : '\n'}${items.join('\n')}` };
}
