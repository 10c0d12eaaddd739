/**
 * "A goal was discussed in this 1:1 note": the lead wrote something of their own about it there,
 * the same rule as a reflection's shifts (core/hatBalance/reflection.ts). The template's own text
 * alone never counts: a note that only holds the goal lines `{{openGoals}}` wrote is no discussion.
 *
 * A line names a goal when its own text (past list, task, quote and heading markers, and its date
 * tokens) starts with the goal's words, case and runs of blanks ignored, followed by the end or a
 * character that is no letter or digit (`Lead the search migration:` names it; `Lead the search
 * migrations` does not). Where several goals' words start the line, the longest names it.
 * A goal is discussed when
 * - a line naming it has words of the lead's after the goal's words (`- Lead the search migration:
 *   on track`, a lazy continuation line included), or
 * - it is named by a list item or a heading, and a line of the lead's follows before the next line
 *   naming a goal or the end of the section the name stands in: a nested line, a line after the
 *   item, a sub-heading. A line of the lead's is ordinary markdown (not front matter, code or HTML)
 *   with a letter or digit in its own text that is not one of `templateLines`.
 * A mere mention inside a sentence ("unlike the search migration, …") is not a discussion: it does
 * not start a line, and counting it would mark goals discussed that were only compared against.
 *
 * Private parts (core/notes/privacy.ts) count for the lead's own view but are told apart: a
 * discussion is private when every line that makes it one is private. `discussedGoals` leaves
 * private ones out unless asked, failing closed for anything that may be shared.
 * Pure and linear: the note is read once, each line looked up once per distinct goal length.
 */
import { readMarkdown } from '../markdown/markdownScan';
import { lineTextStart, normalizeText } from '../markdown/promptUse';
import { inSpans, sections } from '../markdown/sections';
import { privateParts } from '../notes/privacy';
import { readDateTokens } from './dateTokens';
import { goalKey } from './goals';

/** How a goal was discussed in one note. */
export interface GoalDiscussion {
  /** 0-based line that makes it a discussion (the lead's own line, or the naming line with their words): a shared one when there is one. */
  readonly line: number;
  /** Every line that makes it one is in a private part of the note. */
  readonly private: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

/** A line's own text as compared: past its markers, without date tokens, lower case, blanks collapsed. */
function ownText(line: string): string {
  return normalizeText(readDateTokens(line.slice(lineTextStart(line))).text);
}

/** Looks up which goal a line's own text names: the longest goal key that starts it at a word boundary. */
function goalNamer(keys: readonly string[]): (own: string) => { key: string; rest: string } | undefined {
  const known = new Set(keys.filter((k) => k !== ''));
  const lengths = [...new Set([...known].map((k) => k.length))].sort((a, b) => b - a);
  return (own) => {
    for (const length of lengths) {
      if (own.length < length || WORD.test(own[length] ?? '')) continue;
      const head = own.slice(0, length);
      if (known.has(head)) return { key: head, rest: own.slice(length) };
    }
    return undefined;
  };
}

/**
 * Every goal of `goals` discussed in `noteText` (see the module comment), by goal key. Lines of
 * `templateLines` (the template's own lines, as written in the template) never count as the lead's.
 */
export function goalDiscussions(noteText: string, goals: readonly { readonly text: string }[], templateLines: readonly string[] = []): Map<string, GoalDiscussion> {
  const out = new Map<string, { line: number; private: boolean }>();
  const nameOf = goalNamer(goals.map(goalKey));
  const structure = readMarkdown(noteText);
  const { lines, kinds } = structure;
  const isPrivate = inSpans(privateParts(structure).spans);
  const template = new Set(templateLines.map(ownText));
  const isOwn = (i: number) => {
    if (kinds[i] !== 'text') return false;
    const own = ownText(lines[i]!);
    return WORD.test(own) && !template.has(own);
  };
  const mark = (key: string, line: number) => {
    const found = out.get(key);
    const priv = isPrivate(line);
    if (!found) out.set(key, { line, private: priv });
    else if (found.private && !priv) out.set(key, { line, private: false });
  };

  const itemLines = new Set(structure.items.map((item) => item.line));
  const all = sections(lines);
  const sectionAt = new Map(all.map((s) => [s.heading.line, s]));
  const names: { line: number; key: string; from: number; end: number }[] = [];
  let nextHeading = 0;
  for (let i = 0; i < lines.length; i++) {
    const heading = sectionAt.get(i);
    if (heading) nextHeading++;
    // The innermost section holding line i: the last heading at or before it.
    const innermost = heading ?? (nextHeading > 0 ? all[nextHeading - 1] : undefined);
    if (kinds[i] !== 'text') continue;
    const named = nameOf(ownText(lines[i]!));
    if (!named) continue;
    if (WORD.test(named.rest)) mark(named.key, i);
    if (heading) names.push({ line: i, key: named.key, from: heading.bodyStart, end: heading.end });
    else if (itemLines.has(i)) names.push({ line: i, key: named.key, from: i + 1, end: innermost ? innermost.end : all[0]?.heading.line ?? lines.length });
  }
  // Each name's own lines run to the next name or its section's end: disjoint, so every line is read once.
  names.forEach((name, n) => {
    const stop = Math.min(name.end, names[n + 1]?.line ?? lines.length);
    for (let i = name.from; i < stop; i++) if (isOwn(i)) mark(name.key, i);
  });
  return out;
}

/**
 * Keys (`goalKey`) of the goals discussed in a note. Private discussions are left out unless
 * `includePrivate` (fail closed: set it only for the lead's own view, such as a goal's status).
 */
export function discussedGoals(
  noteText: string,
  goals: readonly { readonly text: string }[],
  options: { readonly includePrivate?: boolean; readonly templateLines?: readonly string[] } = {},
): Set<string> {
  const found = goalDiscussions(noteText, goals, options.templateLines);
  return new Set([...found].filter(([, d]) => options.includePrivate === true || !d.private).map(([key]) => key));
}
