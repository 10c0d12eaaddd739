import * as assert from 'node:assert/strict';
import { noteFolder, planNote } from '../../../../src/core/notes/planNote';

describe('planning a dated note', () => {
  it('puts the first 1:1 of a day in the person folder under its date', () => {
    const plan = planNote({ kind: 'one-on-one', person: 'ana' }, '2026-11-16', []);
    assert.deepEqual(plan, { folder: 'one-on-ones/ana', first: 'one-on-ones/ana/2026-11-16.md', path: 'one-on-ones/ana/2026-11-16.md', n: 1, earlier: [] });
  });

  it('names the file that blocks today\'s note, as it is spelled on disk, and plans the next free number', () => {
    const plan = planNote({ kind: 'one-on-one', person: 'ana' }, '2026-11-16', ['2026-11-16.MD', '2026-11-16-2.md']);
    assert.equal(plan.taken, '2026-11-16.MD');
    assert.equal(plan.path, 'one-on-ones/ana/2026-11-16-3.md');
    assert.equal(plan.n, 3);
  });

  it('lists the notes before the new one, newest first, for carry-over, and ignores other files', () => {
    const plan = planNote({ kind: 'one-on-one', person: 'ana' }, '2026-11-16',
      ['2026-11-02.md', 'person.md', '2026-11-16.md', '2026-11-09.md', '2026-12-01.md', 'notes.txt']);
    assert.equal(plan.path, 'one-on-ones/ana/2026-11-16-2.md');
    assert.deepEqual(plan.earlier.map((n) => n.fileName), ['2026-11-16.md', '2026-11-09.md', '2026-11-02.md']);
  });

  it('plans design reviews by date and title slug, numbered when the title repeats that day', () => {
    const target = { kind: 'design-review', titleSlug: 'auth-rewrite' } as const;
    assert.equal(planNote(target, '2026-11-16', []).path, 'design-reviews/2026-11-16-auth-rewrite.md');
    const again = planNote(target, '2026-11-16', ['2026-11-16-auth-rewrite.md', '2026-11-16-other.md']);
    assert.equal(again.taken, '2026-11-16-auth-rewrite.md');
    assert.equal(again.path, 'design-reviews/2026-11-16-auth-rewrite-2.md');
    assert.deepEqual(again.earlier, []);
  });

  it('refuses any person or title that is not one safe folder or file name: the check both note commands call', () => {
    for (const person of ['..', 'a/b', 'a\\b', '', 'con', ' x']) {
      assert.throws(() => planNote({ kind: 'one-on-one', person }, '2026-11-16', []), RangeError, person);
      assert.throws(() => noteFolder({ kind: 'one-on-one', person }), RangeError, person);
    }
    assert.throws(() => planNote({ kind: 'design-review', titleSlug: '../x' }, '2026-11-16', []), RangeError);
  });

  it('accepts a hand-made person folder with spaces and accents', () => {
    assert.equal(planNote({ kind: 'one-on-one', person: 'Ana María' }, '2026-11-16', []).folder, 'one-on-ones/Ana María');
  });
});
