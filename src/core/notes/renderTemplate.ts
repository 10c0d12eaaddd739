/**
 * Renders a note template to markdown. Pure: no clock, no content loading; the caller passes the
 * date, the carried-over lines and the prompts of each phase.
 */
import type { Phase, Template } from '../content/schema';
import { whyHowTaskLists, type WhyHowTexts } from '../markdown/contentBlocks';
import { noteWithFrontMatter } from './frontMatter';
import { isPrivateHeading, PRIVATE_HEADING } from './privacy';

/** Values for a template's placeholders. `date` is `YYYY-MM-DD`; `carriedOver` are ready markdown lines (from `carryOver`). */
export interface NoteVars {
  readonly person?: string;
  readonly title?: string;
  readonly date: string;
  readonly carriedOver: readonly string[];
  /** The reviewed doc as a ready markdown link (written as is); `{{doc}}` is empty without one. */
  readonly doc?: string;
  /** Who wrote the reviewed doc; `{{author}}` is empty without one, leaving `Author: ` to fill. */
  readonly author?: string;
  /** Talking points moved from the profile, ready markdown lines, for `{{talkingPoints}}`. */
  readonly talkingPoints?: readonly string[];
  /** Open items of the previous note's `## Private` sections, for `{{carriedOverPrivate}}`. */
  readonly carriedOverPrivate?: readonly string[];
  /** A period in words, for `{{period}}` (review evidence). */
  readonly period?: string;
  /**
   * Ready markdown lines for the line slots (LINE_SLOTS: `{{openGoals}}`, `{{signOff}}`…): a body line
   * that is exactly a slot becomes its lines, or goes when the caller gives none.
   */
  readonly slots?: Readonly<Partial<Record<LineSlot, readonly string[]>>>;
}

/** Body lines the features fill with ready markdown lines: goals, sign-off, the career session, handover and evidence parts. */
export const LINE_SLOTS = ['openGoals', 'signOff', 'careerSession', 'profile', 'openCommitments', 'fairness', 'goals', 'wins', 'feedback', 'commitments', 'designDocs', 'commits'] as const;
export type LineSlot = (typeof LINE_SLOTS)[number];

/** Prompt texts listed under a phase section, why first. */
export type PhasePrompts = WhyHowTexts;

/** The few words the renderer writes itself; pass localized ones from the adapter. */
export interface NoteLabels {
  readonly why: string;
  readonly how: string;
  /** Shown in italics where `{{carriedOver}}` stands when nothing is carried. */
  readonly nothingCarried: string;
  /** Heading of the section added for talking points when the template has no `{{talkingPoints}}`. */
  readonly myAgenda?: string;
}

export const DEFAULT_NOTE_LABELS: NoteLabels = { why: 'Why', how: 'How', nothingCarried: 'Nothing open from last time.', myAgenda: 'My agenda' };

/** A 0-based position, as VS Code counts: `character` in UTF-16 code units. */
export interface CursorPosition {
  readonly line: number;
  readonly character: number;
}

/** A rendered note: `text` uses `\n` line endings and ends with one; `cursor` lies inside it. */
export interface RenderedNote {
  readonly text: string;
  readonly cursor: CursorPosition;
}

const PLACEHOLDER = /\{\{(person|date|title|doc|author|period)\}\}/g;
const CARRIED_OVER = '{{carriedOver}}';
const TALKING_POINTS = '{{talkingPoints}}';
const CARRIED_OVER_PRIVATE = '{{carriedOverPrivate}}';
const EMPTY_SLOT = '- ';
// Characters that would turn a name into emphasis, code, a link, HTML or a closing `#` run.
const MARKDOWN_SIGNIFICANT = /[\\`*_[\]<>#]/g;

/**
 * The note for `template`. The first section, when it has neither body nor phase, is the `# ` title;
 * every other section is `## heading`, a blank line, its body. `{{person}}`, `{{date}}` and `{{title}}`
 * in headings and body are replaced in one pass, so a value is never expanded again (a person named
 * `{{date}}` stays `{{date}}`); a value is put on one line with `\ ` * _ [ ] < > #` backslash-escaped,
 * and a placeholder with no value is left as written for the user to fill, except `{{doc}}` (a
 * markdown link, written as is) and `{{author}}`, which are left empty. A body line that is
 * `{{carriedOver}}` becomes the carried lines, or an italic "nothing open" line; a line that is
 * `{{talkingPoints}}` or `{{carriedOverPrivate}}` becomes those lines, or nothing. Lines with no
 * placeholder to go to are never dropped: talking points get a section of their own (`myAgenda`)
 * and private items a `## Private` section at the end, never a shared one. A section with a
 * phase lists that phase's why then how prompts as `- [ ] ` items under bold labels. The cursor
 * lands at the end of the first line that is exactly `- ` (the first empty agenda slot), else at the end.
 */
export function renderNote(
  template: Template,
  vars: NoteVars,
  phasePrompts?: (phase: Phase) => PhasePrompts,
  labels: NoteLabels = DEFAULT_NOTE_LABELS,
): RenderedNote {
  const fill = (line: string) => line.replace(PLACEHOLDER, (whole, name: 'person' | 'date' | 'title' | 'doc' | 'author' | 'period') => {
    if (name === 'doc') return vars.doc ?? '';
    if (name === 'author') return vars.author === undefined ? '' : asInlineText(vars.author);
    const value = vars[name];
    return value === undefined ? whole : asInlineText(value);
  });

  const used = new Set<string>();
  const blocks = template.sections.map((section, i) => {
    const isTitle = i === 0 && section.body === undefined && section.phase === undefined;
    const content = (section.body ?? []).flatMap((line) => {
      const slot = line.trim();
      if (slot === TALKING_POINTS || slot === CARRIED_OVER_PRIVATE) {
        // Private items go only under a Private heading; anywhere else they wait for the section added at the end.
        if (slot === CARRIED_OVER_PRIVATE && !isPrivateHeading(section.heading)) return [];
        used.add(slot);
        return [...(slot === TALKING_POINTS ? vars.talkingPoints : vars.carriedOverPrivate) ?? []];
      }
      const lineSlot = lineSlotOf(slot);
      if (lineSlot) return [...vars.slots?.[lineSlot] ?? []];
      if (slot !== CARRIED_OVER) return [fill(line)];
      return vars.carriedOver.length > 0 ? [...vars.carriedOver] : [`_${labels.nothingCarried}_`];
    });
    while (content.length > 0 && content[content.length - 1]!.trim() === '') content.pop();
    const lists = section.phase && phasePrompts ? whyHowTaskLists(phasePrompts(section.phase), labels) : [];
    if (lists.length > 0 && content.length > 0) content.push('');
    content.push(...lists);
    const heading = `${isTitle ? '#' : '##'} ${fill(section.heading)}`;
    return content.length > 0 ? [heading, '', ...content] : [heading];
  });

  const orphans: [string, readonly string[] | undefined][] = [
    [`## ${labels.myAgenda ?? DEFAULT_NOTE_LABELS.myAgenda}`, used.has(TALKING_POINTS) ? undefined : vars.talkingPoints],
    [`## ${PRIVATE_HEADING}`, used.has(CARRIED_OVER_PRIVATE) ? undefined : vars.carriedOverPrivate],
  ];
  for (const [heading, list] of orphans) if (list && list.length > 0) blocks.push([heading, '', ...list]);
  const lines = blocks.flatMap((block, i) => (i === 0 ? block : ['', ...block]));
  const text = `${lines.join('\n')}\n`;
  const all = text.split('\n');
  const slot = all.indexOf(EMPTY_SLOT);
  const cursor = slot >= 0 ? { line: slot, character: EMPTY_SLOT.length } : { line: all.length - 1, character: 0 };
  return { text, cursor };
}

/** `note` with YAML front matter before it and its cursor moved down to match. */
export function prependFrontMatter(note: RenderedNote, data: Record<string, unknown>): RenderedNote {
  const head = noteWithFrontMatter(data, '');
  const shift = head.split('\n').length - 1;
  return { text: head + note.text, cursor: { line: note.cursor.line + shift, character: note.cursor.character } };
}

/** A value as one line of inline markdown, shown as typed: blanks collapsed, the characters markdown reads (backslash, backtick, `*_[]<>#`) escaped. */
export function asInlineText(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(MARKDOWN_SIGNIFICANT, (ch) => `\\${ch}`);
}

/** The line slot a trimmed body line is (`{{openGoals}}` → `openGoals`), if it is one. */
function lineSlotOf(line: string): LineSlot | undefined {
  if (!line.startsWith('{{') || !line.endsWith('}}')) return undefined;
  const name = line.slice(2, -2);
  return (LINE_SLOTS as readonly string[]).includes(name) ? (name as LineSlot) : undefined;
}
