/**
 * Rules the bundled set must keep beyond the schema: every design phase has why and how
 * prompts, every 1:1 category has prompts at every depth (at least three that commit), no
 * prompt runs over 140 characters, each bank, the follow-ups and the shift reflections stay under
 * the fused-question limit (10%), every 1:1 prompt names engineering work or is tagged
 * `beyond-work` (few are), commit prompts stand alone, no prompt asks when the lead will reply,
 * the taxonomy has a label for every id, decision statuses have distinct words, and the note
 * templates fit their meetings. The build fails when one breaks; the unit tests check the same.
 */
import {
  asksWhenLeadReplies, BEYOND_WORK_TAG, beyondWorkPrompts, commitsLeaningBack, formatFused, fusedFigures, genericPrompts,
  MAX_BEYOND_WORK_SHARE, MAX_FUSED_SHARE, MAX_PROMPT_CHARS, MIN_COMMIT_PER_CATEGORY, overLong,
} from './contentChecks';
import type { ContentSet } from './contentSet';
import type { Template } from './schema';
import {
  ASKS, CATEGORIES, DECISION_STATUSES, DEPTHS, FEEDBACK_KINDS, HATS, MEETING_KINDS, MEETINGS, MOMENTS, ONE_ON_ONE_KINDS, PHASES,
} from './taxonomy';

function checkPrompts(content: ContentSet, broken: string[]): void {
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
  for (const f of fusedFigures(content.prompts, content.transitions)) {
    if (f.share >= MAX_FUSED_SHARE) broken.push(`fused questions at or over ${MAX_FUSED_SHARE * 100}%: ${formatFused(f)}: ${f.fused.join(', ')}`);
  }
  const generic = genericPrompts(content.prompts);
  if (generic.length > 0) broken.push(`1:1 prompts that name no engineering work and are not tagged "${BEYOND_WORK_TAG}": ${generic.join(', ')}`);
  const beyond = beyondWorkPrompts(content.prompts);
  const oneOnOne = content.prompts.filter((p) => p.for === 'one-on-one').length;
  if (beyond.length > MAX_BEYOND_WORK_SHARE * oneOnOne) {
    broken.push(`more than ${MAX_BEYOND_WORK_SHARE * 100}% of 1:1 prompts tagged "${BEYOND_WORK_TAG}": ${beyond.join(', ')}`);
  }
  const leaning = commitsLeaningBack(content.prompts);
  if (leaning.length > 0) broken.push(`commit prompts that lean on the talk before them ("this goal", "we just discussed"): ${leaning.join(', ')}`);
  const replies = asksWhenLeadReplies(content.prompts);
  if (replies.length > 0) broken.push(`prompts that ask when the lead will reply (the lead names the date): ${replies.join(', ')}`);
}

function checkTaxonomy(content: ContentSet, broken: string[]): void {
  const t = content.taxonomy;
  const expect: [string, readonly string[], readonly { id: string }[] | undefined][] = [
    ['hats', HATS, t.hats], ['asks', ASKS, t.asks], ['phases', PHASES, t.phases],
    ['categories', CATEGORIES, t.categories], ['depths', DEPTHS, t.depths], ['moments', MOMENTS, t.moments],
    ['meetings', MEETINGS, t.meetings], ['kinds', MEETING_KINDS, t.kinds], ['statuses', DECISION_STATUSES, t.statuses],
    ['feedbackKinds', FEEDBACK_KINDS, t.feedbackKinds],
  ];
  for (const [name, ids, labels] of expect) {
    for (const id of ids) if (!labels?.some((l) => l.id === id)) broken.push(`taxonomy.${name} has no label for "${id}"`);
  }
  const statusOf = new Map<string, string>();
  for (const status of t.statuses ?? []) {
    if (!status.keywords?.length) broken.push(`taxonomy.statuses "${status.id}" has no status words`);
    for (const word of status.keywords ?? []) {
      if (word !== word.toLowerCase()) broken.push(`taxonomy.statuses "${status.id}": "${word}" is not lower-case`);
      const earlier = statusOf.get(word);
      if (earlier !== undefined) broken.push(`taxonomy.statuses: "${word}" means both "${earlier}" and "${status.id}"`);
      else statusOf.set(word, status.id);
    }
  }
}

const kindOf = (tpl: Template) => tpl.kind ?? 'regular';

function checkTemplates(content: ContentSet, broken: string[]): void {
  for (const meeting of MEETINGS) {
    const regular = content.templates.filter((tpl) => tpl.for === meeting && kindOf(tpl) === 'regular');
    if (regular.length !== 1) broken.push(`${regular.length} regular note templates for "${meeting}": there must be exactly one`);
    // Commands that take the first template of a meeting take the regular one.
    const first = content.templates.find((tpl) => tpl.for === meeting);
    if (regular.length === 1 && first !== regular[0]) broken.push(`the first "${meeting}" template is "${first?.id}": the regular one must come first`);
    if (!content.checklists.some((c) => c.for === meeting)) broken.push(`no checklist for "${meeting}"`);
  }
  const seen = new Map<string, string>();
  for (const tpl of content.templates) {
    const kind = kindOf(tpl);
    const key = `${tpl.for}/${kind}/${tpl.session ?? '-'}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) broken.push(`templates "${earlier}" and "${tpl.id}" are both for ${key}: at most one template per for, kind and session`);
    else seen.set(key, tpl.id);
    if (tpl.session !== undefined && kind !== 'career') broken.push(`template "${tpl.id}" has a session but is not a career conversation`);
    if (tpl.for === 'one-on-one' && !(ONE_ON_ONE_KINDS as readonly string[]).includes(kind)) broken.push(`template "${tpl.id}" is a 1:1 of kind "${kind}"`);
    if (tpl.for === 'design-review' && kind !== 'regular' && kind !== 'revisit') broken.push(`template "${tpl.id}" is a design review of kind "${kind}"`);
    if (tpl.for !== 'one-on-one' && tpl.for !== 'design-review' && kind !== 'regular') broken.push(`template "${tpl.id}" is for "${tpl.for}" and cannot have kind "${kind}"`);
    if (tpl.for !== 'reflection' && tpl.sections.some((s) => s.repeat)) broken.push(`template "${tpl.id}" repeats a section per shift: only reflections do`);
    const lines = tpl.sections.flatMap((s) => s.body ?? []).map((l) => l.trim());
    // Carry-over reads the newest earlier note: a 1:1 note that drops the open items loses them for the next one.
    if (tpl.for === 'one-on-one' && kind !== 'handover' && !lines.includes('{{carriedOver}}')) broken.push(`1:1 template "${tpl.id}" has no {{carriedOver}} line`);
    if (kind === 'handover' && (lines.includes('{{carriedOverPrivate}}') || tpl.sections.some((s) => s.heading.trim().toLowerCase() === 'private'))) {
      broken.push(`handover template "${tpl.id}" has a Private section: a handover never holds private notes`);
    }
  }
  if (!content.templates.some((tpl) => tpl.for === 'reflection' && tpl.sections.some((s) => s.repeat === 'shift'))) {
    broken.push('no reflection template with a section repeated per shift');
  }
}

export function checkInvariants(content: ContentSet): string[] {
  const broken: string[] = [];
  checkPrompts(content, broken);
  checkTaxonomy(content, broken);
  checkTemplates(content, broken);
  return broken;
}
