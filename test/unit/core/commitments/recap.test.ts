import * as assert from 'node:assert/strict';
import { noteCommitments } from '../../../../src/core/commitments/noteCommitments';
import { recapMarkdown, type RecapLabels } from '../../../../src/core/commitments/recap';
import { TEAM, md } from './commitmentFixtures';

const LABELS: RecapLabels = { decisions: 'Decisions', whoOwesWhat: 'Who owes what', nextOneOnOne: 'Next 1:1', me: 'Me', shared: 'Both', due: 'due' };

const NOTE = md(
  '---', 'person: Ana', 'date: 2026-11-16', 'secret: in the front matter', '---', '# 1:1 with Ana', '',
  '## Decisions', '', '- We ship the indexer behind a flag.', '', '', '- Ana leads the rollout.', '',
  '## Private', '- [ ] Ask HR about the band @me 📅 2026-11-18', 'Thinking about her promotion case.', '',
  '## Action items', '- [ ] Pair on the flaky test', '- [ ] Share the dashboard @ana', '- [ ] Send the RFC to Sam @me 📅 2026-11-20', '- [x] Done thing @me',
);

function recap(text: string, next?: string, labels = LABELS) {
  const items = noteCommitments({ path: 'one-on-ones/ana/2026-11-16.md', kind: 'oneOnOne', person: 'ana', date: '2026-11-16', text }, TEAM).items;
  return recapMarkdown(text, items, next, labels);
}

describe('Copy 1:1 Recap', () => {
  it('says what was decided, who owes what by when, and when the next 1:1 is, in plain short lines', () => {
    assert.equal(recap(NOTE, '2026-11-23').text, md(
      'Decisions', '- We ship the indexer behind a flag.', '', '- Ana leads the rollout.', '',
      'Who owes what', '- Me: Send the RFC to Sam (due 2026-11-20)', '- Ana Lima: Share the dashboard', '- Both: Pair on the flaky test', '',
      'Next 1:1: 2026-11-23', '',
    ));
  });

  it('says what privacy left out, as Copy Shareable Note counts it', () => {
    assert.deepEqual(recap(NOTE).leftOut, { frontMatter: true, privateSections: 1, privateLines: 3, ambiguous: 0 });
  });

  it('never shows front matter or anything private, even a commitment passed in as not private', () => {
    const items = noteCommitments({ path: 'x.md', kind: 'oneOnOne', person: 'ana', date: '2026-11-16', text: NOTE }, TEAM).items.map((c) => ({ ...c, private: false }));
    const { text } = recapMarkdown(NOTE, items, undefined, LABELS);
    assert.doesNotMatch(text, /band|promotion|secret|person:/);
    assert.match(text, /Send the RFC/);
  });

  it('leaves out commitments flagged private', () => {
    const items = noteCommitments({ path: 'x.md', kind: 'other', text: '- [ ] one @me\n- [ ] two @me' }, TEAM).items;
    const { text } = recapMarkdown('- [ ] one @me\n- [ ] two @me', [items[0]!, { ...items[1]!, private: true }], undefined, LABELS);
    assert.equal(text, 'Who owes what\n- Me: one\n');
  });

  it('leaves a private part inside the decisions out, and an ambiguous part too', () => {
    const note = md('## Decisions', '- Ship it.', '### Private', '- Because Bo is leaving.', '## Notes', '```', '## Private', 'open fence', '## Decisions', '- hidden');
    const result = recap(note);
    assert.equal(result.text, 'Decisions\n- Ship it.\n');
    assert.equal(result.leftOut.ambiguous, 1);
  });

  it('reads a decisions heading in the lead\'s language, and never one inside code', () => {
    const note = md('## Entscheidungen', '- Wir liefern.', '## Notes', '```', '## Decisions', '- not a heading', '```');
    assert.equal(recap(note, undefined, { ...LABELS, decisions: 'Entscheidungen' }).text, 'Entscheidungen\n- Wir liefern.\n');
  });

  it('leaves out parts with nothing to say, and gives nothing for an empty note', () => {
    assert.equal(recap('# 1:1\n- [x] all done @me', '2026-11-23').text, 'Next 1:1: 2026-11-23\n');
    assert.equal(recap('').text, '');
  });
});
