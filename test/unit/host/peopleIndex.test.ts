import * as assert from 'node:assert/strict';
import { DIRECTORY, FILE, PeopleIndex, SYMBOLIC_LINK, type IndexReader } from '../../../src/host/peopleIndex';

/** An in-memory people folder: person → file → text; counts reads. */
function fakeFolder(tree: Record<string, Record<string, string>>, links: string[] = []) {
  const mtimes = new Map<string, number>();
  const reads: string[] = [];
  const reader: IndexReader = {
    async list(path) {
      if (path === '') return [...Object.keys(tree).map((p): [string, number] => [p, DIRECTORY]), ...links.map((l): [string, number] => [l, DIRECTORY | SYMBOLIC_LINK])];
      const files = tree[path];
      return files && Object.keys(files).map((f): [string, number] => [f, FILE]);
    },
    async stat(path) {
      const [person, file] = path.split('/') as [string, string];
      return { mtime: mtimes.get(path) ?? 1, size: tree[person]![file]!.length };
    },
    async read(path) {
      reads.push(path);
      const [person, file] = path.split('/') as [string, string];
      const text = tree[person]![file]!;
      return text.startsWith('BROKEN') ? { reason: 'its front matter is malformed' } : { text };
    },
  };
  const touch = (path: string) => mtimes.set(path, (mtimes.get(path) ?? 1) + 1);
  return { reader, reads, touch };
}

describe('people index: reads only what changed', () => {
  const tree = (): Record<string, Record<string, string>> => Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, {
    '2026-11-02.md': `- [ ] old item of p${i}\n`,
    '2026-11-09.md': `- [ ] open item of p${i}\n- [x] done\n`,
    'person.md': 'not a dated note',
  }]));

  it('reads each person\'s newest note once, then nothing when nothing changed', async () => {
    const { reader, reads } = fakeFolder(tree());
    const index = new PeopleIndex(reader);
    const people = await index.people();
    assert.equal(people.length, 50);
    assert.equal(reads.length, 50);
    assert.deepEqual(people[0]!.newest?.items.map((i) => i.text), ['open item of p0']);
    await index.people();
    assert.equal(reads.length, 50, 'a refresh with no change read notes again');
  });

  it('after one note changes, re-reads that one note and lists that one folder', async () => {
    const files = tree();
    const { reader, reads, touch } = fakeFolder(files);
    const index = new PeopleIndex(reader);
    await index.people();
    const listings = index.counts.listings;
    files.p7!['2026-11-09.md'] = '- [ ] changed item\n';
    touch('p7/2026-11-09.md');
    index.changed('p7');
    const people = await index.people();
    assert.deepEqual(reads.slice(50), ['p7/2026-11-09.md']);
    assert.equal(index.counts.listings - listings, 2, 'the people folder and p7');
    assert.deepEqual(people.find((p) => p.slug === 'p7')!.newest?.items.map((i) => i.text), ['changed item']);
  });

  it('passes over a broken newest note to the one before it, saying why', async () => {
    const files = tree();
    files.p1!['2026-11-16.md'] = 'BROKEN';
    const { reader } = fakeFolder(files);
    const p1 = (await new PeopleIndex(reader).people()).find((p) => p.slug === 'p1')!;
    assert.equal(p1.newest?.fileName, '2026-11-09.md');
    assert.deepEqual(p1.skipped, [{ fileName: '2026-11-16.md', reason: 'its front matter is malformed' }]);
  });

  it('lists a symbolic link to a folder as a person, and reads nothing through it', async () => {
    const { reader, reads } = fakeFolder({ ana: { '2026-11-09.md': '- [ ] x\n' } }, ['linked']);
    const people = await new PeopleIndex(reader).people();
    assert.deepEqual(people.map((p) => [p.slug, p.link]), [['ana', false], ['linked', true]]);
    assert.deepEqual(reads, ['ana/2026-11-09.md']);
  });

  it('reads everything again when told that something outside a person folder changed', async () => {
    const { reader, reads } = fakeFolder(tree());
    const index = new PeopleIndex(reader);
    await index.people();
    index.changed();
    await index.people();
    // Unchanged notes are stat-ed, not read.
    assert.equal(reads.length, 50);
  });
});
