import * as assert from 'node:assert/strict';
import type { Commitment } from '../../../../src/core/commitments/commitment';
import { collectCommitments } from '../../../../src/core/commitments/collectCommitments';
import { overdueCount, personCounts } from '../../../../src/core/commitments/commitmentCounts';
import { dueState } from '../../../../src/core/commitments/commitmentOrder';
import { groupCommitments, type CommitmentGroup } from '../../../../src/core/commitments/groupCommitments';
import { md, oneOnOne, otherNote } from './commitmentFixtures';

const TODAY = '2026-11-16';

/** The lead's commitments across Ana's and Bo's 1:1s, a design review and another note. */
function index(): Commitment[] {
  return collectCommitments([
    oneOnOne('ana', '2026-11-09', md(
      '- [ ] Send the RFC @me 📅 2026-11-20', '- [ ] Book the offsite @me 📅 2026-11-10', '- [ ] Intro to the SRE lead @me',
      '- [ ] Share the dashboard @ana 📅 2026-11-12', '- [ ] Pair on the flaky test', '- [x] Old thing @me ✅ 2026-11-05', '- [x] Recent thing @me ✅ 2026-11-14',
    )),
    oneOnOne('bo', '2026-11-09', md('- [ ] Review the budget @me 📅 2026-11-16', '- [ ] Write the postmortem @bo')),
    otherNote('review', 'design-reviews/2026-11-11-auth.md', md('- [ ] Approve the rollout @me 📅 2026-11-01', '- [ ] Load test @bo', '- [ ] Someone checks the quota')),
    otherNote('other', 'inbox.md', md('- [ ] Renew the licence @me')),
  ], TODAY).commitments;
}

/** Each group as `id: subgroup[words…]` lines, for readable comparisons. */
function outline(groups: readonly CommitmentGroup[]): string[] {
  return groups.flatMap((g) => [`${g.id} (${g.count}, ${g.overdue} overdue)`, ...g.subgroups.map((s) => `  ${s.of.kind === 'person' ? s.of.slug : s.of.kind}: ${s.commitments.map((c) => c.words).join(' | ')}`)]);
}

describe('the Commitments tree', () => {
  it('groups by who owes (I owe, Owed to me, Shared), then by person, then design reviews and other notes', () => {
    assert.deepEqual(outline(groupCommitments(index(), TODAY)), [
      'iOwe (6, 2 overdue)',
      '  ana: Book the offsite | Send the RFC | Intro to the SRE lead',
      '  bo: Review the budget',
      '  reviews: Approve the rollout',
      '  otherNotes: Renew the licence',
      'owedToMe (3, 1 overdue)',
      '  ana: Share the dashboard',
      '  bo: Load test | Write the postmortem',
      'shared (2, 0 overdue)',
      '  ana: Pair on the flaky test',
      '  reviews: Someone checks the quota',
    ]);
  });

  it('orders overdue first, then by due date, undated last, then by words', () => {
    const { commitments } = collectCommitments([oneOnOne('ana', '2026-11-09', md('- [ ] b @me', '- [ ] a @me', '- [ ] later @me 📅 2026-12-01', '- [ ] today @me 📅 2026-11-16', '- [ ] late @me 📅 2026-11-15', '- [ ] later still @me 📅 2026-11-01'))], TODAY);
    const [group] = groupCommitments(commitments, TODAY);
    assert.deepEqual(group!.subgroups[0]!.commitments.map((c) => c.words), ['later still', 'late', 'today', 'later', 'a', 'b']);
  });

  it('shows done items only when asked, those done on or after the date, after the open ones', () => {
    const withoutDone = outline(groupCommitments(index(), TODAY, { person: 'ana' }));
    assert.ok(!withoutDone.join('\n').includes('thing'));
    const [iOwe] = groupCommitments(index(), TODAY, { person: 'ana', showDoneSince: '2026-11-10' });
    assert.deepEqual(iOwe!.subgroups[0]!.commitments.map((c) => c.words), ['Book the offsite', 'Send the RFC', 'Intro to the SRE lead', 'Recent thing']);
  });

  it('keeps to one person when asked, in every group', () => {
    assert.deepEqual(outline(groupCommitments(index(), TODAY, { person: 'bo' })), [
      'iOwe (1, 0 overdue)', '  bo: Review the budget', 'owedToMe (2, 0 overdue)', '  bo: Load test | Write the postmortem',
    ]);
  });

  it('gives nothing for nothing', () => {
    assert.deepEqual(groupCommitments([], TODAY), []);
  });
});

describe('commitment counts and due words', () => {
  it('counts what the lead and a person owe each other, and what of it is overdue', () => {
    assert.deepEqual(personCounts(index(), 'ana', TODAY), { youOwe: 3, youOweOverdue: 1, theyOwe: 1, theyOweOverdue: 1 });
    assert.deepEqual(personCounts(index(), 'bo', TODAY), { youOwe: 1, youOweOverdue: 0, theyOwe: 2, theyOweOverdue: 0 });
    assert.deepEqual(personCounts(index(), 'kim-2', TODAY), { youOwe: 0, youOweOverdue: 0, theyOwe: 0, theyOweOverdue: 0 });
  });

  it('counts every open overdue commitment for the status bar, due today not yet', () => {
    assert.equal(overdueCount(index(), TODAY), 3);
    assert.equal(overdueCount(index(), '2026-11-17'), 4);
  });

  it('says overdue, due today or in how many days, as the 1:1 cadence says it', () => {
    assert.deepEqual(dueState('2026-11-13', TODAY), { kind: 'overdue', days: 3 });
    assert.deepEqual(dueState(TODAY, TODAY), { kind: 'today' });
    assert.deepEqual(dueState('2026-11-20', TODAY), { kind: 'upcoming', days: 4 });
    assert.equal(dueState(undefined, TODAY), undefined);
    assert.equal(dueState('2026-02-30', TODAY), undefined);
  });
});
