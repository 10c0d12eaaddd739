import * as assert from 'node:assert/strict';
import { feedbackOf } from '../../../../src/core/growth/feedback';
import { agendaLine, deliveredIn, feedbackForNextNote, markDelivered } from '../../../../src/core/growth/feedbackDelivery';
import { carryOver } from '../../../../src/core/notes/carryOver';
import { applyReplaces } from './edits';

const profile = [
  '# Sam', '',
  '## Feedback', '',
  '- [ ] 2026-11-12 change: Name an owner per follow-up ([src/x.ts:42](../../../src/x.ts#L42))',
  '- [x] 2026-10-03 praise: Clear design doc',
  '- [ ] 2026-11-14 praise: Calm incident command',
  '',
  '## Private', '', '### Feedback', '', '- [ ] 2026-11-15 change: Less sarcasm in reviews', '',
].join('\n');

const copyOfChange = '- [ ] 2026-11-12 change: Name an owner per follow-up ([src/x.ts:42](../../../src/x.ts#L42)) _(from [2026-11-12](person.md))_';
const copyOfPraise = '- [ ] 2026-11-14 praise: Calm incident command _(from [2026-11-14](person.md))_';

/** A 1:1 note holding `agenda` lines under My agenda. */
const noteWith = (...agenda: string[]) => ['# 1:1 with Sam, 2026-11-19', '', '## My agenda', '', ...agenda, '', '## Notes', ''].join('\n');

describe('feedback still to deliver, into the next 1:1 and back', () => {
  it('copies each entry still to deliver into the agenda with a link back to person.md; private ones apart', () => {
    const next = feedbackForNextNote(profile);
    assert.deepEqual(next.lines, [copyOfChange, copyOfPraise]);
    assert.deepEqual(next.privateLines, ['- [ ] 2026-11-15 change: Less sarcasm in reviews _(from [2026-11-15](person.md))_']);
    assert.deepEqual(next.ticks, []);
  });

  it('marks an entry delivered when its copy is ticked in the previous note, and copies it no more', () => {
    const previous = { text: noteWith(copyOfChange.replace('- [ ]', '- [x]'), copyOfPraise), date: '2026-11-19' };
    const carried = carryOver({ fileName: '2026-11-19.md', date: '2026-11-19', text: previous.text });
    const next = feedbackForNextNote(profile, previous, carried.lines);
    const after = applyReplaces(profile, next.ticks);
    assert.equal(after.split('\n')[4], '- [x] 2026-11-12 change: Name an owner per follow-up ([src/x.ts:42](../../../src/x.ts#L42)) ✅ 2026-11-19');
    assert.deepEqual(feedbackOf(after).feedback.map((f) => [f.text, f.delivered, f.deliveredOn]).slice(0, 1), [['Name an owner per follow-up', true, '2026-11-19']]);
    // The praise's copy is carried over (still open), so it is not copied a second time.
    assert.deepEqual(carried.lines, [copyOfPraise]);
    assert.deepEqual(next.lines, []);
  });

  it('changes nothing in person.md but the ticked line: every other line stays, line breaks too', () => {
    const crlf = profile.replace(/\n/g, '\r\n');
    const ticks = markDelivered(crlf, deliveredIn(noteWith(copyOfPraise.replace('[ ]', '[x]')), feedbackOf(crlf).feedback), '2026-11-19');
    const before = crlf.split('\r\n');
    const after = applyReplaces(crlf, ticks).split('\r\n');
    assert.equal(after.length, before.length);
    assert.deepEqual(after.filter((l, i) => l !== before[i]), ['- [x] 2026-11-14 praise: Calm incident command ✅ 2026-11-19']);
  });

  it('copies an entry again when its copy went missing from the previous note, so it is never lost', () => {
    const next = feedbackForNextNote(profile, { text: noteWith('- [ ] something else'), date: '2026-11-19' }, []);
    assert.deepEqual(next.lines, [copyOfChange, copyOfPraise]);
  });

  it('recognizes a ticked copy carried into a later note, its link back kept', () => {
    const first = noteWith(copyOfPraise);
    const carried = carryOver({ fileName: '2026-11-19.md', date: '2026-11-19', text: first }).lines;
    assert.deepEqual(carried, [copyOfPraise]);
    const later = noteWith(carried[0]!.replace('[ ]', '[x]'));
    assert.deepEqual([...deliveredIn(later, feedbackOf(profile).feedback)], ['2026-11-14|praise|calm incident command']);
  });

  it('ticks a plain item typed by hand by giving it a checkbox', () => {
    const text = '## Feedback\n- 2026-11-12 praise: Good demo\n';
    const [entry] = feedbackOf(text).feedback;
    assert.equal(applyReplaces(text, markDelivered(text, deliveredIn(noteWith(agendaLine(entry!).replace('[ ]', '[x]')), [entry!]))),
      '## Feedback\n- [x] 2026-11-12 praise: Good demo\n');
  });
});
