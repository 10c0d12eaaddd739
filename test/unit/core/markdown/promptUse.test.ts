import * as assert from 'node:assert/strict';
import { lineTextStart, normalizeText, usedInDocument } from '../../../../src/core/markdown/promptUse';

const known = [
  { id: 'a', text: 'Why does this matter now?' },
  { id: 'b', text: 'How long does a full rollback take?' },
  { id: 'c', text: 'Bring last week\'s notes.' },
];

describe('a prompt used in a document', () => {
  it('counts a text that starts a list, task, quote, heading or bold line, whatever the case and spacing', () => {
    const doc = ['- [ ] why does this matter   now? Because Q3.', '> ## **How long does a full rollback take?**', '1. Bring last week\'s notes.'].join('\n');
    assert.deepEqual([...usedInDocument(doc, known)].sort(), ['a', 'b', 'c']);
  });

  it('does not count a text in the middle of a line, in front matter or in fenced code', () => {
    const doc = ['---', 'q: Why does this matter now?', '---', 'We asked: Why does this matter now?', '```', '- How long does a full rollback take?', '```'].join('\n');
    assert.deepEqual([...usedInDocument(doc, known)], []);
  });

  it('finds where a line\'s own text starts, past its markers', () => {
    assert.equal(lineTextStart('  > > ### - [x] **Why'), '  > > ### - [x] **'.length);
    assert.equal(lineTextStart('#hashtag'), 0);
    assert.equal(lineTextStart('12) text'), 4);
    assert.equal(lineTextStart('-not a marker'), 0);
  });

  it('normalizes case and runs of whitespace only', () => {
    assert.equal(normalizeText('  Why\t NOW? \r\n'), 'why now?');
  });
});
