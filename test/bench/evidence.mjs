// Bench section "evidence" (issue 23, item 7): review evidence for one person over 12 months in the
// 500 people × 40 notes workspace (writeScaleWorkspace), target under 1 s. Node only: what
// Assemble Review Evidence does after its dialogs (host/growth.ts Growth.evidence), with Node's fs in
// place of workspace.fs and of the notes index:
//   read person.md; list the person's dated notes; read each note through GrowthNotes (host code that
//   needs no vscode) for the goals discussed, feedback delivered and commitments; personGrowth;
//   list the design-review notes; personEvidence (core: commitments across notes, design docs, the
//   document) with the bundled review-evidence template.
// The people (names for @owners) come from the index in the host, built before any command runs:
// here they are read once before timing. Commit counts are off (no git in the scratch folder), as
// they are by default. The person's person.md gets goals, wins and feedback over the 12 months
// first (the generated profiles have none), one goal named in every note, so every section is
// written and every note is searched for goal discussions.
//   cold: a fresh GrowthNotes each run, so every note is read and parsed (the first evidence for
//         that person since the window opened);
//   warm: one GrowthNotes kept across runs, so unchanged notes cost a stat (a second run);
//   assemble: personEvidence alone, on what a warm run read.

import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TARGETS } from './budget.mjs';
import { bundle, findInDist } from './build.mjs';
import { say } from './progress.mjs';
import { NOTES_EACH, PEOPLE, person, writeScaleWorkspace } from './scale.mjs';
import { stats } from './stats.mjs';

const MONTHS = 12;
const ASSEMBLE_ROUNDS = 50;

/** The first of the month `back` months before `today`'s (never after today): one dated entry a month over the period. */
const monthDay = (today, back) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 10);
};

/** Goals, a win a month and feedback every other month, as the lead would have logged them. */
function growthSections(today) {
  const lines = ['', '## Goals', '',
    '- [ ] The migration of the billing jobs 📅 2027-06-30', '- [ ] Mentor a new hire', `- [x] Run an incident review ✅ ${monthDay(today, 4)}`, '',
    '## Wins', ''];
  for (let m = MONTHS - 1; m >= 0; m--) lines.push(`- ${monthDay(today, m)} Shipped part ${MONTHS - m} of the billing migration without downtime`);
  lines.push('', '## Feedback', '');
  for (let m = MONTHS - 1; m >= 0; m -= 2) lines.push(`- [${m % 4 === 1 ? 'x' : ' '}] ${monthDay(today, m)} ${m % 4 === 1 ? 'praise' : 'change'}: Feedback ${m} on the rollout plan`);
  return `${lines.join('\n')}\n`;
}

/** The notes folder as a NotesReader (host/hatHistory.ts), with Node's fs; counts reads. */
function nodeReader(notesRoot) {
  const reader = {
    reads: 0,
    async files(folder) {
      try {
        return readdirSync(join(notesRoot, folder));
      } catch {
        return [];
      }
    },
    async stat(path) {
      try {
        const st = await stat(join(notesRoot, path));
        return { mtime: st.mtimeMs, size: st.size };
      } catch {
        return undefined;
      }
    },
    async read(path) {
      reader.reads++;
      return readFile(join(notesRoot, path), 'utf8');
    },
  };
  return reader;
}

/** `dir`: scratch directory for the workspace and the bundled code. */
export async function evidenceBench({ samples, scratchDir }) {
  const mod = await bundle(scratchDir, 'evidence', [
    "export { GrowthNotes } from './src/host/growthNotes';",
    "export { personGrowth } from './src/core/growth/personGrowth';",
    "export { personEvidence } from './src/core/growth/personEvidence';",
    "export { goalsOf } from './src/core/growth/goals';",
    "export { feedbackOf } from './src/core/growth/feedback';",
    "export { lastMonths } from './src/core/growth/period';",
    "export { DEFAULT_EVIDENCE_LABELS } from './src/core/growth/evidenceLabels';",
    "export { parseNoteName, compareNotes, parseReviewName, ONE_ON_ONES_FOLDER, DESIGN_REVIEWS_FOLDER } from './src/core/notes/noteNames';",
    "export { parseProfile } from './src/core/people/profile';",
    "export { isoDate } from './src/core/dates';",
  ].join('\n'));
  const workspace = join(scratchDir, 'evidence-workspace');
  const today = mod.isoDate(new Date());
  say(`evidence: writing ${PEOPLE} people × ${NOTES_EACH} notes ...`);
  const written = writeScaleWorkspace(workspace, new Date(`${today}T12:00:00`));
  const notesRoot = join(workspace, 'notes');
  const { slug } = person(0);
  const profileRel = `${mod.ONE_ON_ONES_FOLDER}/${slug}/person.md`;
  appendFileSync(join(notesRoot, profileRel), growthSections(today));

  const content = JSON.parse(readFileSync(findInDist('content.json'), 'utf8'));
  const template = content.templates.find((t) => t.for === 'review-evidence');
  // As Growth.templateLines: the templates' own lines never count as a discussion.
  const templateLines = content.templates.flatMap((t) => t.sections.flatMap((s) => [s.heading, ...s.body ?? []]));
  // The index's people, as the host holds them before the command runs.
  const people = readdirSync(join(notesRoot, mod.ONE_ON_ONES_FOLDER)).map((s) => {
    const text = readFileSync(join(notesRoot, mod.ONE_ON_ONES_FOLDER, s, 'person.md'), 'utf8');
    return { slug: s, name: mod.parseProfile(text).profile?.name ?? s };
  });
  const period = mod.lastMonths(today, MONTHS);
  const reader = nodeReader(notesRoot);

  /** One Assemble Review Evidence after its dialogs; `growthNotes` cold (fresh) or warm (kept). */
  const run = async (growthNotes) => {
    const t0 = performance.now();
    const text = await reader.read(profileRel);
    const refs = (await reader.files(`${mod.ONE_ON_ONES_FOLDER}/${slug}`)).flatMap((fileName) => {
      const dated = mod.parseNoteName(fileName);
      return dated ? [{ ...dated, fileName }] : [];
    }).sort(mod.compareNotes).map((n) => ({ path: `${mod.ONE_ON_ONES_FOLDER}/${slug}/${n.fileName}`, person: slug, date: n.date, n: n.n }));
    const goals = mod.goalsOf(text).goals;
    const feedback = mod.feedbackOf(text).feedback;
    const notes = await growthNotes.get(refs, { goals: { goals, templateLines }, feedback, people });
    const growth = mod.personGrowth(text, notes, today, 6);
    // The review notes name the design docs (none in this workspace: listed, nothing to read).
    const reviews = (await reader.files(mod.DESIGN_REVIEWS_FOLDER)).filter((f) => mod.parseReviewName(f));
    const sources = {
      slug, name: person(0).name, growth, notes, people, docs: [], reviews,
      profilePath: `notes/${profileRel}`, workspacePath: (p) => `notes/${p}`,
    };
    const request = { period, today, includePrivate: false };
    const t1 = performance.now();
    const evidence = mod.personEvidence(sources, request, mod.DEFAULT_EVIDENCE_LABELS, template);
    const t2 = performance.now();
    return { ms: t2 - t0, assembleMs: t2 - t1, evidence, sources, request };
  };

  const before = reader.reads;
  const first = await run(new mod.GrowthNotes(reader));
  const coldReads = reader.reads - before;
  const doc = first.evidence.text;
  const count = (heading, prefix = '- ') => {
    const lines = doc.split('\n');
    const start = lines.indexOf(`## ${heading}`);
    const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
    return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.startsWith(prefix)).length;
  };
  const shape = { months: count('Read it fairly', '| 2'), goals: count('Goals'), wins: count('Wins'), feedback: count('Feedback given'), commitments: count('Commitments') };
  if (shape.months < MONTHS || shape.wins !== MONTHS || shape.goals !== 3 || shape.commitments === 0) {
    throw new Error(`evidence bench: the document is not what the workspace holds (${JSON.stringify(shape)}):\n${doc.slice(0, 2000)}`);
  }
  if (coldReads !== NOTES_EACH + 1) throw new Error(`evidence bench: a cold run read ${coldReads} files, expected ${NOTES_EACH} notes and person.md`);

  say(`evidence: ${samples} cold and ${samples} warm runs ...`);
  const cold = [];
  for (let i = 0; i < samples; i++) cold.push((await run(new mod.GrowthNotes(reader))).ms);
  const kept = new mod.GrowthNotes(reader);
  await run(kept);
  const warm = [];
  let last;
  for (let i = 0; i < samples; i++) warm.push((last = await run(kept)).ms);
  const assemble = [];
  for (let i = 0; i < ASSEMBLE_ROUNDS; i++) {
    const t = performance.now();
    mod.personEvidence(last.sources, last.request, mod.DEFAULT_EVIDENCE_LABELS, template);
    assemble.push(performance.now() - t);
  }
  const coldStats = stats(cold);
  return {
    people: PEOPLE, notesEach: NOTES_EACH, files: written.files, months: MONTHS, period,
    documentLines: doc.split('\n').length, shape, coldReads,
    first: first.ms,
    cold: coldStats,
    warm: stats(warm),
    assemble: { rounds: ASSEMBLE_ROUNDS, ...stats(assemble) },
    profileBytes: statSync(join(notesRoot, profileRel)).size,
    withinTarget: coldStats.p95 < TARGETS.evidenceMs,
  };
}
