/**
 * The lines of each review-evidence section over a period, each dated and linked to its source
 * line, with the dated entries the fairness check counts and how many private items were left
 * out. Pure; linear in the input (plus sorting by date).
 */
import type { EvidenceInput } from './evidenceInput';
import type { CommitmentState, EvidenceLabels } from './evidenceLabels';
import type { EvidenceEntry } from './fairness';
import { feedbackKey } from './feedback';
import { goalKey } from './goals';
import { inPeriod, isValidPeriod, monthsOf } from './period';
import { fileLink, rebaseLink, sourceLink, sourceTarget, type SourceRef } from './sourceLinks';
import type { PointLink } from '../people/talkingPoints';

/** A section's lines (empty: nothing in the period), its dated entries, and the private items it left out. */
export interface SectionLines {
  readonly lines: string[];
  readonly entries: EvidenceEntry[];
  readonly leftOut: number;
}

/** A goal with the dates it was discussed in the period, as the fairness check reads it. */
export interface GoalForFairness {
  readonly text: string;
  readonly discussions: readonly string[];
}

const byDate = <T extends { readonly date?: string }>(a: T, b: T) => (a.date ?? '').localeCompare(b.date ?? '');

function shown(input: EvidenceInput, isPrivate: boolean | undefined): boolean {
  return input.includePrivate === true || isPrivate !== true;
}

function profileSource(input: EvidenceInput, line: number): string {
  return sourceLink({ path: input.profilePath, line });
}

/** A link written in person.md, relative to the workspace root; dropped when it cannot be followed from there. */
function ownLink(input: EvidenceInput, link: PointLink | undefined): string {
  const rebased = link && rebaseLink(link, input.profilePath);
  return rebased ? ` ([${rebased.label}](${rebased.target}))` : '';
}

/** Goals open during the period or reached in it, with how often each was discussed in the period. */
export function goalLines(input: EvidenceInput, labels: EvidenceLabels): SectionLines & { readonly goals: GoalForFairness[] } {
  const { period } = input;
  const talks = new Map<string, { date: string; source: SourceRef; private: boolean }[]>();
  for (const d of input.discussions) if (inPeriod(d.date, period)) (talks.get(d.key) ?? talks.set(d.key, []).get(d.key)!).push(d);
  let leftOut = 0;
  const lines: string[] = [];
  const entries: EvidenceEntry[] = [];
  const goals: GoalForFairness[] = [];
  for (const goal of input.goals) {
    if ((goal.reachedOn !== undefined && goal.reachedOn < period.from) || (goal.set !== undefined && goal.set > period.to)) continue;
    if (!shown(input, goal.private)) {
      leftOut++;
      continue;
    }
    const all = talks.get(goalKey(goal)) ?? [];
    const found = all.filter((d) => shown(input, d.private)).sort(byDate);
    // A private discussion of a goal shown is left out; one of a goal left out is inside that goal.
    leftOut += all.length - found.length;
    const last = found[found.length - 1];
    entries.push(...found.map((d) => ({ date: d.date, kind: 'goal' as const })));
    goals.push({ text: goal.text, discussions: found.map((d) => d.date) });
    const details = [
      ...(goal.set !== undefined && inPeriod(goal.set, period) ? [labels.goals.set(goal.set)] : []),
      ...(goal.due ? [labels.goals.due(goal.due)] : []),
      ...(goal.reachedOn ? [labels.goals.reachedOn(goal.reachedOn)] : []),
      labels.goals.discussed(found.length),
      ...(last ? [labels.goals.lastDiscussed(`[${last.date}](${sourceTarget(last.source)})`)] : []),
    ];
    lines.push(`- **${goal.reached ? labels.goals.reached : labels.goals.open}** ${goal.text} (${details.join(', ')}) ${profileSource(input, goal.line)}`);
  }
  return { lines, entries, leftOut, goals };
}

/** Wins dated in the period, oldest first. */
export function winLines(input: EvidenceInput): SectionLines {
  const inside = input.wins.filter((w) => inPeriod(w.date, input.period));
  const kept = inside.filter((w) => shown(input, w.private)).sort(byDate);
  return {
    lines: kept.map((w) => `- ${w.date} ${w.text}${ownLink(input, w.link)} ${profileSource(input, w.line)}`),
    entries: kept.map((w) => ({ date: w.date!, kind: 'win' })),
    leftOut: inside.length - kept.length,
  };
}

/** Feedback logged in the period, oldest first: delivered (in person.md or by a ticked copy in a note) or still to deliver. */
export function feedbackLines(input: EvidenceInput, labels: EvidenceLabels): SectionLines {
  const deliveries = new Map<string, { date: string; source: SourceRef }>();
  for (const d of input.deliveries ?? []) {
    const known = deliveries.get(d.key);
    if (!known || d.date < known.date) deliveries.set(d.key, { date: d.date, source: d.source });
  }
  const inside = input.feedback.filter((f) => inPeriod(f.date, input.period));
  const kept = inside.filter((f) => shown(input, f.private)).sort(byDate);
  const lines = kept.map((f) => {
    const delivery = deliveries.get(feedbackKey(f));
    const kind = f.kind ? `**${labels.feedback.kinds[f.kind]}** ` : '';
    const state = f.delivered || delivery
      ? `${labels.feedback.delivered(f.deliveredOn ?? delivery?.date)}${delivery && !f.delivered ? ` ${sourceLink(delivery.source)}` : ''}`
      : labels.feedback.toDeliver;
    return `- ${f.date} ${kind}${f.text}${ownLink(input, f.link)} (${state}) ${profileSource(input, f.line)}`;
  });
  return { lines, entries: kept.map((f) => ({ date: f.date!, kind: 'feedback' })), leftOut: inside.length - kept.length };
}

/** Where a commitment stands (see CommitmentState), open ones judged at the period's end. */
export function commitmentState(c: { readonly checked: boolean; readonly due?: string; readonly done?: string }, periodEnd: string): CommitmentState {
  if (c.checked) return c.done && c.due ? (c.done <= c.due ? 'onTime' : 'late') : 'done';
  return c.due && c.due < periodEnd ? 'overdue' : 'open';
}

/** Commitments made, due or done in the period, or still open at its end, grouped by who owes them. */
export function commitmentLines(input: EvidenceInput, labels: EvidenceLabels): SectionLines {
  const { period } = input;
  const inside = !isValidPeriod(period) ? [] : input.commitments.filter((c) => [c.made, c.due, c.done].some((d) => inPeriod(d, period)) || (!c.checked && c.made <= period.to));
  const kept = inside.filter((c) => shown(input, c.private)).sort((a, b) => a.made.localeCompare(b.made));
  const lines: string[] = [];
  for (const owner of ['me', 'them', 'shared'] as const) {
    const group = kept.filter((c) => c.owner === owner);
    if (group.length === 0) continue;
    const counts: Record<CommitmentState, number> = { onTime: 0, late: 0, done: 0, open: 0, overdue: 0 };
    const items = group.map((c) => {
      const state = commitmentState(c, period.to);
      counts[state]++;
      const dates = [...(c.due ? [labels.commitments.due(c.due)] : []), ...(c.done ? [labels.commitments.done(c.done)] : [])];
      return `- ${c.made} ${c.text} (${[labels.commitments.states[state], ...dates].join(', ')}) ${sourceLink(c.source)}`;
    });
    if (lines.length > 0) lines.push('');
    lines.push(`**${labels.commitments.groups[owner]}**: ${labels.commitments.counts(counts)}`, '', ...items);
  }
  const entries = kept.flatMap((c): EvidenceEntry[] => {
    const date = [c.made, c.done, c.due].find((d) => inPeriod(d, period));
    return date ? [{ date, kind: 'commitment' }] : [];
  });
  return { lines, entries, leftOut: inside.length - kept.length };
}

/** Design docs they wrote and reviews they took part in, dated in the period, oldest first. */
export function designDocLines(input: EvidenceInput, labels: EvidenceLabels): SectionLines {
  const inside = input.designDocs.filter((d) => inPeriod(d.date, input.period));
  const kept = inside.filter((d) => shown(input, d.private)).sort(byDate);
  return {
    lines: kept.map((d) => `- ${d.date} ${labels.designDocs.roles[d.role]}: ${fileLink(d.title, d.path)}`),
    entries: kept.map((d) => ({ date: d.date, kind: 'designDoc' })),
    leftOut: inside.length - kept.length,
  };
}

/** Commits per month of the period (months without any show 0); not given: one line that says so. */
export function commitLines(input: EvidenceInput, labels: EvidenceLabels): SectionLines {
  if (!input.commits) return { lines: [labels.commits.notGiven], entries: [], leftOut: 0 };
  const counts = new Map<string, number>();
  for (const c of input.commits) counts.set(c.month, (counts.get(c.month) ?? 0) + Math.max(0, c.count));
  const months = monthsOf(input.period);
  const total = months.reduce((sum, m) => sum + (counts.get(m) ?? 0), 0);
  return { lines: total === 0 ? [] : months.map((m) => `- ${labels.commits.month(m, counts.get(m) ?? 0)}`), entries: [], leftOut: 0 };
}
