/**
 * What one task item's words say: its owner, due date and done date, and what is wrong with them.
 * The first owner token is the owner and the first due (or done) token is the date, whether or not
 * they resolve: a typo (`@anna`) leaves the item without an owner and is reported, rather than
 * silently handing the item to a person named later in the sentence. Every later token that
 * resolves is reported as an extra one (`extra-owner`, `extra-date`), so the lead sees which one
 * counts; the host may show those as hints. Offsets index the item's text; noteCommitments turns
 * them into lines and columns.
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

/** The syntax of an item's text (ListItem.text, origin suffix included), owners resolved by `resolve`. */
export function readItemSyntax(text: string, resolve: (word: string) => OwnerMatch): ItemSyntax {
  const tokens = itemTokens(text);
  const problems: ItemProblem[] = [];
  const report = (kind: CommitmentProblemKind, t: ItemToken, candidates?: readonly string[]) => {
    if (problems.length < COMMITMENT_LIMITS.problemsPerItem) problems.push({ kind, start: t.start, end: t.end, ...(candidates ? { candidates } : {}) });
  };
  let owner: CommitmentOwner | undefined;
  let due: string | null | undefined;
  let done: string | null | undefined;
  for (const t of tokens) {
    if (t.kind === 'owner') {
      const match = resolve(t.value);
      if (match.kind === 'unknown') report('unknown-owner', t);
      else if (match.kind === 'ambiguous') report('ambiguous-owner', t, match.candidates);
      else if (owner !== undefined) report('extra-owner', t);
      owner ??= match.kind === 'me' ? { kind: 'me' } : match.kind === 'person' ? { kind: 'person', slug: match.person.slug, name: match.person.name } : { kind: 'shared' };
      continue;
    }
    // null: the first token was there but is no real date; later ones still do not count.
    const real = isIsoDate(t.value) ? t.value : null;
    if (real === null) report(t.value === '' ? 'missing-date' : 'impossible-date', t);
    else if ((t.kind === 'due' ? due : done) !== undefined) report('extra-date', t);
    if (t.kind === 'due') due = due === undefined ? real : due;
    else done = done === undefined ? real : done;
  }
  const words = parseOrigin(withoutTokens(text, tokens)).text;
  return {
    owner: owner ?? { kind: 'shared' },
    ...(due ? { due } : {}),
    ...(done ? { doneDate: done } : {}),
    words,
    problems,
  };
}
