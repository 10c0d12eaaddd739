import * as assert from 'node:assert/strict';
import { collectCommitments } from '../../../../src/core/commitments/collectCommitments';
import { prepCommitmentsMessage } from '../../../../src/core/panel/prepCommitments';
import { fromWebviewSchema, LIMITS, parseMessage, toWebviewSchema } from '../../../../src/core/panel/protocol';
import { md, oneOnOne, otherNote } from '../commitments/commitmentFixtures';

const TODAY = '2026-11-16';

function commitments() {
  return collectCommitments([
    oneOnOne('ana', '2026-11-09', md(
      '- [ ] Send the RFC @me 📅 2026-11-20', '- [ ] Book the offsite @me 📅 2026-11-10', '- [ ] Intro to the SRE lead @me',
      '- [ ] Share the dashboard @ana 📅 2026-11-12', '- [ ] Pair on the flaky test', '- [x] Old thing @me ✅ 2026-11-05',
      '', '## Private', '', '- [ ] Talk to HR about the raise @me due 2026-11-16',
    )),
    oneOnOne('bo', '2026-11-09', md('- [ ] Review the budget @me 📅 2026-11-16', '- [ ] Write the postmortem @bo')),
    otherNote('review', 'design-reviews/2026-11-11-auth.md', md('- [ ] Rollback plan @ana', '- [ ] Approve the rollout @me 📅 2026-11-01')),
  ], TODAY).commitments;
}

describe('the prep tab\'s commitments of one person', () => {
  it('says what the lead owes them and what they owe, overdue first, private ones marked, done and shared ones left out', () => {
    const message = prepCommitmentsMessage('ana', commitments(), TODAY);
    assert.deepEqual({ count: message.youOwe.count, overdue: message.youOwe.overdue }, { count: 4, overdue: 1 });
    assert.deepEqual(message.youOwe.items.map((i) => [i.text, i.overdue, i.private ?? false]), [
      ['Book the offsite', 6, false], ['Talk to HR about the raise', 0, true], ['Send the RFC', -4, false], ['Intro to the SRE lead', undefined, false],
    ]);
    assert.deepEqual({ count: message.theyOwe.count, overdue: message.theyOwe.overdue }, { count: 2, overdue: 1 });
    assert.deepEqual(message.theyOwe.items.map((i) => i.text), ['Share the dashboard', 'Rollback plan']);
    assert.ok(parseMessage(toWebviewSchema, message), 'the webview accepts it');
    // Each item opens by its key.
    assert.ok(parseMessage(fromWebviewSchema, { type: 'openCommitment', key: message.theyOwe.items[1]!.key }));
  });

  it('lists at most a few per side but counts them all, and says nothing for a person without commitments', () => {
    const many = collectCommitments([oneOnOne('ana', '2026-11-09', md(...Array.from({ length: 40 }, (_, i) => `- [ ] Item ${i} @me 📅 2026-11-0${(i % 9) + 1}`)))], TODAY).commitments;
    const message = prepCommitmentsMessage('ana', many, TODAY);
    assert.equal(message.youOwe.count, 40);
    assert.equal(message.youOwe.overdue, 40);
    assert.equal(message.youOwe.items.length, LIMITS.commitments);
    assert.ok(parseMessage(toWebviewSchema, message));
    assert.deepEqual(prepCommitmentsMessage('kim-2', commitments(), TODAY), {
      type: 'commitments', person: 'kim-2', youOwe: { count: 0, overdue: 0, items: [] }, theyOwe: { count: 0, overdue: 0, items: [] },
    });
  });

  it('cuts a long item to the protocol\'s text limit', () => {
    const long = collectCommitments([oneOnOne('ana', '2026-11-09', `- [ ] ${'word '.repeat(10_000)}@me`)], TODAY).commitments;
    const [item] = prepCommitmentsMessage('ana', long, TODAY).youOwe.items;
    assert.equal(item!.text.length, LIMITS.text);
    assert.ok(item!.text.endsWith('…'));
  });
});
