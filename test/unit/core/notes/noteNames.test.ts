import * as assert from 'node:assert/strict';
import { compareNotes, designReviewFileName, designReviewPath, nextFreeN, notesBefore, oneOnOneFileName, oneOnOnePath, parseNoteName } from '../../../../src/core/notes/noteNames';
import { daysSince, isIsoDate, isoDate } from '../../../../src/core/dates';

describe('note dates', () => {
  it('writes the local calendar date, zero-padded', () => {
    assert.equal(isoDate(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
    assert.equal(isoDate(new Date(2026, 10, 16, 0, 0)), '2026-11-16');
  });

  it('uses the lead\'s time zone, not UTC, to name the day', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      assert.equal(isoDate(new Date(Date.UTC(2026, 10, 16, 12, 0))), '2026-11-17');
      process.env.TZ = 'America/Los_Angeles';
      assert.equal(isoDate(new Date(Date.UTC(2026, 10, 16, 3, 0))), '2026-11-15');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('accepts only dates that exist', () => {
    assert.ok(isIsoDate('2028-02-29'));
    for (const s of ['2026-02-29', '2026-13-01', '2026-11-31', '2026-1-5', '20261116', '']) assert.equal(isIsoDate(s), false, s);
  });

  it('counts whole days between dates, across month ends and daylight-saving changes', () => {
    assert.equal(daysSince('2026-11-09', '2026-11-16'), 7);
    assert.equal(daysSince('2026-02-28', '2026-03-01'), 1);
    assert.equal(daysSince('2026-03-01', '2026-11-01'), 245);
    assert.equal(daysSince('2026-11-16', '2026-11-16'), 0);
    assert.equal(daysSince('2026-11-17', '2026-11-16'), -1);
  });

  it('refuses to count from a malformed date', () => {
    assert.throws(() => daysSince('yesterday', '2026-11-16'), RangeError);
  });
});

describe('note file names', () => {
  it('parses the first and later notes of a day', () => {
    assert.deepEqual(parseNoteName('2026-11-16.md'), { date: '2026-11-16', n: 1 });
    assert.deepEqual(parseNoteName('2026-11-16-2.md'), { date: '2026-11-16', n: 2 });
    assert.deepEqual(parseNoteName('2026-11-16-12.md'), { date: '2026-11-16', n: 12 });
  });

  it('ignores names that are not 1:1 notes', () => {
    for (const name of ['notes.md', '2026-11-16.txt', '2026-11-16-1.md', '2026-11-16-02.md', '2026-02-30.md',
      '2026-11-16-auth.md', 'x2026-11-16.md', 'one-on-ones/ana/2026-11-16.md']) {
      assert.equal(parseNoteName(name), undefined, name);
    }
  });

  it('builds 1:1 paths under the person folder, numbered from the second note of a day', () => {
    assert.equal(oneOnOnePath('ana', '2026-11-16'), 'one-on-ones/ana/2026-11-16.md');
    assert.equal(oneOnOnePath('ana', '2026-11-16', 2), 'one-on-ones/ana/2026-11-16-2.md');
    assert.equal(oneOnOneFileName('2026-11-16', 3), '2026-11-16-3.md');
  });

  it('builds design-review paths with the date first', () => {
    assert.equal(designReviewPath('auth-rewrite', '2026-11-16'), 'design-reviews/2026-11-16-auth-rewrite.md');
    assert.equal(designReviewPath('auth-rewrite', '2026-11-16', 2), 'design-reviews/2026-11-16-auth-rewrite-2.md');
  });

  it('round-trips every name it builds', () => {
    for (const n of [1, 2, 10]) assert.deepEqual(parseNoteName(oneOnOneFileName('2026-11-16', n)), { date: '2026-11-16', n });
  });

  it('refuses to build a path that could leave its folder', () => {
    assert.throws(() => oneOnOnePath('..', '2026-11-16'), RangeError);
    assert.throws(() => oneOnOnePath('ana/../../x', '2026-11-16'), RangeError);
    assert.throws(() => designReviewPath('a/../../x', '2026-11-16'), RangeError);
    assert.throws(() => oneOnOnePath('ana', '../2026-11-16'), RangeError);
    assert.equal(oneOnOnePath('Ana María', '2026-11-16'), 'one-on-ones/Ana María/2026-11-16.md');
  });

  it('rejects note numbers below one', () => {
    assert.throws(() => oneOnOneFileName('2026-11-16', 0), RangeError);
  });
});

describe('never overwriting a note', () => {
  const make = (n: number) => oneOnOneFileName('2026-11-16', n);

  it('uses the plain name when the day has no note', () => {
    assert.equal(nextFreeN(['2026-11-09.md'], make), 1);
  });

  it('creates -2, then -3, when the day already has notes', () => {
    assert.equal(nextFreeN(['2026-11-16.md'], make), 2);
    assert.equal(nextFreeN(['2026-11-16.md', '2026-11-16-2.md'], make), 3);
  });

  it('fills a gap left by a deleted note', () => {
    assert.equal(nextFreeN(['2026-11-16.md', '2026-11-16-3.md'], make), 2);
  });

  it('treats names differing only in case as taken, as macOS and Windows do', () => {
    assert.equal(nextFreeN(['2026-11-16.MD'], make), 2);
  });

  it('compares paths by their file name', () => {
    assert.equal(nextFreeN(['one-on-ones/ana/2026-11-16.md'], (n) => oneOnOnePath('ana', '2026-11-16', n)), 2);
    assert.equal(nextFreeN(['2026-11-16-auth.md'], (n) => designReviewFileName('auth', '2026-11-16', n)), 2);
  });

  it('stops instead of looping when make ignores n', () => {
    assert.throws(() => nextFreeN(['a.md'], () => 'a.md'), /different name/);
  });
});

describe('finding the note to carry over from', () => {
  const names = ['2026-11-02.md', '2026-11-09.md', '2026-11-09-2.md', 'README.md', '2026-11-16.md', '2026-12-01.md'];

  it('orders notes by date, then by number within a day', () => {
    assert.ok(compareNotes({ date: '2026-11-09', n: 2 }, { date: '2026-11-16', n: 1 }) < 0);
    assert.ok(compareNotes({ date: '2026-11-09', n: 2 }, { date: '2026-11-09', n: 10 }) < 0);
  });

  it('picks the newest note of all without a limit', () => {
    assert.equal(notesBefore(names)[0]?.fileName, '2026-12-01.md');
  });

  it('picks the newest note of an earlier day, preferring the later note of that day', () => {
    assert.deepEqual(notesBefore(names, { before: '2026-11-16' })[0], { fileName: '2026-11-09-2.md', date: '2026-11-09', n: 2 });
  });

  it('carries a second note of the day from the first one, not from a later-dated note', () => {
    assert.equal(notesBefore(names, { before: { date: '2026-11-16', n: 2 } })[0]?.fileName, '2026-11-16.md');
  });

  it('never picks the note at the limit itself', () => {
    assert.equal(notesBefore(['2026-11-16.md', '2026-11-16-2.md'], { before: { date: '2026-11-16', n: 2 } })[0]?.fileName, '2026-11-16.md');
  });

  it('finds nothing for a first 1:1', () => {
    assert.equal(notesBefore(['README.md'], { before: '2026-11-16' })[0], undefined);
    assert.equal(notesBefore(names, { before: '2026-11-02' })[0], undefined);
  });
});
