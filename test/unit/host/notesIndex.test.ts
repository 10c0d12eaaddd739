import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DIRECTORY, FILE, NotesIndex, SYMBOLIC_LINK, type IndexFs } from '../../../src/host/notesIndex';
import { MemoryFs, parent } from './memoryFs';

const reasons = { link: 'a link', tooLarge: (n: number) => `too large: ${n}`, unreadable: (m: string) => `unreadable: ${m}` };
const makeIndex = (fs: IndexFs) => new NotesIndex(fs, (path, text) => `${path}:${text}`, { maxBytes: 100, reasons, concurrency: 4 });

/** What a loaded index holds: each file with its facts or the reason it was skipped. */
async function snapshot(index: NotesIndex<string>): Promise<Record<string, string>> {
  await index.loadAll();
  return Object.fromEntries([...index.all()].map((e) => [e.path, e.value ?? `skipped: ${e.skipped}`]).sort());
}

describe('the notes index', () => {
  it('lists without reading, then reads only what is asked for, each file once per version', async () => {
    const fs = new MemoryFs();
    fs.write('one-on-ones/ana/2026-11-02.md', 'a');
    fs.write('one-on-ones/ana/2026-11-09.md', 'b');
    fs.write('one-on-ones/bo/person.md', 'c');
    fs.write('one-on-ones/bo/notes.txt', 'not a note');
    const index = makeIndex(fs);
    await index.settled();
    assert.equal(fs.reads, 0);
    assert.deepEqual(index.children('one-on-ones').folders.map((f) => f.name).sort(), ['ana', 'bo']);
    assert.deepEqual(index.children('one-on-ones/bo').files.map((f) => f.path), ['one-on-ones/bo/person.md']);
    await index.load(['one-on-ones/ana/2026-11-09.md']);
    assert.equal(index.get('one-on-ones/ana/2026-11-09.md')?.value, 'one-on-ones/ana/2026-11-09.md:b');
    assert.equal(index.get('one-on-ones/ana/2026-11-02.md')?.value, undefined);
    await index.load(['one-on-ones/ana/2026-11-09.md']);
    assert.equal(fs.reads, 1);
  });

  it('after one note changes, reads that note only and says which changed', async () => {
    const fs = new MemoryFs();
    for (let p = 0; p < 50; p++) for (let n = 1; n <= 9; n++) fs.write(`one-on-ones/p${p}/2026-11-0${n}.md`, `${p}-${n}`);
    const index = makeIndex(fs);
    await index.loadAll();
    assert.equal(fs.reads, 450);
    const seen: string[][] = [];
    index.onDidChange((c) => seen.push([...c.paths]));
    fs.write('one-on-ones/p7/2026-11-03.md', 'edited');
    index.touch('one-on-ones/p7/2026-11-03.md');
    await index.settled();
    assert.equal(fs.reads, 451);
    assert.deepEqual(seen, [['one-on-ones/p7/2026-11-03.md']]);
    assert.equal(index.get('one-on-ones/p7/2026-11-03.md')?.value, 'one-on-ones/p7/2026-11-03.md:edited');
  });

  it('lists a linked folder without following it, and skips a linked or oversized note with the reason', async () => {
    const fs = new MemoryFs();
    fs.write('one-on-ones/ana/2026-11-02.md', 'x'.repeat(101));
    fs.nodes.set('one-on-ones/linked', { type: DIRECTORY | SYMBOLIC_LINK, mtime: 1 });
    fs.nodes.set('one-on-ones/ana/2026-11-09.md', { type: FILE | SYMBOLIC_LINK, text: 'secret', mtime: 1 });
    const index = makeIndex(fs);
    assert.deepEqual(await snapshot(index), {
      'one-on-ones/ana/2026-11-02.md': 'skipped: too large: 101',
      'one-on-ones/ana/2026-11-09.md': 'skipped: a link',
    });
    assert.deepEqual(index.children('one-on-ones').folders, [{ name: 'ana', link: false }, { name: 'linked', link: true }]);
    // Neither was read: the size and the link are known from the listing and the stat.
    assert.equal(fs.reads, 0);
  });

  it('empties when the notes folder disappears, and fills again when it comes back', async () => {
    const fs = new MemoryFs();
    fs.write('one-on-ones/ana/2026-11-02.md', 'a');
    const index = makeIndex(fs);
    await index.loadAll();
    fs.remove('one-on-ones');
    fs.nodes.delete('');
    index.touch('');
    await index.settled();
    assert.equal([...index.all()].length, 0);
    assert.equal(index.exists, false);
    fs.nodes.set('', { type: DIRECTORY, mtime: 99 });
    fs.write('one-on-ones/ana/2026-11-09.md', 'b');
    index.touch('');
    assert.deepEqual(await snapshot(index), { 'one-on-ones/ana/2026-11-09.md': 'one-on-ones/ana/2026-11-09.md:b' });
  });

  it('equals a cold rebuild after any burst of creates, changes, renames and deletes (fast-check)', async function () {
    // 300 runs: seconds of CPU, more on a busy machine; the property is the verdict, not the time.
    this.timeout(120_000);
    const name = fc.constantFrom('a.md', 'b.md', 'c.md', 'x.txt');
    const folder = fc.constantFrom('one-on-ones/ana', 'one-on-ones/bo', 'design-reviews', 'one-on-ones', '');
    const join = (f: string, n: string) => (f ? `${f}/${n}` : n);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('write' as const), folder, name, text: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('remove' as const), folder, name: fc.option(name, { nil: undefined }) }),
      fc.record({ kind: fc.constant('rename' as const), from: folder, to: fc.constantFrom('one-on-ones/cy', 'archive/old', 'one-on-ones/ana') }),
      fc.record({ kind: fc.constant('link' as const), folder: fc.constantFrom('one-on-ones/dee', 'one-on-ones/bo') }),
    );
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 12 }), fc.array(op, { maxLength: 12 }), fc.boolean(), async (before, burst, reverse) => {
      const fs = new MemoryFs();
      fs.write('one-on-ones/ana/a.md', 'start');
      const apply = (o: (typeof burst)[number]): string[] => {
        switch (o.kind) {
          case 'write': {
            const path = join(o.folder, o.name);
            if (fs.nodes.get(o.folder) && (fs.nodes.get(o.folder)!.type & SYMBOLIC_LINK) !== 0) return [];
            if (fs.nodes.has(path) && (fs.nodes.get(path)!.type & DIRECTORY) !== 0) return [];
            fs.write(path, o.text);
            return [path];
          }
          case 'remove': {
            const path = o.name ? join(o.folder, o.name) : o.folder;
            if (path === '') return [];
            fs.remove(path);
            return [path];
          }
          case 'rename': {
            if (!o.from || !fs.nodes.has(o.from) || o.to.startsWith(`${o.from}/`) || o.from.startsWith(`${o.to}/`) || o.from === o.to) return [];
            fs.remove(o.to);
            fs.rename(o.from, o.to);
            return [o.from, o.to];
          }
          case 'link':
            fs.remove(o.folder);
            fs.ensureFolder(parent(o.folder));
            fs.nodes.set(o.folder, { type: DIRECTORY | SYMBOLIC_LINK, mtime: 1 });
            return [o.folder];
        }
      };
      for (const o of before) apply(o);
      const index = makeIndex(fs);
      await index.loadAll();
      // A burst (a git pull, a script): every path it touched reported, in order or not.
      const touched = burst.flatMap(apply);
      for (const path of reverse ? touched.reverse() : touched) index.touch(path);
      await index.settled();
      const cold = makeIndex(fs);
      assert.deepEqual(await snapshot(index), await snapshot(cold));
      assert.deepEqual(index.children('one-on-ones').folders.map((f) => f.name).sort(), cold.children('one-on-ones').folders.map((f) => f.name).sort());
    }), { numRuns: 300 });
  });
});
