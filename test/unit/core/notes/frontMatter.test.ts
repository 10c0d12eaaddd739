import * as assert from 'node:assert/strict';
import { noteWithFrontMatter, splitFrontMatter } from '../../../../src/core/notes/frontMatter';

describe('front matter', () => {
  it('reads the YAML between the fences and where the body starts', () => {
    const split = splitFrontMatter('---\nperson: Ana\ndate: 2026-11-16\nkind: one-on-one\n---\n# 1:1\n');
    assert.deepEqual(split.data, { person: 'Ana', date: '2026-11-16', kind: 'one-on-one' });
    assert.equal(split.body, '# 1:1\n');
    assert.equal(split.bodyStartLine, 5);
    assert.equal(split.error, undefined);
  });

  it('keeps dates as strings, not Date objects', () => {
    assert.equal(typeof splitFrontMatter('---\ndate: 2026-11-16\n---\n').data?.date, 'string');
  });

  it('handles CRLF line endings and leaves the body untouched', () => {
    const split = splitFrontMatter('---\r\nperson: Ana\r\n---\r\n- [ ] one\r\n');
    assert.deepEqual(split.data, { person: 'Ana' });
    assert.equal(split.body, '- [ ] one\r\n');
    assert.equal(split.bodyStartLine, 3);
  });

  it('accepts a byte-order mark, trailing spaces on fences and ... as the closing fence', () => {
    const split = splitFrontMatter('\uFEFF--- \nperson: Ana\n...\nbody');
    assert.deepEqual(split.data, { person: 'Ana' });
    assert.equal(split.body, 'body');
  });

  it('treats a file without front matter as all body', () => {
    for (const text of ['# Notes\n---\nmore\n', '', 'text', ' ---\na: 1\n---\n']) {
      assert.deepEqual(splitFrontMatter(text), { body: text, bodyStartLine: 0 }, JSON.stringify(text));
    }
  });

  it('treats an opening fence that never closes as a thematic break, not front matter', () => {
    const text = '---\n- [ ] one\n';
    assert.deepEqual(splitFrontMatter(text), { body: text, bodyStartLine: 0 });
  });

  it('reads empty front matter as an empty object', () => {
    assert.deepEqual(splitFrontMatter('---\n---\nbody').data, {});
  });

  it('reports broken YAML with the line it is on instead of throwing', () => {
    const split = splitFrontMatter('---\nperson: Ana\nperson: Bo\n---\nbody\n');
    assert.equal(split.data, undefined);
    assert.match(split.error ?? '', /unique/);
    assert.equal(split.errorLine, 2);
    assert.equal(split.body, 'body\n');
    assert.equal(split.bodyStartLine, 4);
  });

  it('reports unclosed flow collections as errors', () => {
    const split = splitFrontMatter('---\ntags: [a, b\n---\n');
    assert.equal(split.data, undefined);
    assert.ok(split.error && split.error.length > 0);
  });

  it('reports front matter that is not a mapping', () => {
    const split = splitFrontMatter('---\n- a\n- b\n---\nbody');
    assert.equal(split.data, undefined);
    assert.match(split.error ?? '', /mapping/);
  });

  it('writes front matter that reads back to the same data and body', () => {
    const data = { person: '{{date}}: the "boss" # 1', date: '2026-11-16', kind: 'one-on-one', title: 'x '.repeat(80).trim() };
    const text = noteWithFrontMatter(data, '# Title\n');
    assert.ok(text.startsWith('---\nperson: '));
    const split = splitFrontMatter(text);
    assert.deepEqual(split.data, data);
    assert.equal(split.body, '# Title\n');
  });

  it('keeps long values on one line and leaves out undefined ones', () => {
    const text = noteWithFrontMatter({ title: 'word '.repeat(30).trim(), person: undefined }, '');
    assert.equal(text.split('\n').length, 4);
    assert.ok(!text.includes('person'));
  });

  it('writes fences even with no data', () => {
    assert.equal(noteWithFrontMatter({}, 'body'), '---\n---\nbody');
  });
});
