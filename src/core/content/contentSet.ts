/**
 * Merging packs into one content set. Later packs override earlier ones by id within a
 * collection; an id used twice among the packs being added is a problem to report.
 */
import type { Checklist, Pack, Prompt, Situation, Taxonomy, Template, Transition } from './schema';
import type { ContentProblem } from './validate';

/** Everything the surfaces draw from. Ids are unique across every collection. */
export interface ContentSet {
  readonly prompts: readonly Prompt[];
  readonly checklists: readonly Checklist[];
  readonly situations: readonly Situation[];
  readonly templates: readonly Template[];
  readonly transitions: readonly Transition[];
  readonly taxonomy: Taxonomy;
}

export interface SourcedPack {
  readonly source: string;
  readonly pack: Pack;
}

export const emptyContent: ContentSet = {
  prompts: [], checklists: [], situations: [], templates: [], transitions: [], taxonomy: {},
};

type Identified = { id: string; items?: { id: string }[]; reflections?: { id: string }[] };

/** Every id an item owns: its own and, for checklists and shifts, those of its parts. */
function idsOf(item: Identified): string[] {
  return [item.id, ...(item.items ?? []).map((i) => i.id), ...(item.reflections ?? []).map((r) => r.id)];
}

/**
 * A pack's label replaces the one with its id (title, summary), except its `keywords`: those are
 * added to the ones already there (a union, earlier ones first), so a team pack can teach Two
 * Hats its own heading words (or status words) without losing the bundled ones.
 */
function mergeLabels<T extends { id: string; keywords?: string[] }>(base: readonly T[] | undefined, more: readonly T[] | undefined): T[] | undefined {
  if (!more) return base ? [...base] : undefined;
  const byId = new Map((base ?? []).map((l) => [l.id, l]));
  for (const l of more) {
    const earlier = byId.get(l.id)?.keywords;
    const keywords = earlier && l.keywords ? [...new Set([...earlier, ...l.keywords])] : l.keywords ?? earlier;
    byId.set(l.id, keywords ? { ...l, keywords } : l);
  }
  return [...byId.values()];
}

function mergeTaxonomy(base: Taxonomy, more: Taxonomy | undefined): Taxonomy {
  if (!more) return base;
  return {
    hats: mergeLabels(base.hats, more.hats), asks: mergeLabels(base.asks, more.asks),
    phases: mergeLabels(base.phases, more.phases), categories: mergeLabels(base.categories, more.categories),
    depths: mergeLabels(base.depths, more.depths), moments: mergeLabels(base.moments, more.moments),
    meetings: mergeLabels(base.meetings, more.meetings), kinds: mergeLabels(base.kinds, more.kinds),
    statuses: mergeLabels(base.statuses, more.statuses), feedbackKinds: mergeLabels(base.feedbackKinds, more.feedbackKinds),
    // Words add up: a pack adds its language's word for private, it never takes English's away.
    privateWords: [...new Set([...base.privateWords ?? [], ...more.privateWords ?? []])],
  };
}

/**
 * Adds `packs` over `base`. Same id as in `base` = override (kept in base's order);
 * new id = addition; an id claimed twice within `packs` = problem (the later one still wins).
 */
export function mergePacks(base: ContentSet, packs: readonly SourcedPack[]): { content: ContentSet; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const claimed = new Map<string, string>();

  function merge<T extends Identified>(name: string, baseItems: readonly T[], pick: (pack: Pack) => readonly T[] | undefined): T[] {
    const byId = new Map(baseItems.map((x) => [x.id, x]));
    for (const { source, pack } of packs) {
      pick(pack)?.forEach((item, index) => {
        for (const id of idsOf(item)) {
          const earlier = claimed.get(id);
          if (earlier) problems.push({ file: source, path: [name, index, 'id'], message: `id "${id}" is already used in ${earlier}` });
          else claimed.set(id, source);
        }
        byId.set(item.id, item);
      });
    }
    return [...byId.values()];
  }

  const content: ContentSet = {
    prompts: merge<Prompt>('prompts', base.prompts, (p) => p.prompts),
    checklists: merge<Checklist>('checklists', base.checklists, (p) => p.checklists),
    situations: merge<Situation>('situations', base.situations, (p) => p.situations),
    templates: merge<Template>('templates', base.templates, (p) => p.templates),
    transitions: merge<Transition>('transitions', base.transitions, (p) => p.transitions),
    taxonomy: packs.reduce((t, { pack }) => mergeTaxonomy(t, pack.taxonomy), base.taxonomy),
  };
  return { content, problems };
}

/** The display title of a taxonomy id, falling back to the id itself. */
export function labelOf(labels: readonly { id: string; title: string }[] | undefined, id: string): string {
  return labels?.find((l) => l.id === id)?.title ?? id;
}
