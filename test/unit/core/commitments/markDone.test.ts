import * as assert from 'node:assert/strict';
import { markDoneEdit } from '../../../../src/core/commitments/markDone';
import { parseOrigin } from '../../../../src/core/notes/carryOver';

/** `line` after the edit. */
function done(line: string, today = '2026-11-20'): string | undefined {
  const edit = markDoneEdit(line, today);
  return edit && line.slice(0, edit.start) + edit.text + line.slice(edit.end);
}

describe('Mark Done', () => {
  it('ticks the box and adds the done date after the words', () => {
    assert.equal(done('- [ ] Send the RFC @me 📅 2026-11-18'), '- [x] Send the RFC @me 📅 2026-11-18 ✅ 2026-11-20');
  });

  it('replaces only from the box to the end of the words', () => {
    assert.deepEqual(markDoneEdit('  * [ ] a  ', '2026-11-20'), { start: 4, end: 9, text: '[x] a ✅ 2026-11-20' });
  });

  it('keeps a carry-over origin suffix last, where carry-over reads it back', () => {
    const line = done('- [ ] Send the RFC _(from [2026-11-09](2026-11-09.md))_')!;
    assert.equal(line, '- [x] Send the RFC ✅ 2026-11-20 _(from [2026-11-09](2026-11-09.md))_');
    assert.deepEqual(parseOrigin(line.slice(6)), { text: 'Send the RFC ✅ 2026-11-20', origin: { date: '2026-11-09', link: '2026-11-09.md' } });
  });

  it('ticks nested, quoted, numbered and CRLF lines', () => {
    assert.equal(done('    - [ ] nested'), '    - [x] nested ✅ 2026-11-20');
    assert.equal(done('> - [ ] quoted'), '> - [x] quoted ✅ 2026-11-20');
    assert.equal(done('12) [ ] numbered'), '12) [x] numbered ✅ 2026-11-20');
    assert.equal(done('- [ ] crlf\r'), '- [x] crlf ✅ 2026-11-20\r');
    assert.equal(done('- - [ ] inner'), '- - [x] inner ✅ 2026-11-20');
  });

  it('keeps a done date already written and only ticks the box', () => {
    assert.equal(done('- [ ] a ✅ 2026-11-19'), '- [x] a ✅ 2026-11-19');
  });

  it('leaves alone what is no open task item with words', () => {
    for (const line of ['- [x] done', '- [X] Done', '- plain', '- [ ] ', '- [ ]', '[ ] no marker', '# [ ] heading', 'text', '-[ ] no blank', '- [ ]no blank']) {
      assert.equal(markDoneEdit(line, '2026-11-20'), undefined, line);
    }
  });

  it('does nothing without a real date for today', () => {
    assert.equal(markDoneEdit('- [ ] a', '2026-02-30'), undefined);
  });
});
