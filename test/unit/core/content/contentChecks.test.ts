import * as assert from 'node:assert/strict';
import {
  asksWhenLeadReplies, commitsLeaningBack, contentReport, countPrompts, formatFused, fusedFigure, fusedFigures, fusedFollowUps, fusedReflections,
  genericPrompts, isFusedPrompt, isFusedQuestion, leansOnEarlierTalk, longest, namesEngineeringWork, overLong,
} from '../../../../src/core/content/contentChecks';
import type { Prompt, Transition } from '../../../../src/core/content/schema';

const oo = (id: string, text: string, extra: object = {}): Prompt => ({
  id, text, hat: 'both', asks: 'how', for: 'one-on-one', category: 'check-in', depth: 'opener', ...extra,
});
const dr = (id: string, text: string, extra: object = {}): Prompt => ({
  id, text, hat: 'manage', asks: 'how', for: 'design-review', phase: 'rollout', ...extra,
});

describe('fused-question heuristic', () => {
  const fused = [
    'Which task has been stuck the longest, and what is holding it?',
    'How long does a rollback take, and who can start it at 3 a.m.?',
    "What's waiting on someone else right now, and since when?",
    'Who deserves a thank-you this week, and for what?',
    'Which of our bets would you argue against, and on what grounds?',
    'Which tickets point at this, and over what span of time?',
    'Which meeting would you cancel, or would you keep them all?',
    'If you had to sum up this week in one word, which word and why?',
    'What went well? What would you change?',
  ];
  const single = [
    'How do the options compare on build time, running cost and on-call load?',
    'Where does your day leak the most time: builds, deploys, meetings, or something else?',
    'How do you like to get feedback from me: right away, saved for 1:1s, or in writing?',
    'What is behind the target date: a customer promise, a contract, or our own guess?',
    'Why is this our team\'s problem to solve, rather than a platform team\'s?',
    'What does the pager cost you outside work hours that the rota does not show?',
    'Which service, and all of its callers, would feel this first?',
  ];
  for (const t of fused) it(`flags "${t}"`, () => assert.equal(isFusedQuestion(t), true));
  for (const t of single) it(`passes "${t}"`, () => assert.equal(isFusedQuestion(t), false));

  it('counts a prompt as fused when its follow-up asks two things, not when it merely has one', () => {
    assert.equal(isFusedPrompt({ text: 'What will you try before we next meet?', followUp: 'How will we both know it happened?' }), false);
    assert.equal(isFusedPrompt({ text: 'What will you try before we next meet?', followUp: 'Who will see it, and when?' }), true);
  });

  it('gives the share of each bank and the ids that trip it', () => {
    const prompts = [oo('a', 'What changed, and why?'), oo('b', 'What changed?'), dr('c', 'What rolls back first?')];
    const f = fusedFigure(prompts, 'one-on-one');
    assert.deepEqual(f.fused, ['a']);
    assert.equal(formatFused(f), '1:1 1/2 (50.0%)');
    assert.equal(formatFused(fusedFigure(prompts, 'design-review')), 'design review 0/1 (0.0%)');
  });
});

const shift: Transition = {
  id: 's', from: 'Analyst', to: 'Integrator', meaning: 'Combine what each team knows.',
  reflections: [{ id: 's.1', text: 'Which decision did you make alone, and whose view was missing?' }, { id: 's.2', text: 'Whose view was missing from your last decision?' }],
};

describe('fused questions beyond prompt texts', () => {
  it('counts follow-ups of both banks on their own, out of the prompts that have one', () => {
    const f = fusedFollowUps([oo('a', 'What?', { followUp: 'Who noticed, and when?' }), dr('b', 'Why?', { followUp: 'Who noticed?' }), oo('c', 'How?')]);
    assert.deepEqual(f.fused, ['a']);
    assert.equal(formatFused(f), 'follow-ups 1/2 (50.0%)');
  });

  it('counts shift reflections that ask two things', () => {
    const f = fusedReflections([shift]);
    assert.deepEqual(f.fused, ['s.1']);
    assert.equal(formatFused(f), 'shift reflections 1/2 (50.0%)');
  });

  it('gives every figure the build holds, in a fixed order', () => {
    assert.deepEqual(fusedFigures([], []).map((f) => f.bank), ['one-on-one', 'design-review', 'follow-ups', 'reflections']);
  });
});

describe('prompt counts and limits', () => {
  it('counts every category/depth and phase/asks pair, zeros included', () => {
    const c = countPrompts([oo('a', 'One?'), oo('b', 'Two?', { depth: 'commit' }), dr('c', 'Three?', { asks: 'why' })]);
    assert.equal(c.oneOnOne, 2);
    assert.equal(c.design, 1);
    assert.equal(c.byCategoryDepth['check-in/commit'], 1);
    assert.equal(c.byCategoryDepth['growth/opener'], 0);
    assert.equal(c.byPhaseAsks['rollout/why'], 1);
    assert.equal(c.byPhaseAsks['rollout/how'], 0);
  });

  it('names prompts whose text or follow-up runs over 140 characters', () => {
    const long = 'x'.repeat(141);
    assert.deepEqual(overLong([oo('a', 'Short?'), oo('b', long), oo('c', 'Short?', { followUp: long }), oo('d', 'x'.repeat(140))]), ['b', 'c']);
  });

  it('reports the fused figures of both banks, the follow-ups and the shift reflections in the line the build prints', () => {
    const lines = contentReport([oo('a', 'What changed, and why?'), dr('c', 'What rolls back first?', { followUp: 'Who starts it, and when?' })], [shift]);
    assert.ok(lines.includes('fused questions: 1:1 1/1 (100.0%), design review 1/1 (100.0%), follow-ups 1/1 (100.0%), shift reflections 1/2 (50.0%)'), lines.join('\n'));
  });

  it('prints the three depths of every category and the length limit with the longest text and follow-up', () => {
    const lines = contentReport([oo('a', 'One?'), oo('b', 'Two, three?', { depth: 'commit', followUp: 'Four?' }), oo('c', 'x'.repeat(141), { category: 'growth' })]);
    const depths = lines.find((l) => l.startsWith('1:1 per category, opener/deeper/commit: '));
    assert.ok(depths?.includes('check-in 1/0/1, priorities 0/0/0'), depths);
    assert.ok(depths?.includes('growth 1/0/0'), depths);
    assert.ok(lines.includes('length limit 140: longest text 141, longest follow-up 5, over the limit 1'), lines.join('\n'));
    assert.deepEqual(longest([oo('a', 'One?')]), { text: 4, followUp: 0 });
  });
});

describe('follow-ups that ask when the lead will reply', () => {
  it('names prompts that ask the other person when the lead will get back to them', () => {
    const prompts = [
      oo('a', 'Which blocker will I take on?', { followUp: 'When should you expect to hear back from me?' }),
      oo('b', 'Which pay question should I find an answer to?', { followUp: 'When should you expect it from me?' }),
      oo('c', 'Which blocker will I take on this week?'),
      oo('d', 'Where have I been slow to get back to you lately?'),
    ];
    assert.deepEqual(asksWhenLeadReplies(prompts), ['a', 'b']);
  });
});

describe('engineering words and commits that stand alone', () => {
  const specific = [
    'Which pull request from this sprint would you like me to look at closely?', 'How was your last on-call week, sleep included?',
    'Which date on the roadmap do you trust least?', 'What would you change about how we run our hiring loops?',
    'Which design review or cross-team group should I put your name forward for?', 'Which AI tool saves you time?',
  ];
  const generic = [
    'Which one word sums up your week?', 'What would make you start looking for another job?', 'Who deserves a thank-you?',
    'How is the relationship with your neighbours?', 'Which decision is nobody making that your work is waiting on?',
  ];
  for (const t of specific) it(`reads "${t}" as engineering work`, () => assert.equal(namesEngineeringWork(t), true));
  for (const t of generic) it(`reads "${t}" as generic`, () => assert.equal(namesEngineeringWork(t), false));

  it('lets a 1:1 prompt tagged beyond-work name no engineering work, and ignores design-review prompts', () => {
    const prompts = [oo('a', 'What did you enjoy outside work lately?', { tags: ['rapport', 'beyond-work'] }), oo('b', 'How was your week?'), dr('c', 'Who notices first?')];
    assert.deepEqual(genericPrompts(prompts), ['b']);
  });

  it('flags a commit that leans on the talk before it, not a relative "that" or a time word', () => {
    for (const t of ["What's one step toward that goal?", 'If this is still stuck by Thursday, who should we take it to?', 'What will you do about the blocker we just discussed?', 'Which one thing from that list will I change?']) {
      assert.equal(leansOnEarlierTalk(t), true, t);
    }
    for (const t of ['Which stale doc that tripped you up will you fix this week?', 'Which block of time will you protect this sprint?', 'Which points from this conversation may I share?']) {
      assert.equal(leansOnEarlierTalk(t), false, t);
    }
    assert.deepEqual(commitsLeaningBack([oo('a', 'What about that goal?', { depth: 'commit' }), oo('b', 'What about that goal?')]), ['a']);
  });

  it('prints how many 1:1 prompts name engineering work, how many say why they cannot, and how many are generic', () => {
    const lines = contentReport([oo('a', 'Which pull request?'), oo('b', 'How was your week?'), oo('c', 'What did you enjoy outside work?', { tags: ['beyond-work'] })]);
    assert.ok(lines.includes('1:1 naming engineering work: 1/3, 1 tagged beyond-work, 1 generic'), lines.join('\n'));
  });
});
