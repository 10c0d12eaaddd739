import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from '../../../../src/core/content/schema';
import { CAREER_SESSIONS } from '../../../../src/core/content/taxonomy';
import { buildSnippets } from '../../../../src/core/completions/snippets';
import { bundled, contentDir } from './contentHelpers';

const c = bundled.content;
const oneOnOne = c.prompts.filter((p) => p.for === 'one-on-one');
const find = (f: (t: Template) => boolean): Template => {
  const t = c.templates.find(f);
  assert.ok(t, 'template missing');
  return t;
};
const ofKind = (kind: string, session?: number) => find((t) => t.kind === kind && (session === undefined || t.session === session));
const lines = (t: Template) => t.sections.flatMap((s) => s.body ?? []);
const headings = (t: Template) => t.sections.map((s) => s.heading);
const bodyOf = (t: Template, heading: string) => t.sections.find((s) => s.heading === heading)?.body ?? [];

describe('templates for the meetings beside the weekly 1:1', () => {
  it('has the three career sessions, a skip-level, first weeks, a performance conversation, a handover and a decision revisit', () => {
    for (let session = 1; session <= CAREER_SESSIONS; session++) assert.equal(ofKind('career', session).for, 'one-on-one');
    for (const kind of ['skip-level', 'first-weeks', 'performance', 'handover']) assert.equal(ofKind(kind).for, 'one-on-one', kind);
    assert.equal(ofKind('revisit').for, 'design-review');
  });

  it('says which career session this is with {{careerSession}}, and lists the open goals where a plan is made', () => {
    for (let session = 1; session <= CAREER_SESSIONS; session++) assert.ok(lines(ofKind('career', session)).includes('{{careerSession}}'), `session ${session}`);
    for (const t of [ofKind('career', 3), ofKind('first-weeks'), ofKind('performance'), ofKind('handover')]) {
      assert.ok(lines(t).includes('{{openGoals}}'), t.id);
    }
  });

  it('asks each kind its own questions, from the bank, tagged with the kind', () => {
    const tagOf: Record<string, string> = { career: 'career', 'skip-level': 'skip-level', 'first-weeks': 'first-weeks', performance: 'performance', handover: 'handover' };
    for (const t of c.templates.filter((x) => x.for === 'one-on-one' && x.kind && x.kind !== 'regular')) {
      const asked = lines(t).filter((l) => /^- .+\?$/.test(l)).map((l) => l.slice(2));
      assert.ok(asked.length >= 2, `${t.id} asks ${asked.length} questions`);
      for (const text of asked) {
        const prompt = oneOnOne.find((p) => p.text === text);
        assert.ok(prompt, `${t.id}: "${text}" is not a bank prompt`);
        assert.ok(prompt.tags?.includes(tagOf[t.kind!]!), `${t.id}: ${prompt.id} is not tagged ${tagOf[t.kind!]}`);
      }
    }
  });

  it('writes the first weeks as a 30/60/90-day plan of task items', () => {
    const plan = bodyOf(ofKind('first-weeks'), '30/60/90-day plan').filter((l) => l.startsWith('- [ ] '));
    assert.ok(plan.length >= 6, `${plan.length} plan items`);
    for (const day of [30, 60, 90]) assert.ok(plan.some((l) => l.startsWith(`- [ ] Day ${day}: `)), `no day ${day} item`);
  });

  it('gives the performance conversation a written expectation and a check-in line with a date to fill', () => {
    const t = ofKind('performance');
    assert.ok(bodyOf(t, 'Written expectation').some((l) => l.startsWith('- Expected by the check-in: ')));
    assert.ok(lines(t).some((l) => /^- \[ \] Check in on .+ 📅 $/u.test(l)));
  });

  it('hands over the profile, open goals and open commitments, and never a private section', () => {
    const t = ofKind('handover');
    for (const slot of ['{{profile}}', '{{openGoals}}', '{{openCommitments}}']) assert.ok(lines(t).includes(slot), slot);
    assert.ok(!lines(t).includes('{{carriedOverPrivate}}'));
    assert.ok(!headings(t).some((h) => /private/i.test(h)));
  });

  it('revisits a decision: what changed, whether it still holds, supersede or keep, with the doc and a sign-off', () => {
    const t = ofKind('revisit');
    assert.ok(bodyOf(t, 'Context').includes('Doc: {{doc}}'));
    const order = ['What changed since the decision', 'Does it still hold', 'Supersede or keep', 'Sign-off'].map((h) => headings(t).indexOf(h));
    assert.ok(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!)), headings(t).join(' | '));
    assert.deepEqual(bodyOf(t, 'Sign-off'), ['{{signOff}}']);
  });
});

describe('templates for the features filed beside the third edition', () => {
  it('writes feedback as situation, behaviour, effect and next step, each with a short guidance line', () => {
    const t = find((x) => x.for === 'feedback');
    assert.deepEqual(headings(t).slice(1), ['Situation', 'Behaviour', 'Effect', 'Next step']);
    for (const s of t.sections.slice(1)) assert.match(s.body![0]!, /^_.+_$/, s.heading);
  });

  it('lays out review evidence in order, each section one placeholder, under an italic note that nothing is saved yet', () => {
    const t = find((x) => x.for === 'review-evidence');
    assert.equal(t.sections[0]!.heading, 'Review evidence: {{person}}, {{period}}');
    assert.equal(t.sections[0]!.body!.length, 1);
    assert.match(t.sections[0]!.body![0]!, /^_Built from your notes.*nothing is saved until you save.*_$/);
    assert.deepEqual(t.sections.slice(1).map((s) => s.body), [['{{fairness}}'], ['{{goals}}'], ['{{wins}}'], ['{{feedback}}'], ['{{commitments}}'], ['{{designDocs}}'], ['{{commits}}']]);
    assert.deepEqual(headings(t).slice(2), ['Goals', 'Wins', 'Feedback given', 'Commitments', 'Design docs and reviews', 'Commits']);
  });

  it('shows the commitment syntax once in the weekly 1:1, as an italic hint that is never itself a task item', () => {
    const weekly = find((x) => x.for === 'one-on-one');
    const actions = bodyOf(weekly, 'Action items');
    const hints = lines(weekly).filter((l) => l.includes('📅'));
    assert.equal(hints.length, 1);
    const hint = hints[0]!;
    assert.ok(actions.includes(hint) && actions[actions.length - 1] === '- [ ] ');
    assert.match(hint, /^_.*_$/);
    assert.match(hint, /`- \[ \] [^`]*@\w+[^`]*📅 \d{4}-\d{2}-\d{2}`/u);
    assert.match(hint, /`@me`/);
  });

  it('documents every placeholder the bundled templates use in the templateSchema JSDoc', () => {
    const schema = readFileSync(join(contentDir, '..', 'src', 'core', 'content', 'schema.ts'), 'utf8');
    const used = new Set([...readFileSync(join(contentDir, 'templates.json'), 'utf8').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!));
    for (const name of ['from', 'to', 'meaning', 'reflections']) used.delete(name); // the reflection's, documented on `repeat`
    assert.deepEqual([...used].filter((name) => !schema.includes(`{{${name}}}`)), []);
  });

  it('keeps snippets to the weekly 1:1 and the usual review: the other kinds are offered by their commands', () => {
    const snippets = Object.values(buildSnippets(c));
    const text = JSON.stringify(snippets);
    // A template placeholder becomes a named tab stop in a snippet: `${3:openGoals}`.
    for (const slot of ['careerSession', 'openGoals', 'signOff', 'profile', 'fairness']) assert.ok(!text.includes(`:${slot}}`), slot);
    assert.equal(snippets.filter((s) => s.prefix.startsWith('th-tpl-')).length, 0);
  });
});

describe('goal prompts', () => {
  for (const tag of ['goal-setting', 'goal-check-in']) {
    it(`has at least six ${tag} prompts in growth, at every depth between them`, () => {
      const tagged = oneOnOne.filter((p) => p.tags?.includes(tag));
      assert.ok(tagged.length >= 6, `${tagged.length}`);
      assert.ok(tagged.every((p) => p.category === 'growth'));
      assert.deepEqual([...new Set(tagged.map((p) => p.depth))].sort(), ['commit', 'deeper', 'opener']);
    });
  }
});
