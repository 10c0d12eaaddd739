import * as assert from 'node:assert/strict';
import type { Decision } from '../../../../src/core/decisions/decision';
import { readDecision } from '../../../../src/core/decisions/readDecision';
import { addMonths, lastRevisitOf, revisitDue, revisitReviewOf } from '../../../../src/core/decisions/revisit';
import { bundled } from '../markdown/helpers';

const decision = (front: string): Decision => readDecision({ path: 'docs/adr/0007-x.md', text: `---\n${front}\n---\n# X\n` }, bundled.taxonomy);
const revisitNote = (date: string, doc = 'docs/adr/0007-x.md') => ({ text: `---\ntitle: X\ndate: ${date}\nkind: revisit\ndoc: ${doc}\n---\n# Decision revisit\n` });

describe('when a decision is due for a revisit', () => {
  it('is due from its revisit: date on, the day itself included', () => {
    const d = decision('status: accepted\nrevisit: 2027-03-01');
    assert.deepEqual(revisitDue(d, '2027-02-28', 0), { due: false, reason: 'revisit-date', dueOn: '2027-03-01' });
    assert.deepEqual(revisitDue(d, '2027-03-01', 0), { due: true, reason: 'revisit-date', dueOn: '2027-03-01' });
    assert.equal(revisitDue(d, '2028-01-01', 0)?.due, true);
  });

  it('is due when accepted and older than the months set, counted from its date; 0 turns this off', () => {
    const d = decision('status: accepted\ndate: 2026-01-31');
    assert.deepEqual(revisitDue(d, '2026-07-30', 6), { due: false, reason: 'age', dueOn: '2026-07-31' });
    assert.equal(revisitDue(d, '2026-07-31', 6)?.due, true);
    assert.equal(revisitDue(d, '2030-01-01', 0), undefined);
    assert.equal(revisitDue(decision('status: proposed\ndate: 2020-01-01'), '2026-01-01', 6), undefined, 'only accepted decisions age');
    assert.equal(revisitDue(decision('status: accepted'), '2026-01-01', 6), undefined, 'no date, no age');
  });

  it('has nothing to revisit once rejected, deprecated or superseded', () => {
    for (const status of ['rejected', 'deprecated', 'superseded']) {
      assert.equal(revisitDue(decision(`status: ${status}\nrevisit: 2026-01-01`), '2027-01-01', 6), undefined, status);
    }
  });

  it('is cleared by a revisit review on or after the revisit date, not by one before it', () => {
    const d = decision('status: accepted\nrevisit: 2027-03-01');
    assert.equal(revisitDue(d, '2027-04-01', 0, '2027-03-01')?.due, false);
    assert.equal(revisitDue(d, '2027-04-01', 0, '2027-02-27')?.due, true);
  });

  it('counts the months again from the latest revisit review', () => {
    const d = decision('status: accepted\ndate: 2026-01-15');
    assert.deepEqual(revisitDue(d, '2026-08-01', 6, '2026-07-20'), { due: false, reason: 'age', dueOn: '2027-01-20' });
    assert.deepEqual(revisitDue(d, '2026-08-01', 6, '2025-12-01'), { due: true, reason: 'age', dueOn: '2026-07-15' }, 'a review older than the decision does not count');
  });

  it('adds months with the day clamped to the month, across years', () => {
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonths('2026-11-15', 14), '2028-01-15');
    assert.equal(addMonths('2026-03-31', 12), '2027-03-31');
    assert.throws(() => addMonths('2026-02-30', 1), RangeError);
  });

  it('finds the latest revisit review of a doc among notes', () => {
    assert.deepEqual(revisitReviewOf(revisitNote('2027-03-02').text), { doc: 'docs/adr/0007-x.md', date: '2027-03-02' });
    assert.equal(revisitReviewOf('---\nkind: design-review\ndoc: docs/adr/0007-x.md\ndate: 2027-03-02\n---\n'), undefined);
    const notes = [revisitNote('2027-03-02'), revisitNote('2027-05-01', './docs/adr/0007-x.md'), revisitNote('2028-01-01', 'docs/adr/0008-y.md'), revisitNote('2027-13-01')];
    assert.equal(lastRevisitOf('docs/adr/0007-x.md', notes), '2027-05-01');
    assert.equal(lastRevisitOf('docs/adr/0009-z.md', notes), undefined);
  });
});
