import * as assert from 'node:assert/strict';
import { collectCommitments } from '../../../../src/core/commitments/collectCommitments';
import { markDoneEdit } from '../../../../src/core/commitments/markDone';
import { carryOver } from '../../../../src/core/notes/carryOver';
import { md, oneOnOne, otherNote } from './commitmentFixtures';

const FIRST = md('# 1:1', '- [ ] Send the RFC to Sam @me 📅 2026-11-10', '- [ ] Share the dashboard @bo', '## Private', '- [ ] Ask HR about the band @me');

/** The next 1:1 note of Ana made as Start 1:1 Note makes it: the open items carried, private ones under Private. */
function carried(previous: { date: string; text: string }): string {
  const c = carryOver({ fileName: `${previous.date}.md`, date: previous.date, text: previous.text });
  return md('# 1:1', '## Carried over', ...c.lines, '## Private', ...c.privateLines);
}

/** Ana's notes of 2026-11-02, 11-09 and 11-16, each carried from the one before. */
function threeNotes() {
  const second = carried({ date: '2026-11-02', text: FIRST });
  const third = carried({ date: '2026-11-09', text: second });
  return { first: FIRST, second, third };
}

/** `text` with the item on `line` ticked as Mark Done ticks it. */
function tick(text: string, line: number, today: string): string {
  const lines = text.split('\n');
  const edit = markDoneEdit(lines[line]!, today)!;
  lines[line] = lines[line]!.slice(0, edit.start) + edit.text + lines[line]!.slice(edit.end);
  return lines.join('\n');
}

const lineOf = (text: string, words: string) => text.split('\n').findIndex((l) => l.includes(words));

describe('the commitments index: carried chains', () => {
  it('counts a chain carried twice once, at its newest copy, with owner, due date and origin surviving carry-over', () => {
    const { first, second, third } = threeNotes();
    const { commitments, findings } = collectCommitments([oneOnOne('ana', '2026-11-02', first), oneOnOne('ana', '2026-11-09', second), oneOnOne('ana', '2026-11-16', third)], '2026-11-16');
    assert.equal(commitments.length, 3);
    const rfc = commitments.find((c) => c.words === 'Send the RFC to Sam')!;
    assert.deepEqual([rfc.owner, rfc.due, rfc.counterpart, rfc.checked], [{ kind: 'me' }, '2026-11-10', 'ana', false]);
    assert.deepEqual(rfc.source, { path: 'one-on-ones/ana/2026-11-16.md', line: lineOf(third, 'Send the RFC') });
    assert.deepEqual(rfc.origin, { date: '2026-11-02', path: 'one-on-ones/ana/2026-11-02.md' });
    assert.equal(rfc.key, 'ana/2026-11-02/send the rfc to sam');
    assert.deepEqual(findings, []);
  });

  it('closes the commitment when the newest copy is ticked, done on its ✅ date', () => {
    const { first, second, third } = threeNotes();
    const ticked = tick(third, lineOf(third, 'Send the RFC'), '2026-11-18');
    const { commitments, findings } = collectCommitments([oneOnOne('ana', '2026-11-02', first), oneOnOne('ana', '2026-11-09', second), oneOnOne('ana', '2026-11-16', ticked)], '2026-11-18');
    const rfc = commitments.find((c) => c.words === 'Send the RFC to Sam')!;
    assert.deepEqual([rfc.checked, rfc.done], [true, '2026-11-18']);
    assert.deepEqual(findings, []);
  });

  it('reports an older copy ticked while the newest is open, with both places, and keeps the commitment open', () => {
    const { first, second, third } = threeNotes();
    const tickedOld = tick(second, lineOf(second, 'Share the dashboard'), '2026-11-17');
    const { commitments, findings } = collectCommitments([oneOnOne('ana', '2026-11-02', first), oneOnOne('ana', '2026-11-09', tickedOld), oneOnOne('ana', '2026-11-16', third)], '2026-11-17');
    const dashboard = commitments.filter((c) => c.words === 'Share the dashboard');
    assert.equal(dashboard.length, 1);
    assert.equal(dashboard[0]!.checked, false);
    assert.deepEqual(findings, [{
      kind: 'ticked-older-copy', key: 'ana/2026-11-02/share the dashboard',
      ticked: { path: 'one-on-ones/ana/2026-11-09.md', line: lineOf(second, 'Share the dashboard') },
      live: { path: 'one-on-ones/ana/2026-11-16.md', line: lineOf(third, 'Share the dashboard') },
    }]);
  });

  it('keeps one chain when the newest copy gets a new due date or owner', () => {
    const { first, second } = threeNotes();
    const moved = second.replace('📅 2026-11-10', '📅 2026-11-24').replace('@bo', '@ana');
    const { commitments } = collectCommitments([oneOnOne('ana', '2026-11-02', first), oneOnOne('ana', '2026-11-09', moved)], '2026-11-16');
    assert.equal(commitments.length, 3);
    assert.equal(commitments.find((c) => c.words === 'Send the RFC to Sam')!.due, '2026-11-24');
    assert.deepEqual(commitments.find((c) => c.words === 'Share the dashboard')!.owner, { kind: 'person', slug: 'ana', name: 'Ana Lima' });
  });

  it('takes the second note of a day as newer than the first', () => {
    const later = oneOnOne('ana', '2026-11-09', md('- [x] Send the RFC to Sam @me _(from [2026-11-02](2026-11-02.md))_'), 2);
    const earlier = oneOnOne('ana', '2026-11-09', md('- [ ] Send the RFC to Sam @me _(from [2026-11-02](2026-11-02.md))_'));
    const { commitments, findings } = collectCommitments([later, earlier], '2026-11-10');
    assert.deepEqual([commitments.length, commitments[0]!.checked, commitments[0]!.done, findings.length], [1, true, '2026-11-09', 0]);
  });

  it('keeps a private item private in the index, even where a copy of it is not', () => {
    const { first, second } = threeNotes();
    const exposed = second.replace('## Private', '## Notes');
    const { commitments } = collectCommitments([oneOnOne('ana', '2026-11-02', first), oneOnOne('ana', '2026-11-09', exposed)], '2026-11-10');
    assert.equal(commitments.find((c) => c.words === 'Ask HR about the band')!.private, true);
  });

  it('never chains items of different people, nor items outside 1:1s', () => {
    const { commitments } = collectCommitments([
      oneOnOne('ana', '2026-11-02', '- [ ] Send the RFC'), oneOnOne('bo', '2026-11-02', '- [ ] Send the RFC'),
      otherNote('review', 'design-reviews/2026-11-02-a.md', '- [ ] Send the RFC'), otherNote('review', 'design-reviews/2026-11-03-b.md', '- [ ] Send the RFC'),
    ], '2026-11-10');
    assert.equal(commitments.length, 4);
  });

  it('lists the index overdue first, then by due date, undated last', () => {
    const { commitments } = collectCommitments([oneOnOne('ana', '2026-11-02', md('- [ ] c', '- [ ] b 📅 2026-11-30', '- [ ] a 📅 2026-11-01', '- [x] d'))], '2026-11-10');
    assert.deepEqual(commitments.map((c) => c.words), ['a', 'b', 'c', 'd']);
  });
});
