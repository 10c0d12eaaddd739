/**
 * The prep tab's commitments of one person, as the `commitments` message: "You owe Ana: 2 (1
 * overdue)" and "Ana owes: 1", with the first few open items of each side in the order every
 * commitments list uses (overdue first, then by due date). The prep tab is the lead's own view, so
 * private commitments are included, marked private.
 */
import type { Commitment } from '../commitments/commitment';
import { personCounts } from '../commitments/commitmentCounts';
import { commitmentOrder } from '../commitments/commitmentOrder';
import { daysSince, isIsoDate } from '../dates';
import { clampCount } from './panelLogic';
import { capText, LIMITS, type CommitmentItemView, type CommitmentSideView, type ToWebview } from './protocol';

export type CommitmentsMessage = Extract<ToWebview, { type: 'commitments' }>;

function itemView(c: Commitment, today: string): CommitmentItemView {
  const text = c.words.trim() || c.text.trim();
  return {
    key: c.key, text: capText(text),
    ...(c.due !== undefined && isIsoDate(c.due) && isIsoDate(today) ? { overdue: clampCount(daysSince(c.due, today)) } : {}),
    ...(c.private ? { private: true } : {}),
  };
}

function side(open: readonly Commitment[], count: number, overdue: number, today: string): CommitmentSideView {
  // A key longer than the protocol takes could not be opened again: such an item is counted, not listed.
  const items = open.filter((c) => c.key.length > 0 && c.key.length <= LIMITS.commitmentKey).slice(0, LIMITS.commitments).map((c) => itemView(c, today));
  return { count: Math.min(count, 1_000_000), overdue: Math.min(overdue, 1_000_000), items };
}

/** What the lead and `person` owe each other on `today`, from the person's commitments (CommitmentsIndex.ofPerson). */
export function prepCommitmentsMessage(person: string, commitments: readonly Commitment[], today: string): CommitmentsMessage {
  const counts = personCounts(commitments, person, today);
  const open = commitments.filter((c) => !c.checked && c.counterpart === person).sort(commitmentOrder(today));
  const mine = open.filter((c) => c.owner.kind === 'me');
  const theirs = open.filter((c) => c.owner.kind === 'person' && c.owner.slug === person);
  return {
    type: 'commitments', person,
    youOwe: side(mine, counts.youOwe, counts.youOweOverdue, today),
    theyOwe: side(theirs, counts.theyOwe, counts.theyOweOverdue, today),
  };
}
