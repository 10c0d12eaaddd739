/**
 * Hostile input for the decision readers: every parser of user text here stays linear on
 * 200,000-character lines (`slowCases` of test/unit/hostile/linearTime.ts: slow is more than 12
 * times as long for 4 times the input, and 60 ms or more), and the hostile docs of the issue are
 * read truthfully.
 */
import * as assert from 'node:assert/strict';
import { decisionLog } from '../../../../src/core/decisions/decisionLog';
import { decisionLogTable } from '../../../../src/core/decisions/decisionLogTable';
import { lineFields, tableCells } from '../../../../src/core/decisions/docFields';
import { findMentions } from '../../../../src/core/decisions/mentions';
import { readDecision } from '../../../../src/core/decisions/readDecision';
import { parseReference, splitOutsideBrackets } from '../../../../src/core/decisions/references';
import { reviewerHandle, signOffOf } from '../../../../src/core/decisions/signOff';
import { slowCases } from '../../hostile/linearTime';
import { bundled } from '../markdown/helpers';

const taxonomy = bundled.taxonomy;

/** Lines made to trip the scans: repeats of what each one looks for. */
const FILLERS: Record<string, (n: number) => string> = {
  spaces: (n) => ' '.repeat(n),
  'status words': (n) => 'superseded by '.repeat(n / 14),
  'adr prefixes': (n) => 'adr-'.repeat(n / 4),
  'mentions': (n) => 'ADR-7 '.repeat(n / 6),
  'md suffixes': (n) => 'a.md'.repeat(n / 4),
  'separators': (n) => 'Status: x · '.repeat(n / 12),
  'semicolons': (n) => 'a;'.repeat(n / 2),
  'pipes': (n) => '|'.repeat(n),
  'brackets': (n) => '[('.repeat(n / 2),
  'colons': (n) => ':'.repeat(n),
  'stars': (n) => '*'.repeat(n),
  'check marks': (n) => '✅ '.repeat(n / 2),
};

const PARSERS: Record<string, (line: string) => unknown> = {
  'status line': (t) => readDecision({ path: 'docs/adr/0001-x.md', text: `# T\n\nStatus: ${t}\n` }, taxonomy),
  'status section': (t) => readDecision({ path: 'a.md', text: `## Status\n\n${t}\n\nSupersedes ${t}\n` }, taxonomy),
  'front matter status': (t) => readDecision({ path: 'a.md', text: `---\nstatus: ${t}\nreviewers: ${t}\n---\n` }, taxonomy),
  'table row': (t) => readDecision({ path: 'a.md', text: `| Status | ${t} |\n|---|---|\n| ${t} |\n` }, taxonomy),
  'field line': (t) => lineFields(t),
  'table cells': (t) => tableCells(`|${t}`),
  'mentions': (t) => findMentions(t),
  'reference': (t) => parseReference(t),
  'references split': (t) => splitOutsideBrackets(t),
  'reviewer handle': (t) => reviewerHandle(t),
  'sign-off': (t) => signOffOf(`## Sign-off\n\n- [x] ${t}\n- [ ] @${t}\n`),
};

describe('decisions: linear time on 200,000-character lines', function () {
  // CPU time is the verdict (growth); the wall clock may wait for a core on a busy machine.
  this.timeout(120_000);
  for (const [parser, run] of Object.entries(PARSERS)) {
    it(`${parser}: linear on ${Object.keys(FILLERS).length} kinds of line`, () => {
      assert.deepEqual(slowCases(FILLERS, run), []);
    });
  }

  it('reads a 200,000-character status line truthfully: the status, cut for showing', () => {
    const d = readDecision({ path: 'a.md', text: `# T\n\nStatus: Accepted ${'x'.repeat(200_000)}\n` }, taxonomy);
    assert.ok(d.status.kind === 'accepted' && d.status.text.length === 120 && d.status.text.endsWith('…'), JSON.stringify(d.status).slice(0, 200));
    const custom = readDecision({ path: 'a.md', text: `---\nstatus: ${'y'.repeat(200_000)}\n---\n` }, taxonomy);
    assert.equal(custom.status.kind, 'custom');
    assert.equal(custom.problems[0]?.kind, 'frontMatterNotYaml', 'front matter over the size limit is reported');
  });

  it('builds a log of 2,000 decisions in a long supersede chain and a big cycle without a freeze', () => {
    const n = 2000;
    const chain = Array.from({ length: n }, (_, i) => readDecision({
      path: `adr/${String(i + 1).padStart(4, '0')}-x.md`,
      text: `---\nstatus: superseded by ADR-${(i + 1) % n + 1}\n---\n# Decision ${i + 1}\n`,
    }, taxonomy));
    const log = decisionLog(chain);
    assert.equal(log.findings.length, 1);
    assert.equal(log.findings[0]!.kind === 'supersedeCycle' && log.findings[0]!.paths.length, n);
    assert.equal(decisionLogTable(log, {
      title: 'T', status: 'S', date: 'D', supersededBy: 'B',
      statuses: { proposed: 'P', accepted: 'A', rejected: 'R', deprecated: 'De', superseded: 'Su', unknown: 'U' },
    }).split('\n').length, n + 3);
  });
});
