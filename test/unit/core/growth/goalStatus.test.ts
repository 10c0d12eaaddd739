import * as assert from 'node:assert/strict';
import { goalStatus } from '../../../../src/core/growth/goalStatus';

const open = { reached: false };

describe('a goal\'s status in the 1:1s', () => {
  it('says how many whole weeks ago the newest discussion was', () => {
    assert.deepEqual(goalStatus(open, ['2026-10-01', '2026-11-20', '2026-11-02'], '2026-12-05', 6), { lastDiscussed: '2026-11-20', words: { kind: 'discussed', weeks: 2 }, stale: false });
  });

  it('goes stale after more than the given weeks, and says since when', () => {
    assert.deepEqual(goalStatus(open, ['2026-10-01'], '2026-12-05', 6), { lastDiscussed: '2026-10-01', words: { kind: 'notSince', date: '2026-10-01' }, stale: true });
    // Exactly six weeks is not yet stale.
    assert.equal(goalStatus(open, ['2026-10-24'], '2026-12-05', 6).stale, false);
  });

  it('is never stale with staleAfterWeeks 0, however old the discussion', () => {
    assert.deepEqual(goalStatus(open, ['2020-01-01'], '2026-12-05', 0).words, { kind: 'discussed', weeks: Math.floor(2530 / 7) });
    assert.equal(goalStatus(open, [], '2026-12-05', 0).stale, false);
  });

  it('says never discussed, stale for an open goal and not for a reached one', () => {
    assert.deepEqual(goalStatus(open, [], '2026-12-05', 6), { words: { kind: 'never' }, stale: true });
    assert.deepEqual(goalStatus({ reached: true }, [], '2026-12-05', 6), { words: { kind: 'never' }, stale: false });
  });

  it('ignores dates that are no day or lie after today', () => {
    assert.deepEqual(goalStatus(open, ['2026-02-30', '2027-01-01', 'soon'], '2026-12-05', 6), { words: { kind: 'never' }, stale: true });
  });
});
