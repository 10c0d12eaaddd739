/**
 * Why/how coverage of a design doc or review note: which phases its headings cover and how
 * many of our why and how prompts it already uses, per phase. Pure and linear in the text's
 * length (headings are read by hand, prompts found by promptUse.ts), so it can rerun on every
 * debounced edit.
 */
import type { ContentSet } from '../content/contentSet';
import { PHASES, type Phase } from '../content/taxonomy';
import { scanMarkdown, splitLines } from './markdownScan';
import { phaseMatcher, phaseOfHeading } from './phaseHeadings';
import { usedInDocument } from './promptUse';

export interface PhaseCoverage {
  readonly phase: Phase;
  /** A heading of the document names this phase (by its keywords). */
  readonly heading: boolean;
  readonly why: number;
  readonly how: number;
}

export interface ReviewCoverage {
  readonly phases: readonly PhaseCoverage[];
  readonly why: number;
  readonly how: number;
  readonly headings: number;
  /** Ids of the prompts the document contains. */
  readonly used: readonly string[];
}

/**
 * The text of an ATX heading line (`## Rollout plan ##` → `Rollout plan`), else undefined:
 * up to 3 spaces, 1-6 `#`, a blank (or nothing), the text, an optional closing `#` run.
 */
export function headingText(line: string): string | undefined {
  let at = 0;
  while (at < 3 && line[at] === ' ') at++;
  let hashes = 0;
  while (line[at + hashes] === '#') hashes++;
  if (hashes < 1 || hashes > 6) return undefined;
  const after = line[at + hashes];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  let end = line.length;
  while (end > at + hashes && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  // A closing run of `#` counts only after a blank.
  let close = end;
  while (close > at + hashes && line[close - 1] === '#') close--;
  if (close < end && (close === at + hashes || line[close - 1] === ' ' || line[close - 1] === '\t')) end = close;
  return line.slice(at + hashes, end).trim();
}

/** Lower-case words of letters and digits, space-separated, with a space at each end (for whole-word search). */
export function headingWords(text: string): string {
  // One regular expression pass (a single character class, no backtracking); building the
  // string by hand and asking `endsWith` flattens it each time, which is quadratic.
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return words ? ` ${words} ` : ' ';
}

export function reviewCoverage(text: string, content: ContentSet): ReviewCoverage {
  // Each heading names at most one phase, by the one rule of phaseHeadings.ts.
  const matcher = phaseMatcher(content.taxonomy);
  const named = new Set<Phase>();
  for (const line of scanMarkdown(splitLines(text))) {
    if (line.kind !== 'text') continue;
    const heading = headingText(line.text);
    const phase = heading === undefined ? undefined : phaseOfHeading(heading, matcher);
    if (phase) named.add(phase);
  }
  const used = usedInDocument(text, content.prompts);
  const phases = PHASES.map((phase): PhaseCoverage => {
    const heading = named.has(phase);
    let why = 0;
    let how = 0;
    for (const p of content.prompts) {
      if (p.for !== 'design-review' || p.phase !== phase || !used.has(p.id)) continue;
      if (p.asks === 'why') why++;
      else how++;
    }
    return { phase, heading, why, how };
  });
  return {
    phases,
    why: phases.reduce((n, p) => n + p.why, 0),
    how: phases.reduce((n, p) => n + p.how, 0),
    headings: phases.filter((p) => p.heading).length,
    used: content.prompts.filter((p) => p.for === 'design-review' && used.has(p.id)).map((p) => p.id),
  };
}
