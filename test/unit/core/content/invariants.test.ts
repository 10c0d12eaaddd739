import * as assert from 'node:assert/strict';
import {
  asksWhenLeadReplies, beyondWorkPrompts, commitsLeaningBack, contentReport, countPrompts, fusedFigures, fusedFollowUps, fusedReflections,
  genericPrompts, MAX_BEYOND_WORK_SHARE, MAX_FUSED_SHARE, MAX_PROMPT_CHARS, MIN_COMMIT_PER_CATEGORY, overLong,
} from '../../../../src/core/content/contentChecks';
import { checkInvariants } from '../../../../src/core/content/invariants';
import type { Prompt, Template } from '../../../../src/core/content/schema';
import { ASKS, CATEGORIES, DECISION_STATUSES, DEPTHS, FEEDBACK_KINDS, MEETING_KINDS, MOMENTS, PHASES } from '../../../../src/core/content/taxonomy';
import { bundled } from './contentHelpers';

const c = bundled.content;
const design = c.prompts.filter((p) => p.for === 'design-review');
const oneOnOne = c.prompts.filter((p) => p.for === 'one-on-one');

describe('bundled content invariants', () => {
  it('uses every id once across all collections', () => {
    const ids = [
      ...c.prompts.map((p) => p.id), ...c.situations.map((s) => s.id), ...c.templates.map((t) => t.id),
      ...c.checklists.flatMap((l) => [l.id, ...l.items.map((i) => i.id)]),
      ...c.transitions.flatMap((t) => [t.id, ...t.reflections.map((r) => r.id)]),
    ];
    const seen = new Set<string>();
    const dups = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    assert.deepEqual(dups, []);
  });

  it('has at least 170 design-review prompts with why and how prompts in every phase', () => {
    const counts = countPrompts(c.prompts);
    assert.ok(counts.design >= 170, `only ${counts.design}`);
    for (const phase of PHASES) for (const asks of ASKS) {
      assert.ok(counts.byPhaseAsks[`${phase}/${asks}`]! > 0, `${phase} has no ${asks} prompt`);
    }
  });

  it('has at least 180 one-on-one prompts over 14+ categories, each with openers, deeper prompts and 3+ that commit', () => {
    const counts = countPrompts(c.prompts);
    assert.ok(counts.oneOnOne >= 180, `only ${counts.oneOnOne}`);
    const used = CATEGORIES.filter((category) => counts.byCategory[category]! > 0);
    assert.ok(used.length >= 14, `only ${used.length} categories`);
    const thin = CATEGORIES.flatMap((category) => DEPTHS.flatMap((depth) => {
      const n = counts.byCategoryDepth[`${category}/${depth}`]!;
      return n >= (depth === 'commit' ? MIN_COMMIT_PER_CATEGORY : 1) ? [] : [`${category}/${depth}: ${n}`];
    }));
    assert.deepEqual(thin, []);
  });

  it('covers the hard conversations the issue named', () => {
    for (const category of ['hard-feedback', 'career-pay', 'retention', 'skip-level', 'change', 'remote', 'onboarding', 'mentoring', 'ai-tools']) {
      assert.ok(oneOnOne.filter((p) => p.category === category).length >= 9, category);
    }
  });

  it(`keeps prompts and follow-ups to one short idea (${MAX_PROMPT_CHARS} characters at most)`, () => {
    assert.deepEqual(overLong(c.prompts), []);
  });

  it(`keeps each bank, the follow-ups and the shift reflections under ${MAX_FUSED_SHARE * 100}% fused questions, naming the ones that fuse`, () => {
    for (const f of fusedFigures(c.prompts, c.transitions)) {
      assert.ok(f.share < MAX_FUSED_SHARE, `${f.bank}: ${f.fused.length}/${f.total} fused: ${f.fused.join(', ')}`);
    }
    assert.ok(fusedFollowUps(c.prompts).total > 50, 'the follow-ups are counted');
    assert.equal(fusedReflections(c.transitions).total, 14);
  });

  it('asks one thing in every shift reflection', () => {
    assert.deepEqual(fusedReflections(c.transitions).fused, []);
  });

  it('fails the invariant check on shift reflections that ask two things', () => {
    const two = (t: typeof c.transitions[number]) => ({ ...t, reflections: t.reflections.map((r) => ({ ...r, text: 'What did you learn, and from whom?' })) });
    const broken = checkInvariants({ ...c, transitions: c.transitions.map(two) });
    assert.equal(broken.length, 1, broken.join('\n'));
    assert.match(broken[0]!, /^fused questions at or over 10%: shift reflections 14\/14 \(100\.0%\): shift\.specialist-to-generalist\.1, /);
  });

  it('pairs every follow-up with a prompt that is a question on its own, and makes the follow-up a question too', () => {
    const bad = c.prompts.filter((p) => p.followUp !== undefined && !(p.text.endsWith('?') && p.followUp.endsWith('?'))).map((p) => p.id);
    assert.deepEqual(bad, []);
  });

  it('has a 1:1 prep checklist of 15+ items over before, during and after, and a design-review checklist of 12+', () => {
    const prep = c.checklists.find((l) => l.id === 'one-on-one-prep');
    assert.ok(prep && prep.items.length >= 15, 'prep checklist too short');
    for (const when of MOMENTS) assert.ok(prep.items.some((i) => i.when === when), `no ${when} item`);
    const review = c.checklists.find((l) => l.id === 'design-review');
    assert.ok(review && review.items.length >= 12, 'design-review checklist too short');
  });

  it('asks reviewers to mark comments blocking or optional before or during the review, not after', () => {
    const item = c.checklists.flatMap((l) => l.items).find((i) => i.id === 'design-review.blocking-or-not');
    assert.ok(item && item.when !== 'after', item?.when);
  });

  it('gives every checklist item a hat', () => {
    for (const l of c.checklists) for (const i of l.items) assert.ok(['lead', 'manage', 'both'].includes(i.hat), i.id);
  });

  it('has 24+ situations, each with signals and 3 to 5 moves, covering both hats', () => {
    assert.ok(c.situations.length >= 24, `only ${c.situations.length}`);
    for (const s of c.situations) {
      assert.ok(s.signals.length >= 1 && s.moves.length >= 3 && s.moves.length <= 5, s.id);
    }
    assert.ok(c.situations.some((s) => s.hat === 'lead') && c.situations.some((s) => s.hat === 'manage'));
  });

  it('has the seven shifts in order, with two reflection prompts each', () => {
    assert.deepEqual(c.transitions.map((t) => t.from.toLowerCase()), [
      'specialist', 'analyst', 'tactician', 'bricklayer', 'problem solver', 'warrior', 'supporting cast',
    ]);
    for (const t of c.transitions) assert.equal(t.reflections.length, 2, t.id);
  });

  it('has note templates for a 1:1 and a design review', () => {
    assert.ok(c.templates.some((t) => t.for === 'one-on-one'));
    assert.ok(c.templates.some((t) => t.for === 'design-review' && t.sections.some((s) => s.phase)));
  });

  it('passes the build-time invariant check, which does catch a phase without how prompts', () => {
    assert.deepEqual(checkInvariants(c), []);
    const broken = { ...c, prompts: c.prompts.filter((p) => !(p.for === 'design-review' && p.phase === 'cost' && p.asks === 'how')) };
    assert.deepEqual(checkInvariants(broken), ['design-review phase "cost" has no "how" prompt']);
  });

  it('fails the invariant check on a category with too few commit prompts, a long prompt or a fused bank', () => {
    const commits = oneOnOne.filter((p) => p.category === 'remote' && p.depth === 'commit');
    const fewCommits = { ...c, prompts: c.prompts.filter((p) => p.id !== commits[0]!.id) };
    assert.deepEqual(checkInvariants(fewCommits), [`one-on-one category "remote" has ${commits.length - 1} "commit" prompts, fewer than 3`]);

    const first = design[0]!;
    const long = { ...c, prompts: c.prompts.map((p) => (p.id === first.id ? { ...p, followUp: `${'x'.repeat(MAX_PROMPT_CHARS)}?` } : p)) };
    assert.deepEqual(checkInvariants(long), [`prompts over 140 characters (text or followUp): ${first.id}`]);

    const fuse = (p: Prompt): Prompt => (p.for === 'one-on-one' ? { ...p, text: 'Which pull request changed, and why?' } : p);
    const fused = { ...c, prompts: c.prompts.map(fuse) };
    const broken = checkInvariants(fused);
    assert.equal(broken.length, 1, broken.join('\n'));
    assert.match(broken[0]!, /^fused questions at or over 10%: 1:1 \d+\/\d+ \(100\.0%\): oo\.check-in\./);
  });
});

describe('note templates beside the weekly 1:1 (content invariant)', () => {
  const usual = c.templates.filter((t) => (t.kind ?? 'regular') === 'regular' && (t.for === 'one-on-one' || t.for === 'design-review' || t.for === 'reflection'));
  const regular1on1 = usual.find((t) => t.for === 'one-on-one')!;
  const tpl = (id: string, extra: Partial<Template>): Template => ({ id, title: 'A template', for: 'one-on-one', sections: [{ heading: 'x', body: ['{{carriedOver}}'] }], ...extra });
  const withTemplates = (...more: Template[]) => ({ ...c, templates: [...usual, ...more] });

  it('accepts one template per meeting, kind and session', () => {
    assert.deepEqual(checkInvariants(withTemplates(
      tpl('t.career-1', { kind: 'career', session: 1 }), tpl('t.career-2', { kind: 'career', session: 2 }),
      tpl('t.skip', { kind: 'skip-level' }), tpl('t.revisit', { for: 'design-review', kind: 'revisit' }),
      tpl('t.feedback', { for: 'feedback' }), tpl('t.evidence', { for: 'review-evidence' }),
    )), []);
  });

  it('refuses a second template for the same meeting, kind and session, and a second regular one', () => {
    assert.deepEqual(checkInvariants(withTemplates(tpl('t.a', { kind: 'career', session: 1 }), tpl('t.b', { kind: 'career', session: 1 }))), [
      'templates "t.a" and "t.b" are both for one-on-one/career/1: at most one template per for, kind and session',
    ]);
    assert.deepEqual(checkInvariants(withTemplates(tpl('t.weekly', { kind: 'regular' }))), [
      '2 regular note templates for "one-on-one": there must be exactly one',
      `templates "${regular1on1.id}" and "t.weekly" are both for one-on-one/regular/-: at most one template per for, kind and session`,
    ]);
  });

  it('needs exactly one regular design-review template, first among the reviews', () => {
    const noReview = { ...c, templates: c.templates.filter((t) => t.for !== 'design-review') };
    assert.ok(checkInvariants(noReview).includes('0 regular note templates for "design-review": there must be exactly one'));
    const revisit = c.templates.find((t) => t.kind === 'revisit')!;
    const revisitFirst = { ...c, templates: [revisit, ...c.templates.filter((t) => t !== revisit)] };
    assert.deepEqual(checkInvariants(revisitFirst), [`the first "design-review" template is "${revisit.id}": the regular one must come first`]);
  });

  it('keeps sessions to career conversations and each kind to its meeting', () => {
    assert.deepEqual(checkInvariants(withTemplates(
      tpl('t.skip', { kind: 'skip-level', session: 2 }), tpl('t.revisit', { kind: 'revisit' }),
      tpl('t.review', { for: 'design-review', kind: 'handover' }), tpl('t.feedback', { for: 'feedback', kind: 'performance' }),
    )), [
      'template "t.skip" has a session but is not a career conversation',
      'template "t.revisit" is a 1:1 of kind "revisit"',
      'template "t.review" is a design review of kind "handover"',
      'template "t.feedback" is for "feedback" and cannot have kind "performance"',
    ]);
  });

  it('keeps the carry-over chain in every 1:1 but a handover, and private notes out of a handover', () => {
    assert.deepEqual(checkInvariants(withTemplates(
      tpl('t.career', { kind: 'career', session: 1, sections: [{ heading: 'x', body: ['- '] }] }),
      tpl('t.handover', { kind: 'handover', sections: [{ heading: 'Profile', body: ['{{profile}}'] }, { heading: 'Private', body: ['- '] }] }),
    )), [
      '1:1 template "t.career" has no {{carriedOver}} line',
      'handover template "t.handover" has a Private section: a handover never holds private notes',
    ]);
  });
});

describe('decision statuses (content invariant)', () => {
  const statuses = c.taxonomy.statuses!;

  it('labels every status with lower-case words, none under two statuses', () => {
    assert.deepEqual(statuses.map((s) => s.id), [...DECISION_STATUSES]);
    const words = statuses.flatMap((s) => s.keywords ?? []);
    assert.equal(new Set(words).size, words.length);
    for (const s of statuses) assert.ok((s.keywords ?? []).includes(s.id), `${s.id} is not among its own words`);
    for (const [status, word] of [['accepted', 'approved'], ['proposed', 'in review'], ['superseded', 'replaced'], ['deprecated', 'retired'], ['rejected', 'withdrawn']]) {
      assert.ok(statuses.find((s) => s.id === status)!.keywords!.includes(word!), `${status}: ${word}`);
    }
  });

  it('fails on a word that means two statuses, or one that is not lower-case', () => {
    const taxonomy = { ...c.taxonomy, statuses: statuses.map((s) => (s.id === 'rejected' ? { ...s, keywords: [...s.keywords!, 'approved', 'Declined'] } : s)) };
    assert.deepEqual(checkInvariants({ ...c, taxonomy }), [
      'taxonomy.statuses: "approved" means both "accepted" and "rejected"',
      'taxonomy.statuses "rejected": "Declined" is not lower-case',
    ]);
  });

  it('labels every meeting kind and feedback kind', () => {
    assert.deepEqual(c.taxonomy.kinds?.map((k) => k.id), [...MEETING_KINDS]);
    assert.deepEqual(c.taxonomy.feedbackKinds?.map((k) => k.id), [...FEEDBACK_KINDS]);
    const taxonomy = { ...c.taxonomy, kinds: c.taxonomy.kinds!.filter((k) => k.id !== 'handover') };
    assert.deepEqual(checkInvariants({ ...c, taxonomy }), ['taxonomy.kinds has no label for "handover"']);
  });
});

describe('no traps in the hard conversations', () => {
  it('never opens with pay: a prompt about pay is deeper or a commit', () => {
    const pay = oneOnOne.filter((p) => (p.tags ?? []).includes('pay') || /\bpay\b/i.test(p.text));
    assert.ok(pay.length >= 3, `only ${pay.length} pay prompts`);
    assert.deepEqual(pay.filter((p) => p.depth === 'opener').map((p) => p.id), []);
  });

  it('asks nothing the issue named as a trap, in any wording close to it', () => {
    const traps = [
      /care least about/i, // the answer is evidence in a performance conversation
      /outside it, that I should know/i, // puts private life on the record
      /why do you think your project/i, // a quiz on the lead's own knowledge
      /who else could watch/i, // peer surveillance
      /what do you (?:understand|think) (?:happens|I expect|is expected)/i, // quizzes
      /fallen short/i, // the case against themselves
    ];
    for (const p of oneOnOne) for (const t of traps) assert.doesNotMatch(p.text, t, p.id);
  });

  it('keeps the one prompt about performance and motivation out of the hard-feedback conversation', () => {
    const moved = oneOnOne.find((p) => p.id === 'oo.hard-feedback.stopped-caring');
    assert.equal(moved?.category, 'retention');
  });
});

describe('no duplicates, and follow-ups that stay follow-ups', () => {
  const texts = oneOnOne.map((p) => p.text);
  const count = (re: RegExp) => texts.filter((t) => re.test(t)).length;

  it('asks "which question will I take upward" once, and "when do we come back to this" never (a commit names an action and an owner)', () => {
    assert.equal(count(/question.*(?:get answered|find an answer|take to my own manager)/i), 1);
    assert.equal(count(/^when should (?:we|I) (?:come back|look back|ask (?:you )?again)/i), 0);
  });

  it('keeps one thank-you and one "which project shows the next level"', () => {
    assert.equal(count(/\bthank\b/i), 1);
    assert.equal(count(/show the next level/i), 1);
    for (const id of ['oo.recognition.thank-you', 'oo.career-pay.scope-needed', 'oo.team.asked-for-help']) assert.ok(!oneOnOne.some((p) => p.id === id), id);
  });

  it('makes a follow-up that was a separate question its own prompt', () => {
    assert.equal(oneOnOne.find((p) => p.id === 'oo.feedback-for-me.too-close')?.followUp, undefined);
    assert.ok(oneOnOne.some((p) => p.id === 'oo.feedback-for-me.too-far'));
    assert.ok(oneOnOne.some((p) => p.id === 'oo.skip-level.reply-route'));
  });

  it('never asks when the lead will reply: the lead names the date', () => {
    assert.deepEqual(asksWhenLeadReplies(c.prompts), []);
    const broken = checkInvariants({ ...c, prompts: c.prompts.map((p) => (p.id === 'oo.blockers.mine-to-chase' ? { ...p, followUp: 'When should you expect to hear back from me?' } : p)) });
    assert.deepEqual(broken, ['prompts that ask when the lead will reply (the lead names the date): oo.blockers.mine-to-chase']);
  });
});

describe('specific to engineering work, commits that stand alone', () => {
  it('names engineering work in every 1:1 prompt, or says why it cannot with the beyond-work tag (a few rapport openers)', () => {
    assert.deepEqual(genericPrompts(c.prompts), []);
    const beyond = beyondWorkPrompts(c.prompts);
    assert.ok(beyond.length <= MAX_BEYOND_WORK_SHARE * oneOnOne.length, beyond.join(', '));
    for (const id of beyond) assert.ok(oneOnOne.find((p) => p.id === id)!.tags!.includes('rapport'), `${id} is beyond work but no rapport opener`);
  });

  it('writes commit prompts that stand alone, naming the thing instead of "this" or "that goal"', () => {
    assert.deepEqual(commitsLeaningBack(c.prompts), []);
  });

  it('fails the invariant check on a generic prompt and on a commit that leans on the talk before it', () => {
    const first = oneOnOne.find((p) => p.depth === 'commit')!;
    const edited = c.prompts.map((p) => (p.id === first.id ? { ...p, text: "What's one step toward that goal you'll take?" } : p));
    assert.deepEqual(checkInvariants({ ...c, prompts: edited }), [
      `1:1 prompts that name no engineering work and are not tagged "beyond-work": ${first.id}`,
      `commit prompts that lean on the talk before them ("this goal", "we just discussed"): ${first.id}`,
    ]);
    const tagged = edited.map((p) => (p.id === first.id ? { ...p, text: 'Which step will you take before Friday?', tags: ['beyond-work'] } : p));
    assert.deepEqual(checkInvariants({ ...c, prompts: tagged }).filter((m) => m.includes(first.id)), []);
  });
});

describe('why and how, and hats, where the guide asks for them', () => {
  const inCategory = (category: string) => oneOnOne.filter((p) => p.category === category);

  it('gives blockers, wellbeing, remote, first weeks and recognition at least three why prompts each', () => {
    for (const category of ['blockers', 'wellbeing', 'remote', 'onboarding', 'recognition']) {
      const why = inCategory(category).filter((p) => p.asks === 'why').length;
      assert.ok(why >= 3, `${category}: ${why} why prompts`);
    }
  });

  it('gives growth and direction manager-hat prompts, and rollout at least ten why prompts', () => {
    for (const category of ['growth', 'direction']) {
      const manage = inCategory(category).filter((p) => p.hat === 'manage').length;
      assert.ok(manage >= 3, `${category}: ${manage} manager-hat prompts`);
    }
    assert.ok(countPrompts(c.prompts).byPhaseAsks['rollout/why']! >= 10);
  });

  it('tags a missing decision as a manager\'s opener and a capacity question as how', () => {
    const missing = oneOnOne.find((p) => p.id === 'oo.blockers.missing-decision')!;
    assert.deepEqual([missing.hat, missing.depth, missing.asks], ['manage', 'opener', 'how']);
    assert.equal(design.find((p) => p.id === 'dr.people.timing-and-capacity')?.asks, 'how');
  });
});

describe('the topics leads still miss', () => {
  const topics: Record<string, string> = {
    conflict: 'conflict between teammates', 'peer-feedback': 'feedback between peers', disagreement: 'feeling safe to disagree',
    fairness: 'being treated fairly', strengths: 'strengths they are not using', 'learning-budget': 'courses, conferences and books',
    rapport: 'life outside work, asking nothing private', customers: 'product and customer sense',
  };
  for (const [tag, topic] of Object.entries(topics)) {
    it(`has openers, deeper and commit prompts on ${topic} (tag ${tag})`, () => {
      const tagged = oneOnOne.filter((p) => (p.tags ?? []).includes(tag));
      for (const depth of DEPTHS) assert.ok(tagged.some((p) => p.depth === depth), `${tag} has no ${depth} prompt`);
    });
  }

  it('keeps the rapport opener light: it asks for nothing private and offers a way out', () => {
    const rapport = oneOnOne.filter((p) => (p.tags ?? []).includes('rapport'));
    const opener = rapport.find((p) => p.depth === 'opener')!;
    assert.match(opener.text, /happy to|if you like|if anything/i);
    for (const p of rapport) assert.doesNotMatch(p.text, /\b(?:family|health|partner|kids|why not)\b/i, p.id);
  });
});

describe('design-review topics: budget moved from the crowded ones to the ones reviews missed', () => {
  const tagged = (tag: string) => design.filter((p) => (p.tags ?? []).includes(tag));

  it('reaches access control, consistency and caching, test and performance strategy, personal data in logs and AI-model features', () => {
    const wanted: [string, number][] = [['access-control', 3], ['consistency', 2], ['caching', 2], ['testing', 8], ['performance', 6], ['privacy', 5], ['ai', 6]];
    for (const [tag, n] of wanted) assert.ok(tagged(tag).length >= n, `${tag}: ${tagged(tag).length}`);
    assert.ok(design.some((p) => /\blogs?\b/i.test(p.text) && (p.tags ?? []).includes('privacy')), 'personal data in logs');
    const ai = tagged('ai');
    for (const phase of ['problem', 'goals', 'risks', 'rollout', 'cost', 'people'] as const) assert.ok(ai.some((p) => p.phase === phase), `ai: no ${phase} prompt`);
  });

  it('keeps accessibility, abuse and revisiting the decision to three prompts or fewer each', () => {
    for (const tag of ['accessibility', 'abuse', 'decisions']) assert.ok(tagged(tag).length <= 3, `${tag}: ${tagged(tag).length}`);
    assert.ok(design.filter((p) => /switch(?:ing)? off the old|old system/i.test(p.text)).length <= 3);
  });
});

describe('what the build prints about the bundled content', () => {
  const lines = contentReport(c.prompts, c.transitions);
  const line = (start: string) => lines.find((l) => l.startsWith(start)) ?? '';

  it('prints every category with its count and its three depths', () => {
    const counts = countPrompts(c.prompts);
    for (const category of CATEGORIES) {
      assert.ok(line('1:1 per category: ').includes(`${category} ${counts.byCategory[category]}`), category);
      const depths = DEPTHS.map((d) => counts.byCategoryDepth[`${category}/${d}`]).join('/');
      assert.ok(line('1:1 per category, opener/deeper/commit: ').includes(`${category} ${depths}`), category);
    }
  });

  it('prints the fused figures of both banks, the follow-ups and the shift reflections, all at zero, and nothing over the length limit', () => {
    assert.match(line('fused questions: '), /^fused questions: 1:1 0\/\d+ \(0\.0%\), design review 0\/\d+ \(0\.0%\), follow-ups 0\/\d+ \(0\.0%\), shift reflections 0\/14 \(0\.0%\)$/);
    assert.match(line('length limit 140: '), /^length limit 140: longest text \d+, longest follow-up \d+, over the limit 0$/);
    assert.match(line('1:1 naming engineering work: '), / 0 generic$/);
  });
});
