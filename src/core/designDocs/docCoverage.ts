/**
 * What a design doc says per review phase, read from its headings and the words under them:
 * each phase is missing (no section), thin (a section of fewer than THIN_WORDS words, or only a
 * placeholder such as TBD) or covered; plus how many of the phase's why and how prompts the
 * doc's review note already holds. Pure, and linear in the document's length: lines are read
 * once through markdownScan.ts (front matter, code and HTML are never headings), phases by
 * phaseHeadings.ts.
 *
 * Rules:
 * - A section runs from its heading to the next heading of the same or a higher level, so its
 *   subsections' words are its words too.
 * - The document's title is not a section: the first heading, when it is the only `#` heading.
 * - Words are runs of letters and digits. Not counted: HTML comments, template instructions in
 *   braces (a line that is `{…}`), and lines that start with one of our prompts (questions, not
 *   answers). Fenced code under a heading counts: an API sketch is content.
 * - A section whose only words are placeholders (PLACEHOLDERS) is thin, whatever their number.
 */
import type { Prompt, Taxonomy } from '../content/schema';
import { PHASES, type Phase } from '../content/taxonomy';
import { readMarkdown } from '../markdown/markdownScan';
import { phaseMatcher, phaseOfHeading, wordsOf } from './phaseHeadings';
import { promptIdAt, type KnownText } from '../markdown/promptUse';
import type { PhaseState, SectionState } from './phaseStates';

/** A section with fewer words than this is thin. */
export const THIN_WORDS = 40;

/** Words that stand in for a section not written yet; a section of only these is thin. */
export const PLACEHOLDERS = [
  'tbd', 'tbc', 'todo', 'to do', 'n a', 'na', 'none yet', 'wip', 'xxx', 'placeholder', 'lorem ipsum',
  'to be written', 'to be done', 'to be decided', 'to be determined', 'coming soon', 'fill in', 'fill me in',
] as const;

/** A section of the doc whose heading names a phase. */
export interface DocSection {
  readonly phase: Phase;
  /** 0-based line of its heading. */
  readonly line: number;
  readonly level: number;
  /** 0-based line where it ends: the next heading of its level or higher, else the line count. */
  readonly end: number;
  readonly heading: string;
  /** Words under it, its subsections included (see the module comment for what counts). */
  readonly words: number;
  /** True when every word under it is a placeholder (or it has none). */
  readonly placeholder: boolean;
  readonly state: SectionState;
}

export interface DocOutline {
  /** The first heading of the document, when it has one. */
  readonly title?: { readonly text: string; readonly line: number };
  readonly sections: readonly DocSection[];
  /** The phases that have a section, in review order. */
  readonly phases: readonly Phase[];
}

let placeholderPhrases: Map<string, string[][]> | undefined;

/** Placeholder phrases by their first word, built on first use (no work when the module loads). */
function placeholdersByFirstWord(): Map<string, string[][]> {
  if (placeholderPhrases) return placeholderPhrases;
  placeholderPhrases = new Map();
  for (const phrase of PLACEHOLDERS) {
    const words = wordsOf(phrase);
    (placeholderPhrases.get(words[0]!) ?? placeholderPhrases.set(words[0]!, []).get(words[0]!)!).push(words);
  }
  return placeholderPhrases;
}

/** Word count of `text` and whether any word is not part of a placeholder phrase. */
function countWords(text: string): { words: number; real: boolean } {
  const placeholderPhrases = placeholdersByFirstWord();
  const words = wordsOf(text);
  let real = false;
  for (let at = 0; at < words.length && !real;) {
    const phrase = placeholderPhrases.get(words[at]!)?.find((p) => p.every((w, k) => words[at + k] === w));
    if (phrase) at += phrase.length;
    else real = true;
  }
  return { words: words.length, real };
}

interface Open {
  readonly level: number;
  readonly line: number;
  readonly text: string;
  readonly phase: Phase | undefined;
  end: number;
  words: number;
  real: boolean;
}

/**
 * The phase sections of `text`. `known` are texts whose lines do not count as words (the
 * prompts: a question asked in the doc is not an answer).
 */
export function docOutline(text: string, taxonomy: Taxonomy, known: readonly KnownText[] = []): DocOutline {
  const matcher = phaseMatcher(taxonomy);
  /** Every heading in document order; `open` holds those whose section has not ended yet. */
  const all: Open[] = [];
  const open: Open[] = [];
  let topLevel = 0;
  let inComment = false;
  const add = (counted: { words: number; real: boolean }) => {
    for (const o of open) {
      o.words += counted.words;
      o.real ||= counted.real;
    }
  };
  const structure = readMarkdown(text);
  const { lines } = structure;
  let next = 0;
  for (let i = 0; i < lines.length; i++) {
    const kind = structure.kinds[i]!;
    const line = lines[i]!;
    if (kind === 'frontMatter' || kind === 'html') continue;
    if (kind === 'code') {
      if (open.length > 0) add(countWords(line));
      continue;
    }
    const heading = structure.headings[next];
    if (heading && heading.line === i) {
      next++;
      while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop()!.end = i;
      if (heading.level === 1) topLevel++;
      const section: Open = { level: heading.level, line: i, text: heading.text, phase: phaseOfHeading(heading.text, matcher), end: -1, words: 0, real: false };
      all.push(section);
      open.push(section);
      // A setext heading's text lines and underline are the heading, not words under it.
      i = heading.lastLine;
      continue;
    }
    // Outside HTML comments only; a comment may open and close anywhere on a line.
    let visible = '';
    for (let at = 0; at < line.length;) {
      const next = line.indexOf(inComment ? '-->' : '<!--', at);
      const end = next < 0 ? line.length : next;
      if (!inComment) visible += `${line.slice(at, end)} `;
      if (next < 0) break;
      at = next + (inComment ? 3 : 4);
      inComment = !inComment;
    }
    if (open.length === 0 || visible.trim() === '') continue;
    const trimmed = visible.trim();
    if (trimmed.startsWith('{') && trimmed.endsWith('}')) continue;
    if (known.length > 0 && promptIdAt(line, known) !== undefined) continue;
    add(countWords(visible));
  }
  for (const o of open) o.end = lines.length;
  const first = all[0];
  const titleIsFirst = first !== undefined && first.level === 1 && topLevel === 1;
  const sections = all.flatMap((o): DocSection[] => {
    if (!o.phase || (titleIsFirst && o === first)) return [];
    const placeholder = !o.real;
    return [{
      phase: o.phase, line: o.line, level: o.level, end: o.end, heading: o.text, words: o.words, placeholder,
      state: placeholder || o.words < THIN_WORDS ? 'thin' : 'covered',
    }];
  });
  const mapped = new Set(sections.map((s) => s.phase));
  return {
    ...(first ? { title: { text: first.text, line: first.line } } : {}),
    sections,
    phases: PHASES.filter((p) => mapped.has(p)),
  };
}

/** One phase of a doc: its state, its largest section, and its prompts in the doc's review note. */
export interface PhaseDocCoverage {
  readonly phase: Phase;
  readonly state: PhaseState;
  /** Words of its largest section (0 when missing). */
  readonly words: number;
  /** Heading line of its first section. */
  readonly line?: number;
  /** The phase's why and how prompts, and how many of them the review note holds or were asked there. */
  readonly whyTotal: number;
  readonly howTotal: number;
  readonly whyAsked: number;
  readonly howAsked: number;
}

/**
 * Per phase, in review order: covered when any of its sections is, thin when it has sections but
 * none is covered, else missing. `reviewed` are the prompt ids answered or asked in the review note.
 */
export function phaseCoverage(outline: DocOutline, prompts: readonly Prompt[], reviewed: ReadonlySet<string>): PhaseDocCoverage[] {
  const counts = new Map(PHASES.map((p) => [p, { whyTotal: 0, howTotal: 0, whyAsked: 0, howAsked: 0 }]));
  for (const p of prompts) {
    if (p.for !== 'design-review') continue;
    const c = counts.get(p.phase)!;
    const asked = reviewed.has(p.id) ? 1 : 0;
    if (p.asks === 'why') {
      c.whyTotal++;
      c.whyAsked += asked;
    } else {
      c.howTotal++;
      c.howAsked += asked;
    }
  }
  return PHASES.map((phase): PhaseDocCoverage => {
    const own = outline.sections.filter((s) => s.phase === phase);
    const state: PhaseState = own.length === 0 ? 'missing' : own.some((s) => s.state === 'covered') ? 'covered' : 'thin';
    const words = own.reduce((n, s) => Math.max(n, s.words), 0);
    return { phase, state, words, ...(own[0] ? { line: own[0].line } : {}), ...counts.get(phase)! };
  });
}
