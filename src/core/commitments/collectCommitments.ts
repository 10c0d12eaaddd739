/**
 * The commitments index: every note's commitments with carried chains counted once. Carry-over
 * copies an open item into the next 1:1 with its origin (carryOver.ts), so one promise can stand in
 * many notes of one person. Those copies share a key (noteCommitments: the person, the origin date
 * and the words without owner and date tokens, so a reassigned owner, a moved due date or an added
 * `✅` keep the chain). The newest copy (latest note date, then the note's number, then the line)
 * is the live one: its box says whether the promise is kept. An older copy ticked while the live
 * one is still open is not a kept promise: it is reported, and the commitment stays open.
 */
import type { Commitment, CommitmentFinding, NoteCommitments } from './commitment';
import { commitmentOrder } from './commitmentOrder';

/** A copy of a commitment in a carried chain: its note's date and that day's note number. */
export interface Copy {
  readonly item: Commitment;
  readonly date: string;
  readonly n: number;
}

/** Which copy of a chain is the live one: latest note date, then the day's note number, then the line. */
export function newer(a: Copy, b: Copy): boolean {
  if (a.date !== b.date) return a.date > b.date;
  if (a.n !== b.n) return a.n > b.n;
  return a.item.source.line > b.item.source.line;
}

/**
 * One commitment per chain (or per item outside 1:1 chains), in the views' order on `today`
 * (commitmentOrder), and what the chains say that needs the lead (findings, in the same order).
 * A commitment is private when any of its copies is (a private item carried into a shared part
 * is still private: fail closed).
 */
export function collectCommitments(perNote: readonly NoteCommitments[], today: string): { commitments: Commitment[]; findings: CommitmentFinding[] } {
  const chains = new Map<string, Copy[]>();
  for (const note of perNote) {
    for (const item of note.items) {
      const copy = { item, date: note.date ?? '', n: note.n };
      const chain = chains.get(item.key);
      if (chain) chain.push(copy);
      else chains.set(item.key, [copy]);
    }
  }
  const commitments: Commitment[] = [];
  const tickedOlder = new Map<string, CommitmentFinding[]>();
  for (const [key, copies] of chains) {
    let live = copies[0]!;
    for (const copy of copies) if (newer(copy, live)) live = copy;
    const anyPrivate = copies.some((c) => c.item.private);
    commitments.push(anyPrivate === live.item.private ? live.item : { ...live.item, private: true });
    if (live.item.checked) continue;
    const findings = copies
      .filter((c) => c !== live && c.item.checked)
      .map((c): CommitmentFinding => ({ kind: 'ticked-older-copy', key, ticked: c.item.source, live: live.item.source }));
    if (findings.length > 0) tickedOlder.set(key, findings);
  }
  commitments.sort(commitmentOrder(today));
  return { commitments, findings: commitments.flatMap((c) => tickedOlder.get(c.key) ?? []) };
}
