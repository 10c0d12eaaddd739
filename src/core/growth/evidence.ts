/**
 * Review evidence for one person over a period: a markdown document in the order of the
 * review-evidence template (content/templates.json), whose body lines `{{fairness}}`, `{{goals}}`,
 * `{{wins}}`, `{{feedback}}`, `{{commitments}}`, `{{designDocs}}` and `{{commits}}` become the
 * evidence of each kind (evidenceSections.ts), every line dated and linked to its source line.
 * Items from private parts are left out unless asked for, and the document always says which it
 * did, under its title. A section with nothing in the period says so in one line; a section the
 * template has no place for is added at the end, never dropped. Every word the code writes comes
 * from the labels; so do the bundled template's own words (its title, intro and headings are the
 * English labels), so the lead reads the document in their language unless a team pack gave a
 * template of its own words. Pure; nothing is saved.
 */
import type { Template } from '../content/schema';
import { asInlineText } from '../notes/renderTemplate';
import type { EvidenceInput } from './evidenceInput';
import { DEFAULT_EVIDENCE_LABELS, EVIDENCE_SECTIONS, type EvidenceLabels, type EvidenceSection } from './evidenceLabels';
import {
  commitLines, commitmentLines, designDocLines, feedbackLines, goalLines, winLines, type GoalForFairness, type SectionLines,
} from './evidenceSections';
import { fairness, fairnessTable, type EvidenceEntry } from './fairness';
import type { Period } from './period';

/** The assembled document; `leftOutPrivate` is 0 whenever `included` is `private`. */
export interface Evidence {
  /** The document: `\n` line breaks, ending with one. */
  readonly text: string;
  /** How many items from private parts were left out (0 when they were included). */
  readonly leftOutPrivate: number;
  /** Whether private parts were included or only shared ones. */
  readonly included: 'private' | 'shared';
}

/** The fairness section: the months × kinds table and what to look at again. */
function fairnessLines(entries: readonly EvidenceEntry[], period: Period, goals: readonly GoalForFairness[], labels: EvidenceLabels): string[] {
  const result = fairness(entries, period, goals);
  if (result.months.every((m) => m.count === 0)) return [];
  const flags = [
    ...(result.emptyMonths.length > 0 ? [labels.fairness.emptyMonths(result.emptyMonths)] : []),
    ...(result.recencyFlag ? [labels.fairness.recency(Math.round(result.recentShare * 100))] : []),
    ...(result.neverDiscussedGoals.length > 0 ? [labels.fairness.neverDiscussed(result.neverDiscussedGoals)] : []),
  ];
  return [...fairnessTable(result, labels.fairness).split('\n'), '', ...(flags.length > 0 ? flags.map((f) => `- ${f}`) : [labels.fairness.balanced])];
}

/** Every section's lines for `input` (empty ones replaced by their empty-state line) and the private items left out. */
function sectionLines(input: EvidenceInput, labels: EvidenceLabels): { bySection: Record<EvidenceSection, string[]>; leftOut: number } {
  const goals = goalLines(input, labels);
  const parts: Record<Exclude<EvidenceSection, 'fairness'>, SectionLines> = {
    goals,
    wins: winLines(input),
    feedback: feedbackLines(input, labels),
    commitments: commitmentLines(input, labels),
    designDocs: designDocLines(input, labels),
    commits: commitLines(input, labels),
  };
  const all = Object.values(parts);
  const bySection = {
    fairness: fairnessLines(all.flatMap((p) => p.entries), input.period, goals.goals, labels),
    ...Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, part.lines])),
  } as Record<EvidenceSection, string[]>;
  for (const name of EVIDENCE_SECTIONS) if (bySection[name].length === 0) bySection[name] = [labels.empty[name]];
  return { bySection, leftOut: all.reduce((sum, p) => sum + p.leftOut, 0) };
}

const PLACEHOLDER = /\{\{(person|period)\}\}/g;

type Section = { readonly heading: string; readonly body?: readonly string[] };

/** The document's sections in `labels`' words: the title and intro, then each section under its heading. */
export function labelledSections(labels: EvidenceLabels): Section[] {
  return [
    { heading: labels.title('{{person}}', '{{period}}'), body: [labels.intro('{{person}}', '{{period}}')] },
    ...EVIDENCE_SECTIONS.map((name) => ({ heading: labels.headings[name], body: [`{{${name}}}`] })),
  ];
}

/**
 * Whether `template` says only what the English labels say (the bundled review-evidence template
 * does, and a unit test keeps it so): then the labels, in the lead's language, stand in for it.
 */
export function isLabelWording(template: Template): boolean {
  const english = labelledSections(DEFAULT_EVIDENCE_LABELS);
  return template.sections.length === english.length && template.sections.every((s, i) => {
    const e = english[i]!;
    const body = s.body ?? [];
    return s.phase === undefined && s.repeat === undefined && s.heading === e.heading
      && body.length === e.body!.length && body.every((line, j) => line === e.body![j]);
  });
}

/** The evidence document for `input` (see the module comment); `template` is the review-evidence template in use. */
export function assembleEvidence(input: EvidenceInput, labels: EvidenceLabels = DEFAULT_EVIDENCE_LABELS, template?: Template): Evidence {
  const { bySection, leftOut } = sectionLines(input, labels);
  const person = asInlineText(input.person);
  const period = labels.period(input.period.from, input.period.to);
  // One pass, so a name that looks like a placeholder is never expanded again.
  const fill = (line: string) => line.replace(PLACEHOLDER, (_, name: string) => (name === 'person' ? person : period));
  const sections: readonly Section[] = template && !isLabelWording(template) ? template.sections : labelledSections(labels);
  const placed = new Set<EvidenceSection>();
  const blocks = sections.map((section) => {
    const body = (section.body ?? []).flatMap((line) => {
      const slot = /^\{\{(\w+)\}\}$/.exec(line.trim())?.[1] as EvidenceSection | undefined;
      if (slot === undefined || !EVIDENCE_SECTIONS.includes(slot)) return [fill(line)];
      if (placed.has(slot)) return [];
      placed.add(slot);
      return bySection[slot];
    });
    while (body.length > 0 && body[body.length - 1]!.trim() === '') body.pop();
    return { heading: fill(section.heading), body };
  });
  const privacy = input.includePrivate === true ? labels.privateIncluded : leftOut > 0 ? labels.privateLeftOut(leftOut) : labels.nothingPrivate;
  blocks[0]?.body.push(...(blocks[0].body.length > 0 ? [''] : []), privacy);
  for (const name of EVIDENCE_SECTIONS) if (!placed.has(name)) blocks.push({ heading: labels.headings[name], body: bySection[name] });
  const lines = blocks.flatMap((block, i) => [...(i === 0 ? [] : ['']), `${i === 0 ? '#' : '##'} ${block.heading}`, ...(block.body.length > 0 ? ['', ...block.body] : [])]);
  return { text: `${lines.join('\n')}\n`, leftOutPrivate: input.includePrivate === true ? 0 : leftOut, included: input.includePrivate === true ? 'private' : 'shared' };
}
