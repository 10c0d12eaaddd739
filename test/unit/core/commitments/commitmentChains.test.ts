import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { NoteCommitments } from '../../../../src/core/commitments/commitment';
import { CommitmentBuckets } from '../../../../src/core/commitments/commitmentBuckets';
import { CommitmentChains } from '../../../../src/core/commitments/commitmentChains';
import { collectCommitments } from '../../../../src/core/commitments/collectCommitments';
import { groupCommitments } from '../../../../src/core/commitments/groupCommitments';
import { md, oneOnOne, otherNote } from './commitmentFixtures';

const TODAY = '2026-11-20';
const DATES = ['2026-11-02', '2026-11-09', '2026-11-16'];
const WORDS = ['Send the RFC', 'Share the dashboard', 'Book the room'];
const OWNERS = ['', ' @me', ' @bo', ' @ana'];
const DUES = ['', ' 📅 2026-11-10', ' due 2026-11-30'];

type GenItem = { words: string; owner: string; due: string; checked: boolean; carried: boolean; private: boolean };
type GenNote = { where: number; items: GenItem[] };

/** One generated note: Ana's 1:1 of a date (items carried from 2026-11-02 or written that day), or a review note. */
const noteArb: fc.Arbitrary<GenNote> = fc.record({
  where: fc.integer({ min: 0, max: 3 }),
  items: fc.array(fc.record({
    words: fc.constantFrom(...WORDS),
    owner: fc.constantFrom(...OWNERS),
    due: fc.constantFrom(...DUES),
    checked: fc.boolean(),
    carried: fc.boolean(),
    private: fc.boolean(),
  }), { maxLength: 4 }),
});

function noteOf(n: GenNote): NoteCommitments {
  const line = (i: GenItem) => `- [${i.checked ? 'x' : ' '}] ${i.words}${i.owner}${i.due}${i.carried && n.where > 0 && n.where < 3 ? ' _(from [2026-11-02](2026-11-02.md))_' : ''}`;
  const text = md('# Note', ...n.items.filter((i) => !i.private).map(line), '## Private', ...n.items.filter((i) => i.private).map(line));
  return n.where === 3 ? otherNote('review', 'design-reviews/2026-11-12-x.md', text, '2026-11-12') : oneOnOne('ana', DATES[n.where]!, text);
}

/** What a view shows of a commitment: enough to tell two results apart. */
const shown = (c: { key: string; words: string; checked: boolean; private: boolean; source: { path: string; line: number }; due?: string }) => `${c.key}|${c.words}|${c.checked}|${c.private}|${c.source.path}:${c.source.line}|${c.due ?? ''}`;

describe('commitment chains and buckets kept up to date one note at a time', () => {
  it('give what collectCommitments and groupCommitments give cold, after any sequence of note changes', function () {
    this.timeout(60_000);
    fc.assert(fc.property(fc.array(noteArb, { minLength: 1, maxLength: 12 }), fc.boolean(), (edits, showDone) => {
      const chains = new CommitmentChains();
      const buckets = new CommitmentBuckets();
      const current = new Map<string, NoteCommitments>();
      for (const edit of edits) {
        const note = noteOf(edit);
        // An empty note is a deleted one.
        const next = note.items.length > 0 ? note : undefined;
        if (next) current.set(note.path, next);
        else current.delete(note.path);
        buckets.apply(chains.setNote(note.path, next));
      }
      const cold = collectCommitments([...current.values()], TODAY);
      assert.deepEqual([...chains.commitments()].map(shown).sort(), cold.commitments.map(shown).sort());
      assert.deepEqual(chains.allFindings().map((f) => `${f.ticked.path}:${f.ticked.line}`).sort(), cold.findings.map((f) => `${f.ticked.path}:${f.ticked.line}`).sort());
      const options = showDone ? { showDoneSince: '2026-10-21' } : {};
      const warm = buckets.groups(TODAY, options).map((g) => ({ id: g.id, count: g.count, overdue: g.overdue, subs: g.subgroups.map((s) => ({ of: s.of, items: s.commitments.map(shown) })) }));
      const expected = groupCommitments(cold.commitments, TODAY, options).map((g) => ({ id: g.id, count: g.count, overdue: g.overdue, subs: g.subgroups.map((s) => ({ of: s.of, items: s.commitments.map(shown) })) }));
      assert.deepEqual(warm, expected);
    }), { numRuns: 100 });
  });

  it('says which chains changed, and nothing when a note is set again unchanged', () => {
    const chains = new CommitmentChains();
    const first = oneOnOne('ana', '2026-11-02', md('- [ ] Send the RFC @me'));
    assert.equal(chains.setNote(first.path, first).length, 1);
    assert.deepEqual(chains.setNote(first.path, first), []);
    const carried = oneOnOne('ana', '2026-11-09', md('- [ ] Send the RFC @me _(from [2026-11-02](2026-11-02.md))_'));
    const change = chains.setNote(carried.path, carried);
    assert.equal(change.length, 1);
    assert.equal(change[0]!.after?.source.path, 'one-on-ones/ana/2026-11-09.md');
    assert.equal(chains.size, 1);
  });
});
