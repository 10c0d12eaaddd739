/**
 * The Commitments tree: who owes, then to or with whom. Three groups by owner: "I owe" (`@me`),
 * "Owed to me" (a person owns it) and "Shared" (no owner). Shared items get a group of their own
 * rather than joining either side: nobody has promised them yet, which is worth seeing, and it
 * keeps the counts of the other two honest. Inside a group, items with a counterpart sit under
 * that person (slugs in alphabetical order, so the tree does not reshuffle as dates pass); the
 * rest, from design reviews and other notes, sit under "Design reviews" and "Other notes", in that
 * order after the people. Empty groups are left out. Ids are keys: the host words them.
 */
import type { Commitment } from './commitment';
import { commitmentOrder, isOverdue } from './commitmentOrder';

export type GroupId = 'iOwe' | 'owedToMe' | 'shared';

/** Under a group: a person (the counterpart's slug; the host knows the name), or the notes without one. */
export type SubgroupOf = { readonly kind: 'person'; readonly slug: string } | { readonly kind: 'reviews' } | { readonly kind: 'otherNotes' };

export interface CommitmentSubgroup {
  readonly of: SubgroupOf;
  /** Never empty; in commitmentOrder. */
  readonly commitments: readonly Commitment[];
  /** How many of them are overdue. */
  readonly overdue: number;
}

export interface CommitmentGroup {
  readonly id: GroupId;
  /** Never empty: people first, then reviews, then other notes. */
  readonly subgroups: readonly CommitmentSubgroup[];
  readonly count: number;
  readonly overdue: number;
}

export interface GroupOptions {
  /** Only commitments owed to, by or shared with this person (slug). */
  readonly person?: string;
  /** Also done commitments, those done on or after this `YYYY-MM-DD` date; without it, open ones only. */
  readonly showDoneSince?: string;
}

/** The groups in the tree's order. */
export const GROUPS: readonly GroupId[] = ['iOwe', 'owedToMe', 'shared'];

/** Which group a commitment is in, by its owner. */
export function groupOf(c: Commitment): GroupId {
  return c.owner.kind === 'me' ? 'iOwe' : c.owner.kind === 'person' ? 'owedToMe' : 'shared';
}

/** The subgroup's sort key and value: people by slug first, then reviews, then other notes. */
export function subgroupOf(c: Commitment): { sort: string; of: SubgroupOf } {
  if (c.counterpart !== undefined) return { sort: `0${c.counterpart}`, of: { kind: 'person', slug: c.counterpart } };
  return c.noteKind === 'review' ? { sort: '1', of: { kind: 'reviews' } } : { sort: '2', of: { kind: 'otherNotes' } };
}

function shown(c: Commitment, options: GroupOptions): boolean {
  if (options.person !== undefined && c.counterpart !== options.person) return false;
  if (!c.checked) return true;
  return options.showDoneSince !== undefined && c.done !== undefined && c.done >= options.showDoneSince;
}

/** The tree of `commitments` on `today` (see the module comment). */
export function groupCommitments(commitments: readonly Commitment[], today: string, options: GroupOptions = {}): CommitmentGroup[] {
  const order = commitmentOrder(today);
  const byGroup = new Map<GroupId, Map<string, { of: SubgroupOf; items: Commitment[] }>>();
  for (const c of commitments) {
    if (!shown(c, options)) continue;
    const id = groupOf(c);
    const { sort, of } = subgroupOf(c);
    let subgroups = byGroup.get(id);
    if (!subgroups) byGroup.set(id, (subgroups = new Map()));
    let sub = subgroups.get(sort);
    if (!sub) subgroups.set(sort, (sub = { of, items: [] }));
    sub.items.push(c);
  }
  return GROUPS.flatMap((id) => {
    const subgroups = byGroup.get(id);
    if (!subgroups) return [];
    const list = [...subgroups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, sub]): CommitmentSubgroup => ({ of: sub.of, commitments: sub.items.sort(order), overdue: sub.items.filter((c) => isOverdue(c, today)).length }));
    return [{ id, subgroups: list, count: list.reduce((n, s) => n + s.commitments.length, 0), overdue: list.reduce((n, s) => n + s.overdue, 0) }];
  });
}
