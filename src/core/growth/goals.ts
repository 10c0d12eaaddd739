/**
 * Goals: what a person is growing toward, kept under `## Goals` in their profile (person.md) as
 * task items, `- [ ] Lead the search migration 📅 2027-03-31`; `- [x]` is a goal reached (with
 * `✅ YYYY-MM-DD`, the day it was). Every `## Goals` section counts (a profile edited by hand may
 * have two); top-level items only, so the lead can note steps under a goal. A plain `- ` item typed
 * by hand is an open goal too. Pure and linear: one read of the profile through the one scanner.
 */
import { readMarkdown, splitLines } from '../markdown/markdownScan';
import { normalizeText } from '../markdown/promptUse';
import { inSpans } from '../markdown/sections';
import { privateParts } from '../notes/privacy';
import { profileSections, topLevelItems } from '../people/profileSections';
import { readDateTokens } from './dateTokens';
import { locate, type EntryProblem } from './profileEntries';

/** The heading of the section that holds a person's goals in person.md. */
export const GOALS_HEADING = 'Goals';

/** One top-level item of a `## Goals` section; `reachedOn` only on a reached goal. */
export interface Goal {
  /** The goal's words without its date tokens; never empty. */
  readonly text: string;
  /** `YYYY-MM-DD`, a real day: when the goal is due. */
  readonly due?: string;
  readonly reached: boolean;
  /** `YYYY-MM-DD` from `✅`: the day the goal was reached. */
  readonly reachedOn?: string;
  /** 0-based line of the goal's item in person.md, front matter included. */
  readonly line: number;
  /** Under a private heading of person.md (or in an ambiguous part): never written into a shared place. */
  readonly private: boolean;
}

/** A goal's date that cannot be read: reported on its line, the goal kept without it. */
export type GoalProblem = EntryProblem & { readonly kind: 'bad-date' };

/** A profile's goals in file order, and the problems of their dates in the same order. */
export interface Goals {
  readonly goals: readonly Goal[];
  readonly problems: readonly GoalProblem[];
}

/** A goal's identity across notes: its words, case and runs of blanks ignored. Two goals with the same words are one goal. */
export function goalKey(goal: { readonly text: string }): string {
  return normalizeText(goal.text);
}

/** The goals of a profile and the problems of their dates (see the module comment). */
export function goalsOf(profileText: string): Goals {
  const structure = readMarkdown(profileText);
  const lines = splitLines(profileText);
  const isPrivate = inSpans(privateParts(structure).spans);
  const goals: Goal[] = [];
  const problems: GoalProblem[] = [];
  for (const section of profileSections(lines, GOALS_HEADING)) {
    for (const item of topLevelItems(lines, section)) {
      const tokens = readDateTokens(item.text);
      for (const bad of tokens.bad) {
        problems.push({ ...locate(lines, item, bad.written, item.indent), kind: 'bad-date', detail: bad.written });
      }
      if (tokens.text === '') continue;
      goals.push({
        text: tokens.text,
        ...(tokens.due ? { due: tokens.due } : {}),
        reached: item.checked === true,
        ...(item.checked === true && tokens.done ? { reachedOn: tokens.done } : {}),
        line: item.line,
        private: isPrivate(item.line),
      });
    }
  }
  return { goals, problems };
}

/** A new goal's line for `## Goals`: `- [ ] text 📅 due` (no date: just the text). */
export function goalLine(text: string, due?: string): string {
  return due ? `- [ ] ${text} \u{1F4C5} ${due}` : `- [ ] ${text}`;
}

/**
 * The lines `{{openGoals}}` stands for in a 1:1 template: one plain `- <goal text>` item per open
 * goal, never a task item (so carry-over never carries them), in profile order. Private goals come
 * apart, for the note's Private section only.
 */
export function openGoalLines(goals: readonly Goal[]): { readonly lines: readonly string[]; readonly privateLines: readonly string[] } {
  const open = goals.filter((g) => !g.reached);
  return {
    lines: open.filter((g) => !g.private).map((g) => `- ${g.text}`),
    privateLines: open.filter((g) => g.private).map((g) => `- ${g.text}`),
  };
}
