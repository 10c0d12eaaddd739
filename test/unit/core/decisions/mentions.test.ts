import * as assert from 'node:assert/strict';
import { findMentions, mayMention } from '../../../../src/core/decisions/mentions';
import { readDecision } from '../../../../src/core/decisions/readDecision';
import { linkPath, resolveMention, resolveReference } from '../../../../src/core/decisions/resolveDecision';
import { bundled } from '../markdown/helpers';

const brief = (line: string) => findMentions(line).map((m) => (m.kind === 'link' ? `link ${m.target}` : `${m.kind} ${m.number}`));

describe('mentions of a decision in a line of code or text', () => {
  it('finds ADR and RFC numbers written the usual ways', () => {
    assert.deepEqual(brief('// See ADR-0007, ADR 7, adr-7, adr 7 and adr_7.'), ['adr 7', 'adr 7', 'adr 7', 'adr 7', 'adr 7']);
    assert.deepEqual(brief('# RFC-12 and RFC 12, rfc12, RFC #12'), ['rfc 12', 'rfc 12', 'rfc 12', 'rfc 12']);
    assert.deepEqual(brief('//ADR-7 -- per adr-tools'), ['adr 7'], 'a comment marker is no URL');
  });

  it('gives where each mention starts and ends', () => {
    assert.deepEqual(findMentions('x = 1  # per ADR-0007.'), [{ start: 13, end: 21, kind: 'adr', number: 7 }]);
  });

  it('finds no mention inside a word or before more letters', () => {
    assert.deepEqual(brief('madr-7 hadr7 ADR-7b ADRs adr- 7 rfc-1234567890 readr 12'), []);
    assert.deepEqual(brief('padding = 12; order = 3'), []);
  });

  it('finds relative links to markdown files, with or without a link around them', () => {
    assert.deepEqual(brief('// see ../docs/adr/0007-x.md and [x](docs/rfc-12.md#status).'), ['link ../docs/adr/0007-x.md', 'link docs/rfc-12.md']);
    assert.deepEqual(brief('see 0007-use-postgres.md.'), ['link 0007-use-postgres.md'], "a sentence's full stop is not part of the path");
    assert.deepEqual(findMentions('/* docs/adr/0007-x.md */')[0], { start: 3, end: 21, kind: 'link', target: 'docs/adr/0007-x.md' });
  });

  it('reads a number mention inside a link or a URL as part of it, never apart', () => {
    assert.deepEqual(brief('see docs/adr-0007.md'), ['link docs/adr-0007.md']);
    assert.deepEqual(brief('https://example.com/docs/adr-0007.md and https://www.rfc-editor.org/rfc/rfc-9110'), []);
    assert.deepEqual(brief('not a file: notes.mdx, x.md5, /.md'), []);
  });

  it('costs one pass on a line with nothing to find', () => {
    assert.equal(mayMention('const total = items.reduce((a, b) => a + b, 0);'), false);
    assert.equal(mayMention('ADR'), true);
    assert.equal(mayMention('ReadMe.MD'), true);
    assert.deepEqual(findMentions(''), []);
  });

  it('reads a 10,000-line file with no mention and one with 500 mentions', () => {
    const quiet = Array.from({ length: 10_000 }, (_, i) => `  const value${i} = compute(${i}); // keeps the order`);
    assert.equal(quiet.flatMap(findMentions).length, 0);
    const busy = Array.from({ length: 10_000 }, (_, i) => (i % 20 === 0 ? `  // ADR-${i / 20} and docs/rfc-${i}.md` : `  call(${i});`));
    const found = busy.flatMap(findMentions);
    assert.equal(found.length, 1000);
    assert.equal(found.filter((m) => m.kind === 'adr').length, 500);
    assert.deepEqual(found.filter((m) => m.kind === 'adr').map((m) => m.number), Array.from({ length: 500 }, (_, i) => i));
  });
});

describe('resolving a mention or a reference to a decision', () => {
  const doc = (path: string, text = '# T\n') => readDecision({ path, text }, bundled.taxonomy);
  const decisions = [
    doc('docs/adr/0007-use-postgres.md'),
    doc('docs/decisions/0009-queue.md'),
    doc('docs/rfcs/rfc-12-batched.md'),
    doc('notes/0003-plain.md'),
    doc('docs/My Doc.md'),
  ];

  it('resolves ADR and RFC numbers by kind, then to a doc of no kind with that number', () => {
    const at = (line: string) => resolveMention(findMentions(line)[0]!, decisions, 'src/app.ts')?.path;
    assert.equal(at('ADR-7'), 'docs/adr/0007-use-postgres.md');
    assert.equal(at('adr 9'), 'docs/decisions/0009-queue.md');
    assert.equal(at('RFC 12'), 'docs/rfcs/rfc-12-batched.md');
    assert.equal(at('ADR-3'), 'notes/0003-plain.md');
    assert.equal(at('RFC-7'), undefined, 'an ADR is not an RFC');
    assert.equal(at('ADR-99'), undefined);
  });

  it('resolves links by path relative to the file they are written in', () => {
    const at = (line: string, from: string) => resolveMention(findMentions(line)[0]!, decisions, from)?.path;
    assert.equal(at('../docs/adr/0007-use-postgres.md', 'src/app.ts'), 'docs/adr/0007-use-postgres.md');
    assert.equal(at('docs/adr/0007-use-postgres.md', 'README.md'), 'docs/adr/0007-use-postgres.md');
    assert.equal(at('/docs/ADR/0007-use-postgres.md', 'src/deep/x.ts'), 'docs/adr/0007-use-postgres.md', 'from the root, without case');
    assert.equal(at('[x](../My%20Doc.md)', 'docs/adr/a.md'), 'docs/My Doc.md');
    assert.equal(at('../../../x.md', 'src/a.ts'), undefined, 'above the root');
    assert.equal(at('docs/adr/0008-missing.md', 'README.md'), undefined);
    assert.equal(linkPath('a/b/c.md', './../d/./e.md'), 'a/d/e.md');
  });

  it('resolves a bare number by the referring doc\'s kind, and a link before a number', () => {
    const from = decisions[0]!;
    assert.equal(resolveReference({ text: '#9', number: 9 }, decisions, from.path, from.kind)?.path, 'docs/decisions/0009-queue.md', 'docs/decisions holds ADRs');
    assert.equal(resolveReference({ text: '#12', number: 12 }, decisions, from.path, from.kind), undefined, 'RFC 12 is no ADR');
    assert.equal(resolveReference({ text: 'x', target: '../decisions/0009-queue.md', kind: 'adr', number: 7 }, decisions, from.path, from.kind)?.path, 'docs/decisions/0009-queue.md');
    assert.equal(resolveReference({ text: 'as written' }, decisions, from.path, from.kind), undefined);
  });

  it('takes the first by path of two docs with one number', () => {
    const twice = [doc('docs/adr/0004-b.md'), doc('docs/adr/0004-a.md')];
    assert.equal(resolveMention(findMentions('ADR-4')[0]!, twice, 'x.ts')?.path, 'docs/adr/0004-a.md');
  });
});
