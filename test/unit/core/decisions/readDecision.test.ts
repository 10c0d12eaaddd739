import * as assert from 'node:assert/strict';
import type { Taxonomy } from '../../../../src/core/content/schema';
import { readDecision } from '../../../../src/core/decisions/readDecision';
import { designDoc } from '../designDocs/designDocFixtures';
import { bundled } from '../markdown/helpers';

const taxonomy = bundled.taxonomy;
const read = (text: string, path = 'docs/adr/0007-use-postgres.md') => readDecision({ path, text }, taxonomy);

describe('a decision read from its doc: status as each template writes it', () => {
  it('reads MADR front matter status', () => {
    const d = read(designDoc('madr.md'), 'docs/decisions/0003-durable-queue.md');
    assert.deepEqual(d.status, { kind: 'proposed', text: 'proposed' });
    assert.equal(d.statusSource, 'frontMatter');
    assert.equal(d.statusLine, 1);
    assert.equal(d.date, '2026-11-02');
    assert.deepEqual(d.deciders, ['Ana', 'Bo']);
    assert.equal(d.title, 'Use a durable queue between collectors and writers');
    assert.deepEqual([d.kind, d.number], ['adr', 3]);
  });

  it("reads a Nygard ADR's Status section and its Date line", () => {
    const d = read(designDoc('nygard-adr.md'), 'doc/adr/0007-durable-queue.md');
    assert.deepEqual(d.status, { kind: 'proposed', text: 'Proposed' });
    assert.equal(d.statusSource, 'section');
    assert.equal(d.statusLine, 6);
    assert.equal(d.date, '2026-11-02');
    assert.deepEqual([d.kind, d.number, d.title], ['adr', 7, '7. Keep ingestion events in a durable queue']);
  });

  it('reads a superseded MADR: the successor from the status, names from lists and comma text', () => {
    const d = read(designDoc('madr-superseded.md'), 'docs/decisions/0002-self-hosted-queue.md');
    assert.equal(d.status.kind, 'superseded');
    assert.deepEqual(d.supersededBy, { text: 'ADR-0009', target: '0009-use-a-managed-queue.md', kind: 'adr', number: 9 });
    assert.deepEqual(d.deciders, ['Ana', 'Bo Li']);
    assert.deepEqual(d.reviewers, ['@bo', 'cy']);
    assert.equal(d.revisit, '2027-03-14');
    assert.deepEqual(d.problems, []);
  });

  it('reads an adr-tools status section: superseded by a link, supersedes below it', () => {
    const d = read(designDoc('adr-tools-superseded.md'), 'doc/adr/0002-keep-events-in-a-durable-queue.md');
    assert.equal(d.status.kind, 'superseded');
    assert.deepEqual(d.supersededBy, { text: '9. Use a managed queue', target: '0009-use-a-managed-queue.md', number: 9 });
    assert.deepEqual(d.supersedes, [{ text: '1. Record architecture decisions', target: '0001-record-architecture-decisions.md', number: 1 }]);
    assert.equal(d.date, '2026-04-01');
  });

  it("reads an RFC's metadata table: status, reviewers and date", () => {
    const d = read(designDoc('rfc-status-line.md'), 'rfcs/text/0012-batched-ingest.md');
    assert.deepEqual(d.status, { kind: 'proposed', text: 'In review' });
    assert.deepEqual([d.statusSource, d.statusLine], ['line', 4]);
    assert.deepEqual(d.reviewers, ['Bo', 'Cy', 'Dee']);
    assert.equal(d.date, '2026-11-02');
    assert.deepEqual([d.kind, d.number, d.title], ['rfc', 12, 'RFC 12: Batched ingest for collectors']);
  });

  it('reads Status: lines written the usual ways near the top', () => {
    const cases: [string, string][] = [
      ['# T\n\nStatus: Accepted\n', 'accepted'],
      ['# T\n\n**Status:** Draft\n', 'proposed'],
      ['# T\n\n**Status**: Rejected\n', 'rejected'],
      ['# T\n\n* Status: deprecated\n* Deciders: Ana\n', 'deprecated'],
      ['# T\n\n> status: approved\n', 'accepted'],
      ['# T\n\nAuthor: Ana · Status: Withdrawn · Reviewers: Bo\n', 'rejected'],
      ['# T\n\n| Status | Accepted |\n', 'accepted'],
      ['# T\n\n| Status | Owner |\n| --- | --- |\n| Final | Ana |\n', 'accepted'],
      ['# T\n\n| Status | Accepted |\n|---|---|\n| Date | 2026-01-02 |\n', 'accepted'],
      ['# T\n\n## Status: Superseded\n', 'superseded'],
    ];
    for (const [text, kind] of cases) {
      const d = read(text);
      assert.equal(d.status.kind, kind, text);
      assert.equal(d.statusSource, 'line', text);
    }
  });

  it('reads the Google design doc and the Rust RFC skeletons as unknown, with what they do say', () => {
    const google = read(designDoc('google-design-doc.md'), 'docs/design/ingestion-v2.md');
    assert.deepEqual([google.status, google.statusSource, google.statusLine], [{ kind: 'unknown' }, 'none', undefined]);
    assert.deepEqual(google.reviewers, ['Bo', 'Cy']);
    assert.deepEqual([google.kind, google.number], ['none', undefined]);
    const rust = read(designDoc('rust-rfc.md'), 'text/0012-batched-ingest.md');
    assert.deepEqual(rust.status, { kind: 'unknown' });
    assert.equal(rust.date, '2026-11-02', 'the Start Date field');
    assert.equal(rust.title, '0012-batched-ingest', 'many # headings: the file name');
  });

  it('takes front matter over a Status section, and a Status section over a Status line', () => {
    assert.equal(read('---\nstatus: accepted\n---\n# T\n\n## Status\n\nRejected\n').status.kind, 'accepted');
    assert.equal(read('# T\n\nStatus: accepted\n\n## Status\n\nRejected\n').status.kind, 'rejected');
    assert.equal(read('---\nstatus: ""\n---\n# T\n\nStatus: accepted\n').statusSource, 'line', 'a blank value is passed over');
  });

  it("keeps a team's own word as written and reads nothing as unknown", () => {
    assert.deepEqual(read('# T\n\n## Status\n\n**Parked** until Q3\n').status, { kind: 'custom', text: 'Parked until Q3' });
    assert.deepEqual(read('---\nstatus: On ice\n---\n').status, { kind: 'custom', text: 'On ice' });
    assert.deepEqual(read('# T\n\nStatus: —\n').status, { kind: 'unknown' });
    assert.deepEqual(read('').status, { kind: 'unknown' });
  });

  it('matches status words whole, without case, the longest first, then the earliest', () => {
    assert.equal(read('Status: ACCEPTED\n').status.kind, 'accepted');
    assert.equal(read('Status: Unacceptedness\n').status.kind, 'custom', 'no part of a word');
    assert.equal(read('Status: accepted, superseded by ADR-9\n').status.kind, 'superseded', 'two words beat one');
    assert.equal(read("Status: won't do\n").status.kind, 'rejected');
    assert.equal(read('Status: proposed, then rejected\n').status.kind, 'proposed', 'of two as long, the first');
  });

  it("learns a pack's status words", () => {
    const withPack: Taxonomy = { ...taxonomy, statuses: taxonomy.statuses!.map((s) => (s.id === 'rejected' ? { ...s, keywords: [...s.keywords!, 'parked'] } : s)) };
    assert.equal(readDecision({ path: 'a.md', text: 'Status: Parked\n' }, withPack).status.kind, 'rejected');
    assert.equal(readDecision({ path: 'a.md', text: 'Status: Accepted\n' }, {}).status.kind, 'accepted', 'without keywords, the id');
  });

  it('reads a Status line only in the first 30 lines outside code', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `Line ${i}.`).join('\n');
    assert.equal(read(`# T\n${filler}\nStatus: accepted\n`).status.kind, 'unknown');
    assert.equal(read('# T\n\n```\nStatus: accepted\n```\n').status.kind, 'unknown');
    assert.equal(read(`# T\n\n\`\`\`\n${filler}\n\`\`\`\n\nStatus: accepted\n`).status.kind, 'accepted', 'code lines do not count');
  });
});

describe('a decision read from its doc: other fields and problems', () => {
  it('reports an impossible date with its line and leaves the field out', () => {
    const d = read('---\ndate: 2026-02-30\nrevisit: soon\n---\n# T\n');
    assert.equal(d.date, undefined);
    assert.equal(d.revisit, undefined);
    assert.deepEqual(d.problems, [
      { line: 1, kind: 'impossibleDate', key: 'date', value: '2026-02-30' },
      { line: 2, kind: 'impossibleDate', key: 'revisit', value: 'soon' },
    ]);
    assert.deepEqual(read('# T\n\nRevisit: 2027-13-01\n').problems, [{ line: 2, kind: 'impossibleDate', key: 'revisit', value: '2027-13-01' }]);
    assert.equal(read('---\ndate: 2026-11-02T10:00:00Z\n---\n').date, '2026-11-02', 'a timestamp gives its day');
  });

  it('reads front matter that is not YAML truthfully: a problem on its line, plain keys still read', () => {
    const d = read('---\nstatus: accepted\ntitle: [unclosed\ndate: 2026-11-02\n---\n# Use Postgres\n');
    assert.equal(d.problems[0]?.kind, 'frontMatterNotYaml');
    assert.equal(d.problems.length, 1);
    assert.deepEqual([d.status.kind, d.statusSource, d.statusLine, d.date], ['accepted', 'frontMatter', 1, '2026-11-02']);
  });

  it('reads explicit superseded-by and supersedes keys', () => {
    const d = read('---\nstatus: accepted\nsuperseded-by: ADR-12\nsupersedes: [ADR-1, "[Old](0002-old.md)"]\n---\n');
    assert.deepEqual(d.supersededBy, { text: 'ADR-12', kind: 'adr', number: 12 });
    assert.deepEqual(d.supersedes, [{ text: 'ADR-1', kind: 'adr', number: 1 }, { text: 'Old', target: '0002-old.md', number: 2 }]);
    assert.deepEqual(read('# T\n\nSupersedes: ADR-3, RFC 4\n').supersedes.map((r) => r.number), [3, 4]);
  });

  it('takes the title from the only # heading, else front matter, else the file name', () => {
    assert.equal(read('---\ntitle: From front matter\n---\n# From heading\n').title, 'From heading');
    assert.equal(read('---\ntitle: From front matter\n---\n# One\n# Two\n').title, 'From front matter');
    assert.equal(read('## Context\n', 'docs/adr/0007-use-postgres.md').title, '0007-use-postgres');
  });

  it('deduplicates names without case and keeps their order', () => {
    assert.deepEqual(read('---\nreviewers: [Bo, bo, " Cy ", ""]\ndeciders: Ana,  Bo ,Ana\n---\n').reviewers, ['Bo', 'Cy']);
    assert.deepEqual(read('---\ndeciders: Ana,  Bo ,ana\n---\n').deciders, ['Ana', 'Bo']);
  });
});
