/**
 * Hostile input, time limits: every parser of commitments syntax stays linear on 200,000-character
 * lines of `@`, `📅`, `due`, blanks, emoji surrogate pairs and mixes made to trip a scan that looks
 * back or ahead too far. Each case is timed in CPU time at 50,000 and 200,000 characters
 * (`slowCases` of test/unit/hostile/linearTime.ts): a case is slow when 4 times the input takes
 * more than 12 times as long (linear is about 4, quadratic about 16) and 60 ms or more, three
 * tries in a row.
 */
import * as assert from 'node:assert/strict';
import { dateCompletionContext } from '../../../../src/core/commitments/dateCompletions';
import { itemTokens } from '../../../../src/core/commitments/itemTokens';
import { markDoneEdit } from '../../../../src/core/commitments/markDone';
import { noteCommitments } from '../../../../src/core/commitments/noteCommitments';
import { ownerCompletionContext } from '../../../../src/core/commitments/ownerCompletions';
import { recapMarkdown } from '../../../../src/core/commitments/recap';
import { slowCases } from '../../hostile/linearTime';
import { TEAM } from './commitmentFixtures';

const FILLERS: Record<string, (n: number) => string> = {
  'at signs': (n) => '@'.repeat(n),
  'calendars': (n) => '📅'.repeat(n / 2),
  'due words': (n) => 'due '.repeat(n / 4),
  'spaces': (n) => ' '.repeat(n),
  'emoji surrogate pairs': (n) => '😀'.repeat(n / 2),
  'owners': (n) => '@a '.repeat(n / 3),
  'addresses': (n) => 'a@b'.repeat(n / 3),
  'one long owner': (n) => `@${'a.'.repeat(n / 2)}`,
  'calendar then digits': (n) => `📅 ${'1'.repeat(n)}`,
  'due then spaces': (n) => `due${' '.repeat(n)}x`,
  'impossible dates': (n) => '📅 2026-02-30 '.repeat(n / 14),
  'done dates and dashes': (n) => '✅ 2026-11-20-'.repeat(n / 14),
  'origin openers': (n) => '_(from ['.repeat(n / 8),
};

const PARSERS: Record<string, (text: string) => unknown> = {
  'item tokens': (t) => itemTokens(t),
  'a note\'s commitments': (t) => noteCommitments({ path: 'one-on-ones/ana/2026-11-16.md', kind: 'oneOnOne', person: 'ana', date: '2026-11-16', text: `- [ ] ${t}\n${t}` }, TEAM),
  'mark done': (t) => markDoneEdit(`- [ ] ${t} _(from [2026-11-09](2026-11-09.md))_`, '2026-11-20'),
  'owner completion context': (t) => [ownerCompletionContext(`- [ ] ${t}`, true), ownerCompletionContext(`- [ ] @${t}`, true)],
  'date completion context': (t) => [dateCompletionContext(`- [ ] ${t}`), dateCompletionContext(`- [ ] due ${t}`)],
  'recap': (t) => {
    const text = `## Decisions\n${t}\n- [ ] ${t} @me`;
    return recapMarkdown(text, noteCommitments({ path: 'a.md', kind: 'other', text }, TEAM).items, '2026-11-23', { decisions: t.slice(0, 400), whoOwesWhat: 'w', nextOneOnOne: 'n', me: 'm', shared: 's', due: 'd' });
  },
};

describe('hostile input: commitments syntax is read in linear time', function () {
  // Minutes of wall time on a busy 2-core machine, though the CPU time measured stays small.
  this.timeout(240_000);
  for (const [parser, run] of Object.entries(PARSERS)) {
    it(`${parser}: linear on 200,000-character lines of ${Object.keys(FILLERS).length} kinds`, () => {
      assert.deepEqual(slowCases(FILLERS, run), []);
    });
  }

  it('reads a note of 10,000 items in about 4 times the time of one of 2,500', () => {
    const note = (n: number) => Array.from({ length: n }, (_, i) => `- [ ] item ${i} @bo 📅 2026-11-${String((i % 28) + 1).padStart(2, '0')} @zed`).join('\n');
    const run = (text: string) => noteCommitments({ path: 'one-on-ones/ana/2026-11-16.md', kind: 'oneOnOne', person: 'ana', date: '2026-11-16', text }, TEAM);
    assert.deepEqual(slowCases({ 'items with owners and dates': note }, run, 2_500), []);
  });
});
