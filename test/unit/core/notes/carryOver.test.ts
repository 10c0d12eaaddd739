import * as assert from 'node:assert/strict';
import { carryOver, openItems, originSuffix, parseOrigin, relativeLink } from '../../../../src/core/notes/carryOver';

const texts = (markdown: string) => openItems(markdown).map((i) => i.text);
const previous = (text: string) => ({ fileName: '2026-11-09.md', date: '2026-11-09', text });

describe('open items of a note', () => {
  it('finds unchecked items of every list marker and skips checked ones', () => {
    const md = ['- [ ] dash', '* [ ] star', '+ [ ] plus', '1. [ ] ordered', '2) [ ] paren', '- [x] done', '- [X] Done too', '- plain'].join('\n');
    assert.deepEqual(texts(md), ['dash', 'star', 'plus', 'ordered', 'paren']);
  });

  it('reports 0-based lines in the whole note and marker columns', () => {
    const items = openItems('---\nperson: Ana\n---\n# 1:1\n- [ ] top\n  - [ ] nested\n');
    assert.deepEqual(items.map((i) => [i.text, i.line, i.indent]), [['top', 4, 0], ['nested', 5, 2]]);
  });

  it('ignores front matter', () => {
    assert.deepEqual(texts('---\nnote: |\n  - [ ] inside yaml\n---\n- [ ] real\n'), ['real']);
  });

  it('skips empty task slots such as a template\'s "- [ ] "', () => {
    assert.deepEqual(texts('- [ ] \n- [ ]\n- [ ] real'), ['real']);
  });

  it('ignores items in backtick and tilde code fences', () => {
    const md = ['```md', '- [ ] in backticks', '```', '~~~', '- [ ] in tildes', '~~~', '- [ ] outside'].join('\n');
    assert.deepEqual(texts(md), ['outside']);
  });

  it('ignores items in indented fences and in fences opened right after a list marker', () => {
    const md = ['- Example:', '  ```', '  - [ ] indented', '  ```', '- ```', '  - [ ] after marker', '  ```', '- [ ] outside'].join('\n');
    assert.deepEqual(texts(md), ['outside']);
  });

  it('closes a fence only with the same character at least as long', () => {
    const md = ['````', '```', '~~~~', '- [ ] still code', '`````', '- [ ] outside'].join('\n');
    assert.deepEqual(texts(md), ['outside']);
  });

  it('treats an unclosed fence as code to the end of the note', () => {
    assert.deepEqual(texts('- [ ] before\n```\n- [ ] never closed\n'), ['before']);
  });

  it('counts a tab in the indent to the next multiple of four columns', () => {
    assert.deepEqual(openItems('- [ ] a\n\t- [ ] b\n  \t- [ ] c').map((i) => i.indent), [0, 4, 4]);
  });

  it('handles CRLF line endings', () => {
    const items = openItems('---\r\nperson: Ana\r\n---\r\n- [ ] one\r\n- [x] two\r\n- [ ] three\r\n');
    assert.deepEqual(items.map((i) => [i.text, i.line]), [['one', 3], ['three', 5]]);
  });

  it('joins lazy continuation lines into the item text', () => {
    assert.deepEqual(texts('- [ ] ask Sam about\n  the staging budget\n- [ ] next'), ['ask Sam about the staging budget', 'next']);
  });

  it('reads back the origin a carry-over wrote', () => {
    const [item] = openItems('- [ ] Send the RFC to Sam _(from [2026-11-02](2026-11-02.md))_');
    assert.deepEqual(item, { text: 'Send the RFC to Sam', indent: 0, line: 0, origin: { date: '2026-11-02', link: '2026-11-02.md' } });
  });

  it('keeps words typed after the origin suffix', () => {
    assert.deepEqual(parseOrigin('Send RFC _(from [2026-11-02](2026-11-02.md))_ waiting on Sam'),
      { text: 'Send RFC waiting on Sam', origin: { date: '2026-11-02', link: '2026-11-02.md' } });
  });

  it('round-trips the suffix it writes, even for awkward file names', () => {
    const origin = { date: '2026-11-02', link: relativeLink('2026 11 02 (draft).md') };
    assert.equal(origin.link, '2026%2011%2002%20%28draft%29.md');
    assert.deepEqual(parseOrigin(`Item${originSuffix(origin)}`), { text: 'Item', origin });
  });
});

describe('carrying over open items', () => {
  it('carries over unchecked items from the previous note with its date and a link to it', () => {
    const { lines, count } = carryOver(previous('# 1:1\n- [ ] Send the RFC to Sam\n- [x] Book the room\n'));
    assert.deepEqual(lines, ['- [ ] Send the RFC to Sam _(from [2026-11-09](2026-11-09.md))_']);
    assert.equal(count, 1);
  });

  it('keeps the first origin of an item carried twice', () => {
    const md = '## Carried over\n- [ ] Send the RFC _(from [2026-11-02](2026-11-02.md))_\n';
    assert.deepEqual(carryOver(previous(md)).lines, ['- [ ] Send the RFC _(from [2026-11-02](2026-11-02.md))_']);
  });

  it('does not duplicate items already in the new note, whatever their case, spacing, origin or state', () => {
    const md = '- [ ] Send the RFC\n- [ ] Review  hiring plan\n- [ ] Fix CI\n- [ ] Keep me\n';
    const present = '- [ ] send the rfc _(from [2026-11-02](2026-11-02.md))_\n* [ ] REVIEW hiring   plan\n- [x] fix ci\n';
    assert.deepEqual(carryOver(previous(md), present).lines, ['- [ ] Keep me _(from [2026-11-09](2026-11-09.md))_']);
  });

  it('collapses duplicates within the previous note, keeping the first', () => {
    const md = '- [ ] Fix CI _(from [2026-11-02](2026-11-02.md))_\n- [ ] fix  ci\n';
    assert.deepEqual(carryOver(previous(md)).lines, ['- [ ] Fix CI _(from [2026-11-02](2026-11-02.md))_']);
  });

  it('keeps nesting under a carried parent, two spaces per level', () => {
    const md = ['- [ ] Launch', '    - [ ] Docs', '        - [ ] API page', '- [ ] Hiring'].join('\n');
    assert.deepEqual(carryOver(previous(md)).lines.map((l) => l.replace(/ _\(from.*$/, '')),
      ['- [ ] Launch', '  - [ ] Docs', '    - [ ] API page', '- [ ] Hiring']);
  });

  it('lifts an open item under a checked or plain parent to its nearest carried ancestor', () => {
    const md = ['- [ ] Launch', '  - [x] Docs', '    - [ ] API page', '- Topic: hiring', '  - [ ] Post the role', '1. [x] Done', '   - [ ] Leftover'].join('\n');
    assert.deepEqual(carryOver(previous(md)).lines.map((l) => l.replace(/ _\(from.*$/, '')),
      ['- [ ] Launch', '  - [ ] API page', '- [ ] Post the role', '- [ ] Leftover']);
  });

  it('does not nest an item under an unrelated earlier list after a heading', () => {
    const md = ['- [ ] First', '## Later', '  - [ ] Odd indent'].join('\n');
    assert.deepEqual(carryOver(previous(md)).lines.map((l) => l.replace(/ _\(from.*$/, '')), ['- [ ] First', '- [ ] Odd indent']);
  });

  it('carries nothing from code fences or a note with everything done', () => {
    assert.deepEqual(carryOver(previous('```\n- [ ] code\n```\n- [x] done\n')), { lines: [], count: 0, privateLines: [], leftBehind: 0 });
  });

  it('carries from a CRLF note without stray carriage returns', () => {
    const { lines } = carryOver(previous('- [ ] one\r\n- [ ] two\r\n'));
    assert.deepEqual(lines, ['- [ ] one _(from [2026-11-09](2026-11-09.md))_', '- [ ] two _(from [2026-11-09](2026-11-09.md))_']);
  });

  it('links to a same-day second note by its own file name', () => {
    const { lines } = carryOver({ fileName: '2026-11-16-2.md', date: '2026-11-16', text: '- [ ] one' });
    assert.deepEqual(lines, ['- [ ] one _(from [2026-11-16](2026-11-16-2.md))_']);
  });

  it('carries open items of a Private section apart, never into the shared list', () => {
    const note = previous(['# 1:1', '## Action items', '- [ ] Send the RFC', '## Private', '- [ ] Raise the pay band with HR', '  - [ ] Check the budget first',
      '- [x] Done privately', '### Thoughts', '- [ ] Still private', '## Follow-ups', '- [ ] Shared again'].join('\n'));
    const carried = carryOver(note);
    assert.deepEqual(carried.lines.map((l) => l.replace(/ _\(from.*$/, '')), ['- [ ] Send the RFC', '- [ ] Shared again']);
    assert.deepEqual(carried.privateLines.map((l) => l.replace(/ _\(from.*$/, '')), ['- [ ] Raise the pay band with HR', '  - [ ] Check the budget first', '- [ ] Still private']);
    assert.equal(carried.count, 2);
  });

  it('keeps a private item private when it was carried before, and skips one already present', () => {
    const note = previous('## Private\n- [ ] Raise the band _(from [2026-11-02](2026-11-02.md))_\n');
    assert.deepEqual(carryOver(note).privateLines, ['- [ ] Raise the band _(from [2026-11-02](2026-11-02.md))_']);
    assert.deepEqual(carryOver(note, '## Private\n- [ ] raise the band\n').privateLines, []);
  });
});
