import * as assert from 'node:assert/strict';
import type { Prompt } from '../../../../src/core/content/schema';
import { askedOnDay, countMix, mixOf, scanNote, totalCounts } from '../../../../src/core/hatBalance/hatMix';
import { timeOf } from '../../hostile/linearTime';
import { designPrompt, oneOnOnePrompt } from '../markdown/helpers';

/** A note's mix as the hat history computes it: scanned once, then joined with the asked log. */
const noteHatMix = (text: string, prompts: readonly Prompt[], asked: Iterable<string> = []) => mixOf(scanNote(text, prompts), asked, prompts);

const prompts = [
  oneOnOnePrompt({ id: 'oo.why-lead', text: 'Which problem would you love to own a year from now?', hat: 'lead', asks: 'why' }),
  oneOnOnePrompt({ id: 'oo.how-manage', text: "What's waiting on someone else right now?", hat: 'manage', asks: 'how' }),
  oneOnOnePrompt({ id: 'oo.how-both', text: 'What should we start with today?', hat: 'both', asks: 'how' }),
  designPrompt({ id: 'dr.why-manage', text: 'Why did the last rollout take three weeks?', hat: 'manage', asks: 'why' }),
];

const note = [
  '---', 'person: Sam', 'date: 2026-11-12', 'kind: one-on-one', '---',
  '# 1:1 with Sam, 2026-11-12', '',
  '## My agenda',
  "- What's waiting on someone else right now? The RFC review, since Tuesday.",
  '- [x] which problem would you love to own   a year from now? **Search**',
  '',
  '## Action items',
  '- [ ] Ask SRE about the rollback window',
  '- [x] Book the room',
  '- [ ] What should we start with today?',
].join('\n');

describe('the hat mix of a note', () => {
  it('finds known prompts in edited text (words typed after a prompt on its line) and splits them by hat and by why/how', () => {
    const mix = noteHatMix(note, prompts);
    assert.deepEqual(mix.ids, ['oo.why-lead', 'oo.how-manage', 'oo.how-both']);
    assert.deepEqual(mix.prompts, { why: 1, how: 2, lead: 1, manage: 1, both: 1 });
  });

  it('counts open and closed action items, but not task items that are prompts', () => {
    const mix = noteHatMix(note, prompts);
    assert.equal(mix.open, 1, 'the rollback item; the prompt written as a task is not an action item');
    assert.equal(mix.closed, 1, 'the room; the ticked prompt is not an action item');
  });

  it('reads a hand-written note with no known prompt as "no prompts", not as zero of each', () => {
    const mix = noteHatMix('# 1:1 with Priya\n\n- Back from leave\n- [ ] Set up a walkthrough\n- [x] Add Priya to the rota\n', prompts);
    assert.equal(mix.prompts, 'none');
    assert.deepEqual(mix.ids, []);
    assert.deepEqual([mix.open, mix.closed], [1, 1]);
    assert.deepEqual(noteHatMix('', prompts).prompts, 'none');
  });

  it('reads CRLF and CR notes as it reads LF notes', () => {
    const lf = noteHatMix(note, prompts);
    assert.deepEqual(noteHatMix(note.replace(/\n/g, '\r\n'), prompts), lf);
    assert.deepEqual(noteHatMix(note.replace(/\n/g, '\r'), prompts), lf);
  });

  it('ignores prompts and tasks in fenced code and front matter', () => {
    const text = ['---', "q: What's waiting on someone else right now?", '---', '```md', '- Which problem would you love to own a year from now?', '- [ ] not an item', '```',
      '~~~', 'Why did the last rollout take three weeks?', '~~~', 'Prose only.'].join('\n');
    const mix = noteHatMix(text, prompts);
    assert.equal(mix.prompts, 'none');
    assert.deepEqual([mix.open, mix.closed], [0, 0]);
  });

  it('does not count a prompt quoted in the middle of a line', () => {
    assert.equal(noteHatMix('We talked about "What should we start with today?" twice.', prompts).prompts, 'none');
  });

  it('adds the asked log\'s prompts for the note, counting a prompt found both ways once', () => {
    const scan = scanNote(note, prompts);
    const mix = mixOf(scan, ['oo.how-manage', 'dr.why-manage', 'gone.from.content'], prompts);
    assert.deepEqual(mix.ids, ['oo.why-lead', 'oo.how-manage', 'oo.how-both', 'dr.why-manage']);
    assert.deepEqual(mix.prompts, { why: 2, how: 2, lead: 1, manage: 2, both: 1 });
    assert.deepEqual(mixOf(scanNote('Hand-written.', prompts), ['oo.how-both'], prompts).prompts, { why: 0, how: 1, lead: 0, manage: 0, both: 1 });
  });

  it('takes from the asked log only the prompts asked on the note\'s day', () => {
    assert.deepEqual(askedOnDay({ a: '2026-11-12', b: '2026-11-05', c: '2026-11-12' }, '2026-11-12'), ['a', 'c']);
    assert.deepEqual(askedOnDay({}, '2026-11-12'), []);
  });

  it('counts ids and sums mixes, leaving out notes with no prompts', () => {
    assert.deepEqual(countMix(['oo.why-lead', 'unknown'], prompts), { why: 1, how: 0, lead: 1, manage: 0, both: 0 });
    const total = totalCounts([{ prompts: 'none' }, { prompts: { why: 1, how: 2, lead: 1, manage: 1, both: 1 } }, { prompts: { why: 0, how: 3, lead: 0, manage: 3, both: 0 } }]);
    assert.deepEqual(total, { why: 1, how: 5, lead: 1, manage: 4, both: 1 });
  });

  it('stays linear on a 200,000-character line', () => {
    const long = `- [ ] What should we start with today? ${'x'.repeat(200_000)}`;
    let mix: ReturnType<typeof noteHatMix> | undefined;
    // CPU time, best of three (test/unit/hostile/linearTime.ts): a busy machine waits, it does not compute.
    const ms = timeOf(() => { mix = noteHatMix(`${long}\n${'- '.repeat(100_000)}\n`, prompts); });
    assert.deepEqual(mix!.ids, ['oo.how-both']);
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });
});
