import * as assert from 'node:assert/strict';
import { headings } from '../../../../src/core/markdown/markdownScan';
import { inSpans, sections } from '../../../../src/core/markdown/sections';
import { privateParts } from '../../../../src/core/notes/privacy';
import { timeOf } from '../../hostile/linearTime';

const privateSections = (text: string) => privateParts(text).sections;

const lines = (...l: string[]) => l;

describe('note sections', () => {
  it('finds ATX headings with their level and text, closing #s removed', () => {
    const found = headings(lines('# Title', 'text', '## Private ##', '###   Deep   ', '#not a heading', '    ## indented code', '## C#'));
    assert.deepEqual(found.map((h) => [h.line, h.level, h.text]), [[0, 1, 'Title'], [2, 2, 'Private'], [3, 3, 'Deep'], [6, 2, 'C#']]);
  });

  it('finds setext headings, not a thematic break after a blank line or a list item', () => {
    const found = headings(lines('Private', '---', '', '---', '- item', '---', 'Big', 'title', '==='));
    assert.deepEqual(found.map((h) => [h.line, h.lastLine, h.level, h.text]), [[0, 1, 2, 'Private'], [6, 8, 1, 'Big title']]);
  });

  it('ignores headings in front matter and fenced code', () => {
    const found = headings(lines('---', '# yaml comment', '---', '```', '## Private', '```', '## Real'));
    assert.deepEqual(found.map((h) => h.text), ['Real']);
  });

  it('ends a section at the next heading of the same or a higher level', () => {
    const all = sections(['# T', '## A', '### A1', 'x', '## B', 'y', '# U', 'z'].join('\n'));
    assert.deepEqual(all.map((s) => [s.heading.text, s.bodyStart, s.end]), [['T', 1, 6], ['A', 2, 4], ['A1', 3, 4], ['B', 5, 6], ['U', 7, 8]]);
  });

  it('finds private sections at any level, with their subsections, ignoring case and a colon', () => {
    const text = ['# 1:1', '## Notes', '### private:', 'a', '## Private', 'b', '### Sub', 'c', '## Action items', 'd'].join('\n');
    assert.deepEqual(privateSections(text).map((s) => [s.heading.line, s.end]), [[2, 4], [4, 8]]);
    const isPrivate = inSpans(privateParts(text).spans);
    assert.deepEqual([...Array(10).keys()].filter(isPrivate), [2, 3, 4, 5, 6, 7]);
  });

  it('keeps a private section nested in another as one', () => {
    assert.deepEqual(privateSections('## Private\na\n### Private\nb\n## Next').map((s) => [s.heading.line, s.end]), [[0, 4]]);
  });

  it('reads a 200,000-character line, and 20,000 headings, in linear time', () => {
    const long = `## ${'#'.repeat(100_000)}${' x'.repeat(50_000)}`;
    const many = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '## Private' : `line ${i}`)).join('\n');
    // CPU time, best of three (test/unit/hostile/linearTime.ts): a busy machine waits, it does not compute.
    const ms = timeOf(() => {
      assert.equal(headings([long, `${'-'.repeat(200_000)}`]).length, 1);
      assert.equal(privateSections(many).length, 10_000);
    });
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });
});
