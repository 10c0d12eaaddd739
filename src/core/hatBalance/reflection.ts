/**
 * The lead's monthly reflection on the seven shifts (`reflections/YYYY-MM.md`): writing it from
 * the reflection template and reading back which shifts it reflects on. Pure.
 *
 * A shift is reflected on when its section holds writing beyond what the template put there. Its
 * section starts at the heading the template gives it (`## Specialist → Generalist`, compared
 * without case and spacing) and runs to the next heading of the same or a higher level. Writing is
 * any line there, outside front matter and fenced code, whose own text (past list, task, quote and
 * heading markers, see promptUse.ts lineTextStart) has a letter or digit and is not one of the
 * template's lines for that shift (its meaning and its reflection questions). Words typed after a
 * question on its own line count as writing; an empty `- ` does not.
 */
import type { Template, Transition } from '../content/schema';
import { readMarkdown } from '../markdown/markdownScan';
import { lineTextStart, normalizeText } from '../markdown/promptUse';
import { noteWithFrontMatter } from '../notes/frontMatter';
import { renderNote, type NoteLabels, type RenderedNote } from '../notes/renderTemplate';

/** One shift's section as the template writes it. */
export interface ShiftSection {
  readonly shift: string;
  readonly heading: string;
  /** Body lines, with the meaning and the reflection questions filled in. */
  readonly body: readonly string[];
}

/** A reflection template with its repeated sections written out once per shift. */
export interface ExpandedReflection {
  readonly template: Template;
  readonly shifts: readonly ShiftSection[];
}

const SHIFT_PLACEHOLDER = /\{\{(from|to|meaning)\}\}/g;
const REFLECTIONS_LINE = '{{reflections}}';

/** Writes out every `repeat: 'shift'` section of `template` once per shift of `shifts`, in content order. */
export function expandReflection(template: Template, shifts: readonly Transition[]): ExpandedReflection {
  const written: ShiftSection[] = [];
  const sections = template.sections.flatMap((section): Template['sections'] => {
    if (section.repeat !== 'shift') return [section];
    return shifts.map((shift) => {
      const fill = (line: string) => line.replace(SHIFT_PLACEHOLDER, (_, name: 'from' | 'to' | 'meaning') => shift[name].replace(/\s+/g, ' ').trim());
      const body = (section.body ?? []).flatMap((line) => (line.trim() === REFLECTIONS_LINE
        ? shift.reflections.map((r) => `- ${r.text.replace(/\s+/g, ' ').trim()}`) : [fill(line)]));
      const expanded = { heading: fill(section.heading), body };
      written.push({ shift: shift.id, ...expanded });
      return expanded;
    });
  });
  return { template: { ...template, sections }, shifts: written };
}

/** The reflection note for `month` (`YYYY-MM`), front matter included: every shift with its questions. */
export function renderReflection(template: Template, shifts: readonly Transition[], month: string, labels?: NoteLabels): RenderedNote {
  const { template: expanded, shifts: sections } = expandReflection(template, shifts);
  const note = renderNote(expanded, { date: month, carriedOver: [] }, undefined, labels);
  const head = noteWithFrontMatter({ month, kind: 'reflection' }, '');
  const shift = head.split('\n').length - 1;
  // The cursor goes under the first shift's questions, where the writing starts.
  const lines = note.text.split('\n');
  const first = sections[0];
  const at = first ? lines.indexOf(`## ${first.heading}`) : -1;
  const line = at >= 0 ? at + 1 + first!.body.length + 1 : note.cursor.line;
  return { text: head + note.text, cursor: { line: Math.min(line, lines.length - 1) + shift, character: 0 } };
}

/** A line's own text, as compared: past its markers, lower case, runs of whitespace as one space. */
function ownText(line: string): string {
  return normalizeText(line.slice(lineTextStart(line)));
}

const WORD = /[\p{L}\p{N}]/u;

/** Ids of the shifts `text` reflects on (see the module comment), in content order. */
export function reflectedShifts(text: string, reflection: ExpandedReflection): string[] {
  const byHeading = new Map<string, { shift: string; template: Set<string> }>();
  for (const s of reflection.shifts) {
    byHeading.set(normalizeText(s.heading), { shift: s.shift, template: new Set(s.body.map(ownText)) });
  }
  const reflected = new Set<string>();
  let current: { shift: string; template: Set<string>; level: number } | undefined;
  const structure = readMarkdown(text);
  let next = 0;
  for (let i = 0; i < structure.lines.length; i++) {
    if (structure.kinds[i] !== 'text') continue;
    const heading = structure.headings[next];
    if (heading && heading.line === i) {
      next++;
      i = heading.lastLine;
      const found = byHeading.get(normalizeText(heading.text));
      if (found) current = { ...found, level: heading.level };
      else if (current && heading.level <= current.level) current = undefined;
      // A lower heading inside a shift's section is the lead's own writing.
      else if (current && WORD.test(heading.text)) reflected.add(current.shift);
      continue;
    }
    if (!current || reflected.has(current.shift)) continue;
    const own = ownText(structure.lines[i]!);
    if (own !== '' && !current.template.has(own) && WORD.test(own)) reflected.add(current.shift);
  }
  return reflection.shifts.map((s) => s.shift).filter((id) => reflected.has(id));
}

/** `count` months ending with the month of `today` (`YYYY-MM-DD`), newest first: `2026-11`, `2026-10`, `2026-09`. */
export function recentMonths(today: string, count = 3): string[] {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month--;
    if (month === 0) {
      month = 12;
      year--;
    }
  }
  return out;
}
