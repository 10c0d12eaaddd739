/**
 * The demo workspace (test/fixtures/demo) has enough history for the chart and the nudge to show on
 * first open. Read through the real hat history over Node's file system, with the bundled content:
 * a rewrite of the prompt banks that drops a prompt these notes use fails here first.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hatNudge } from '../../../src/core/hatBalance/hatNudge';
import { HatHistory, type NotesReader } from '../../../src/host/hatHistory';
import { bundled } from '../core/markdown/helpers';

function demoNotes(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const notes = join(dir, 'test', 'fixtures', 'demo', 'notes');
    if (existsSync(notes)) return notes;
    if (dirname(dir) === dir) throw new Error(`no demo workspace above ${from}`);
  }
}

/** The notes folder on disk, through Node (what a bench can use too). */
function nodeReader(root: string): NotesReader {
  return {
    files: async (folder) => (existsSync(join(root, folder)) ? readdirSync(join(root, folder)).filter((n) => statSync(join(root, folder, n)).isFile()) : []),
    stat: async (path) => {
      if (!existsSync(join(root, path))) return undefined;
      const s = statSync(join(root, path));
      return { mtime: s.mtimeMs, size: s.size };
    },
    read: async (path) => readFileSync(join(root, path), 'utf8'),
  };
}

describe('the demo workspace\'s hat balance', () => {
  const history = new HatHistory(nodeReader(demoNotes(__dirname)));

  it('has 8 1:1s with Sam whose last three with prompts asked only how, so the nudge shows', async () => {
    const meetings = await history.personMeetings('sam-okafor', bundled.prompts, {});
    assert.equal(meetings.length, 8);
    assert.deepEqual(meetings.map((m) => (m.prompts === 'none' ? 'none' : `${m.prompts.why}/${m.prompts.how}`)),
      ['2/1', '2/1', 'none', '1/2', '0/3', '0/3', '0/3', 'none']);
    const nudge = hatNudge(meetings, bundled.prompts, {}, '2026-11-23', 3);
    assert.equal(nudge?.suggest, 'why');
    assert.equal(nudge.prompts.length, 2);
  });

  it('has at least 4 design reviews, each holding prompts', async () => {
    const reviews = await history.reviewMeetings(bundled.prompts, () => ({}));
    assert.ok(reviews.length >= 4, `${reviews.length} reviews`);
    for (const r of reviews) assert.notEqual(r.prompts, 'none', r.fileName);
    assert.deepEqual(reviews.map((r) => r.title), ['Billing migration', 'Search indexer rewrite', 'On-call rotation redesign', 'Audit log export']);
  });
});
