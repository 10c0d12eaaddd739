/**
 * Rules the bundled set must keep beyond the schema: every design phase has why and how
 * prompts, every 1:1 category has prompts at every depth (at least three that commit), no
 * prompt runs over 140 characters, each bank stays under the fused-question limit (10%), and the
 * taxonomy has a label for every id. The build fails when one breaks; the unit tests check the same.
 */
import { fusedFigure, formatFused, MAX_FUSED_SHARE, MAX_PROMPT_CHARS, MIN_COMMIT_PER_CATEGORY, overLong } from './contentChecks';
import type { ContentSet } from './contentSet';
import { ASKS, CATEGORIES, DEPTHS, HATS, MEETINGS, MOMENTS, PHASES } from './taxonomy';

export function checkInvariants(content: ContentSet): string[] {
  const broken: string[] = [];
  for (const phase of PHASES) {
    for (const asks of ASKS) {
      const n = content.prompts.filter((p) => p.for === 'design-review' && p.phase === phase && p.asks === asks).length;
      if (n === 0) broken.push(`design-review phase "${phase}" has no "${asks}" prompt`);
    }
  }
  for (const category of CATEGORIES) {
    for (const depth of DEPTHS) {
      const n = content.prompts.filter((p) => p.for === 'one-on-one' && p.category === category && p.depth === depth).length;
      if (n === 0) broken.push(`one-on-one category "${category}" has no "${depth}" prompt`);
      else if (depth === 'commit' && n < MIN_COMMIT_PER_CATEGORY) {
        broken.push(`one-on-one category "${category}" has ${n} "commit" prompts, fewer than ${MIN_COMMIT_PER_CATEGORY}`);
      }
    }
  }
  const long = overLong(content.prompts);
  if (long.length > 0) broken.push(`prompts over ${MAX_PROMPT_CHARS} characters (text or followUp): ${long.join(', ')}`);
  for (const bank of ['one-on-one', 'design-review'] as const) {
    const f = fusedFigure(content.prompts, bank);
    if (f.share >= MAX_FUSED_SHARE) {
      broken.push(`fused questions at or over ${MAX_FUSED_SHARE * 100}%: ${formatFused(f)}: ${f.fused.join(', ')}`);
    }
  }
  const t = content.taxonomy;
  const expect: [string, readonly string[], readonly { id: string }[] | undefined][] = [
    ['hats', HATS, t.hats], ['asks', ASKS, t.asks], ['phases', PHASES, t.phases],
    ['categories', CATEGORIES, t.categories], ['depths', DEPTHS, t.depths], ['moments', MOMENTS, t.moments],
    ['meetings', MEETINGS, t.meetings],
  ];
  for (const [name, ids, labels] of expect) {
    for (const id of ids) if (!labels?.some((l) => l.id === id)) broken.push(`taxonomy.${name} has no label for "${id}"`);
  }
  for (const meeting of ['one-on-one', 'design-review'] as const) {
    if (!content.templates.some((tpl) => tpl.for === meeting)) broken.push(`no note template for "${meeting}"`);
    if (!content.checklists.some((c) => c.for === meeting)) broken.push(`no checklist for "${meeting}"`);
  }
  if (!content.templates.some((tpl) => tpl.for === 'reflection' && tpl.sections.some((s) => s.repeat === 'shift'))) {
    broken.push('no reflection template with a section repeated per shift');
  }
  for (const tpl of content.templates) {
    if (tpl.for !== 'reflection' && tpl.sections.some((s) => s.repeat)) broken.push(`template "${tpl.id}" repeats a section per shift: only reflections do`);
  }
  return broken;
}
