import * as assert from 'node:assert/strict';
import { collectCommitments } from '../../../src/core/commitments/collectCommitments';
import { commitmentOrder, isOverdue } from '../../../src/core/commitments/commitmentOrder';
import { groupCommitments } from '../../../src/core/commitments/groupCommitments';
import { noteCommitments } from '../../../src/core/commitments/noteCommitments';
import { CommitmentsIndex, type CommitmentsChange } from '../../../src/host/commitmentsIndex';
import { noteFacts, placeOf, type NoteFacts } from '../../../src/host/noteFacts';
import { NotesIndex } from '../../../src/host/notesIndex';
import { notesChange, type NotesChange } from '../../../src/host/peopleOverview';
import { MemoryFs } from './memoryFs';

const reasons = { link: 'a link', tooLarge: (n: number) => `too large: ${n}`, unreadable: (m: string) => `unreadable: ${m}` };
const TODAY = '2026-11-20';

/** The commitments index over an in-memory notes folder, fed as NotesFolder feeds it. */
function setup(fs: MemoryFs) {
  const index = new NotesIndex<NoteFacts>(fs, noteFacts, { maxBytes: 1024 * 1024, reasons });
  const listeners = new Set<(c: NotesChange) => void>();
  index.onDidChange((c) => { for (const l of listeners) l(notesChange(c)); });
  const commitments = new CommitmentsIndex({
    ready: async () => { await index.settled(); return index; },
    onDidChange: (l) => { listeners.add(l); return { dispose: () => listeners.delete(l) }; },
  }, () => ({}));
  const changes: CommitmentsChange[] = [];
  commitments.onDidChange((c) => changes.push(c));
  /** Writes a file and lets the index settle, as the watcher would. */
  const edit = async (path: string, text: string | undefined) => {
    if (text === undefined) fs.remove(path);
    else fs.write(path, text);
    index.touch(path);
    await index.settled();
  };
  return { index, commitments, changes, edit };
}

const rows = (c: CommitmentsIndex, options = {}) => c.groups(TODAY, options).map((g) => `${g.id}: ${g.subgroups.map((s) => `${s.of.kind === 'person' ? s.of.slug : s.of.kind} [${s.commitments.map((x) => `${x.words}${x.private ? ' (private)' : ''}${x.checked ? ' (done)' : ''}`).join(' | ')}]`).join(' ')}`);

function demoFolder(): MemoryFs {
  const fs = new MemoryFs();
  fs.write('one-on-ones/ana-lopez/person.md', '---\nname: Ana Lopez\n---\n# Ana Lopez\n');
  fs.write('one-on-ones/bo/person.md', '---\nname: Bo Chen\n---\n# Bo Chen\n');
  fs.write('one-on-ones/ana-lopez/2026-11-02.md', '# 1:1\n- [ ] Ask finance about the budget @me 📅 2026-11-10\n- [ ] Draft the growth plan @ana\n');
  // Carried twice: the newest copy is the live one.
  fs.write('one-on-ones/ana-lopez/2026-11-09.md', '# 1:1\n- [ ] Ask finance about the budget @me 📅 2026-11-10 _(from [2026-11-02](2026-11-02.md))_\n');
  fs.write('one-on-ones/ana-lopez/2026-11-16.md', '# 1:1\n- [ ] Ask finance about the budget @me 📅 2026-11-10 _(from [2026-11-02](2026-11-02.md))_\n\n## Private\n- [ ] Talk to HR about the leave @me\n');
  fs.write('design-reviews/2026-11-12-rollback.md', '# Review\n- [ ] Send the rollback plan @bo due 2026-11-25\n- [ ] Check with @zed 📅 2026-02-30\n');
  fs.write('reflections/2026-11.md', '- [ ] Not a commitment @me\n');
  fs.write('scratch.md', '```\n- [ ] in a fence @me\n```\n- [ ] Book the offsite @me\n');
  return fs;
}

describe('the commitments index', () => {
  it('reads every note of the notes index once, counts a carried chain once, and names owners by slug and first name', async () => {
    const fs = demoFolder();
    const { commitments } = setup(fs);
    await commitments.ready();
    assert.equal(fs.reads, 8);
    assert.deepEqual(rows(commitments), [
      'iOwe: ana-lopez [Ask finance about the budget | Talk to HR about the leave (private)] otherNotes [Book the offsite]',
      'owedToMe: ana-lopez [Draft the growth plan] bo [Send the rollback plan]',
      'shared: reviews [Check with]',
    ]);
    const live = commitments.groups(TODAY)[0]!.subgroups[0]!.commitments[0]!;
    assert.equal(live.source.path, 'one-on-ones/ana-lopez/2026-11-16.md');
    assert.equal(live.due, '2026-11-10');
    assert.deepEqual(commitments.overdue(TODAY).top.map((c) => c.words), ['Ask finance about the budget']);
    assert.deepEqual(commitments.problemsAt('design-reviews/2026-11-12-rollback.md').note?.problems.map((p) => `${p.kind} ${p.text} ${p.line}:${p.column}`), [
      'unknown-owner @zed 2:17',
      'impossible-date 📅 2026-02-30 2:22',
    ]);
  });

  it('gives what the core gives for the same notes, read cold', async () => {
    const fs = demoFolder();
    const { commitments, index } = setup(fs);
    await commitments.ready();
    const notes = [...index.all()].flatMap((e) => {
      const place = placeOf(e.path);
      if (place.kind !== 'oneOnOne' && place.kind !== 'review' && place.kind !== 'other') return [];
      const text = fs.nodes.get(e.path)!.text!;
      return [noteCommitments({ path: e.path, kind: place.kind, text, ...(place.kind === 'oneOnOne' ? { person: place.person, date: place.date, n: place.n } : {}), ...(place.kind === 'review' ? { date: place.date } : {}) }, commitments.personRefs())];
    });
    const cold = groupCommitments(collectCommitments(notes, TODAY).commitments, TODAY);
    assert.deepEqual(commitments.groups(TODAY).map(({ id, subgroups }) => ({ id, subgroups: subgroups.map((s) => s.commitments) })), cold.map(({ id, subgroups }) => ({ id, subgroups: subgroups.map((s) => s.commitments) })));
  });

  it('after one note changes, reads only that note and moves only what it changed; ticking the live copy closes the chain', async () => {
    const fs = demoFolder();
    const { commitments, changes, edit } = setup(fs);
    await commitments.ready();
    const reads = fs.reads;
    changes.length = 0;
    await edit('one-on-ones/ana-lopez/2026-11-16.md', '# 1:1\n- [x] Ask finance about the budget @me 📅 2026-11-10 ✅ 2026-11-18 _(from [2026-11-02](2026-11-02.md))_\n');
    assert.equal(fs.reads, reads + 1);
    assert.equal(changes.length, 1);
    assert.deepEqual([...changes[0]!.paths], ['one-on-ones/ana-lopez/2026-11-16.md']);
    assert.deepEqual(commitments.overdue(TODAY), { count: 0, top: [] });
    assert.deepEqual(rows(commitments)[0], 'iOwe: otherNotes [Book the offsite]');
    assert.deepEqual(rows(commitments, { showDoneSince: '2026-10-21' })[0], 'iOwe: ana-lopez [Ask finance about the budget (done)] otherNotes [Book the offsite]');
  });

  it('reports a ticked older copy while the newest is open, and does not count it done', async () => {
    const fs = demoFolder();
    const { commitments, edit } = setup(fs);
    await commitments.ready();
    await edit('one-on-ones/ana-lopez/2026-11-09.md', '# 1:1\n- [x] Ask finance about the budget @me 📅 2026-11-10 _(from [2026-11-02](2026-11-02.md))_\n');
    assert.deepEqual(commitments.overdue(TODAY).top.map((c) => c.source.path), ['one-on-ones/ana-lopez/2026-11-16.md']);
    const { findings } = commitments.problemsAt('one-on-ones/ana-lopez/2026-11-09.md');
    assert.deepEqual(findings.map((f) => `${f.ticked.path}:${f.ticked.line} → ${f.live.path}:${f.live.line}`), ['one-on-ones/ana-lopez/2026-11-09.md:1 → one-on-ones/ana-lopez/2026-11-16.md:1']);
  });

  it('names again the notes whose owners change meaning when a person comes or goes', async () => {
    const fs = demoFolder();
    const { commitments, edit } = setup(fs);
    await commitments.ready();
    assert.equal(commitments.problemsAt('design-reviews/2026-11-12-rollback.md').note?.problems[0]?.kind, 'unknown-owner');
    await edit('one-on-ones/zed/person.md', '---\nname: Zed Park\n---\n');
    assert.deepEqual(commitments.problemsAt('design-reviews/2026-11-12-rollback.md').note?.problems.map((p) => p.kind), ['impossible-date']);
    assert.ok(rows(commitments).includes('owedToMe: ana-lopez [Draft the growth plan] bo [Send the rollback plan] zed [Check with]'), rows(commitments).join('\n'));
    // The folder goes, not only its profile: a folder alone is a person.
    await edit('one-on-ones/zed', undefined);
    assert.equal(commitments.problemsAt('design-reviews/2026-11-12-rollback.md').note?.problems[0]?.kind, 'unknown-owner');
  });

  it('drops a deleted note, and counts an open editor\'s unsaved text until it is saved or closed', async () => {
    const fs = demoFolder();
    const { commitments, edit } = setup(fs);
    await commitments.ready();
    await edit('scratch.md', undefined);
    assert.ok(!rows(commitments)[0]!.includes('Book the offsite'));
    commitments.setOverlay('design-reviews/2026-11-12-rollback.md', '# Review\n- [x] Send the rollback plan @bo due 2026-11-25\n');
    assert.ok(!rows(commitments).some((r) => r.includes('rollback')));
    commitments.setOverlay('design-reviews/2026-11-12-rollback.md', undefined);
    assert.ok(rows(commitments).some((r) => r.includes('Send the rollback plan')));
    // A reflection's unsaved text is no commitment either.
    commitments.setOverlay('reflections/2026-11.md', '- [ ] Still not @me\n');
    assert.ok(!rows(commitments).some((r) => r.includes('Still not')));
  });

  it('filters to one person', async () => {
    const { commitments } = setup(demoFolder());
    await commitments.ready();
    assert.deepEqual(rows(commitments, { person: 'bo' }), ['owedToMe: bo [Send the rollback plan]']);
    assert.deepEqual(commitments.ofPerson('ana-lopez').map((c) => c.words).sort(), ['Ask finance about the budget', 'Draft the growth plan', 'Talk to HR about the leave']);
  });

  it('counts every overdue commitment and names the most overdue few as a full sort would, across people and notes', async () => {
    const fs = new MemoryFs();
    const people = ['ana', 'bo', 'cy', 'di'];
    for (const p of people) fs.write(`one-on-ones/${p}/person.md`, `---\nname: ${p}\n---\n`);
    // A fixed pseudo-random spread of owners, due dates (past, today, future, none) and ticks.
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    for (let k = 0; k < 120; k++) {
      const p = people[next(people.length)]!;
      const day = String(1 + next(28)).padStart(2, '0');
      const due = ['', ` 📅 2026-10-${day}`, ` 📅 2026-11-${day}`, ' 📅 2026-11-20', ' 📅 2026-12-01'][next(5)];
      const owner = ['@me', `@${p}`, `@${people[next(people.length)]}`][next(3)];
      fs.write(`one-on-ones/${p}/${new Date(Date.UTC(2026, 5, 1) + k * 86400000).toISOString().slice(0, 10)}.md`, `- [${next(4) === 0 ? 'x' : ' '}] Task ${k} ${owner}${due}\n`);
    }
    const { commitments } = setup(fs);
    await commitments.ready();
    const every = commitments.groups(TODAY).flatMap((g) => g.subgroups.flatMap((s) => s.commitments));
    const order = commitmentOrder(TODAY);
    const expected = every.filter((c) => isOverdue(c, TODAY)).sort(order);
    assert.ok(expected.length > 20, `${expected.length} overdue of ${every.length}`);
    for (const limit of [0, 1, 5, 12, Number.POSITIVE_INFINITY]) {
      const { count, top } = commitments.overdue(TODAY, limit);
      assert.equal(count, expected.length);
      assert.deepEqual(top.map((c) => c.key), expected.slice(0, limit).map((c) => c.key), `limit ${limit}`);
    }
  });
});
