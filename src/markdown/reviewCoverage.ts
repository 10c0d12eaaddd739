/**
 * Why/how coverage of a design doc or review note: which phases its headings cover and how
 * many of our why and how prompts it already uses, per phase. Pure; cheap enough to rerun
 * on every (debounced) edit.
 */
import type { ContentSet } from '../content/contentSet';
import { PHASES, type Phase } from '../content/taxonomy';

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

const HEADING = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

function normalize(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function reviewCoverage(text: string, content: ContentSet): ReviewCoverage {
  const headings = text.split(/\r?\n/).map((l) => HEADING.exec(l)?.[1]).filter((h): h is string => h !== undefined).map((h) => ` ${normalize(h)} `);
  const body = normalize(text);
  const phases = PHASES.map((phase): PhaseCoverage => {
    const keywords = content.taxonomy.phases?.find((p) => p.id === phase)?.keywords ?? [phase];
    const heading = headings.some((h) => keywords.some((k) => h.includes(` ${normalize(k)} `)));
    let why = 0;
    let how = 0;
    for (const p of content.prompts) {
      if (p.for !== 'design-review' || p.phase !== phase || !body.includes(normalize(p.text))) continue;
      if (p.asks === 'why') why++;
      else how++;
    }
    return { phase, heading, why, how };
  });
  const used = content.prompts.filter((p) => p.for === 'design-review' && body.includes(normalize(p.text))).map((p) => p.id);
  return {
    phases,
    why: phases.reduce((n, p) => n + p.why, 0),
    how: phases.reduce((n, p) => n + p.how, 0),
    headings: phases.filter((p) => p.heading).length,
    used,
  };
}
