import * as assert from 'node:assert/strict';
import { noteFacts } from '../../../src/host/noteFacts';
import { DIRECTORY, NotesIndex, SYMBOLIC_LINK } from '../../../src/host/notesIndex';
import { PersonEntries, personEntries } from '../../../src/host/peopleOverview';
import { MemoryFs } from './memoryFs';

const reasons = { link: 'a link', tooLarge: () => 'too large', unreadable: (m: string) => m };
const malformed = (m: string) => `its front matter is malformed: ${m}`;
const indexOf = (fs: MemoryFs) => new NotesIndex(fs, noteFacts, { maxBytes: 1024 * 1024, reasons });

/** 50 people, each with two dated notes and a profile. */
function folder(): MemoryFs {
  const fs = new MemoryFs();
  for (let i = 0; i < 50; i++) {
    fs.write(`one-on-ones/p${i}/2026-11-02.md`, `- [ ] old item of p${i}\n`);
    fs.write(`one-on-ones/p${i}/2026-11-09.md`, `- [ ] open item of p${i}\n- [x] done\n`);
    fs.write(`one-on-ones/p${i}/person.md`, '---\nname: P\n---\n');
  }
  return fs;
}

describe('people of the notes index: reads only what changed', () => {
  it('reads each person\'s newest note once, then nothing when nothing changed', async () => {
    const fs = folder();
    const index = indexOf(fs);
    const people = await personEntries(index, malformed);
    assert.equal(people.length, 50);
    assert.equal(fs.reads, 50);
    assert.deepEqual(people.find((p) => p.slug === 'p0')!.newest?.items.map((i) => i.text), ['open item of p0']);
    await index.settled();
    await personEntries(index, malformed);
    assert.equal(fs.reads, 50, 'a refresh with no change read notes again');
  });

  it('after one note changes, re-reads that one note and lists nothing', async () => {
    const fs = folder();
    const index = indexOf(fs);
    await personEntries(index, malformed);
    const listings = index.counts.listings;
    fs.write('one-on-ones/p7/2026-11-09.md', '- [ ] changed item\n');
    index.touch('one-on-ones/p7/2026-11-09.md');
    await index.settled();
    const people = await personEntries(index, malformed);
    assert.equal(fs.reads, 51);
    assert.equal(index.counts.listings - listings, 0, 'no folder listed again for a changed file');
    assert.deepEqual(people.find((p) => p.slug === 'p7')!.newest?.items.map((i) => i.text), ['changed item']);
  });

  it('passes over a broken newest note to the one before it, saying why', async () => {
    const fs = folder();
    fs.write('one-on-ones/p1/2026-11-16.md', '---\nperson: [broken\n---\n');
    const p1 = (await personEntries(indexOf(fs), malformed)).find((p) => p.slug === 'p1')!;
    assert.equal(p1.newest?.fileName, '2026-11-09.md');
    assert.equal(p1.skipped.length, 1);
    assert.equal(p1.skipped[0]!.fileName, '2026-11-16.md');
    assert.match(p1.skipped[0]!.reason, /^its front matter is malformed: /);
  });

  it('lists a symbolic link to a folder as a person, and reads nothing through it', async () => {
    const fs = new MemoryFs();
    fs.write('one-on-ones/ana/2026-11-09.md', '- [ ] x\n');
    fs.nodes.set('one-on-ones/linked', { type: DIRECTORY | SYMBOLIC_LINK, mtime: 1 });
    const people = await personEntries(indexOf(fs), malformed);
    assert.deepEqual(people.map((p) => [p.slug, p.link]), [['ana', false], ['linked', true]]);
    assert.equal(fs.reads, 1);
  });

  it('lists everything again when told that anything may have changed, and reads only what did', async () => {
    const fs = folder();
    const index = indexOf(fs);
    await personEntries(index, malformed);
    index.touch();
    await index.settled();
    await personEntries(index, malformed);
    // Unchanged notes are stat-ed, not read.
    assert.equal(fs.reads, 50);
  });

  it('keeps every other person\'s entry when one note changes, and works out that person again', async () => {
    const fs = folder();
    const index = indexOf(fs);
    const entries = new PersonEntries(index, malformed);
    const before = await entries.all();
    fs.write('one-on-ones/p7/2026-11-09.md', '- [ ] changed item\n');
    index.touch('one-on-ones/p7/2026-11-09.md');
    await index.settled();
    const after = await entries.all();
    const changed = after.filter((e, i) => e !== before[i]).map((e) => e.slug);
    assert.deepEqual(changed, ['p7']);
    assert.deepEqual(after.find((p) => p.slug === 'p7')!.newest?.items.map((i) => i.text), ['changed item']);
  });

  it('equals a cold reading after notes and folders come, change and go', async () => {
    const fs = folder();
    const index = indexOf(fs);
    const entries = new PersonEntries(index, malformed);
    await entries.all();
    // Each step with the paths the watcher names for it.
    const steps: [string, () => void, string[]?][] = [
      ['one-on-ones/p3/2026-11-16.md', () => fs.write('one-on-ones/p3/2026-11-16.md', '---\nperson: Pat Three\n---\n- [ ] newer\n')],
      ['one-on-ones/p4/2026-11-09.md', () => fs.remove('one-on-ones/p4/2026-11-09.md')],
      ['one-on-ones/p5', () => fs.remove('one-on-ones/p5')],
      ['one-on-ones/p6', () => fs.rename('one-on-ones/p6', 'one-on-ones/p60'), ['one-on-ones/p60']],
      ['one-on-ones/p8/2026-11-23.md', () => fs.write('one-on-ones/p8/2026-11-23.md', '---\nperson: [broken\n---\n')],
    ];
    for (const [path, step, more = []] of steps) {
      step();
      for (const p of [path, ...more]) index.touch(p);
      await index.settled();
      // In the order of the index's listing, which a cold walk sorts and a change appends to.
      const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : 1);
      const kept = (await entries.all()).sort(bySlug);
      const cold = (await personEntries(indexOf(fs), malformed)).sort(bySlug);
      assert.deepEqual(kept, cold, `after ${path}`);
    }
  });
});
