import * as assert from 'node:assert/strict';
import { fairness } from '../../../../src/core/growth/fairness';
import { goalDiscussions } from '../../../../src/core/growth/goalDiscussion';
import { goalsOf } from '../../../../src/core/growth/goals';
import { lastSixMonths } from '../../../../src/core/growth/period';
import { personGrowth, sharedGoalsNotDiscussed, teamMemberFacts, type NoteGrowth } from '../../../../src/core/growth/personGrowth';
import { teamRow, teamRows } from '../../../../src/core/growth/teamRow';
import { emptyMonths, evidenceFlagsText, evidenceSummaryText, prepEvidenceMessage, type EvidenceMonthsMessage } from '../../../../src/core/panel/prepEvidence';
import type { Say } from '../../../../src/core/panel/prepGoals';
import { LIMITS, parseMessage, toWebviewSchema, type UiStringKey } from '../../../../src/core/panel/protocol';

const TODAY = '2026-12-05';

const PROFILE = [
  '---', 'name: Ana Lima', '---', '# Ana Lima', '',
  '## Goals', '',
  '- [ ] Lead the search migration',
  '- [ ] Grow two platform interviewers',
  '- [ ] Mentor a new hire',
  '- [x] Ship the retry policy ✅ 2026-03-08',
  '',
  '## Wins', '',
  '- 2026-07-14 Shipped the reindex',
  '- 2026-11-03 Ran the incident review',
  '- 2026-11-20 Onboarded two engineers',
  '- 2026-12-01 Closed the migration',
  '',
  '## Private', '', '### Goals', '',
  '- [ ] Move toward staff engineer',
  '', '### Wins', '',
  '- 2026-11-25 Handled a hard conversation',
  '',
].join('\n');

const NOTES: Record<string, string> = {
  '2026-05-20': '# 1:1\n\n## Goals\n\n- Grow two platform interviewers: one shadowing\n',
  '2026-07-07': '# 1:1\n\n## Goals\n\n- Lead the search migration: the cut-over is planned\n',
  // Discussed only in the note's private part: it counts, as it does for the goal's status.
  '2026-11-30': '# 1:1\n\n## Notes\n\nAll fine.\n\n## Private\n\n- Mentor a new hire: wants someone junior\n',
};

function ana() {
  const { goals } = goalsOf(PROFILE);
  const notes: NoteGrowth[] = Object.entries(NOTES).map(([date, text]) => ({ path: `one-on-ones/ana/${date}.md`, date, discussions: goalDiscussions(text, goals) }));
  const growth = personGrowth(PROFILE, notes, TODAY, 6);
  const facts = teamMemberFacts(growth, notes, {
    slug: 'ana-lima', name: 'Ana Lima', cadence: 'onTrack',
    commitments: { toThem: { open: 0, overdue: 0 }, fromThem: { open: 0, overdue: 0 } }, commitmentEvidence: [], designDocs: [],
  }, TODAY);
  return { growth, notes, facts };
}

/** The panel's English strings (src/panel/uiStrings.ts) for the keys the chart uses. */
const ENGLISH: Partial<Record<UiStringKey, string>> = {
  evSummary: '{0} evidence entries from {1} to {2}',
  evNone: 'No evidence in the last 6 months yet: wins, feedback, goals discussed and commitments fill it in.',
  evRising: 'more in the later months ({0} against {1})', evFalling: 'fewer in the later months ({0} against {1})',
  evEven: 'as many in the later months as in the earlier ones ({0})', evEmptyCount: '{0} months with none',
  evFlagEmpty: 'Months with no evidence: {0}', evFlagRecent: 'More than half of it is from the last six weeks',
  evFlagGoals: 'Goals not discussed in these months: {0}', evFlagGoalsMore: 'Goals not discussed in these months: {0} and {1} more',
};
const say: Say = (key, ...args) => {
  const text = ENGLISH[key];
  assert.ok(text, `no English for ${key}`);
  return text.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
};

function message(): EvidenceMonthsMessage {
  const { growth, notes, facts } = ana();
  return prepEvidenceMessage('ana-lima', teamRow(facts, TODAY, new Set()), sharedGoalsNotDiscussed(growth, notes, lastSixMonths(TODAY)));
}

describe('the prep tab\'s evidence by month of one person', () => {
  it('has one bar per month of the Team view\'s six months, oldest first, the empty months among them', () => {
    const m = message();
    assert.deepEqual(m.months, [
      { month: '2026-06', count: 0 }, { month: '2026-07', count: 2 }, { month: '2026-08', count: 0 }, { month: '2026-09', count: 0 },
      { month: '2026-10', count: 0 }, { month: '2026-11', count: 4 }, { month: '2026-12', count: 1 },
    ]);
    assert.deepEqual(emptyMonths(m), ['2026-06', '2026-08', '2026-09', '2026-10']);
    assert.ok(parseMessage(toWebviewSchema, m), 'the webview accepts it');
  });

  it('shows exactly the Team view\'s numbers: total, empty months and the mostly-recent flag', () => {
    const { facts } = ana();
    const other = { ...facts, slug: 'ben', evidence: [] };
    const [row] = teamRows([facts, other], TODAY);
    const m = message();
    assert.equal(m.months.reduce((n, x) => n + x.count, 0), row!.evidence6m);
    assert.deepEqual(emptyMonths(m), row!.emptyMonths);
    assert.equal(m.recent, row!.recencyFlag);
    // And the review-evidence document's check over the same period agrees.
    const check = fairness(facts.evidence, lastSixMonths(TODAY), []);
    assert.deepEqual(m.months.map((x) => x.count), check.months.map((x) => x.count));
  });

  it('counts private evidence as the Team view does, and never sends a private word', () => {
    const m = message();
    // The private win of 2026-11-25 and the private discussion of 2026-11-30 are two of November's four.
    assert.equal(m.months.find((x) => x.month === '2026-11')?.count, 4);
    const text = JSON.stringify(m);
    for (const secret of ['staff engineer', 'hard conversation', 'junior']) assert.equal(text.includes(secret), false, secret);
  });

  it('flags more than half of the evidence from the last six weeks, as the Team view does', () => {
    const m = message();
    // 5 of 7 entries are dated on or after 2026-10-25.
    assert.equal(m.recent, true);
    const spread = prepEvidenceMessage('ana', { months: m.months, recencyFlag: false }, []);
    assert.equal(evidenceFlagsText({ ...spread, months: spread.months.map((x) => ({ ...x, count: 1 })) }, say), undefined, 'nothing to flag: no line');
  });

  it('names the shared goals not discussed in these months; a private discussion counts, a private goal is never named', () => {
    const { growth, notes } = ana();
    // Grow two platform interviewers was last discussed in May, before the six months; Lead the search migration in July.
    assert.deepEqual(sharedGoalsNotDiscussed(growth, notes, lastSixMonths(TODAY)), ['Grow two platform interviewers']);
    assert.deepEqual(message().notDiscussed, ['Grow two platform interviewers']);
  });

  it('says it all in one line of flags', () => {
    assert.equal(evidenceFlagsText(message(), say),
      'Months with no evidence: 2026-06, 2026-08, 2026-09, 2026-10 · More than half of it is from the last six weeks · Goals not discussed in these months: Grow two platform interviewers');
  });

  it('names the chart by its total, range and trend, and the months with none', () => {
    assert.equal(evidenceSummaryText(message(), say),
      '7 evidence entries from 2026-06 to 2026-12, more in the later months (5 against 2); 4 months with none');
    const falling = { months: [{ month: '2026-01', count: 3 }, { month: '2026-02', count: 1 }] };
    assert.equal(evidenceSummaryText(falling, say), '4 evidence entries from 2026-01 to 2026-02, fewer in the later months (1 against 3)');
    const even = { months: [{ month: '2026-01', count: 2 }, { month: '2026-02', count: 9 }, { month: '2026-03', count: 2 }] };
    assert.equal(evidenceSummaryText(even, say), '13 evidence entries from 2026-01 to 2026-03, as many in the later months as in the earlier ones (2)');
    assert.equal(evidenceSummaryText({ months: [{ month: '2026-01', count: 0 }] }, say), ENGLISH.evNone);
    assert.equal(evidenceSummaryText({ months: [] }, say), ENGLISH.evNone);
  });

  it('lists at most the protocol\'s number of goals, each cut to its text limit, and counts the rest', () => {
    const goals = Array.from({ length: 400 }, (_, i) => `Goal ${i} ${'word '.repeat(200)}`);
    const m = prepEvidenceMessage('ana', { months: [], recencyFlag: false }, goals);
    assert.equal(m.notDiscussed.length, LIMITS.goals);
    assert.equal(m.moreNotDiscussed, 400 - LIMITS.goals);
    assert.ok(m.notDiscussed.every((g) => g.length <= LIMITS.text));
    assert.match(evidenceFlagsText(m, say) ?? '', / and 350 more$/);
    assert.ok(parseMessage(toWebviewSchema, m));
  });
});

describe('the webview\'s check of an evidenceMonths message', () => {
  const valid = message();

  it('accepts the message the host builds', () => {
    assert.ok(parseMessage(toWebviewSchema, valid));
  });

  it('drops a forged or oversized one', () => {
    const forged: Record<string, unknown>[] = [
      { ...valid, person: '../etc' },
      { ...valid, months: [...valid.months, { month: '2027-01', count: 1 }] },
      { ...valid, months: [{ month: '2026-13', count: 1 }] },
      { ...valid, months: [{ month: '2026-11', count: -1 }] },
      { ...valid, months: [{ month: '2026-11', count: 1.5 }] },
      { ...valid, months: [{ month: '2026-11' }] },
      { ...valid, recent: 'yes' },
      { ...valid, notDiscussed: ['x'.repeat(LIMITS.text + 1)] },
      { ...valid, notDiscussed: Array.from({ length: LIMITS.goals + 1 }, () => 'a goal') },
      { ...valid, notDiscussed: [42] },
      { ...valid, moreNotDiscussed: -3 },
    ];
    for (const m of forged) assert.equal(parseMessage(toWebviewSchema, m), undefined, JSON.stringify(m).slice(0, 120));
  });
});
