import * as assert from 'node:assert/strict';
import { inComment, linkableMentions } from '../../../../src/core/decisions/codeMentions';
import { growth } from '../../hostile/linearTime';

const kinds = (line: string, lang = 'typescript') => linkableMentions(line, lang).map((m) => `${m.kind}:${line.slice(m.start, m.end)}`);

describe('mentions worth a link in a line of code', () => {
  it('links number mentions anywhere, in any language', () => {
    assert.deepEqual(kinds('const x = retry(); // see ADR-0007 and rfc 12'), ['adr:ADR-0007', 'rfc:rfc 12']);
    assert.deepEqual(kinds('# adr 7 decided this', 'python'), ['adr:adr 7']);
    assert.deepEqual(kinds('Decided in ADR-3 and RFC-44.', 'markdown'), ['adr:ADR-3', 'rfc:RFC-44']);
  });

  it('links a relative link to a markdown file only inside a comment, never in markdown (VS Code links those)', () => {
    assert.deepEqual(kinds('// see ../../docs/adr/0002-retry.md'), ['link:../../docs/adr/0002-retry.md']);
    assert.deepEqual(kinds('  * docs/adr/0002-retry.md explains it'), ['link:docs/adr/0002-retry.md']);
    assert.deepEqual(kinds('# docs/rfc.md', 'python'), ['link:docs/rfc.md']);
    assert.deepEqual(kinds('<!-- docs/rfc.md -->', 'html'), ['link:docs/rfc.md']);
    assert.deepEqual(kinds("const path = 'docs/rfc.md';"), []);
    assert.deepEqual(kinds('[the RFC](docs/rfc.md)', 'markdown'), []);
  });

  it('says where a comment has started on a line', () => {
    assert.equal(inComment('x = 1 // a.md', 9), true);
    assert.equal(inComment('x = 1; a.md', 7), false);
    assert.equal(inComment('-- a.md', 3), true);
    assert.equal(inComment('   * a.md', 5), true);
  });

  it('costs nothing on a line without adr, rfc or .md, and stays linear on a long hostile line', () => {
    assert.deepEqual(linkableMentions('x'.repeat(10_000), 'typescript'), []);
    for (const make of [(n: number) => `${' '.repeat(n)}adr`, (n: number) => `${' '.repeat(n)} x.md`, (n: number) => `${'adr-1 '.repeat(n / 6)}`]) {
      const { large, ratio } = growth(make, (line) => linkableMentions(line, 'typescript'));
      assert.ok(ratio < 12 && large < 100, `${large.toFixed(1)} ms at 200,000 characters, ${ratio.toFixed(1)}x for 4x`);
    }
  });
});
