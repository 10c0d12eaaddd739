import * as assert from 'node:assert/strict';
import { decisionLog } from '../../../../src/core/decisions/decisionLog';
import { childRows, linkRows, rootRows, type DecisionRow } from '../../../../src/core/decisions/decisionRows';
import { readDecision } from '../../../../src/core/decisions/readDecision';
import { bundled } from '../markdown/helpers';

const doc = (path: string, front: string, title = 'T') => readDecision({ path, text: `---\n${front}\n---\n# ${title}\n` }, bundled.taxonomy);

/** A row as one line: what it is and what it names. */
function said(row: DecisionRow): string {
  switch (row.kind) {
    case 'unread': return `unread (${row.docs.length})`;
    case 'unreadDoc': return `${row.doc.file}: ${row.doc.cause}`;
    case 'group': return `${row.group.status} (${row.group.entries.length})`;
    case 'doc': return row.entry.decision.path;
    case 'link': return `${row.relation} ${row.to?.path ?? ''}`.trim();
  }
}

const unread = [
  { file: 'docs/adr/0004-locked.md', cause: 'it could not be read: EACCES: permission denied' },
  { file: 'docs/rfc-big.md', cause: 'it is 3.1 MB, and Two Hats reads docs up to 1 MB' },
];

describe('the Decisions view\'s rows', () => {
  it('shows the docs that could not be read above the status groups, each naming the file and the cause', () => {
    const log = decisionLog([doc('adr/0001-a.md', 'status: accepted'), doc('adr/0002-b.md', 'status: proposed')]);
    const roots = rootRows(log, unread);
    assert.deepEqual(roots.map(said), ['unread (2)', 'proposed (1)', 'accepted (1)']);
    assert.deepEqual(childRows(roots[0]!, log).map(said), [
      'docs/adr/0004-locked.md: it could not be read: EACCES: permission denied',
      'docs/rfc-big.md: it is 3.1 MB, and Two Hats reads docs up to 1 MB',
    ]);
    assert.deepEqual(childRows(childRows(roots[0]!, log)[0]!, log), []);
  });

  it('is empty only when no design doc was found, so the welcome ("no design docs found") is never shown over a doc it could not read', () => {
    assert.deepEqual(rootRows(decisionLog([]), []), []);
    assert.deepEqual(rootRows(decisionLog([]), unread.slice(0, 1)).map(said), ['unread (1)']);
  });

  it('has no row for unread docs when every doc was read', () => {
    assert.deepEqual(rootRows(decisionLog([doc('adr/0001-a.md', 'status: accepted')]), []).map(said), ['accepted (1)']);
  });

  it('lists a group\'s docs in log order, and below a doc what replaced it (to the end of the chain) and what it replaced', () => {
    const log = decisionLog([
      doc('adr/0001-a.md', 'status: superseded by ADR-2'),
      doc('adr/0002-b.md', 'status: superseded by ADR-3\nsupersedes: ADR-1'),
      doc('adr/0003-c.md', 'status: accepted'),
    ]);
    const [accepted, superseded] = rootRows(log, []);
    assert.deepEqual(childRows(superseded!, log).map(said), ['adr/0001-a.md', 'adr/0002-b.md']);
    const b = childRows(superseded!, log)[1]!;
    assert.deepEqual(childRows(b, log).map(said), ['supersededBy adr/0003-c.md', 'replaced adr/0001-a.md']);
    const a = log.byPath.get('adr/0001-a.md')!;
    const chain = linkRows(a, log)[0];
    assert.deepEqual(chain?.kind === 'link' ? chain.chain?.map((d) => d.path) : undefined, ['adr/0002-b.md', 'adr/0003-c.md']);
    assert.deepEqual(childRows(accepted!, log).map(said), ['adr/0003-c.md']);
  });

  it('says a doc supersedes itself, and names the cycle a doc is in', () => {
    const self = decisionLog([doc('adr/0001-a.md', 'status: superseded by ADR-1')]);
    assert.deepEqual(linkRows(self.byPath.get('adr/0001-a.md')!, self).map(said), ['self']);
    const cycle = decisionLog([doc('adr/0001-a.md', 'status: superseded by ADR-2'), doc('adr/0002-b.md', 'status: superseded by ADR-1')]);
    const rows = linkRows(cycle.byPath.get('adr/0001-a.md')!, cycle);
    // In a cycle of two, each replaced the other as well as being replaced by it.
    assert.deepEqual(rows.map(said), ['cycle', 'supersededBy adr/0002-b.md', 'replaced adr/0002-b.md']);
    assert.deepEqual(rows[0]?.kind === 'link' ? rows[0].chain?.map((d) => d.path) : undefined, ['adr/0001-a.md', 'adr/0002-b.md']);
  });
});
