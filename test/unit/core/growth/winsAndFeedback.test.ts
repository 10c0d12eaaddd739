import * as assert from 'node:assert/strict';
import { feedbackKey, feedbackLine, feedbackOf, readFeedbackText } from '../../../../src/core/growth/feedback';
import { winLine, winsOf } from '../../../../src/core/growth/wins';
import { appendToSection } from '../../../../src/core/people/profileSections';
import { selectionLink } from '../../../../src/core/people/talkingPoints';
import { applyInsert } from './edits';

const link = selectionLink('/w/notes/one-on-ones/sam', '/w/src/x.ts', 'src/x.ts', 42);
const profile = [
  '# Sam', '',
  '## Wins', '',
  '- 2026-11-12 Shipped the reindex without downtime ([src/x.ts:42](../../../src/x.ts#L42))',
  '- 2026-10-02 Calm first on-call week',
  '  - paged twice, both handled',
  '- Great demo',
  '',
  '## Feedback', '',
  '- [ ] 2026-11-12 change: In the incident review, name an owner per follow-up',
  '- [x] 2026-10-03 praise: Clear design doc ✅ 2026-10-05',
  '- [ ] 2026-02-30 praise: Impossible day',
  '- [ ] 2026-11-20 Helped the new hire',
  '',
  '## Private', '', '### Wins', '', '- 2026-11-01 Handled a hard conversation well', '',
].join('\n');

describe('wins in person.md', () => {
  it('reads each dated win with its words, its link back and its line', () => {
    const { wins } = winsOf(profile);
    assert.deepEqual(wins.map((w) => [w.date, w.text, w.link?.label, w.line, w.private]), [
      ['2026-11-12', 'Shipped the reindex without downtime', 'src/x.ts:42', 4, false],
      ['2026-10-02', 'Calm first on-call week', undefined, 5, false],
      [undefined, 'Great demo', undefined, 7, false],
      ['2026-11-01', 'Handled a hard conversation well', undefined, 20, true],
    ]);
  });

  it('reports a win without its date on its line, and keeps it', () => {
    assert.deepEqual(winsOf(profile).problems, [{ line: 7, column: 0, kind: 'no-date', detail: '' }]);
  });

  it('writes a win line with a link back, as a talking point links, that reads back the same', () => {
    const line = winLine('2026-11-12', 'Shipped the reindex', link);
    assert.equal(line, '- 2026-11-12 Shipped the reindex ([src/x.ts:42](../../../src/x.ts#L42))');
    const after = applyInsert('# Sam\r\n', appendToSection('# Sam\r\n', 'Wins', line));
    assert.equal(after, `# Sam\r\n\r\n## Wins\r\n\r\n${line}\r\n`);
    assert.deepEqual(winsOf(after).wins.map((w) => [w.date, w.text, w.link]), [['2026-11-12', 'Shipped the reindex', link]]);
  });
});

describe('feedback in person.md', () => {
  it('reads each entry: date, kind, words, delivered (ticked) and when', () => {
    const { feedback } = feedbackOf(profile);
    assert.deepEqual(feedback.map((f) => [f.date, f.kind, f.text, f.delivered, f.deliveredOn, f.line]), [
      ['2026-11-12', 'change', 'In the incident review, name an owner per follow-up', false, undefined, 11],
      ['2026-10-03', 'praise', 'Clear design doc', true, '2026-10-05', 12],
      [undefined, 'praise', 'Impossible day', false, undefined, 13],
      ['2026-11-20', undefined, 'Helped the new hire', false, undefined, 14],
    ]);
  });

  it('reports an impossible date on its line and column', () => {
    assert.deepEqual(feedbackOf(profile).problems, [{ line: 13, column: 6, kind: 'bad-date', detail: '2026-02-30' }]);
  });

  it('writes a feedback line that reads back as the same entry, never lost by the append', () => {
    const line = feedbackLine('2026-11-12', 'praise', 'Kind, specific review comments', link);
    assert.equal(line, '- [ ] 2026-11-12 praise: Kind, specific review comments ([src/x.ts:42](../../../src/x.ts#L42))');
    const after = applyInsert(profile, appendToSection(profile, 'Feedback', line));
    const read = feedbackOf(after).feedback;
    assert.equal(read.length, 5);
    assert.deepEqual(read[4], { date: '2026-11-12', kind: 'praise', text: 'Kind, specific review comments', link, delivered: false, line: 15, private: false });
    assert.deepEqual(after.split('\n').filter((l) => l !== line), profile.split('\n'));
  });

  it('keys an entry by date, kind and words, not by its link', () => {
    const a = readFeedbackText('2026-11-12 change: Name an owner ([a](b))');
    const b = readFeedbackText('2026-11-12 Change:  name an owner');
    assert.equal(feedbackKey(a), feedbackKey(b));
    assert.notEqual(feedbackKey(a), feedbackKey(readFeedbackText('2026-11-13 change: Name an owner')));
  });
});
