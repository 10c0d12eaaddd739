import * as assert from 'node:assert/strict';
import { GrowthNotes, type NoteRef } from '../../../src/host/growthNotes';
import type { NotesReader } from '../../../src/host/hatHistory';
import { collectCommitments } from '../../../src/core/commitments/collectCommitments';
import { commitmentEvidence, openCommitments, withoutFeedback } from '../../../src/core/growth/commitmentEvidence';
import { commitMonths } from '../../../src/core/growth/commitMonths';
import { changeFeedbackText, feedbackSteps } from '../../../src/core/growth/feedbackSteps';
import { DEFAULT_EVIDENCE_LABELS } from '../../../src/core/growth/evidenceLabels';
import { personEvidence } from '../../../src/core/growth/personEvidence';
import { personGrowth } from '../../../src/core/growth/personGrowth';

class MemoryNotes implements NotesReader {
  readonly texts = new Map<string, { text: string; mtime: number }>();
  reads = 0;
  put(path: string, text: string, mtime: number): void {
    this.texts.set(path, { text, mtime });
  }
  async files(): Promise<string[]> {
    return [];
  }
  async stat(path: string) {
    const f = this.texts.get(path);
    return f && { mtime: f.mtime, size: f.text.length };
  }
  async read(path: string): Promise<string> {
    this.reads++;
    const f = this.texts.get(path);
    if (!f) throw new Error(`ENOENT ${path}`);
    return f.text;
  }
}

const PROFILE = '# Sam\n\n## Goals\n\n- [ ] Lead the search migration\n- [ ] Mentor a new hire\n\n## Feedback\n\n- [ ] 2026-10-01 praise: Clear runbook\n';
const goals = [{ text: 'Lead the search migration' }, { text: 'Mentor a new hire' }];
const people = [{ slug: 'sam', name: 'Sam Okafor' }];
const refs: NoteRef[] = [
  { path: 'one-on-ones/sam/2026-10-01.md', person: 'sam', date: '2026-10-01', n: 1 },
  { path: 'one-on-ones/sam/2026-10-08.md', person: 'sam', date: '2026-10-08', n: 1 },
];

function workspace(): MemoryNotes {
  const notes = new MemoryNotes();
  notes.put(refs[0]!.path, '# 1:1\n\n## Goals\n\n- Lead the search migration: cut-over planned\n- Mentor a new hire\n\n## Actions\n\n- [ ] @me Book the load-test rig 📅 2026-10-05\n', 1);
  notes.put(refs[1]!.path, '# 1:1\n\n- [x] 2026-10-01 praise: Clear runbook\n', 1);
  return notes;
}

describe('growth notes: what each 1:1 gives the long loop, read once per file version', () => {
  it('finds goals discussed (the lead\'s words, not a bare goal line), deliveries and commitments', async () => {
    const growth = new GrowthNotes(workspace());
    const found = await growth.get(refs, { goals: { goals, templateLines: [] }, feedback: [{ date: '2026-10-01', kind: 'praise', text: 'Clear runbook', delivered: false, line: 9, private: false }], people });
    assert.deepEqual([...found[0]!.discussions!.keys()], ['lead the search migration']);
    assert.equal(found[1]!.deliveries!.get('2026-10-01|praise|clear runbook'), 2);
    const all = collectCommitments(found.flatMap((n) => (n.commitments ? [n.commitments] : [])), '2026-10-20').commitments;
    // The delivered feedback copy is a task item in the note: feedback, not a commitment.
    assert.equal(all.length, 2);
    const commitments = withoutFeedback(all, [{ date: '2026-10-01', kind: 'praise', text: 'Clear runbook', delivered: false, line: 9, private: false }]);
    const evidence = commitmentEvidence(commitments, 'sam', { dateOf: (p) => refs.find((r) => r.path === p)?.date, workspacePath: (p) => `notes/${p}` });
    assert.equal(evidence.length, 1);
    // A copy carried with its origin suffix is the same feedback.
    const carried = { ...all[1]!, words: `${all[1]!.words} _(from [2026-10-01](person.md))_` };
    assert.deepEqual(withoutFeedback([carried], [{ date: '2026-10-01', kind: 'praise', text: 'Clear runbook', delivered: false, line: 9, private: false }]), []);
    assert.equal(evidence[0]!.owner, 'me');
    assert.equal(evidence[0]!.made, '2026-10-01');
    assert.deepEqual(evidence[0]!.source, { path: 'notes/one-on-ones/sam/2026-10-01.md', line: 9 });
    assert.deepEqual(openCommitments(commitments, 'sam', '2026-10-20'), { toThem: { open: 1, overdue: 1 }, fromThem: { open: 0, overdue: 0 } });
    const person = personGrowth(PROFILE, found, '2026-10-20', 6);
    assert.deepEqual(person.goals.map((g) => [g.text, g.discussed, g.status.stale]), [['Lead the search migration', ['2026-10-01'], false], ['Mentor a new hire', [], true]]);
    assert.equal(person.toDeliver.length, 1);
  });

  it('re-reads only the note that changed, and none when nothing did', async () => {
    const notes = workspace();
    const growth = new GrowthNotes(notes);
    const parts = { goals: { goals, templateLines: [] }, people };
    await growth.get(refs, parts);
    assert.equal(notes.reads, 2);
    await growth.get(refs, parts);
    assert.equal(notes.reads, 2, 'nothing changed: nothing read');
    notes.put(refs[1]!.path, '# 1:1\n\n- Mentor a new hire\n  - pairing twice a week\n', 2);
    const again = await growth.get(refs, parts);
    assert.equal(notes.reads, 3, 'one note changed: one read');
    assert.deepEqual([...again[1]!.discussions!.keys()], ['mentor a new hire']);
  });

  it('gives Assemble Review Evidence its document: the commitment linked to its note, the feedback copy not a commitment, the discussed goal counted', async () => {
    const feedback = [{ date: '2026-10-01', kind: 'praise' as const, text: 'Clear runbook', delivered: false, line: 9, private: false }];
    const found = await new GrowthNotes(workspace()).get(refs, { goals: { goals, templateLines: [] }, feedback, people });
    const { text, leftOutPrivate } = personEvidence({
      slug: 'sam', name: 'Sam Okafor', growth: personGrowth(PROFILE, found, '2026-10-20', 6), notes: found, people, docs: [], reviews: [],
      profilePath: 'notes/one-on-ones/sam/person.md', workspacePath: (p) => `notes/${p}`,
    }, { period: { from: '2026-09-01', to: '2026-10-31' }, today: '2026-10-20', includePrivate: false }, DEFAULT_EVIDENCE_LABELS);
    assert.equal(leftOutPrivate, 0);
    assert.match(text, /^# Review evidence: Sam Okafor, 2026-09-01 to 2026-10-31$/m);
    assert.match(text, /^\*\*Yours to them\*\*: 0 kept on time, 0 late, 0 done, 0 open, 1 overdue$/m);
    assert.match(text, /^- 2026-10-01 Book the load-test rig \(overdue, due 2026-10-05\) \[2026-10-01\.md:10\]\(notes\/one-on-ones\/sam\/2026-10-01\.md#L10\)$/m);
    // The ticked feedback copy is feedback delivered, not a commitment kept.
    assert.match(text, /^- 2026-10-01 \*\*Praise\*\* Clear runbook \(delivered 2026-10-08 \[2026-10-08\.md:3\]/m);
    assert.doesNotMatch(text.slice(text.indexOf('## Commitments')), /Clear runbook/);
    assert.match(text, /^- \*\*Open\*\* Lead the search migration \(discussed in 1 1:1, last \[2026-10-01\]/m);
    assert.match(text, /^\| 2026-10 \| 1 \| 0 \| 1 \| 1 \| 0 \| 3 \|$/m);
  });

  it('leaves out a note that is gone instead of failing', async () => {
    const notes = workspace();
    const growth = new GrowthNotes(notes);
    const found = await growth.get([...refs, { path: 'one-on-ones/sam/2026-10-15.md', person: 'sam', date: '2026-10-15', n: 1 }], { goals: { goals, templateLines: [] } });
    assert.equal(found.length, 2);
  });
});

describe('commit months and change-feedback steps', () => {
  it('counts each of the person\'s commits once, in its month, every month of the period listed', () => {
    const commit = (hash: string, email: string, date: string) => ({ hash, message: 'm', authorEmail: email, authorName: 'X', authorDate: new Date(`${date}T12:00:00`) });
    const months = commitMonths([commit('a', 'sam@x.io', '2026-08-03'), commit('a', 'sam@x.io', '2026-08-03'), commit('b', 'sam@x.io', '2026-10-09'), commit('c', 'ana@x.io', '2026-10-09')] as never,
      ['sam@x.io'], { from: '2026-08-01', to: '2026-10-31' });
    assert.deepEqual(months, [{ month: '2026-08', count: 1 }, { month: '2026-09', count: 0 }, { month: '2026-10', count: 1 }]);
  });

  it('asks change feedback part by part from the template, and writes one line', () => {
    const steps = feedbackSteps({ id: 't', title: 'Feedback', for: 'feedback', sections: [
      { heading: 'Feedback for {{person}}' },
      { heading: 'Situation', body: ['_When and where._', '', '- '] },
      { heading: 'Behaviour', body: ['- '] },
    ] } as never);
    assert.deepEqual(steps, [{ heading: 'Situation', guidance: 'When and where.' }, { heading: 'Behaviour' }]);
    assert.equal(changeFeedbackText([{ heading: 'Situation', text: ' In the\nincident review ' }, { heading: 'Behaviour', text: '' }, { heading: 'Effect', text: 'Follow-ups had owners' }]),
      'Situation: In the incident review · Effect: Follow-ups had owners');
    assert.deepEqual(feedbackSteps(undefined), []);
  });
});
