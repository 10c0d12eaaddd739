import * as assert from 'node:assert/strict';
import { decisionLog, supersedeChain } from '../../../../src/core/decisions/decisionLog';
import { decisionLogTable, type DecisionLogLabels } from '../../../../src/core/decisions/decisionLogTable';
import { readDecision } from '../../../../src/core/decisions/readDecision';
import { designDoc } from '../designDocs/designDocFixtures';
import { bundled } from '../markdown/helpers';

const doc = (path: string, front: string, title = 'T') => readDecision({ path, text: `---\n${front}\n---\n# ${title}\n` }, bundled.taxonomy);
const paths = (entries: readonly { decision: { path: string } }[]) => entries.map((e) => e.decision.path);

describe('the decision log', () => {
  it('groups proposed first, then accepted, then the rest, custom words by word, unknown last', () => {
    const log = decisionLog([
      doc('a/0001-a.md', 'status: unknown thing'),
      doc('a/0002-b.md', 'status: rejected'),
      doc('a/0003-c.md', ''),
      doc('a/0004-d.md', 'status: accepted'),
      doc('a/0005-e.md', 'status: Parked'),
      doc('a/0006-f.md', 'status: proposed'),
      doc('a/0007-g.md', 'status: parked'),
      doc('a/0008-h.md', 'status: superseded'),
      doc('a/0009-i.md', 'status: deprecated'),
    ]);
    assert.deepEqual(log.groups.map((g) => (g.status === 'custom' ? `custom ${g.text}` : g.status)),
      ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded', 'custom Parked', 'custom unknown thing', 'unknown']);
    assert.deepEqual(paths(log.groups.find((g) => g.text === 'Parked')!.entries), ['a/0005-e.md', 'a/0007-g.md']);
  });

  it('orders entries by date, then number, then title, undated and unnumbered last', () => {
    const log = decisionLog([
      doc('x/no-number-b.md', 'status: accepted', 'B'),
      doc('x/0002-late.md', 'status: accepted\ndate: 2026-05-01'),
      doc('x/0003-undated.md', 'status: accepted'),
      doc('x/0009-early.md', 'status: accepted\ndate: 2026-01-01'),
      doc('x/no-number-a.md', 'status: accepted', 'A'),
      doc('x/0001-same-day.md', 'status: accepted\ndate: 2026-05-01'),
    ]);
    assert.deepEqual(paths(log.groups[0]!.entries), ['x/0009-early.md', 'x/0001-same-day.md', 'x/0002-late.md', 'x/0003-undated.md', 'x/no-number-a.md', 'x/no-number-b.md']);
  });

  it('links a superseded decision to its successor and the successor to what it replaced, through a chain', () => {
    const log = decisionLog([
      doc('adr/0001-a.md', 'status: superseded by ADR-2'),
      doc('adr/0002-b.md', 'status: superseded by [C](0003-c.md)'),
      doc('adr/0003-c.md', 'status: accepted'),
    ]);
    assert.equal(log.byPath.get('adr/0001-a.md')!.successor?.path, 'adr/0002-b.md');
    assert.deepEqual(log.byPath.get('adr/0003-c.md')!.replaced.map((d) => d.path), ['adr/0002-b.md']);
    assert.deepEqual(supersedeChain(log, 'adr/0001-a.md').map((d) => d.path), ['adr/0002-b.md', 'adr/0003-c.md']);
    assert.deepEqual(log.findings, []);
  });

  it("reads a newer doc's supersedes as the older one's successor, unless the older one names its own", () => {
    const log = decisionLog([
      doc('adr/0001-a.md', 'status: accepted'),
      doc('adr/0002-b.md', 'status: superseded by ADR-4'),
      doc('adr/0003-c.md', 'status: accepted\nsupersedes: [ADR-1, ADR-2]'),
      doc('adr/0004-d.md', 'status: accepted'),
    ]);
    assert.equal(log.byPath.get('adr/0001-a.md')!.successor?.path, 'adr/0003-c.md');
    assert.equal(log.byPath.get('adr/0002-b.md')!.successor?.path, 'adr/0004-d.md');
    assert.deepEqual(log.byPath.get('adr/0003-c.md')!.replaced.map((d) => d.path), ['adr/0001-a.md']);
  });

  it('reports a doc that supersedes itself once, and drops the link', () => {
    const log = decisionLog([doc('adr/0005-self.md', 'status: superseded by ADR-5\nsupersedes: ADR-5')]);
    assert.deepEqual(log.findings, [{ kind: 'supersedesItself', path: 'adr/0005-self.md' }]);
    assert.equal(log.byPath.get('adr/0005-self.md')!.successor, undefined);
    assert.deepEqual(supersedeChain(log, 'adr/0005-self.md'), []);
  });

  it('reports a cycle once with its members, keeps its links, and a chain through it ends', () => {
    const log = decisionLog([
      doc('adr/0003-c.md', 'status: superseded by ADR-1'),
      doc('adr/0001-a.md', 'status: superseded by ADR-2'),
      doc('adr/0002-b.md', 'status: superseded by ADR-3'),
      doc('adr/0004-d.md', 'status: superseded by ADR-1'),
    ]);
    assert.deepEqual(log.findings, [{ kind: 'supersedeCycle', paths: ['adr/0001-a.md', 'adr/0002-b.md', 'adr/0003-c.md'] }]);
    assert.equal(log.byPath.get('adr/0003-c.md')!.successor?.path, 'adr/0001-a.md');
    assert.deepEqual(supersedeChain(log, 'adr/0004-d.md').map((d) => d.path), ['adr/0001-a.md', 'adr/0002-b.md', 'adr/0003-c.md']);
  });

  it('keeps two docs with one number and reports them; another kind with that number is no duplicate', () => {
    const log = decisionLog([
      doc('adr/0007-b.md', 'status: accepted'),
      doc('adr/0007-a.md', 'status: proposed'),
      doc('rfcs/0007-c.md', 'status: proposed'),
    ]);
    assert.deepEqual(log.findings, [{ kind: 'duplicateNumber', docKind: 'adr', number: 7, paths: ['adr/0007-a.md', 'adr/0007-b.md'] }]);
    assert.equal(log.byPath.size, 3);
  });

  it('keeps a link that resolves to nothing as written, and reports it', () => {
    const log = decisionLog([doc('adr/0001-a.md', 'status: superseded by [the new one](0042-gone.md)')]);
    assert.deepEqual(log.findings, [{
      kind: 'unresolvedReference', path: 'adr/0001-a.md', relation: 'supersededBy', reference: { text: 'the new one', target: '0042-gone.md', number: 42 },
    }]);
    assert.equal(log.byPath.get('adr/0001-a.md')!.decision.supersededBy?.text, 'the new one');
  });

  it('reads the fixtures into one log: the adr-tools doc superseded by a doc that is not there', () => {
    const fixtures = [
      readDecision({ path: 'doc/adr/0002-keep-events.md', text: designDoc('adr-tools-superseded.md') }, bundled.taxonomy),
      readDecision({ path: 'doc/adr/0007-durable-queue.md', text: designDoc('nygard-adr.md') }, bundled.taxonomy),
    ];
    const log = decisionLog(fixtures);
    assert.deepEqual(log.groups.map((g) => g.status), ['proposed', 'superseded']);
    assert.deepEqual(log.findings.map((f) => f.kind), ['unresolvedReference', 'unresolvedReference']);
  });
});

describe('the decision log as a markdown table', () => {
  const labels: DecisionLogLabels = {
    title: 'Title', status: 'Status', date: 'Date', supersededBy: 'Superseded by',
    statuses: { proposed: 'Proposed', accepted: 'Accepted', rejected: 'Rejected', deprecated: 'Deprecated', superseded: 'Superseded', unknown: 'Unknown' },
  };

  it('writes one row per decision in log order, titles linked from the workspace root', () => {
    const log = decisionLog([
      doc('docs/adr/0001-a.md', 'status: superseded by ADR-2\ndate: 2026-01-01', 'Use MySQL'),
      doc('docs/adr/0002-b.md', 'status: accepted\ndate: 2026-02-01', 'Use Postgres'),
      doc('docs/adr/0003-c.md', 'status: Parked', 'Shard later'),
    ]);
    assert.equal(decisionLogTable(log, labels), [
      '| Title | Status | Date | Superseded by |',
      '| --- | --- | --- | --- |',
      '| [Use Postgres](docs/adr/0002-b.md) | Accepted | 2026-02-01 |  |',
      '| [Use MySQL](docs/adr/0001-a.md) | Superseded | 2026-01-01 | [Use Postgres](docs/adr/0002-b.md) |',
      '| [Shard later](docs/adr/0003-c.md) | Parked |  |  |',
      '',
    ].join('\n'));
  });

  it('escapes pipes, markdown and line breaks in cells, and encodes paths', () => {
    const log = decisionLog([doc('docs/my adr/0001 (x).md', 'status: "a | b"\nsuperseded-by: "Line\\nbreak | [x]"', 'Use *A* | B')]);
    const row = decisionLogTable(log, labels).split('\n')[2];
    assert.equal(row, '| [Use \\*A\\* \\| B](docs/my%20adr/0001%20%28x%29.md) | a \\| b |  | Line break \\| \\[x\\] |');
  });
});
