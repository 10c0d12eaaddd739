import * as assert from 'node:assert/strict';
import { expandReflection } from '../../../src/core/hatBalance/reflection';
import { HatHistory, type NotesReader } from '../../../src/host/hatHistory';
import { designPrompt, oneOnOnePrompt } from '../core/markdown/helpers';

const prompts = [
  oneOnOnePrompt({ id: 'oo.why', text: 'Which problem would you love to own a year from now?', hat: 'lead', asks: 'why' }),
  oneOnOnePrompt({ id: 'oo.how', text: "What's waiting on someone else right now?", hat: 'manage', asks: 'how' }),
  designPrompt({ id: 'dr.how', text: 'How long does a full rollback take?', hat: 'manage', asks: 'how', phase: 'rollout' }),
];

/** An in-memory notes folder that counts what is listed, stat'ed and read. */
class MemoryNotes implements NotesReader {
  readonly files_ = new Map<string, { text: string; mtime: number }>();
  readonly folders = new Map<string, Set<string>>();
  stats = 0;
  reads = 0;
  put(path: string, text: string, mtime = 1): void {
    this.files_.set(path, { text, mtime });
    const cut = path.lastIndexOf('/');
    const names = this.folders.get(path.slice(0, cut)) ?? this.folders.set(path.slice(0, cut), new Set()).get(path.slice(0, cut))!;
    names.add(path.slice(cut + 1));
  }
  async files(folder: string): Promise<string[]> {
    return [...this.folders.get(folder) ?? []];
  }
  async stat(path: string) {
    this.stats++;
    const f = this.files_.get(path);
    return f && { mtime: f.mtime, size: f.text.length };
  }
  async read(path: string): Promise<string> {
    this.reads++;
    const f = this.files_.get(path);
    if (!f) throw new Error(`ENOENT ${path}`);
    return f.text;
  }
}

function day(i: number): string {
  const d = new Date(Date.UTC(2026, 0, 1 + i * 7));
  return d.toISOString().slice(0, 10);
}

describe('hat history: cached by modification time', () => {
  it('reads only a person\'s newest 8 dated notes, oldest first, with each note\'s mix', async () => {
    const fs = new MemoryNotes();
    for (let i = 0; i < 40; i++) fs.put(`one-on-ones/sam/${day(i)}.md`, i % 2 ? "- What's waiting on someone else right now?" : 'Hand-written.');
    fs.put('one-on-ones/sam/person.md', '# Sam');
    const history = new HatHistory(fs);
    const meetings = await history.personMeetings('sam', prompts, {});
    assert.deepEqual(meetings.map((m) => m.date), Array.from({ length: 8 }, (_, k) => day(32 + k)));
    assert.deepEqual(meetings.map((m) => m.prompts === 'none' ? 'none' : m.prompts.how), ['none', 1, 'none', 1, 'none', 1, 'none', 1]);
    assert.equal(fs.reads, 8);
    assert.equal(fs.stats, 8);
  });

  it('re-reads nothing on a refresh where nothing changed, and only the note that changed', async () => {
    const fs = new MemoryNotes();
    for (let i = 0; i < 10; i++) fs.put(`one-on-ones/sam/${day(i)}.md`, 'Hand-written.');
    const history = new HatHistory(fs);
    await history.personMeetings('sam', prompts, {});
    assert.equal(fs.reads, 8);
    await history.personMeetings('sam', prompts, {});
    assert.equal(fs.reads, 8, 'a refresh with nothing changed reads no file');
    fs.put(`one-on-ones/sam/${day(9)}.md`, '- Which problem would you love to own a year from now?', 2);
    const after = await history.personMeetings('sam', prompts, {});
    assert.equal(fs.reads, 9);
    assert.deepEqual(after.at(-1)!.ids, ['oo.why']);
    fs.put(`one-on-ones/sam/${day(8)}.md`, 'Hand-written!', 2);
    await history.personMeetings('sam', prompts, {});
    assert.equal(fs.reads, 10, 'same time, other size: read again');
    await history.personMeetings('sam', [...prompts], {});
    assert.equal(fs.reads, 18, 'new content: every shown note is read again');
  });

  it('adds the asked log\'s prompts to the last note of the day they were asked', async () => {
    const fs = new MemoryNotes();
    fs.put('one-on-ones/sam/2026-11-12.md', 'Hand-written.');
    fs.put('one-on-ones/sam/2026-11-12-2.md', 'Second talk that day.');
    fs.put('one-on-ones/sam/2026-11-19.md', "- What's waiting on someone else right now?");
    const meetings = await new HatHistory(fs).personMeetings('sam', prompts, { 'oo.why': '2026-11-12', 'oo.how': '2026-11-19', gone: '2026-11-19' });
    assert.deepEqual(meetings.map((m) => [m.fileName, m.ids]), [
      ['2026-11-12.md', []], ['2026-11-12-2.md', ['oo.why']], ['2026-11-19.md', ['oo.how']],
    ]);
    assert.equal(meetings[0]!.prompts, 'none');
    assert.deepEqual(meetings[2]!.prompts, { why: 0, how: 1, lead: 0, manage: 1, both: 0 });
  });

  it('takes a period when asked, and leaves out notes that vanished', async () => {
    const fs = new MemoryNotes();
    for (let i = 0; i < 12; i++) fs.put(`one-on-ones/sam/${day(i)}.md`, 'x');
    const history = new HatHistory(fs);
    const inPeriod = await history.personMeetings('sam', prompts, {}, { since: day(2), until: day(10), limit: Infinity });
    assert.deepEqual(inPeriod.map((m) => m.date), Array.from({ length: 9 }, (_, k) => day(2 + k)));
    const real = fs.stat.bind(fs);
    fs.stat = async (path) => (path.endsWith(`${day(11)}.md`) ? undefined : real(path));
    assert.equal((await history.personMeetings('sam', prompts, {})).length, 7);
  });

  it('reads the last design reviews with their titles and their whole asked log', async () => {
    const fs = new MemoryNotes();
    fs.put('design-reviews/2026-11-03-queue-v2.md', '---\ntitle: "Queue v2 | ingest"\n---\n- [ ] How long does a full rollback take?\n');
    fs.put('design-reviews/2026-11-10-auth.md', 'No front matter.');
    fs.put('design-reviews/README.md', 'not a review');
    const asked = (path: string): Record<string, string> => (path.endsWith('auth.md') ? { 'dr.how': '2026-11-20' } : {});
    const reviews = await new HatHistory(fs).reviewMeetings(prompts, asked);
    assert.deepEqual(reviews.map((r) => [r.date, r.title, r.ids]), [['2026-11-03', 'Queue v2 | ingest', ['dr.how']], ['2026-11-10', 'auth', ['dr.how']]]);
    assert.deepEqual([reviews[0]!.open, reviews[0]!.closed], [0, 0], 'a prompt task is not an action item');
  });

  it('reads which shifts the reflections of the given months reflect on, newest first, cached like notes', async () => {
    const fs = new MemoryNotes();
    const reflection = expandReflection({ id: 'template.r', title: 'Reflection', for: 'reflection', sections: [
      { heading: 'R' }, { heading: '{{from}} → {{to}}', repeat: 'shift', body: ['{{reflections}}'] }] },
    [{ id: 'shift.a', from: 'A', to: 'B', meaning: 'Meaning.', reflections: [{ id: 'shift.a.1', text: 'Q1?' }, { id: 'shift.a.2', text: 'Q2?' }] }]);
    fs.put('reflections/2026-11.md', '# R\n\n## A → B\n\n- Q1?\n- Q2?\n');
    fs.put('reflections/2026-10.md', '# R\n\n## A → B\n\n- Q1? Plenty.\n- Q2?\n');
    fs.put('reflections/2026-10-2.md', '# R\n');
    fs.put('reflections/2026-06.md', '# R\n\n## A → B\n\nOld.\n');
    const history = new HatHistory(fs);
    const notes = await history.reflectionNotes(['2026-11', '2026-10', '2026-09'], reflection);
    assert.deepEqual(notes, [
      { fileName: '2026-11.md', month: '2026-11', shifts: [] },
      { fileName: '2026-10-2.md', month: '2026-10', shifts: [] },
      { fileName: '2026-10.md', month: '2026-10', shifts: ['shift.a'] },
    ]);
    await history.reflectionNotes(['2026-11', '2026-10', '2026-09'], reflection);
    assert.equal(fs.reads, 3);
  });

  it('keeps a refresh over 500 people with 40 notes each to stat calls: no file is read twice', async function () {
    this.timeout(20_000);
    const fs = new MemoryNotes();
    const slugs = Array.from({ length: 500 }, (_, p) => `person-${p}`);
    for (const slug of slugs) for (let i = 0; i < 40; i++) fs.put(`one-on-ones/${slug}/${day(i)}.md`, i % 3 ? "- What's waiting on someone else right now?\n- [ ] Follow up" : 'Hand-written.');
    const history = new HatHistory(fs);
    let started = performance.now();
    const cold = await history.peopleMeetings(slugs, prompts, () => ({}));
    const coldMs = performance.now() - started;
    assert.equal(fs.reads, 500 * 8);
    started = performance.now();
    const warm = await history.peopleMeetings(slugs, prompts, () => ({}));
    const warmMs = performance.now() - started;
    assert.equal(fs.reads, 500 * 8, 'the warm refresh reads nothing');
    assert.equal(fs.stats, 2 * 500 * 8, 'and stats only the newest 8 notes of each person');
    assert.deepEqual(warm.get('person-7'), cold.get('person-7'));
    // Timing is reported, not asserted tightly: the machine is shared.
    console.log(`      500 people x 40 notes (in memory): cold ${coldMs.toFixed(0)} ms, warm refresh ${warmMs.toFixed(0)} ms`);
    assert.ok(warmMs < 2000, `warm refresh took ${warmMs} ms`);
  });
});
