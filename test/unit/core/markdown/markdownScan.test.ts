import * as assert from 'node:assert/strict';
import { frontMatterField, frontMatterSpan, readMarkdown, scanMarkdown, splitLines } from '../../../../src/core/markdown/markdownScan';

const kinds = (text: string, unclosedFrontMatter?: 'frontMatter' | 'text') =>
  [...scanMarkdown(splitLines(text), { unclosedFrontMatter })].map((l) => l.kind[0]).join('');

describe('the markdown scanner', () => {
  it('splits lines at LF, CRLF and lone CR', () => {
    assert.deepEqual(splitLines('a\nb\r\nc\rd'), ['a', 'b', 'c', 'd']);
    assert.deepEqual(splitLines(''), ['']);
    assert.deepEqual(splitLines('a\n'), ['a', '']);
  });

  it('marks front matter, fenced code (fence lines included) and text', () => {
    assert.equal(kinds('---\na: 1\n---\ntext\n```\ncode\n```\nafter'), 'ffftccct');
  });

  it('reads an unclosed first --- as text for notes and as front matter being typed for completions', () => {
    assert.equal(kinds('---\na: 1'), 'tt');
    assert.equal(kinds('---\na: 1', 'frontMatter'), 'ff');
  });

  it('opens a fence inside a list item and right after a list marker, not four columns into plain text', () => {
    assert.equal(kinds('- Example:\n  ```\n  - [ ] code\n  ```\n- x'), 'tccct');
    assert.equal(kinds('- ```\n  code\n  ```\nafter'), 'ccct');
    assert.equal(kinds('para\n    ```\nstill text'), 'ttt');
  });

  it('gives list items their lines, the lines they are nested in, and their checkbox', () => {
    const { items } = readMarkdown('- a\n  - [ ] b\n    1. c\nplain');
    assert.deepEqual(items.map((i) => [i.line, i.end, i.ancestors, i.checked, i.text]), [
      [0, 4, [], undefined, 'a'], [1, 4, [0], false, 'b'], [2, 4, [1, 0], undefined, 'c plain'],
    ]);
  });

  it('finds front matter after a byte-order mark and reads a plain field without YAML', () => {
    assert.deepEqual(frontMatterSpan(['\uFEFF---', 'kind: design-review', '...']), { end: 2, closed: true });
    assert.equal(frontMatterField(['---', 'title: "RFC 7"', 'kind:   design-review  ', '---'], 'kind'), 'design-review');
    assert.equal(frontMatterField(['---', 'title: "RFC 7"', '---'], 'title'), 'RFC 7');
    assert.equal(frontMatterField(['---', 'kinds: x', '---'], 'kind'), undefined);
    assert.equal(frontMatterField(['# no front matter', 'kind: design-review'], 'kind'), undefined);
  });
});
