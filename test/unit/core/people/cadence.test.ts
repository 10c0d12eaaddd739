import * as assert from 'node:assert/strict';
import { byDue, dueStatus, dueWords, isDue, nextDue, parseCadence } from '../../../../src/core/people/cadence';
import { addDays, addMonth } from '../../../../src/core/dates';
import { isoDate } from '../../../../src/core/dates';

describe('cadence and due dates', () => {
  it('reads weekly, biweekly, monthly and a whole number of days, and nothing else', () => {
    assert.equal(parseCadence('weekly'), 'weekly');
    assert.equal(parseCadence(' Biweekly '), 'biweekly');
    assert.equal(parseCadence('monthly'), 'monthly');
    assert.equal(parseCadence(10), 10);
    assert.equal(parseCadence('10'), 10);
    for (const bad of ['fortnightly', 0, -7, 1.5, '7 days', '', null, true, [7], 99999]) assert.equal(parseCadence(bad), undefined, String(bad));
  });

  it('counts weekly and biweekly in days, across a month end and a year end', () => {
    assert.equal(nextDue('2026-11-26', 'weekly'), '2026-12-03');
    assert.equal(nextDue('2026-12-25', 'biweekly'), '2027-01-08');
    assert.equal(nextDue('2026-11-16', 10), '2026-11-26');
  });

  it('puts monthly on the same day next month, clamped to the month\'s last day', () => {
    assert.equal(addMonth('2026-01-15'), '2026-02-15');
    assert.equal(addMonth('2026-01-31'), '2026-02-28');
    assert.equal(addMonth('2026-03-31'), '2026-04-30');
    assert.equal(addMonth('2026-12-31'), '2027-01-31');
    assert.equal(nextDue('2026-08-31', 'monthly'), '2026-09-30');
  });

  it('knows leap years: 29 February exists in 2028, not in 2026 or 2100, and does in 2000', () => {
    assert.equal(addMonth('2028-01-31'), '2028-02-29');
    assert.equal(addMonth('2100-01-31'), '2100-02-28');
    assert.equal(addMonth('2000-01-30'), '2000-02-29');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(nextDue('2028-02-22', 'weekly'), '2028-02-29');
  });

  it('says overdue, due today or in how many days', () => {
    assert.deepEqual(dueStatus('weekly', '2026-11-09', '2026-11-19'), { due: '2026-11-16', overdue: 3 });
    assert.deepEqual(dueWords({ due: '2026-11-16', overdue: 3 }), { kind: 'overdue', days: 3 });
    assert.deepEqual(dueWords({ due: '2026-11-16', overdue: 0 }), { kind: 'today' });
    assert.deepEqual(dueWords({ due: '2026-11-20', overdue: -4 }), { kind: 'upcoming', days: 4 });
    assert.equal(isDue({ overdue: 0 }), true);
    assert.equal(isDue({ overdue: -1 }), false);
    assert.equal(isDue({}), false);
  });

  it('is due on the start date, else today, before the first 1:1; nothing without a cadence', () => {
    assert.deepEqual(dueStatus('weekly', undefined, '2026-11-20'), { due: '2026-11-20', overdue: 0 });
    assert.deepEqual(dueStatus('monthly', undefined, '2026-11-20', '2026-12-01'), { due: '2026-12-01', overdue: -11 });
    assert.equal(dueStatus(undefined, '2026-11-01', '2026-11-20'), undefined);
  });

  it('sorts the most overdue first, then the soonest due, then people without a cadence by name', () => {
    const people = [
      { name: 'Zed' }, { name: 'Ana', overdue: -4 }, { name: 'Bo', overdue: 3 }, { name: 'Cy', overdue: 0 },
      { name: 'Al' }, { name: 'Di', overdue: 10 }, { name: 'Ed', overdue: -1 },
    ];
    assert.deepEqual(byDue(people).map((p) => p.name), ['Di', 'Bo', 'Cy', 'Ed', 'Ana', 'Al', 'Zed']);
  });

  describe('across daylight-saving changes', () => {
    const saved = process.env.TZ;
    after(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    // US clocks move on 8 March and 1 November 2026, European ones on 29 March and 25 October,
    // Sydney on 5 April and 4 October; Chatham moves by 45 minutes.
    for (const zone of ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Chatham']) {
      it(`never gains or loses a day in ${zone}`, () => {
        process.env.TZ = zone;
        assert.equal(nextDue('2026-03-01', 'weekly'), '2026-03-08');
        assert.equal(nextDue('2026-03-22', 'weekly'), '2026-03-29');
        assert.equal(nextDue('2026-10-18', 'biweekly'), '2026-11-01');
        assert.equal(nextDue('2026-03-29', 'monthly'), '2026-04-29');
        assert.equal(nextDue('2026-09-30', 4), '2026-10-04');
        // A lead's "today" late in the evening of a change day is still that day.
        const lateOnChangeDay = isoDate(new Date(2026, 2, 8, 23, 30));
        assert.equal(lateOnChangeDay, '2026-03-08');
        assert.deepEqual(dueStatus('weekly', '2026-03-01', lateOnChangeDay), { due: '2026-03-08', overdue: 0 });
        assert.deepEqual(dueStatus('weekly', '2026-10-18', isoDate(new Date(2026, 10, 1, 0, 30))), { due: '2026-10-25', overdue: 7 });
        for (let d = 0; d < 366; d += 1) assert.equal(addDays(addDays('2026-01-01', d), -d), '2026-01-01');
      });
    }
  });
});
