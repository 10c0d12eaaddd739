import * as assert from 'node:assert/strict';
import type { EvidenceEntry } from '../../../../src/core/growth/fairness';
import { teamRows, type TeamMemberFacts } from '../../../../src/core/growth/teamRow';

const today = '2026-12-05';
const entries = (n: number, date = '2026-11-10'): EvidenceEntry[] => Array.from({ length: n }, () => ({ date, kind: 'win' as const }));
const member = (slug: string, evidence: EvidenceEntry[], extra: Partial<TeamMemberFacts> = {}): TeamMemberFacts => ({
  slug, name: slug.toUpperCase(), cadence: 'onTrack',
  commitments: { toThem: { open: 0, overdue: 0 }, fromThem: { open: 0, overdue: 0 } }, goals: [], evidence, ...extra,
});

describe('the team view\'s rows', () => {
  it('counts open and stale goals, passes the 1:1 and commitment facts through', () => {
    const [row] = teamRows([member('ana', entries(3), {
      daysSinceLastOneOnOne: 9, cadence: 'overdue',
      commitments: { toThem: { open: 2, overdue: 1 }, fromThem: { open: 1, overdue: 0 } },
      goals: [{ reached: false, stale: true }, { reached: false, stale: false }, { reached: true, stale: false }],
    })], today);
    assert.deepEqual({ ...row, emptyMonths: undefined, months: undefined }, {
      slug: 'ana', name: 'ANA', daysSinceLastOneOnOne: 9, cadence: 'overdue',
      commitments: { toThem: { open: 2, overdue: 1 }, fromThem: { open: 1, overdue: 0 } },
      openGoals: 2, staleGoals: 1, evidence6m: 3, emptyMonths: undefined, months: undefined, recencyFlag: true, outlier: false,
    });
  });

  it('counts only the last six months of evidence, and names the empty months', () => {
    const [row] = teamRows([member('ana', [...entries(2, '2026-05-01'), ...entries(1, '2026-07-01'), ...entries(1, '2026-11-30')])], today);
    assert.equal(row!.evidence6m, 2);
    assert.deepEqual(row!.emptyMonths, ['2026-06', '2026-08', '2026-09', '2026-10', '2026-12']);
    assert.equal(row!.recencyFlag, false);
  });

  it('counts each month of the six, oldest first, the same entries its total and empty months count', () => {
    const [row] = teamRows([member('ana', [...entries(2, '2026-05-01'), ...entries(3, '2026-06-06'), ...entries(1, '2026-07-01'), ...entries(1, '2026-11-30'), ...entries(1, '2026-12-06')])], today);
    assert.deepEqual(row!.months.map((m) => [m.month, m.count]), [
      ['2026-06', 3], ['2026-07', 1], ['2026-08', 0], ['2026-09', 0], ['2026-10', 0], ['2026-11', 1], ['2026-12', 0],
    ]);
    assert.equal(row!.months.reduce((n, m) => n + m.count, 0), row!.evidence6m);
    assert.deepEqual(row!.months.filter((m) => m.count === 0).map((m) => m.month), row!.emptyMonths);
  });

  it('marks the person with far less evidence than their peers', () => {
    const rows = teamRows([member('ana', entries(10)), member('ben', entries(9)), member('cy', entries(2))], today);
    assert.deepEqual(rows.map((r) => [r.slug, r.outlier]), [['ana', false], ['ben', false], ['cy', true]]);
  });

  it('never marks a team of one', () => {
    assert.equal(teamRows([member('ana', [])], today)[0]!.outlier, false);
  });
});
