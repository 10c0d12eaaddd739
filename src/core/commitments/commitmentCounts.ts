/**
 * Counts for the surfaces that only need a number: the prep tab ("You owe Ana: 2 (1 overdue)",
 * "Ana owes: 1") and the status bar. Open commitments only; private ones count, since both
 * surfaces are the lead's own and a number shows no words.
 */
import type { Commitment } from './commitment';
import { isOverdue } from './commitmentOrder';

export interface PersonCounts {
  /** Open `@me` commitments owed to the person (their 1:1s), and how many of those are overdue. */
  readonly youOwe: number;
  readonly youOweOverdue: number;
  /** Open commitments the person owns, in any note, and how many of those are overdue. */
  readonly theyOwe: number;
  readonly theyOweOverdue: number;
}

/** What the lead and `slug` owe each other on `today`. Shared items count on neither side. */
export function personCounts(commitments: readonly Commitment[], slug: string, today: string): PersonCounts {
  let youOwe = 0;
  let youOweOverdue = 0;
  let theyOwe = 0;
  let theyOweOverdue = 0;
  for (const c of commitments) {
    if (c.checked || c.counterpart !== slug) continue;
    const late = isOverdue(c, today) ? 1 : 0;
    if (c.owner.kind === 'me') {
      youOwe++;
      youOweOverdue += late;
    } else if (c.owner.kind === 'person' && c.owner.slug === slug) {
      theyOwe++;
      theyOweOverdue += late;
    }
  }
  return { youOwe, youOweOverdue, theyOwe, theyOweOverdue };
}

/**
 * How many open commitments are overdue on `today`, whoever owes them: the status bar counts what
 * the lead follows up on, their own promises and what others promised them alike.
 */
export function overdueCount(commitments: readonly Commitment[], today: string): number {
  let n = 0;
  for (const c of commitments) if (isOverdue(c, today)) n++;
  return n;
}
