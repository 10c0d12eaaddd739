import * as assert from 'node:assert/strict';
import { fairness, fairnessTable, median, teamOutliers, type EvidenceEntry } from '../../../../src/core/growth/fairness';
import { DEFAULT_EVIDENCE_LABELS } from '../../../../src/core/growth/evidenceLabels';
import { lastSixMonths, monthsBefore, monthsOf } from '../../../../src/core/growth/period';

const half = { from: '2026-07-01', to: '2026-12-31' };
const e = (date: string, kind: EvidenceEntry['kind'] = 'win'): EvidenceEntry => ({ date, kind });

describe('the fairness check of review evidence', () => {
  it('groups the evidence by month and kind, empty months included', () => {
    const result = fairness([e('2026-07-03'), e('2026-07-20', 'feedback'), e('2026-09-01', 'goal'), e('2027-01-02')], half, []);
    assert.deepEqual(result.months.map((m) => [m.month, m.count]), [['2026-07', 2], ['2026-08', 0], ['2026-09', 1], ['2026-10', 0], ['2026-11', 0], ['2026-12', 0]]);
    assert.deepEqual(result.months[0]!.byKind, { goal: 0, win: 1, feedback: 1, commitment: 0, designDoc: 0 });
    assert.deepEqual(result.emptyMonths, ['2026-08', '2026-10', '2026-11', '2026-12']);
  });

  it('flags recency when more than half of the evidence is from the last six weeks', () => {
    const bunched = fairness([e('2026-07-10'), e('2026-11-20'), e('2026-12-01'), e('2026-12-30')], half, []);
    assert.equal(bunched.recentShare, 0.75);
    assert.equal(bunched.recencyFlag, true);
    const spread = fairness([e('2026-07-10'), e('2026-09-10'), e('2026-12-01'), e('2026-12-30')], half, []);
    assert.equal(spread.recentShare, 0.5);
    assert.equal(spread.recencyFlag, false);
  });

  it('never flags recency in a period of twelve weeks or less, where the last six weeks are half of it', () => {
    assert.equal(fairness([e('2026-12-20')], { from: '2026-10-08', to: '2026-12-30' }, []).recencyFlag, false);
  });

  it('names the goals with no discussion in the period', () => {
    const goals = [{ text: 'Lead the migration', discussions: ['2026-08-01'] }, { text: 'Mentor', discussions: ['2026-01-01'] }, { text: 'Speak', discussions: [] }];
    assert.deepEqual(fairness([], half, goals).neverDiscussedGoals, ['Mentor', 'Speak']);
  });

  it('gives a truthful empty result for a period without evidence, or an invalid period', () => {
    const empty = fairness([], half, []);
    assert.equal(empty.months.length, 6);
    assert.equal(empty.recentShare, 0);
    assert.equal(empty.recencyFlag, false);
    assert.deepEqual(fairness([e('2026-07-01')], { from: '2026-12-31', to: '2026-07-01' }, []).months, []);
  });

  it('writes a months × kinds table', () => {
    const table = fairnessTable(fairness([e('2026-07-03'), e('2026-07-20', 'feedback')], { from: '2026-07-01', to: '2026-08-31' }, []), DEFAULT_EVIDENCE_LABELS.fairness);
    assert.equal(table, [
      '| Month | Goals discussed | Wins | Feedback | Commitments | Design docs | Total |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| 2026-07 | 0 | 1 | 1 | 0 | 0 | 2 |',
      '| 2026-08 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n'));
  });
});

describe('outliers across a team', () => {
  it('marks people with evidence under half of the team\'s median', () => {
    const team = [{ slug: 'ana', evidence6m: 10 }, { slug: 'ben', evidence6m: 12 }, { slug: 'cy', evidence6m: 4 }, { slug: 'di', evidence6m: 9 }, { slug: 'ed', evidence6m: 5 }];
    assert.deepEqual([...teamOutliers(team)], ['cy']);
  });

  it('takes the mean of the two middle counts as the median of an even count', () => {
    assert.equal(median([1, 9, 3, 7]), 5);
    assert.deepEqual([...teamOutliers([{ slug: 'a', evidence6m: 0 }, { slug: 'b', evidence6m: 10 }])], ['a']);
    // Median 5: 2 is under half of it (2.5), 3 is not.
    assert.deepEqual([...teamOutliers([{ slug: 'a', evidence6m: 2 }, { slug: 'b', evidence6m: 3 }, { slug: 'c', evidence6m: 7 }, { slug: 'd', evidence6m: 8 }])], ['a']);
  });

  it('finds no outliers in a team of one, or when nobody has evidence', () => {
    assert.deepEqual([...teamOutliers([{ slug: 'a', evidence6m: 0 }])], []);
    assert.deepEqual([...teamOutliers([{ slug: 'a', evidence6m: 0 }, { slug: 'b', evidence6m: 0 }])], []);
    assert.deepEqual([...teamOutliers([])], []);
  });
});

describe('periods', () => {
  it('lists every month of a period, across a year', () => {
    assert.deepEqual(monthsOf({ from: '2026-11-15', to: '2027-02-01' }), ['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('goes back whole months, clamped to the month\'s last day', () => {
    assert.equal(monthsBefore('2026-08-31', 6), '2026-02-28');
    assert.equal(monthsBefore('2026-03-15', 6), '2025-09-15');
    assert.deepEqual(lastSixMonths('2026-12-05'), { from: '2026-06-06', to: '2026-12-05' });
  });
});
