/**
 * The meetings beside the weekly 1:1 (content: the `kind` of a one-on-one template): which template
 * a kind starts, what a note's front matter says of it, and which career-conversation session comes
 * next from the person's earlier notes. Pure.
 */
import type { Template } from '../content/schema';
import { CAREER_SESSIONS, ONE_ON_ONE_KINDS } from '../content/taxonomy';

export type OneOnOneKind = (typeof ONE_ON_ONE_KINDS)[number];

/** A kind of 1:1 meeting, and for a career conversation its session (1 to CAREER_SESSIONS). */
export interface MeetingChoice {
  readonly kind: OneOnOneKind;
  readonly session?: number;
}

/** The `kind` a regular 1:1 note's front matter has had from the start: notes written before kinds keep reading as regular. */
export const REGULAR_NOTE_KIND = 'one-on-one';

/** A kind as an argument from a script or the panel, else undefined. */
export function oneOnOneKind(value: unknown): OneOnOneKind | undefined {
  return typeof value === 'string' && (ONE_ON_ONE_KINDS as readonly string[]).includes(value) ? (value as OneOnOneKind) : undefined;
}

/** The template a choice starts, or undefined when content has none for it. */
export function templateFor(templates: readonly Template[], choice: MeetingChoice): Template | undefined {
  return templates.find((t) => t.for === 'one-on-one' && (t.kind ?? 'regular') === choice.kind
    && (choice.kind !== 'career' || t.session === (choice.session ?? 1)));
}

/** The front matter fields of a note of `choice`: `kind` (`one-on-one` when regular) and a career session. */
export function kindFields(choice: MeetingChoice): { kind: string; session?: number } {
  if (choice.kind === 'regular') return { kind: REGULAR_NOTE_KIND };
  return choice.kind === 'career' ? { kind: 'career', session: choice.session ?? 1 } : { kind: choice.kind };
}

/** The choice a 1:1 note's front matter records (`kind`, `session`); regular for `one-on-one`, none, or anything unknown. */
export function choiceOfNote(fields: { readonly kind?: string; readonly session?: string }): MeetingChoice {
  const kind = fields.kind === REGULAR_NOTE_KIND ? 'regular' : oneOnOneKind(fields.kind) ?? 'regular';
  if (kind !== 'career') return { kind };
  const session = Number(fields.session);
  return { kind, session: Number.isInteger(session) && session >= 1 && session <= CAREER_SESSIONS ? session : 1 };
}

/** A career conversation's state from the person's notes: the next session, and the dates of the sessions held before it. */
export interface CareerProgress {
  readonly next: number;
  /** The sessions of the conversation under way, oldest first (empty when the next is session 1). */
  readonly held: readonly { readonly session: number; readonly date: string }[];
}

/**
 * Which career session comes next, from the person's earlier notes (any order): the session after
 * the newest career note's, or session 1 when there is none or the last conversation was finished.
 * The conversation under way is the run of sessions up to that newest one.
 */
export function careerProgress(notes: readonly { readonly date: string; readonly choice: MeetingChoice }[]): CareerProgress {
  const career = notes.filter((n) => n.choice.kind === 'career').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = career.at(-1);
  const lastSession = last?.choice.session ?? 0;
  if (!last || lastSession >= CAREER_SESSIONS) return { next: 1, held: [] };
  // The sessions of this conversation: walking back from the newest while the session number goes down.
  const held: { session: number; date: string }[] = [];
  for (let i = career.length - 1, expect = lastSession; i >= 0 && expect >= 1; i--) {
    const s = career[i]!.choice.session ?? 1;
    if (s !== expect) break;
    held.unshift({ session: s, date: career[i]!.date });
    expect--;
  }
  return { next: lastSession + 1, held };
}
