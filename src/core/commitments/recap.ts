/**
 * Copy 1:1 Recap: a short text to paste into chat or email after a 1:1. What was decided (the lines
 * under a `Decisions` heading, as written), who owes what by when (the note's open commitments,
 * owner and due date), and when the next 1:1 is. Plain lines, so it reads the same pasted as
 * text or rendered as markdown. It is shareable, so it follows privacy.ts and fails closed: never
 * front matter, never a line privateParts marks (an item in a private part is left out even if
 * the commitments passed in say otherwise), never a commitment flagged private. Every word comes
 * from `labels`: the host localizes them.
 */
import { readMarkdown } from '../markdown/markdownScan';
import { headingIs, inSpans, sections } from '../markdown/sections';
import { privateParts } from '../notes/privacy';
import { shareableNote } from '../notes/shareable';
import type { Commitment } from './commitment';

export interface RecapLabels {
  /** The heading of the decisions part; a note heading with these words (or `Decisions`) is read as one. */
  readonly decisions: string;
  readonly whoOwesWhat: string;
  readonly nextOneOnOne: string;
  /** The lead as an owner, and the owner of items nobody owns yet. */
  readonly me: string;
  readonly shared: string;
  /** The word before a due date: `(due 2026-11-20)`. */
  readonly due: string;
}

/** What the recap left out: front matter, private sections and their lines that are not blank, and parts left out as ambiguous. */
export interface RecapLeftOut {
  readonly frontMatter: boolean;
  readonly privateSections: number;
  readonly privateLines: number;
  readonly ambiguous: number;
}

/** The heading a note's decisions sit under in English; `labels.decisions` adds the lead's own language. */
const DECISIONS_HEADING = 'Decisions';

/** The lines under every `Decisions` heading that are not private, blank runs closed up, ends trimmed. */
function decisionLines(noteText: string, labels: RecapLabels, isPrivate: (line: number) => boolean): string[] {
  const structure = readMarkdown(noteText);
  const out: string[] = [];
  let covered = 0;
  for (const s of sections(structure.lines)) {
    // A Decisions section inside another one is already read with it.
    if (s.heading.line < covered || isPrivate(s.heading.line)) continue;
    if (!headingIs(s.heading, DECISIONS_HEADING) && !headingIs(s.heading, labels.decisions)) continue;
    covered = s.end;
    if (out.length > 0) out.push('');
    for (let i = s.bodyStart; i < s.end; i++) {
      if (isPrivate(i) || structure.kinds[i] === 'frontMatter') continue;
      const line = structure.lines[i]!;
      if (line.trim() === '' && (out.length === 0 || out[out.length - 1]!.trim() === '')) continue;
      out.push(line);
    }
    while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  }
  return out;
}

function ownerRank(c: Commitment): number {
  return c.owner.kind === 'me' ? 0 : c.owner.kind === 'person' ? 1 : 2;
}

/** One line per open, shareable commitment: the lead's first, then people's by name, then shared ones; soonest due first. */
function owesLines(commitments: readonly Commitment[], labels: RecapLabels, isPrivate: (line: number) => boolean): string[] {
  return commitments
    .filter((c) => !c.checked && !c.private && !isPrivate(c.source.line) && c.words !== '')
    .map((c, index) => ({ c, index }))
    .sort((a, b) => ownerRank(a.c) - ownerRank(b.c) || ownerName(a.c, labels).localeCompare(ownerName(b.c, labels)) || dueKey(a.c).localeCompare(dueKey(b.c)) || a.index - b.index)
    .map(({ c }) => `- ${ownerName(c, labels)}: ${c.words}${c.due ? ` (${labels.due} ${c.due})` : ''}`);
}

function ownerName(c: Commitment, labels: RecapLabels): string {
  return c.owner.kind === 'me' ? labels.me : c.owner.kind === 'person' ? c.owner.name : labels.shared;
}

/** Undated last. */
function dueKey(c: Commitment): string {
  return c.due ?? '\uffff';
}

/**
 * The recap of one note: `commitments` are that note's (noteCommitments(...).items), `nextOneOnOne`
 * a `YYYY-MM-DD` date. Parts with nothing to say are left out; nothing at all gives `''`.
 */
export function recapMarkdown(noteText: string, commitments: readonly Commitment[], nextOneOnOne: string | undefined, labels: RecapLabels): { text: string; leftOut: RecapLeftOut } {
  const text = noteText.startsWith('\uFEFF') ? noteText.slice(1) : noteText;
  const isPrivate = inSpans(privateParts(text).spans);
  const parts: string[] = [];
  const decisions = decisionLines(text, labels, isPrivate);
  if (decisions.length > 0) parts.push([labels.decisions, ...decisions].join('\n'));
  const owes = owesLines(commitments, labels, isPrivate);
  if (owes.length > 0) parts.push([labels.whoOwesWhat, ...owes].join('\n'));
  if (nextOneOnOne) parts.push(`${labels.nextOneOnOne}: ${nextOneOnOne}`);
  // What privacy left out of this note, counted as Copy Shareable Note counts it.
  const shareable = shareableNote(text);
  return {
    text: parts.length > 0 ? `${parts.join('\n\n')}\n` : '',
    leftOut: { frontMatter: shareable.frontMatter, privateSections: shareable.privateSections, privateLines: shareable.privateLines, ambiguous: shareable.ambiguous.length },
  };
}
