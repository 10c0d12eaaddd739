import * as assert from 'node:assert/strict';
import { authorLineValue, docAuthor } from '../../../../src/core/designDocs/docAuthor';
import { bestTime } from './designDocFixtures';

describe("a design doc's author", () => {
  it('reads front matter author or authors, as a value or a list', () => {
    assert.equal(docAuthor('---\nauthor: Ana Ruiz\n---\n# Doc\nAuthor: Someone else\n'), 'Ana Ruiz');
    assert.equal(docAuthor('---\nauthors: [Ana, "Bo Li"]\n---\n'), 'Ana, Bo Li');
    assert.equal(docAuthor('---\nstatus: draft\nauthors:\n  - Ana\n  - "Bo"\ndate: 2026-11-02\n---\n'), 'Ana, Bo');
  });

  it('reads the first Author: line outside code, up to the next field', () => {
    assert.equal(docAuthor('# RFC\n\nAuthor: Alice Nguyen · Status: draft\n'), 'Alice Nguyen');
    assert.equal(docAuthor('```\nAuthor: in code\n```\n- **Authors:** Ana, Bo | Reviewers: Cy\n'), 'Ana, Bo');
    assert.equal(authorLineValue('**Author**: Ana'), 'Ana');
    assert.equal(authorLineValue('> author: _Ana_'), 'Ana');
  });

  it('does not take other fields or headings for an author line', () => {
    for (const line of ['Authorization: token', '## Authors', 'Co-author: Ana', 'Author:', 'The author: Ana']) assert.equal(authorLineValue(line), undefined, line);
    assert.equal(docAuthor('# Doc\n\nNo author here.\n'), undefined);
  });

  it('stays linear on a 200,000-character line', () => {
    const ms = bestTime(() => {
      docAuthor(`Author: ${'Ana '.repeat(50_000)}`);
      docAuthor(`${'*'.repeat(200_000)}Author`);
    });
    assert.ok(ms < 100, `${ms.toFixed(1)} ms`);
  });
});
