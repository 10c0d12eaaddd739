/**
 * Markdown snippets generated from the content set at build time, so `contributes.snippets`
 * never drifts from the content (and is never edited by hand). Pure and deterministic: the
 * same content gives the same JSON, key order included. Every prefix starts with `th-` so
 * typing `th-` lists them together.
 */
import { labelOf, type ContentSet } from '../content/contentSet';
import { pickPhasePrompts, PROMPTS_PER_ASK } from '../content/promptQuery';
import type { Meeting, Prompt, Template } from '../content/schema';
import { ASKS, CATEGORIES, PHASES } from '../content/taxonomy';
import { checklistMarkdown, hatTally, situationMarkdown } from '../markdown/contentBlocks';
import { LINE_SLOTS } from '../notes/renderTemplate';

/** One entry of a VS Code snippets file. */
export interface SnippetDefinition {
  readonly prefix: string;
  /** Lines joined with `\n` by VS Code; text is escaped, tab stops are not. */
  readonly body: string[];
  readonly description: string;
}

/** A VS Code snippets file: snippet name → definition. */
export type SnippetFile = Record<string, SnippetDefinition>;

const OPENERS = 3;
const TEMPLATE_PREFIX: Record<Meeting, string> = { 'one-on-one': 'th-1on1', 'design-review': 'th-review' };
const DATE = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';

/** Escapes text for a snippet body: `\`, `$` and `}` are the characters VS Code's snippet grammar reads. */
export function escapeSnippetText(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

/** Numbers tab stops in body order; `$0` (the final cursor) is placed by the caller. */
class Body {
  readonly lines: string[] = [];
  private next = 1;
  private readonly named = new Map<string, number>();

  stop(name?: string, placeholder?: string): string {
    const known = name === undefined ? undefined : this.named.get(name);
    const n = known ?? this.next++;
    if (name !== undefined) this.named.set(name, n);
    return placeholder === undefined || known !== undefined ? `\${${n}}` : `\${${n}:${placeholder}}`;
  }

  task(text: string): void {
    this.lines.push(`- [ ] ${escapeSnippetText(text)}`);
  }
}

/** A template line with `{{person}}`, `{{title}}` and `{{date}}` turned into tab stops, the rest escaped. */
function fillLine(line: string, body: Body): string {
  return line.split(/(\{\{\w+\}\})/).map((part) => {
    const m = /^\{\{(\w+)\}\}$/.exec(part);
    if (!m) return escapeSnippetText(part);
    return body.stop(m[1], m[1] === 'date' ? DATE : m[1]);
  }).join('');
}

/** The first opener of each 1:1 category, in taxonomy order: a light start across topics. */
function openers(content: ContentSet): Prompt[] {
  return CATEGORIES.flatMap((c) => content.prompts.find((p) => p.for === 'one-on-one' && p.category === c && p.depth === 'opener') ?? [])
    .slice(0, OPENERS);
}

/**
 * A note template as a snippet: headings become `#`/`##`, placeholders tab stops, bare list
 * lines tab stops, the first empty body line the final cursor. A design-review phase section
 * lists its first why and how prompt; a 1:1 gets a few openers after the title. Carried-over
 * items and the sections of line slots (goals, sign-off) are left out: only the note command knows them.
 */
function templateSnippet(content: ContentSet, template: Template): { body: string[]; included: Prompt[] } {
  const body = new Body();
  const included: Prompt[] = [];
  let final = false;
  template.sections.forEach((section, i) => {
    // Carried-over items and the slots the features fill (goals, sign-off…) are the note command's to write.
    if (section.body?.some((l) => l.includes('{{carriedOver}}') || LINE_SLOTS.some((slot) => l.trim() === `{{${slot}}}`))) return;
    if (body.lines.length > 0) body.lines.push('');
    body.lines.push(`${i === 0 ? '#' : '##'} ${fillLine(section.heading, body)}`);
    if (i === 0 && template.for === 'one-on-one') {
      included.push(...openers(content));
      if (included.length > 0) body.lines.push('', '**Openers**', ...included.map((p) => `- ${escapeSnippetText(p.text)}`));
    }
    if (section.phase) {
      const phase = section.phase;
      const pick = pickPhasePrompts(content.prompts, phase, PROMPTS_PER_ASK.snippet);
      const picks = [...pick.why, ...pick.how];
      included.push(...picks);
      for (const p of picks) body.task(p.text);
    }
    for (const line of section.body ?? []) {
      if (line === '' && !final) {
        body.lines.push('$0');
        final = true;
      } else if (/^\s*(?:- \[ \]|-) $/.test(line)) body.lines.push(`${escapeSnippetText(line)}${body.stop()}`);
      else body.lines.push(fillLine(line, body) + (line.endsWith(': ') ? body.stop() : ''));
    }
  });
  if (!final) body.lines.push('$0');
  return { body: body.lines, included };
}

/** Ensures unique prefixes and names however packs name things: a repeat gets `-2`, `-3`, … */
function uniquer(): (wanted: string) => string {
  const used = new Set<string>();
  return (wanted) => {
    let name = wanted;
    for (let n = 2; used.has(name); n++) name = `${wanted}-${n}`;
    used.add(name);
    return name;
  };
}

/** A block the palette commands insert, as snippet lines ending at the final cursor: one look everywhere. */
function escapedBlock(markdown: string): string[] {
  return [...markdown.replace(/\n$/, '').split('\n').map(escapeSnippetText), '$0'];
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';

/** Builds the markdown snippets file from `content`: see the module comment for the prefixes. */
export function buildSnippets(content: ContentSet): SnippetFile {
  const t = content.taxonomy;
  const out: SnippetFile = {};
  const prefixOf = uniquer();
  const nameOf = uniquer();
  const add = (name: string, prefix: string, body: string[], description: string): void => {
    out[nameOf(`Two Hats: ${name}`)] = { prefix: prefixOf(prefix), body, description };
  };
  const templated = new Set<Meeting>();
  for (const template of content.templates) {
    // Only a meeting's usual note is typed as a snippet. A reflection is started by its command (this
    // month's file, every shift); the other meeting kinds, feedback and review evidence are offered by theirs.
    if ((template.for !== 'one-on-one' && template.for !== 'design-review') || (template.kind ?? 'regular') !== 'regular') continue;
    const { body, included } = templateSnippet(content, template);
    const prefix = templated.has(template.for) ? `th-tpl-${slug(template.id.replace(/^template\./, ''))}` : TEMPLATE_PREFIX[template.for];
    templated.add(template.for);
    const what = template.for === 'one-on-one' ? `${included.length} openers` : 'why and how prompts per phase';
    const mix = included.length > 0 ? ` · ${hatTally(content.taxonomy, included.map((p) => p.hat))}` : '';
    add(template.title, prefix, body, `${labelOf(content.taxonomy.meetings, template.for)} · ${template.title} with ${what}${mix}`);
  }
  for (const list of content.checklists) {
    add(`${list.title} checklist`, `th-check-${slug(list.id)}`, escapedBlock(checklistMarkdown(list, t)),
      `${labelOf(t.meetings, list.for)} checklist · ${list.title} · ${hatTally(content.taxonomy, list.items.map((i) => i.hat))}`);
  }
  for (const phase of PHASES) for (const asks of ASKS) {
    const prompts = pickPhasePrompts(content.prompts, phase)[asks];
    if (prompts.length === 0) continue;
    const body = new Body();
    for (const p of prompts) body.task(p.text);
    body.lines.push('$0');
    const label = `${labelOf(t.asks, asks)} · ${labelOf(t.phases, phase)}`;
    add(`${label} prompts`, `th-${asks}-${phase}`, body.lines,
      `Design review · ${labelOf(t.phases, phase)} phase · ${labelOf(t.asks, asks)} · ${hatTally(content.taxonomy, prompts.map((p) => p.hat))}`);
  }
  for (const category of CATEGORIES) {
    const prompts = content.prompts.filter((p) => p.for === 'one-on-one' && p.category === category);
    if (prompts.length === 0) continue;
    const body = new Body();
    for (const p of prompts) body.task(p.text);
    body.lines.push('$0');
    const label = labelOf(t.categories, category);
    add(`1:1 ${label} prompts`, `th-1on1-${category}`, body.lines, `1:1 · ${label} · ${hatTally(content.taxonomy, prompts.map((p) => p.hat))}`);
  }
  for (const shift of content.transitions) {
    const body = new Body();
    body.lines.push(`**${escapeSnippetText(`${shift.from} → ${shift.to}`)}**: ${escapeSnippetText(shift.meaning)}`, '');
    for (const r of shift.reflections) body.lines.push(`- ${escapeSnippetText(r.text)}`, `  - ${body.stop()}`);
    body.lines.push('$0');
    add(`Shift ${shift.from} to ${shift.to}`, `th-shift-${slug(shift.from)}`, body.lines,
      `Manager to leader shift · ${shift.from} → ${shift.to} · ${labelOf(t.hats, 'lead')} · ${shift.reflections.length} reflections`);
  }
  for (const s of content.situations) {
    const hat = labelOf(t.hats, s.hat);
    add(`Which hat: ${s.title}`, `th-hat-${slug(s.id)}`, escapedBlock(situationMarkdown(s, t)), `Which hat now · ${hat} · ${s.title}`);
  }
  return out;
}
