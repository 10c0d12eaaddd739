/** Markdown blocks for checklists and situations, as inserted into notes. Pure. */
import { labelOf } from '../content/contentSet';
import type { Checklist, Hat, Phase, Prompt, Situation, Taxonomy } from '../content/schema';
import { MOMENTS } from '../content/taxonomy';

/** "Leader 8, Manager 6, Both hats 4": which hat a set of items leans on, most used first. */
export function hatMix(taxonomy: Taxonomy, hats: readonly Hat[]): string {
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

/** A design-doc section for a phase: its heading, then a few why and a few how prompts to answer. */
export function phaseSectionMarkdown(phase: Phase, prompts: readonly Prompt[], taxonomy: Taxonomy, perKind = 2): string {
  const inPhase = prompts.filter((p) => p.for === 'design-review' && p.phase === phase);
  const lines = [`## ${labelOf(taxonomy.phases, phase)}`, ''];
  for (const asks of ['why', 'how'] as const) {
    lines.push(`**${labelOf(taxonomy.asks, asks)}**`, '');
    for (const p of inPhase.filter((x) => x.asks === asks).slice(0, perKind)) lines.push(`- [ ] ${p.text}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A situation with its hat, signals and moves; moves become tasks so they can be followed up. */
export function situationMarkdown(situation: Situation, taxonomy: Taxonomy): string {
  const hat = labelOf(taxonomy.hats, situation.hat);
  const lines = [`**${situation.title}** (${hat})`];
  if (situation.summary) lines.push('', situation.summary);
  lines.push('', ...situation.signals.map((s) => `- ${s}`), '', ...situation.moves.map((m) => `- [ ] ${m}`));
  return `${lines.join('\n')}\n`;
}
