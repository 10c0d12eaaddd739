/**
 * The demo workspace (test/fixtures/demo) has a small decision history (issue 24): a proposed RFC
 * under review with 1 of 2 sign-offs, an accepted ADR that superseded an older one, one due for a
 * revisit, and code comments that mention them. Read with the pure core, as the Decisions view,
 * the links and the sign-off lens read it.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { linkableMentions } from '../../../src/core/decisions/codeMentions';
import { decisionLog, supersedeChain } from '../../../src/core/decisions/decisionLog';
import { readDecision } from '../../../src/core/decisions/readDecision';
import { resolveMention } from '../../../src/core/decisions/resolveDecision';
import { revisitDue } from '../../../src/core/decisions/revisit';
import { signOffLines, signOffOf, signOffSummary } from '../../../src/core/decisions/signOff';
import { bundled } from '../core/markdown/helpers';

function demoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      if (statSync(join(dir, 'test', 'fixtures', 'demo', 'docs')).isDirectory()) return join(dir, 'test', 'fixtures', 'demo');
    } catch { /* not here */ }
    if (dirname(dir) === dir) throw new Error(`no demo workspace above ${from}`);
  }
}

const root = demoRoot(__dirname);
const markdownUnder = (dir: string): string[] => readdirSync(join(root, dir)).flatMap((name) => {
  const p = join(root, dir, name);
  return statSync(p).isDirectory() ? markdownUnder(relative(root, p)) : name.endsWith('.md') ? [relative(root, p).split('\\').join('/')] : [];
});
const decisions = markdownUnder('docs').map((path) => readDecision({ path, text: readFileSync(join(root, path), 'utf8') }, bundled.taxonomy));
/** Every linkable mention in `files` (workspace-relative), in order. */
const codeLinks = (files: readonly string[]) => files.flatMap((file) => readFileSync(join(root, file), 'utf8').split('\n')
  .flatMap((line) => linkableMentions(line, 'typescript').map((mention) => ({ file, mention }))));
const byNumber = (kind: string, n: number) => decisions.find((d) => d.kind === kind && d.number === n)!;

describe("the demo workspace's decisions", () => {
  it('groups the proposed RFCs first, then the accepted ADRs, then the superseded one', () => {
    const log = decisionLog(decisions);
    assert.deepEqual(log.groups.map((g) => [g.status === 'custom' ? g.text : g.status, g.entries.map((e) => e.decision.path)]), [
      // RFC-0042's `Status: draft` is a proposed word; undated, it comes after the dated RFC.
      ['proposed', ['docs/rfc-0044-audit-log-export.md', 'docs/rfc-0042-event-ingestion.md']],
      ['accepted', ['docs/adr/0002-retry-with-backoff.md', 'docs/adr/0003-store-events-in-clickhouse.md']],
      ['superseded', ['docs/adr/0001-store-events-in-postgres.md']],
    ]);
    assert.deepEqual(log.findings, []);
  });

  it('links ADR-0001 to its successor ADR-0003 both ways', () => {
    const log = decisionLog(decisions);
    assert.deepEqual(supersedeChain(log, 'docs/adr/0001-store-events-in-postgres.md').map((d) => d.title), ['Store ingested events in ClickHouse']);
    assert.deepEqual(log.byPath.get('docs/adr/0003-store-events-in-clickhouse.md')!.replaced.map((d) => d.number), [1]);
  });

  it('has ADR-0002 due for a revisit since 2026-11-30, and nothing else due (the setting off)', () => {
    assert.deepEqual(revisitDue(byNumber('adr', 2), '2026-12-06', 0), { due: true, reason: 'revisit-date', dueOn: '2026-11-30' });
    assert.deepEqual(decisions.filter((d) => revisitDue(d, '2026-12-06', 0)?.due).map((d) => d.number), [2]);
  });

  it('has the RFC under review with 1 of 2 sign-offs, Alice still to sign', () => {
    const rfc = byNumber('rfc', 44);
    assert.equal(rfc.status.kind, 'proposed');
    assert.deepEqual(signOffLines(rfc.reviewers), ['- [ ] @Priya-Raman', '- [ ] @Alice-Nguyen']);
    const note = readFileSync(join(root, 'notes', 'design-reviews', '2026-11-17-audit-log-export.md'), 'utf8');
    assert.match(note, /^doc: docs\/rfc-0044-audit-log-export\.md$/m);
    assert.deepEqual(signOffSummary(signOffOf(note), [...rfc.reviewers, ...rfc.deciders]), { signed: 1, total: 2, missing: ['Alice Nguyen'] });
  });

  it('has code comments whose mentions resolve to the docs', () => {
    const found = codeLinks(['src/ingest/retry.ts', 'src/ingest/backoff.ts', 'src/ingest/queue.ts'])
      .map(({ file, mention }) => `${file}: ${resolveMention(mention, decisions, file)?.path ?? 'nothing'}`);
    assert.deepEqual(found, [
      'src/ingest/retry.ts: docs/adr/0002-retry-with-backoff.md',
      'src/ingest/retry.ts: docs/adr/0002-retry-with-backoff.md',
      'src/ingest/backoff.ts: docs/adr/0002-retry-with-backoff.md',
      'src/ingest/queue.ts: docs/adr/0003-store-events-in-clickhouse.md',
      'src/ingest/queue.ts: docs/rfc-0044-audit-log-export.md',
    ]);
  });
});
