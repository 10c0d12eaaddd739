/** Markdown blocks for checklists and situations, as inserted into notes. Pure. */
import { labelOf } from '../content/contentSet';
import type { Checklist, Hat, Phase, Prompt, Situation, Taxonomy } from '../content/schema';
import { MOMENTS } from '../content/taxonomy';
import { pickPhasePrompts, PROMPTS_PER_ASK } from '../content/promptQuery';

/** "Leader 8, Manager 6, Both hats 4": how many items wear each hat, most used first (the hat mix of notes is core/hatBalance/hatMix.ts). */
export function hatTally(taxonomy: Taxonomy, hats: readonly Hat[]): string {
  const counts = new Map<Hat, number>();
  for (const h of hats) counts.set(h, (counts.get(h) ?? 0) + 1);
  const order = (taxonomy.hats ?? []).map((l) => l.id);
  return [...counts].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([h, n]) => `${labelOf(taxonomy.hats, h)} ${n}`).join(', ');
}

/** A checklist as GitHub task lists, one bold label per moment (before / during / after). */
export function checklistMarkdown(list: Checklist, taxonomy: Taxonomy): string {
  const out: string[] = [];
  for (const when of MOMENTS) {
    const items = list.items.filter((i) => i.when === when);
    if (items.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(`**${list.title}: ${labelOf(taxonomy.moments, when)}**`, '');
    for (const item of items) out.push(`- [ ] ${item.text}`);
  }
  return `${out.join('\n')}\n`;
}

/** Prompt texts to list as why and how task lists. */
export interface WhyHowTexts {
  readonly why: readonly string[];
  readonly how: readonly string[];
}

/**
 * The one writer of why/how task lists: for each side with prompts, a bold label, a blank line
 * and `- [ ] ` items (each text on one line), the two sides apart by a blank line.
 */
export function whyHowTaskLists(texts: WhyHowTexts, labels: { readonly why: string; readonly how: string }): string[] {
  const out: string[] = [];
  for (const [label, list] of [[labels.why, texts.why], [labels.how, texts.how]] as const) {
    if (list.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(`**${label}**`, '', ...list.map((t) => `- [ ] ${t.replace(/\s+/g, ' ').trim()}`));
  }
  return out;
}

/** The why and how labels of the taxonomy. */
export function whyHowLabels(taxonomy: Taxonomy): { why: string; how: string } {
  return { why: labelOf(taxonomy.asks, 'why'), how: labelOf(taxonomy.asks, 'how') };
}

/** The texts of a phase's first `perAsk` why and how prompts (see pickPhasePrompts). */
export function phaseTexts(prompts: readonly Prompt[], phase: Phase, perAsk: number): WhyHowTexts {
  const pick = pickPhasePrompts(prompts, phase, perAsk);
  return { why: pick.why.map((p) => p.text), how: pick.how.map((p) => p.text) };
}

/** A design-doc section for a phase: its heading, then a few why and a few how prompts to answer. */
export function phaseSectionMarkdown(phase: Phase, prompts: readonly Prompt[], taxonomy: Taxonomy): string {
  const lists = whyHowTaskLists(phaseTexts(prompts, phase, PROMPTS_PER_ASK.section), whyHowLabels(taxonomy));
  return `${[`## ${labelOf(taxonomy.phases, phase)}`, '', ...lists].join('\n')}\n`;
}

/** A situation with its hat, signals and moves; moves become tasks so they can be followed up. */
export function situationMarkdown(situation: Situation, taxonomy: Taxonomy): string {
  const hat = labelOf(taxonomy.hats, situation.hat);
  const lines = [`**${situation.title}** (${hat})`];
  if (situation.summary) lines.push('', situation.summary);
  lines.push('', ...situation.signals.map((s) => `- ${s}`), '', ...situation.moves.map((m) => `- [ ] ${m}`));
  return `${lines.join('\n')}\n`;
}
