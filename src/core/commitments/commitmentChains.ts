/**
 * collectCommitments kept up to date one note at a time: the host's index sets a note when it
 * changes, and only the chains that note's items belong to (before and after) are worked out again.
 * After any sequence of setNote calls the live commitments and findings are those collectCommitments
 * gives for the notes set (test/unit/core/commitments/commitmentChains.test.ts checks it against a
 * cold rebuild). Order is the caller's: a list is sorted when it is shown, on that day.
 */
import type { Commitment, CommitmentProblem, NoteCommitments, TickedOlderCopy } from './commitment';
import { newer, type Copy } from './collectCommitments';


/**
 * A chain that changed: its live commitment before and after (undefined when there was or is none;
 * the same object when only its findings changed), and the notes of ticked older copies whose
 * findings came or went.
 */
export interface ChainChange {
  readonly key: string;
  readonly before?: Commitment;
  readonly after?: Commitment;
  readonly tickedPaths: readonly string[];
}

export class CommitmentChains {
  private readonly notes = new Map<string, NoteCommitments>();
  private readonly chains = new Map<string, Copy[]>();
  private readonly live = new Map<string, Commitment>();
  private readonly tickedOlder = new Map<string, TickedOlderCopy[]>();

  /** Replaces the note at `note.path` (or removes `path` when `note` is undefined); says which chains changed. */
  setNote(path: string, note: NoteCommitments | undefined): ChainChange[] {
    const old = this.notes.get(path);
    if (old === note) return [];
    const touched = new Set<string>();
    if (old) {
      for (const item of old.items) {
        const chain = this.chains.get(item.key);
        if (!chain) continue;
        const left = chain.filter((c) => c.item !== item);
        if (left.length > 0) this.chains.set(item.key, left);
        else this.chains.delete(item.key);
        touched.add(item.key);
      }
    }
    if (note) {
      this.notes.set(path, note);
      for (const item of note.items) {
        const copy = { item, date: note.date ?? '', n: note.n };
        const chain = this.chains.get(item.key);
        if (chain) chain.push(copy);
        else this.chains.set(item.key, [copy]);
        touched.add(item.key);
      }
    } else this.notes.delete(path);
    const changes: ChainChange[] = [];
    for (const key of touched) {
      const before = this.live.get(key);
      const found = this.tickedOlder.get(key) ?? [];
      const after = this.settle(key);
      const now = this.tickedOlder.get(key) ?? [];
      const same = found.length === now.length && found.every((f, i) => f.ticked.path === now[i]!.ticked.path && f.ticked.line === now[i]!.ticked.line && f.live.path === now[i]!.live.path && f.live.line === now[i]!.live.line);
      if (before === after && same) continue;
      changes.push({ key, ...(before ? { before } : {}), ...(after ? { after } : {}), tickedPaths: same ? [] : [...found, ...now].map((f) => f.ticked.path) });
    }
    return changes;
  }

  /** Works out a chain's live commitment and findings again. */
  private settle(key: string): Commitment | undefined {
    const copies = this.chains.get(key);
    this.tickedOlder.delete(key);
    if (!copies) {
      this.live.delete(key);
      return undefined;
    }
    let live = copies[0]!;
    for (const copy of copies) if (newer(copy, live)) live = copy;
    const anyPrivate = copies.some((c) => c.item.private);
    const commitment = anyPrivate === live.item.private ? live.item : { ...live.item, private: true };
    // The same commitment as before when nothing about it changed, so a caller can tell.
    const before = this.live.get(key);
    const kept = before && sameCommitment(before, commitment) ? before : commitment;
    this.live.set(key, kept);
    if (!live.item.checked) {
      const findings = copies
        .filter((c) => c !== live && c.item.checked)
        .map((c): TickedOlderCopy => ({ kind: 'ticked-older-copy', key, ticked: c.item.source, live: live.item.source }));
      if (findings.length > 0) this.tickedOlder.set(key, findings);
    }
    return kept;
  }

  /** The live commitment of each chain, in no particular order. */
  commitments(): IterableIterator<Commitment> {
    return this.live.values();
  }

  get size(): number {
    return this.live.size;
  }

  /** The live commitment of the chain `key`. */
  get(key: string): Commitment | undefined {
    return this.live.get(key);
  }

  /** The note set at `path`. */
  note(path: string): NoteCommitments | undefined {
    return this.notes.get(path);
  }

  /** Every note set, by path. */
  paths(): IterableIterator<string> {
    return this.notes.keys();
  }

  /** The chain's ticked older copies while its live copy is open. */
  findings(key: string): readonly TickedOlderCopy[] {
    return this.tickedOlder.get(key) ?? [];
  }

  /** Every finding, in no particular order. */
  allFindings(): TickedOlderCopy[] {
    return [...this.tickedOlder.values()].flat();
  }
}

/** Two live commitments that read the same everywhere they are shown (an object made again from an unchanged item). */
function sameCommitment(a: Commitment, b: Commitment): boolean {
  return a.key === b.key && a.text === b.text && a.checked === b.checked && a.due === b.due && a.done === b.done && a.private === b.private
    && a.counterpart === b.counterpart && a.source.path === b.source.path && a.source.line === b.source.line && a.noteKind === b.noteKind
    && a.owner.kind === b.owner.kind && (a.owner.kind !== 'person' || (b.owner.kind === 'person' && a.owner.slug === b.owner.slug && a.owner.name === b.owner.name))
    && a.origin?.date === b.origin?.date && a.origin?.path === b.origin?.path
    && a.problems.length === b.problems.length && a.problems.every((p, i) => sameProblem(p, b.problems[i]!));
}

function sameProblem(a: CommitmentProblem, b: CommitmentProblem): boolean {
  return a.kind === b.kind && a.text === b.text && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn
    && (a.candidates ?? []).join() === (b.candidates ?? []).join();
}
