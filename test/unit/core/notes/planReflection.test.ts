import * as assert from 'node:assert/strict';
import { parseReflectionName, parseReviewName, reflectionPath } from '../../../../src/core/notes/noteNames';
import { noteFolder, planNote } from '../../../../src/core/notes/planNote';

describe('planning a reflection note', () => {
  it('puts this month\'s reflection at reflections/YYYY-MM.md', () => {
    const plan = planNote({ kind: 'reflection' }, '2026-11-23', []);
    assert.deepEqual(plan, { folder: 'reflections', first: 'reflections/2026-11.md', path: 'reflections/2026-11.md', n: 1, earlier: [] });
    assert.equal(noteFolder({ kind: 'reflection' }), 'reflections');
  });

  it('never plans over an existing reflection, whatever its case: the next one is -2', () => {
    const plan = planNote({ kind: 'reflection' }, '2026-11-23', ['2026-11.MD', '2026-10.md']);
    assert.equal(plan.taken, '2026-11.MD');
    assert.equal(plan.path, 'reflections/2026-11-2.md');
    assert.equal(planNote({ kind: 'reflection' }, '2026-11-01', ['2026-11.md', '2026-11-2.md']).path, 'reflections/2026-11-3.md');
  });

  it('reads reflection and review file names, and refuses anything else', () => {
    assert.deepEqual(parseReflectionName('2026-11.md'), { month: '2026-11', n: 1 });
    assert.deepEqual(parseReflectionName('2026-11-2.md'), { month: '2026-11', n: 2 });
    for (const name of ['2026-13.md', '2026-11-1.md', '2026-11.txt', 'x2026-11.md']) assert.equal(parseReflectionName(name), undefined, name);
    assert.throws(() => reflectionPath('2026-1'), RangeError);
    assert.deepEqual(parseReviewName('2026-11-16-auth-rewrite.md'), { date: '2026-11-16', slug: 'auth-rewrite' });
    for (const name of ['2026-11-16.md', '2026-02-30-x.md', 'notes.md', '2026-11-16-x.txt']) assert.equal(parseReviewName(name), undefined, name);
  });
});
