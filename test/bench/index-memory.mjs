// Bench section "index": the notes index and the commitments index on their own, in Node, over
// the scale workspace (500 people × 40 notes, test/bench/scale.mjs) written to disk. The same
// modules the extension runs (bundled from src/ as the extension is), with Node's fs in place of
// workspace.fs. It reports what the real VS Code run cannot isolate:
//   - the cold build: list, read and derive every note, then name every commitment;
//   - the heap the two indexes hold after a full collection, against the heap before;
//   - the work after one note changes: the index settles that file, and the consumers update
//     (the people overview, the commitments and the Commitments view's groups, the status bar's
//     overdue count), each timed.

import { appendFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bundle } from './build.mjs';
import { writeScaleWorkspace, PEOPLE, NOTES_EACH } from './scale.mjs';
import { stats } from './stats.mjs';

const MB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

function heap() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** An IndexFs over Node's fs, as NotesFolder's is over workspace.fs. */
function nodeFs(folder) {
  const at = (p) => (p === '' ? folder : join(folder, p));
  const missing = (e) => e?.code === 'ENOENT' || e?.code === 'ENOTDIR';
  return {
    async list(p) {
      try {
        const entries = await readdir(at(p), { withFileTypes: true });
        return entries.map((e) => [e.name, e.isSymbolicLink() ? 64 : e.isDirectory() ? 2 : 1]);
      } catch (e) {
        if (missing(e)) return undefined;
        throw e;
      }
    },
    async stat(p) {
      try {
        const s = await stat(at(p));
        return { type: s.isDirectory() ? 2 : 1, mtime: s.mtimeMs, size: s.size };
      } catch (e) {
        if (missing(e)) return undefined;
        throw e;
      }
    },
    read: (p) => readFile(at(p), 'utf8'),
  };
}

const MODULE = `
export { NotesIndex } from './src/host/notesIndex';
export { noteFacts } from './src/host/noteFacts';
export { CommitmentsIndex } from './src/host/commitmentsIndex';
export { notesChange, PersonEntries } from './src/host/peopleOverview';
`;

/**
 * `dir`: scratch directory (the workspaces and the bundle). Two workspaces of 500 people × 40
 * notes: the scale run's (3 task items a note), and one with 30 task items a note (the commitments
 * issue's figure: owners and due dates, open and done).
 */
export async function indexBench({ dir, samples = 5, today = new Date() }) {
  const standard = await indexRun({ dir, samples, today, items: 3 });
  const items30 = await indexRun({ dir, samples, today, items: 30 });
  return { standard, items30 };
}

async function indexRun({ dir, samples, today, items }) {
  const workspace = join(dir, `index-workspace-${items}`);
  const written = writeScaleWorkspace(workspace, today, { items });
  const notes = join(workspace, 'notes');
  const m = await bundle(dir, 'indexBench', MODULE, { minify: true });
  const iso = today.toISOString().slice(0, 10);
  const reasons = { link: 'a link', tooLarge: (n) => `too large: ${n}`, unreadable: (s) => `unreadable: ${s}` };
  const malformed = (s) => s;

  const builds = [];
  let kept;
  for (let run = 0; run < samples; run++) {
    kept = undefined;
    const before = heap();
    const t0 = performance.now();
    const index = new m.NotesIndex(nodeFs(notes), m.noteFacts, { maxBytes: 1024 * 1024, reasons, concurrency: 16 });
    const listeners = new Set();
    index.onDidChange((c) => { for (const l of listeners) l(m.notesChange(c)); });
    await index.settled();
    const listed = performance.now();
    await index.loadAll();
    const loaded = performance.now();
    // The notes index alone (the first build only, as below; the collection is not timed).
    const indexHeapMB = run === 0 ? (heap() - before) / MB : undefined;
    const resumed = performance.now();
    const commitments = new m.CommitmentsIndex({
      ready: async () => { await index.settled(); return index; },
      onDidChange: (l) => { listeners.add(l); return { dispose: () => listeners.delete(l) }; },
    }, () => ({}));
    await commitments.ready();
    const named = performance.now();
    const reads = index.counts.reads;
    // The heap of the first build only: a later build's "before" still holds the earlier indexes
    // until the async function's frame lets them go.
    const heapMB = run === 0 ? (heap() - before) / MB : undefined;
    builds.push({ reads, listMs: listed - t0, loadMs: loaded - listed, commitmentsMs: named - resumed, totalMs: named - resumed + loaded - t0, heapMB, indexHeapMB });
    kept = { index, commitments, listeners };
  }

  // One note changes: a line appended to a person's newest note, as the scale run does.
  const { index, commitments } = kept;
  // The people list as NotesFolder keeps it between overviews.
  const entries = new m.PersonEntries(index, malformed);
  await entries.all();
  const updates = [];
  for (let run = 0; run < Math.max(samples, 10); run++) {
    const p = written.people[(run * 37) % written.people.length];
    const rel = `one-on-ones/${p.slug}/${p.newestFile}`;
    appendFileSync(join(notes, rel), `- [ ] Bench item ${run} @me due ${iso}\n`);
    const seen = new Promise((resolve) => {
      const sub = commitments.onDidChange((c) => { sub.dispose(); resolve(c); });
    });
    const readsBefore = index.counts.reads;
    const t0 = performance.now();
    index.touch(rel);
    await index.settled();
    const settled = performance.now();
    await seen;
    const shown = performance.now();
    const people = await entries.all();
    const overview = performance.now();
    const groups = commitments.groups(iso);
    const tree = performance.now();
    // As the status bar asks: the count and the ten most overdue for its tooltip (commitmentsHost.ts).
    const overdue = commitments.overdue(iso, 10).count;
    const status = performance.now();
    updates.push({
      reads: index.counts.reads - readsBefore,
      settleMs: settled - t0, commitmentsMs: commitments.times.lastUpdateMs, peopleMs: overview - shown,
      treeMs: tree - overview, statusMs: status - tree, totalMs: status - t0,
      counts: { people: people.length, groups: groups.length, overdue },
    });
  }
  return {
    people: PEOPLE, notesEach: NOTES_EACH, itemsEach: items, files: written.files, bytes: written.bytes,
    build: {
      runs: builds.length, reads: builds[0].reads,
      total: stats(builds.map((b) => b.totalMs)), list: stats(builds.map((b) => b.listMs)), load: stats(builds.map((b) => b.loadMs)),
      commitments: stats(builds.map((b) => b.commitmentsMs)), heapMB: builds[0].heapMB, indexHeapMB: builds[0].indexHeapMB,
    },
    change: {
      runs: updates.length, reads: stats(updates.map((u) => u.reads)),
      total: stats(updates.map((u) => u.totalMs)), settle: stats(updates.map((u) => u.settleMs)), commitments: stats(updates.map((u) => u.commitmentsMs)),
      people: stats(updates.map((u) => u.peopleMs)), tree: stats(updates.map((u) => u.treeMs)), status: stats(updates.map((u) => u.statusMs)),
      counts: updates.at(-1).counts,
    },
  };
}
