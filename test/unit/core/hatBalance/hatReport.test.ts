import * as assert from 'node:assert/strict';
import { escapeCell, hatReportMarkdown, periodStart, reportTable, rowFigures, type ReportLabels } from '../../../../src/core/hatBalance/hatReport';
import { cpuMsSince } from '../../hostile/linearTime';

const labels: ReportLabels = {
  title: 'Hat balance: last 4 weeks', intro: ['Meetings from 2026-10-27 to 2026-11-23.'],
  people: '1:1s', reviews: 'Design reviews', person: 'Person', review: 'Review', meetings: 'Meetings', noPrompts: 'No prompts',
  why: 'Why', how: 'How', lead: 'Leader', manage: 'Manager', both: 'Both hats', total: 'Total', none: 'No meetings in this period.',
};
const counts = (why: number, how: number, lead: number, manage: number, both: number) => ({ why, how, lead, manage, both });

describe('the hat balance report', () => {
  it('escapes pipes, markdown and line breaks in names so each stays in its cell', () => {
    assert.equal(escapeCell('Sam | Ops'), 'Sam \\| Ops');
    assert.equal(escapeCell('*Zoë* _[x](y)_ `c` <b> #1 ~s~ a\\b'), '\\*Zoë\\* \\_\\[x\\](y)\\_ \\`c\\` \\<b\\> \\#1 \\~s\\~ a\\\\b');
    assert.equal(escapeCell('  two\nlines\r\n  here '), 'two lines here');
  });

  it('sums a row: meetings, meetings with no prompts, why, how and hats', () => {
    const row = { name: 'Sam', meetings: [{ prompts: counts(0, 3, 0, 2, 1) }, { prompts: 'none' as const }, { prompts: counts(1, 2, 1, 1, 1) }] };
    assert.deepEqual(rowFigures(row), { meetings: 3, noPrompts: 1, why: 1, how: 5, lead: 1, manage: 3, both: 2 });
  });

  it('writes a table with a header, a row per entry and a total row', () => {
    const table = reportTable('Person', [
      { name: 'Sam | Okafor', meetings: [{ prompts: counts(0, 3, 0, 2, 1) }, { prompts: 'none' }] },
      { name: 'Priya', meetings: [{ prompts: counts(2, 1, 2, 1, 0) }] },
    ], labels);
    assert.deepEqual(table, [
      '| Person | Meetings | No prompts | Why | How | Leader | Manager | Both hats |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| Sam \\| Okafor | 2 | 1 | 0 | 3 | 0 | 2 | 1 |',
      '| Priya | 1 | 0 | 2 | 1 | 2 | 1 | 0 |',
      '| **Total** | **3** | **1** | **2** | **4** | **2** | **3** | **1** |',
    ]);
    // Every row has as many cells as the header: no name breaks the table.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    for (const line of table) assert.equal(cells(line), cells(table[0]!), line);
  });

  it('writes the whole report, saying so when a table would have no row', () => {
    const text = hatReportMarkdown([{ name: 'Priya', meetings: [{ prompts: 'none' }] }], [], labels);
    assert.equal(text, [
      '# Hat balance: last 4 weeks', '', 'Meetings from 2026-10-27 to 2026-11-23.', '',
      '## 1:1s', '',
      '| Person | Meetings | No prompts | Why | How | Leader | Manager | Both hats |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| Priya | 1 | 1 | 0 | 0 | 0 | 0 | 0 |',
      '| **Total** | **1** | **1** | **0** | **0** | **0** | **0** | **0** |', '',
      '## Design reviews', '', '_No meetings in this period._', '',
    ].join('\n'));
  });

  it('takes the last 28, 91 or 365 days up to today, never a later date', () => {
    assert.equal(periodStart('2026-11-23', 'weeks4'), '2026-10-27');
    assert.equal(periodStart('2026-11-23', 'quarter'), '2026-08-25');
    assert.equal(periodStart('2026-03-01', 'year'), '2025-03-02');
    // The day before the start is out: 28 days end today.
    assert.notEqual(periodStart('2026-11-23', 'weeks4'), '2026-10-26');
  });

  it('escapes a 200,000-character name in linear time', () => {
    const started = process.cpuUsage();
    assert.equal(escapeCell('|'.repeat(200_000)).length, 400_000);
    assert.ok(cpuMsSince(started) < 1000);
  });
});
