import * as assert from 'node:assert/strict';
import { goalDiscussions } from '../../../../src/core/growth/goalDiscussion';
import { goalsOf } from '../../../../src/core/growth/goals';
import { personGrowth, teamMemberFacts, type GoalWithStatus, type NoteGrowth } from '../../../../src/core/growth/personGrowth';
import { teamRow } from '../../../../src/core/growth/teamRow';
import { goalNudgeText, goalStatusText, prepGoalsMessage, type Say } from '../../../../src/core/panel/prepGoals';
import { LIMITS, parseMessage, toWebviewSchema, type UiStringKey } from '../../../../src/core/panel/protocol';

const TODAY = '2026-11-16';

const PROFILE = [
  '---', 'name: Ana Lima', 'cadence: weekly', '---', '# Ana Lima', '',
  '## Goals', '',
  '- [ ] Lead the search migration 📅 2027-03-31',
  '- [ ] Grow two platform interviewers',
  '- [ ] Write the on-call guide 📅 2026-12-01',
  '- [ ] Mentor a new hire',
  '- [x] Ship the retry policy ✅ 2026-10-08',
  '',
  '## Private', '', '### Goals', '',
  '- [ ] Move toward staff engineer',
  '',
].join('\n');

/** Ana's 1:1 notes: what each says about her goals, read by the one rule (goalDiscussion.ts). */
const NOTES: Record<string, string> = {
  '2026-09-14': '# 1:1\n\n## Goals\n\n- Write the on-call guide\n  - first draft half done\n',
  // The goal lines alone, as the template writes them: no discussion.
  '2026-10-26': '# 1:1\n\n## Open goals\n\n- Grow two platform interviewers\n- Move toward staff engineer\n',
  '2026-11-02': '# 1:1\n\n## Goals\n\n- Lead the search migration: the cut-over is planned\n',
  // Discussed only in the note's private part: the lead's own view still counts it.
  '2026-11-09': '# 1:1\n\n## Notes\n\nAll fine.\n\n## Private\n\n- Mentor a new hire: wants someone junior next quarter\n- Move toward staff engineer: ready in a year\n',
};

function growth(staleAfterWeeks: number) {
  const { goals } = goalsOf(PROFILE);
  const notes: NoteGrowth[] = Object.entries(NOTES).map(([date, text]) => ({ path: `one-on-ones/ana/${date}.md`, date, discussions: goalDiscussions(text, goals) }));
  return { notes, growth: personGrowth(PROFILE, notes, TODAY, staleAfterWeeks) };
}

/** The panel's English strings (src/panel/uiStrings.ts) for the keys the goals use. */
const ENGLISH: Partial<Record<UiStringKey, string>> = {
  glDiscussedThisWeek: 'discussed this week', glDiscussedWeekAgo: 'discussed 1 week ago', glDiscussedWeeksAgo: 'discussed {0} weeks ago',
  glNotSince: 'not discussed since {0}', glNever: 'never discussed', glWeek: 'a week', glWeeks: '{0} weeks',
  glNudgeOne: 'Not discussed for {1} or more: {0}. Worth a few minutes in this 1:1?',
  glNudgeMany: '{0} goals not discussed for {1} or more. Worth a few minutes in this 1:1?',
};
const say: Say = (key, ...args) => {
  const text = ENGLISH[key];
  assert.ok(text, `no English for ${key}`);
  return text.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
};

describe('the prep tab\'s goals of one person', () => {
  it('lists each open goal with its due date and where it stands in the 1:1s, in profile order, reached and private ones left out', () => {
    const message = prepGoalsMessage('ana-lima', growth(6).growth.goals, 6);
    assert.deepEqual(message.goals.map((g) => [g.text, g.due, goalStatusText(g.status, say), g.stale]), [
      ['Lead the search migration', '2027-03-31', 'discussed 2 weeks ago', false],
      ['Grow two platform interviewers', undefined, 'never discussed', true],
      ['Write the on-call guide', '2026-12-01', 'not discussed since 2026-09-14', true],
      ['Mentor a new hire', undefined, 'discussed 1 week ago', false],
    ]);
    // Each goal opens person.md at its own line (front matter counted).
    assert.deepEqual(message.goals.map((g) => PROFILE.split('\n')[g.line]?.slice(6, 20)), ['Lead the searc', 'Grow two platf', 'Write the on-c', 'Mentor a new h']);
    assert.equal(JSON.stringify(message).includes('staff engineer'), false, 'a private goal is never sent');
    assert.equal(JSON.stringify(message).includes('retry policy'), false, 'a reached goal is not listed');
    assert.equal(message.more, undefined);
    assert.ok(parseMessage(toWebviewSchema, message), 'the webview accepts it');
  });

  it('agrees with the Team view: the goals it marks stale are the ones it counts stale', () => {
    const { growth: g, notes } = growth(6);
    const facts = teamMemberFacts(g, notes, { slug: 'ana-lima', name: 'Ana Lima', cadence: 'onTrack', commitments: { toThem: { open: 0, overdue: 0 }, fromThem: { open: 0, overdue: 0 } }, commitmentEvidence: [], designDocs: [] }, TODAY);
    const row = teamRow(facts, TODAY, new Set());
    // The Team view counts the private goal too (the lead's own tree); the panel leaves it out, so one more there.
    assert.deepEqual([row.openGoals, row.staleGoals], [5, 2]);
    const message = prepGoalsMessage('ana-lima', g.goals, 6);
    assert.equal(message.goals.filter((x) => x.stale).length, 2);
  });

  it('nudges once, naming the goal when one has gone stale and counting them when several have', () => {
    const message = prepGoalsMessage('ana-lima', growth(6).growth.goals, 6);
    assert.equal(goalNudgeText(message, say), '2 goals not discussed for 6 weeks or more. Worth a few minutes in this 1:1?');
    const one = { ...message, goals: message.goals.filter((g) => g.text !== 'Grow two platform interviewers') };
    assert.equal(goalNudgeText(one, say), 'Not discussed for 6 weeks or more: Write the on-call guide. Worth a few minutes in this 1:1?');
    assert.equal(goalNudgeText({ ...message, goals: message.goals.filter((g) => !g.stale) }, say), undefined, 'nothing stale: no nudge');
    const week = prepGoalsMessage('ana-lima', growth(1).growth.goals, 1);
    assert.match(goalNudgeText(week, say) ?? '', /^3 goals not discussed for a week or more\./);
  });

  it('marks nothing stale and never nudges with twoHats.goals.staleAfterWeeks at 0', () => {
    const message = prepGoalsMessage('ana-lima', growth(0).growth.goals, 0);
    assert.equal(message.staleAfterWeeks, 0);
    assert.deepEqual(message.goals.map((g) => [goalStatusText(g.status, say), g.stale]), [
      ['discussed 2 weeks ago', false], ['never discussed', false], ['discussed 9 weeks ago', false], ['discussed 1 week ago', false],
    ]);
    assert.equal(goalNudgeText(message, say), undefined);
    // Off means off, whatever status the caller computed.
    const computedWithSix = prepGoalsMessage('ana-lima', growth(6).growth.goals, 0);
    assert.ok(computedWithSix.goals.every((g) => !g.stale));
    assert.equal(goalNudgeText(computedWithSix, say), undefined);
  });

  it('says "discussed this week" for a goal discussed less than seven days ago', () => {
    assert.equal(goalStatusText({ kind: 'discussed', weeks: 0 }, say), 'discussed this week');
  });

  it('fails closed: a goal not known to be shared is never sent', () => {
    const [goal] = growth(6).growth.goals;
    const unsure = { ...goal!, private: undefined } as unknown as GoalWithStatus;
    assert.deepEqual(prepGoalsMessage('ana-lima', [unsure, { ...goal!, private: true }], 6).goals, []);
  });

  it('says there are none for a person without a person.md, and the webview accepts that', () => {
    const message = prepGoalsMessage('kim-2', personGrowth(undefined, [], TODAY, 6).goals, 6);
    assert.deepEqual(message, { type: 'goals', person: 'kim-2', staleAfterWeeks: 6, goals: [] });
    assert.ok(parseMessage(toWebviewSchema, message));
  });

  it('lists at most the protocol\'s number of goals, each cut to its text limit, and counts the rest', () => {
    const profile = `## Goals\n${Array.from({ length: 5000 }, (_, i) => `- [ ] Goal ${i} ${'word '.repeat(200)}`).join('\n')}\n`;
    const message = prepGoalsMessage('ana', personGrowth(profile, [], TODAY, 6).goals, 6);
    assert.equal(message.goals.length, LIMITS.goals);
    assert.equal(message.more, 5000 - LIMITS.goals);
    assert.ok(message.goals.every((g) => g.text.length <= LIMITS.text));
    assert.ok(message.goals[0]!.text.endsWith('…'));
    assert.ok(JSON.stringify(message).length < 100 * 1024);
    assert.ok(parseMessage(toWebviewSchema, message));
  });
});

describe('the webview\'s check of a goals message', () => {
  const valid = prepGoalsMessage('ana-lima', growth(6).growth.goals, 6);
  const withGoal = (patch: Record<string, unknown>) => ({ ...valid, goals: [{ ...valid.goals[0]!, ...patch }] });

  it('accepts the message the host builds', () => {
    assert.ok(parseMessage(toWebviewSchema, valid));
  });

  it('drops a forged or oversized one', () => {
    const forged: [string, unknown][] = [
      ['a person that is a path', { ...valid, person: '../x' }],
      ['no person', { ...valid, person: undefined }],
      ['too many goals', { ...valid, goals: Array.from({ length: LIMITS.goals + 1 }, () => valid.goals[0]) }],
      ['goals not a list', { ...valid, goals: 'x' }],
      ['a negative stale setting', { ...valid, staleAfterWeeks: -1 }],
      ['a fractional stale setting', { ...valid, staleAfterWeeks: 1.5 }],
      ['a negative count of more', { ...valid, more: -1 }],
      ['a text over the limit', withGoal({ text: 'x'.repeat(LIMITS.text + 1) })],
      ['a text that is no string', withGoal({ text: 42 })],
      ['a due date that is no date', withGoal({ due: '31.03.2027' })],
      ['a negative line', withGoal({ line: -1 })],
      ['an unknown status', withGoal({ status: { kind: 'overdue' } })],
      ['negative weeks', withGoal({ status: { kind: 'discussed', weeks: -2 } })],
      ['weeks that are no number', withGoal({ status: { kind: 'discussed', weeks: '2' } })],
      ['not since no date', withGoal({ status: { kind: 'notSince', date: 'last week' } })],
      ['no stale flag', withGoal({ stale: undefined })],
      ['a stale flag that is no boolean', withGoal({ stale: 'yes' })],
    ];
    const accepted = forged.filter(([, message]) => parseMessage(toWebviewSchema, message) !== undefined).map(([label]) => label);
    assert.deepEqual(accepted, []);
  });
});
