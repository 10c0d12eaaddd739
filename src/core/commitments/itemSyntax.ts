/**
 * What one task item's words say: its owner, due date and done date, and what is wrong with them.
 * The first owner token is the owner and the first due (or done) token is the date, whether or not
 * they resolve: a typo (`@anna`) leaves the item without an owner and is reported, rather than
 * silently handing the item to a person named later in the sentence. Every later token that
 * resolves is reported as an extra one (`extra-owner`, `extra-date`), so the lead sees which one
 * counts; the host may show those as hints. Offsets index the item's text; noteCommitments turns
 * them into lines and columns.
 *
 * Read in two steps, so the host can keep the first per file version while the people change:
 * parseItemSyntax reads everything that does not depend on who the people are (dates, words, the
 * owner words as written); resolveOwner then names the owner from those words, cheaply.
 */
import { isIsoDate } from '../dates';
import { parseOrigin } from '../notes/carryOver';
import { COMMITMENT_LIMITS, type CommitmentOwner, type CommitmentProblemKind } from './commitment';
import { itemTokens, withoutTokens, type ItemToken } from './itemTokens';
import type { OwnerMatch } from './owners';

/** A problem at offsets `start`..`end` of the item's text. */
export interface ItemProblem {
  readonly kind: CommitmentProblemKind;
  readonly start: number;
  readonly end: number;
  readonly candidates?: readonly string[];
}

export interface ItemSyntax {
  readonly owner: CommitmentOwner;
  readonly due?: string;
  /** The first `✅` date, when real (whether the item is checked is the caller's to say). */
  readonly doneDate?: string;
  /** The text without owner and date tokens (blanks around them closed up) and without its origin suffix. */
  readonly words: string;
  /** At most COMMITMENT_LIMITS.problemsPerItem, in text order. */
  readonly problems: readonly ItemProblem[];
}

/** A date problem: whether it is one does not depend on the people. */
export type DateProblemKind = Extract<CommitmentProblemKind, 'impossible-date' | 'missing-date' | 'extra-date'>;

/**
 * What resolving the owner needs to know of a token, at a place `P` of the caller's choosing
 * (offsets in the item's text here; a line and column in the note for the host's index): each
 * owner word as written, and each date token that is a problem, in text order.
 */
export type SyntaxMark<P> = { readonly owner: string; readonly at: P } | { readonly dateProblem: DateProblemKind; readonly at: P };

/** An item's syntax before owners are resolved (see the module comment). */
export interface ParsedSyntax<P> {
  readonly due?: string;
  readonly doneDate?: string;
  readonly words: string;
  /** Owner tokens and date problems in text order (at most COMMITMENT_LIMITS.tokensPerItem). */
  readonly marks: readonly SyntaxMark<P>[];
}

/** The people-independent syntax of an item's text (ListItem.text, origin suffix included); marks at their offsets. */
export function parseItemSyntax(text: string): ParsedSyntax<{ readonly start: number; readonly end: number }> {
  const tokens = itemTokens(text);
  const marks: SyntaxMark<{ start: number; end: number }>[] = [];
  let due: string | null | undefined;
  let done: string | null | undefined;
  for (const t of tokens) {
    const at = { start: t.start, end: t.end };
    if (t.kind === 'owner') {
      marks.push({ owner: t.value, at });
      continue;
    }
    // null: the first token was there but is no real date; later ones still do not count.
    const real = isIsoDate(t.value) ? t.value : null;
    if (real === null) marks.push({ dateProblem: t.value === '' ? 'missing-date' : 'impossible-date', at });
    else if ((t.kind === 'due' ? due : done) !== undefined) marks.push({ dateProblem: 'extra-date', at });
    if (t.kind === 'due') due = due === undefined ? real : due;
    else done = done === undefined ? real : done;
  }
  return {
    ...(due ? { due } : {}),
    ...(done ? { doneDate: done } : {}),
    words: wordsOf(text, tokens),
    marks,
  };
}

/** The words without tokens and origin; the text itself (trimmed) when it has neither, so no second copy is kept. */
function wordsOf(text: string, tokens: readonly ItemToken[]): string {
  const words = parseOrigin(tokens.length === 0 ? text.trim() : withoutTokens(text, tokens)).text;
  return words === text ? text : words;
}

/** The item's owner from its marks, and its problems in text order (at most COMMITMENT_LIMITS.problemsPerItem). */
export function resolveOwner<P>(marks: readonly SyntaxMark<P>[], resolve: (word: string) => OwnerMatch): {
  owner: CommitmentOwner;
  problems: { readonly kind: CommitmentProblemKind; readonly at: P; readonly candidates?: readonly string[] }[];
} {
  const problems: { kind: CommitmentProblemKind; at: P; candidates?: readonly string[] }[] = [];
  const report = (kind: CommitmentProblemKind, at: P, candidates?: readonly string[]) => {
    if (problems.length < COMMITMENT_LIMITS.problemsPerItem) problems.push({ kind, at, ...(candidates ? { candidates } : {}) });
  };
  let owner: CommitmentOwner | undefined;
  for (const mark of marks) {
    if ('dateProblem' in mark) {
      report(mark.dateProblem, mark.at);
      continue;
    }
    const match = resolve(mark.owner);
    if (match.kind === 'unknown') report('unknown-owner', mark.at);
    else if (match.kind === 'ambiguous') report('ambiguous-owner', mark.at, match.candidates);
    else if (owner !== undefined) report('extra-owner', mark.at);
    owner ??= match.kind === 'me' ? ME_OWNER : match.kind === 'person' ? { kind: 'person', slug: match.person.slug, name: match.person.name } : SHARED_OWNER;
  }
  return { owner: owner ?? SHARED_OWNER, problems };
}

const ME_OWNER: CommitmentOwner = { kind: 'me' };
const SHARED_OWNER: CommitmentOwner = { kind: 'shared' };

/** The syntax of an item's text (ListItem.text, origin suffix included), owners resolved by `resolve`. */
export function readItemSyntax(text: string, resolve: (word: string) => OwnerMatch): ItemSyntax {
  const parsed = parseItemSyntax(text);
  const { owner, problems } = resolveOwner(parsed.marks, resolve);
  return {
    owner,
    ...(parsed.due ? { due: parsed.due } : {}),
    ...(parsed.doneDate ? { doneDate: parsed.doneDate } : {}),
    words: parsed.words,
    problems: problems.map((p) => ({ kind: p.kind, start: p.at.start, end: p.at.end, ...(p.candidates ? { candidates: p.candidates } : {}) })),
  };
}
