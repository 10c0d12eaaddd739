import * as assert from 'node:assert/strict';
import { docIdentity, fileNameIdentity, titleIdentity } from '../../../../src/core/decisions/docIdentity';

describe("a doc's identity: its kind and number", () => {
  it('reads the number and kind from the file names tools write', () => {
    const cases: [string, ReturnType<typeof fileNameIdentity>][] = [
      ['0007-use-postgres.md', { number: 7 }],
      ['adr-0007.md', { kind: 'adr', number: 7 }],
      ['ADR-7-x.md', { kind: 'adr', number: 7 }],
      ['adr7.md', { kind: 'adr', number: 7 }],
      ['rfc-12-foo.md', { kind: 'rfc', number: 12 }],
      ['0012-rfc-x.md', { kind: 'rfc', number: 12 }],
      ['RFC_3.markdown', { kind: 'rfc', number: 3 }],
      ['adr-template.md', { kind: 'adr' }],
      ['design.md', {}],
      ['1234567890-too-long.md', {}],
      ['adrian-7.md', {}],
    ];
    for (const [name, expected] of cases) assert.deepEqual(fileNameIdentity(`docs/${name}`), expected, name);
  });

  it('reads the number from a title as ADR tools and RFC templates write it', () => {
    assert.deepEqual(titleIdentity('ADR-0007: Use Postgres'), { kind: 'adr', number: 7 });
    assert.deepEqual(titleIdentity('RFC 12: Batched ingest'), { kind: 'rfc', number: 12 });
    assert.deepEqual(titleIdentity('**ADR 7** Use Postgres'), { kind: 'adr', number: 7 });
    assert.deepEqual(titleIdentity('7. Record architecture decisions'), { number: 7 });
    assert.deepEqual(titleIdentity('12: Batched ingest'), { number: 12 });
    for (const title of ['Use Postgres (ADR-7)', '2026 plan', '7.5 percent', 'Version 2.0']) assert.deepEqual(titleIdentity(title), {}, title);
  });

  it("prefers the file name's number, then the title's; the kind from the name, the title, then the folder", () => {
    assert.deepEqual(docIdentity('docs/adr/0007-x.md', 'ADR-9: X'), { kind: 'adr', number: 7 });
    assert.deepEqual(docIdentity('docs/design/x.md', 'RFC 12: X'), { kind: 'rfc', number: 12 });
    assert.deepEqual(docIdentity('doc/adr/x.md', '3. X'), { kind: 'adr', number: 3 });
    assert.deepEqual(docIdentity('docs/architecture-decisions/0001-x.md'), { kind: 'adr', number: 1 });
    assert.deepEqual(docIdentity('rfcs/text/0012-x.md'), { kind: 'rfc', number: 12 });
    assert.deepEqual(docIdentity('docs/adr/rfc-2-x.md'), { kind: 'rfc', number: 2 }, 'the name beats the folder');
    assert.deepEqual(docIdentity('notes/plan.md', 'Plan'), { kind: 'none' });
  });
});
