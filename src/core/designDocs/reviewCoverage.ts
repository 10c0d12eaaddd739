/**
 * Why/how coverage of a design doc or review note: which phases its headings cover and how
 * many of our why and how prompts it already uses, per phase. Pure and linear in the text's
 * length (headings are the one scanner's, prompts found by promptUse.ts), so it can rerun on every
 * debounced edit.
 */
import type { ContentSet } from '../content/contentSet';
import { PHASES, type Phase } from '../content/taxonomy';
import { headings } from '../markdown/markdownScan';
import { phaseMatcher, phaseOfHeading } from './phaseHeadings';
import { usedInDocument } from '../markdown/promptUse';

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

export function reviewCoverage(text: string, content: ContentSet): ReviewCoverage {
  // Each heading names at most one phase, by the one rule of phaseHeadings.ts.
  const matcher = phaseMatcher(content.taxonomy);
  const named = new Set<Phase>();
  for (const heading of headings(text)) {
    const phase = phaseOfHeading(heading.text, matcher);
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
