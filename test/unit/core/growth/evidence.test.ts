import * as assert from 'node:assert/strict';
import type { Template } from '../../../../src/core/content/schema';
import { assembleEvidence, isLabelWording } from '../../../../src/core/growth/evidence';
import type { CommitmentEvidence, EvidenceInput } from '../../../../src/core/growth/evidenceInput';
import { DEFAULT_EVIDENCE_LABELS } from '../../../../src/core/growth/evidenceLabels';
import { feedbackKey, feedbackOf } from '../../../../src/core/growth/feedback';
import { goalKey, goalsOf } from '../../../../src/core/growth/goals';
import { winsOf } from '../../../../src/core/growth/wins';
import { bundled } from '../content/contentHelpers';

const template = bundled.content.templates.find((t) => t.for === 'review-evidence')!;
const profilePath = 'notes/one-on-ones/sam/person.md';
const profile = [
  '---', 'name: Sam', '---', '# Sam', '',
  '## Goals', '',
  '- [ ] Lead the search migration 📅 2027-03-31',
  '- [x] Run an incident review ✅ 2026-09-20',
  '',
  '## Wins', '',
  '- 2026-08-12 Shipped the reindex without downtime ([src/x.ts:42](../../../src/x.ts#L42))',
  '- 2026-03-01 Too early for this period',
  '',
  '## Feedback', '',
  '- [ ] 2026-11-12 change: Name an owner per follow-up',
  '- [x] 2026-09-03 praise: Clear design doc ✅ 2026-09-05',
  '',
  '## Private', '',
  '- 2026-10-01 not a win: a plain line',
  '### Wins', '', '- 2026-10-02 Handled a hard conversation well', '',
].join('\n');
const lineOf = (text: string) => profile.split('\n').findIndex((l) => l.includes(text));

const commitment = (text: string, owner: CommitmentEvidence['owner'], made: string, extra: Partial<CommitmentEvidence> = {}): CommitmentEvidence => ({
  text, owner, made, checked: false, source: { path: `notes/one-on-ones/sam/${made}.md`, line: 20 }, private: false, ...extra,
});

const input: EvidenceInput = {
  person: 'Sam Okafor',
  period: { from: '2026-07-01', to: '2026-12-31' },
  profilePath,
  goals: goalsOf(profile).goals,
  discussions: [
    { key: goalKey({ text: 'Lead the search migration' }), date: '2026-08-05', source: { path: 'notes/one-on-ones/sam/2026-08-05.md', line: 9 }, private: false },
    { key: goalKey({ text: 'Lead the search migration' }), date: '2026-10-14', source: { path: 'notes/one-on-ones/sam/2026-10-14.md', line: 11 }, private: false },
    { key: goalKey({ text: 'Lead the search migration' }), date: '2026-11-04', source: { path: 'notes/one-on-ones/sam/2026-11-04.md', line: 30 }, private: true },
  ],
  wins: winsOf(profile).wins,
  feedback: feedbackOf(profile).feedback,
  deliveries: [{ key: feedbackKey({ date: '2026-11-12', kind: 'change', text: 'Name an owner per follow-up' }), date: '2026-11-19', source: { path: 'notes/one-on-ones/sam/2026-11-19.md', line: 6 } }],
  commitments: [
    commitment('Send the rollback plan', 'me', '2026-08-05', { due: '2026-08-12', done: '2026-08-10', checked: true }),
    commitment('Write the runbook', 'them', '2026-09-01', { due: '2026-09-10', done: '2026-09-20', checked: true }),
    commitment('Book the design review', 'me', '2026-10-14', { due: '2026-10-20' }),
    commitment('Pair on the importer', 'shared', '2026-12-01'),
  ],
  designDocs: [
    { title: 'Search reindex [RFC]', path: 'docs/rfcs/search reindex.md', date: '2026-07-20', role: 'author' },
    { title: 'Billing events', path: 'docs/billing.md', date: '2026-10-02', role: 'reviewer' },
  ],
  commits: [{ month: '2026-07', count: 14 }, { month: '2026-09', count: 3 }],
};

/** The lines of the section under `heading`, up to the next heading. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  assert.ok(start >= 0, `no section ${heading}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
  return lines.slice(start + 2, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('review evidence for a period', () => {
  const { text, leftOutPrivate, included } = assembleEvidence(input, DEFAULT_EVIDENCE_LABELS, template);

  it('follows the order of the review-evidence template, under a title with the person and the period', () => {
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, ['# Review evidence: Sam Okafor, 2026-07-01 to 2026-12-31', ...template.sections.slice(1).map((s) => `## ${s.heading}`)]);
  });

  it('lists wins of the period, dated and linked to their line of person.md, their own link made relative to the workspace', () => {
    assert.deepEqual(section(text, 'Wins'), [
      `- 2026-08-12 Shipped the reindex without downtime ([src/x.ts:42](src/x.ts#L42)) [person.md:${lineOf('Shipped the reindex') + 1}](notes/one-on-ones/sam/person.md#L${lineOf('Shipped the reindex') + 1})`,
    ]);
  });

  it('lists goals with their state and how often each was discussed in the period, linking the last discussion', () => {
    assert.deepEqual(section(text, 'Goals'), [
      `- **Open** Lead the search migration (due 2027-03-31, discussed in 2 1:1s, last [2026-10-14](notes/one-on-ones/sam/2026-10-14.md#L12)) [person.md:8](notes/one-on-ones/sam/person.md#L8)`,
      `- **Reached** Run an incident review (reached 2026-09-20, not discussed in this period) [person.md:9](notes/one-on-ones/sam/person.md#L9)`,
    ]);
  });

  it('lists feedback given, delivered in person.md or by a ticked copy in a note, or still to deliver', () => {
    assert.deepEqual(section(text, 'Feedback given'), [
      `- 2026-09-03 **Praise** Clear design doc (delivered 2026-09-05) [person.md:${lineOf('Clear design doc') + 1}](notes/one-on-ones/sam/person.md#L${lineOf('Clear design doc') + 1})`,
      `- 2026-11-12 **Change** Name an owner per follow-up (delivered 2026-11-19 [2026-11-19.md:7](notes/one-on-ones/sam/2026-11-19.md#L7)) [person.md:${lineOf('Name an owner') + 1}](notes/one-on-ones/sam/person.md#L${lineOf('Name an owner') + 1})`,
    ]);
  });

  it('groups commitments both ways: kept on time, late, open, overdue', () => {
    const lines = section(text, 'Commitments');
    assert.deepEqual(lines.filter((l) => l.startsWith('**')), [
      '**Yours to them**: 1 kept on time, 0 late, 0 done, 0 open, 1 overdue',
      '**Theirs**: 0 kept on time, 1 late, 0 done, 0 open, 0 overdue',
      '**Shared**: 0 kept on time, 0 late, 0 done, 1 open, 0 overdue',
    ]);
    assert.ok(lines.includes('- 2026-09-01 Write the runbook (kept late, due 2026-09-10, done 2026-09-20) [2026-09-01.md:21](notes/one-on-ones/sam/2026-09-01.md#L21)'));
  });

  it('links the design docs they wrote and reviewed, paths encoded', () => {
    assert.deepEqual(section(text, 'Design docs and reviews'), [
      '- 2026-07-20 Wrote: [Search reindex RFC](docs/rfcs/search%20reindex.md)',
      '- 2026-10-02 Reviewed: [Billing events](docs/billing.md)',
    ]);
  });

  it('counts commits per month of the period, months without commits included', () => {
    assert.deepEqual(section(text, 'Commits'), ['- 2026-07: 14 commits', '- 2026-08: 0 commits', '- 2026-09: 3 commits', '- 2026-10: 0 commits', '- 2026-11: 0 commits', '- 2026-12: 0 commits']);
    assert.deepEqual(section(assembleEvidence({ ...input, commits: undefined }, DEFAULT_EVIDENCE_LABELS, template).text, 'Commits'), [DEFAULT_EVIDENCE_LABELS.commits.notGiven]);
  });

  it('reads the evidence fairly: the months table, goals never discussed, empty months', () => {
    const lines = section(text, 'Read it fairly');
    assert.equal(lines[2], '| 2026-07 | 0 | 0 | 0 | 0 | 1 | 1 |');
    assert.equal(lines[3], '| 2026-08 | 1 | 1 | 0 | 1 | 0 | 3 |');
    assert.equal(lines[lines.length - 1], '- Goals not discussed in this period: Run an incident review.');
    const sparse = assembleEvidence({ ...input, feedback: [], commitments: [], designDocs: [], discussions: [] }, DEFAULT_EVIDENCE_LABELS, template).text;
    assert.ok(section(sparse, 'Read it fairly').includes('- Months with no evidence: 2026-07, 2026-09, 2026-10, 2026-11, 2026-12.'));
  });

  it('flags evidence bunched in the last six weeks of the period', () => {
    const late = assembleEvidence({ ...input, period: { from: '2026-07-01', to: '2026-11-30' }, wins: [], goals: [], commitments: [], designDocs: [], feedback: input.feedback.filter((f) => f.date === '2026-11-12') }, DEFAULT_EVIDENCE_LABELS, template).text;
    assert.ok(section(late, 'Read it fairly').includes('- 100% of the evidence is from the last six weeks: look again at the months before.'), late);
  });

  it('leaves private items out by default, counts them and says so under the title', () => {
    assert.equal(included, 'shared');
    // The private win and the private discussion.
    assert.equal(leftOutPrivate, 2);
    assert.doesNotMatch(text, /hard conversation/);
    assert.equal(text.split('\n')[4], '_2 items from private sections left out._');
  });

  it('includes private items on request and says so', () => {
    const all = assembleEvidence({ ...input, includePrivate: true }, DEFAULT_EVIDENCE_LABELS, template);
    assert.deepEqual([all.included, all.leftOutPrivate], ['private', 0]);
    assert.match(all.text, /2026-10-02 Handled a hard conversation well/);
    assert.match(all.text, /discussed in 3 1:1s, last \[2026-11-04\]/);
    assert.match(all.text, /_Private sections included: keep this document to yourself\._/);
  });

  it('gives every section its empty line for a period with no notes, and never fails', () => {
    const empty = assembleEvidence({ ...input, period: { from: '2025-01-01', to: '2025-03-31' }, goals: [], commits: [] }, DEFAULT_EVIDENCE_LABELS, template);
    for (const [heading, line] of [['Read it fairly', 'fairness'], ['Goals', 'goals'], ['Wins', 'wins'], ['Feedback given', 'feedback'], ['Design docs and reviews', 'designDocs'], ['Commits', 'commits']] as const) {
      assert.deepEqual(section(empty.text, heading), [DEFAULT_EVIDENCE_LABELS.empty[line]], heading);
    }
    assert.match(empty.text, /_Nothing in this period comes from a private section\._/);
    const invalid = assembleEvidence({ ...input, period: { from: '2026-12-31', to: '2026-01-01' } }, DEFAULT_EVIDENCE_LABELS, template);
    assert.deepEqual(section(invalid.text, 'Wins'), [DEFAULT_EVIDENCE_LABELS.empty.wins]);
  });

  it('adds a section the template has no place for at the end, never dropping it', () => {
    const short: Template = { ...template, sections: template.sections.filter((s) => !(s.body ?? []).includes('{{wins}}')) };
    const lines = assembleEvidence(input, DEFAULT_EVIDENCE_LABELS, short).text.split('\n').filter((l) => l.startsWith('## '));
    assert.equal(lines[lines.length - 1], '## Wins');
  });

  it('shows a name as typed: escaped, never expanded as a placeholder', () => {
    const odd = assembleEvidence({ ...input, person: '{{period}} *Sam*' }, DEFAULT_EVIDENCE_LABELS, template).text;
    assert.equal(odd.split('\n')[0], '# Review evidence: {{period}} \\*Sam\\*, 2026-07-01 to 2026-12-31');
  });

  it('builds the same sections without a template, from the labels', () => {
    const plain = assembleEvidence(input).text;
    assert.deepEqual(plain.split('\n').filter((l) => l.startsWith('#')), text.split('\n').filter((l) => l.startsWith('#')));
  });
});

/** `labels` with every word marked `⟦…⟧`: strings wrapped, functions' results wrapped. */
function marked<T>(labels: T): T {
  if (typeof labels === 'string') return `⟦${labels}⟧` as T;
  if (typeof labels === 'function') return ((...args: unknown[]) => `⟦${(labels as (...a: unknown[]) => string)(...args)}⟧`) as T;
  return Object.fromEntries(Object.entries(labels as object).map(([k, v]) => [k, marked(v)])) as T;
}

/** `text` less the marked words (innermost first: a period inside a title), links, dates and numbers. */
function unmarked(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
  }
  return rest.replace(/\[[^\]]*\]\([^)]*\)/g, '').replace(/\d{4}-\d{2}(-\d{2})?/g, '').replace(/\d+/g, '');
}

describe('review evidence in the lead\'s language', () => {
  /** Every text of the input: what remains of the document besides the labels' words. */
  const data = [
    'Sam Okafor', 'Lead the search migration', 'Run an incident review', 'Shipped the reindex without downtime', 'Clear design doc',
    'Name an owner per follow-up', 'Send the rollback plan', 'Write the runbook', 'Book the design review', 'Pair on the importer', 'Handled a hard conversation well',
  ];
  const words = (text: string) => data.reduce((rest, d) => rest.split(d).join(''), unmarked(text)).match(/\p{L}{2,}/gu) ?? [];

  it('takes the bundled template\'s words from the English labels, so the labels stand in for it', () => {
    assert.ok(isLabelWording(template));
    assert.equal(assembleEvidence(input, DEFAULT_EVIDENCE_LABELS, template).text, assembleEvidence(input, DEFAULT_EVIDENCE_LABELS).text);
  });

  it('writes no word of its own: with other labels, none of the English is left, headings, table and flags included', () => {
    const labels = marked(DEFAULT_EVIDENCE_LABELS);
    for (const variant of [input, { ...input, includePrivate: true }, { ...input, commits: undefined }, { ...input, period: { from: '2025-01-01', to: '2025-03-31' }, goals: [] }]) {
      const { text } = assembleEvidence(variant, labels, template);
      assert.deepEqual(words(text), [], text);
    }
    const { text } = assembleEvidence(input, labels, template);
    assert.match(text, /^# ⟦Review evidence: Sam Okafor, ⟦2026-07-01 to 2026-12-31⟧⟧$/m);
    assert.match(text, /^\| ⟦Month⟧ \| ⟦Goals discussed⟧ \|/m);
    assert.match(text, /^- ⟦Goals not discussed in this period: Run an incident review\.⟧$/m);
    // The check can fail: an English word written by the code is found.
    assert.deepEqual(words(`${text}\nMonth | Total`), ['Month', 'Total']);
  });

  it('keeps the words of a team\'s own template (a heading of theirs), filling its placeholders', () => {
    const own: Template = { ...template, sections: template.sections.map((s) => ((s.body ?? []).includes('{{wins}}') ? { ...s, heading: 'What went well' } : s)) };
    assert.equal(isLabelWording(own), false);
    const { text } = assembleEvidence(input, marked(DEFAULT_EVIDENCE_LABELS), own);
    assert.match(text, /^## What went well$/m);
    assert.match(text, /^# Review evidence: Sam Okafor, ⟦2026-07-01 to 2026-12-31⟧$/m);
    assert.match(text, /^## Read it fairly$/m);
  });
});
