import * as assert from 'node:assert/strict';
import { shareableNote } from '../../../../src/core/notes/shareable';
import { cpuMsSince } from '../../hostile/linearTime';

describe('a shareable copy of a note', () => {
  const note = [
    '---', 'person: Ana', 'date: 2026-11-16', 'kind: one-on-one', '---',
    '# 1:1 with Ana, 2026-11-16', '', '## Their agenda', '', '- Promotion case', '',
    '## Private', '', '- [ ] Talk to HR about the band', 'Seems tired lately.', '',
    '## Action items', '', '- [ ] Send the RFC', '',
  ].join('\n');

  it('leaves out the front matter and the Private section, and says how much', () => {
    const shared = shareableNote(note);
    assert.equal(shared.text, ['# 1:1 with Ana, 2026-11-16', '', '## Their agenda', '', '- Promotion case', '', '## Action items', '', '- [ ] Send the RFC', ''].join('\n'));
    assert.deepEqual([shared.frontMatter, shared.privateSections, shared.privateLines], [true, 1, 3]);
  });

  it('ends a private section at the next heading of the same or a higher level, subsections included', () => {
    const text = ['# T', '## Notes', 'shared', '### Private', 'secret', '## Next', 'shared too', '## Private', 'x', '### Sub', 'y', '# End', 'z'].join('\n');
    const shared = shareableNote(text);
    assert.equal(shared.text, ['# T', '## Notes', 'shared', '## Next', 'shared too', '# End', 'z', ''].join('\n'));
    assert.deepEqual([shared.frontMatter, shared.privateSections, shared.privateLines], [false, 2, 6]);
    assert.doesNotMatch(shared.text, /secret|\bx\b|\by\b/);
  });

  it('keeps a code block and blank lines inside the shared text (a code block showing a private heading is left out: see privacy.test)', () => {
    const text = ['# T', '```md', '## Notes', '```', '', '', 'two blanks above'].join('\n');
    assert.equal(shareableNote(text).text, `${text}\n`);
  });

  it('handles CRLF and a note that is only private', () => {
    assert.equal(shareableNote('---\r\na: 1\r\n---\r\n## Private\r\nsecret\r\n').text, '');
    assert.equal(shareableNote('# A\r\n\r\n## Private\r\nx\r\n\r\n## B\r\ny\r\n').text, '# A\n\n## B\ny\n');
  });

  it('copies a 200,000-character line in linear time', () => {
    const t0 = process.cpuUsage();
    assert.equal(shareableNote(`# ${'a '.repeat(100_000)}\n## Private\n${'#'.repeat(200_000)}\n`).privateLines, 2);
    assert.ok(cpuMsSince(t0) < 1000);
  });
});
