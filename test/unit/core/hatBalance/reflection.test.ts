import * as assert from 'node:assert/strict';
import type { Template, Transition } from '../../../../src/core/content/schema';
import { checkInvariants } from '../../../../src/core/content/invariants';
import { buildSnippets } from '../../../../src/core/completions/snippets';
import { splitFrontMatter } from '../../../../src/core/notes/frontMatter';
import { expandReflection, recentMonths, reflectedShifts, renderReflection } from '../../../../src/core/hatBalance/reflection';
import { bundled } from '../markdown/helpers';
import { cpuMsSince } from '../../hostile/linearTime';

const shifts: Transition[] = [
  { id: 'shift.a', from: 'Specialist', to: 'Generalist', meaning: 'Judge work you never built.', reflections: [
    { id: 'shift.a.1', text: 'Which part of the stack do you understand least?' }, { id: 'shift.a.2', text: 'Whose view was missing?' }] },
  { id: 'shift.b', from: 'Warrior', to: 'Diplomat', meaning: 'Win support through trust.', reflections: [
    { id: 'shift.b.1', text: 'Which team would you call first in a crisis?' }, { id: 'shift.b.2', text: 'What could you give them first?' }] },
];
const template: Template = {
  id: 'template.reflection', title: 'Reflection', for: 'reflection',
  sections: [
    { heading: 'Reflection, {{date}}' },
    { heading: 'How to use this', body: ['Write under the shifts that mattered.'] },
    { heading: '{{from}} → {{to}}', repeat: 'shift', body: ['_{{meaning}}_', '', '{{reflections}}'] },
    { heading: 'Next month', body: ['- [ ] '] },
  ],
};
const expanded = expandReflection(template, shifts);
const fresh = renderReflection(template, shifts, '2026-11').text;

/** The fresh note with `lines` put right after the line `after`. */
function writeAfter(after: string, ...lines: string[]): string {
  const all = fresh.split('\n');
  all.splice(all.indexOf(after) + 1, 0, ...lines);
  return all.join('\n');
}

describe('the monthly reflection', () => {
  it('writes every shift as a section with its meaning and reflection questions, under front matter for the month', () => {
    const split = splitFrontMatter(fresh);
    assert.deepEqual(split.data, { month: '2026-11', kind: 'reflection' });
    assert.match(split.body, /^# Reflection, 2026-11\n/);
    assert.match(split.body, /## Specialist → Generalist\n\n_Judge work you never built\._\n\n- Which part of the stack do you understand least\?\n- Whose view was missing\?\n/);
    assert.match(split.body, /## Warrior → Diplomat\n/);
    assert.match(split.body, /## Next month\n\n- \[ \] \n$/);
    assert.doesNotMatch(fresh, /\{\{/);
  });

  it('puts the cursor under the first shift\'s questions', () => {
    const note = renderReflection(template, shifts, '2026-11');
    const lines = note.text.split('\n');
    assert.equal(lines[note.cursor.line - 1], '- Whose view was missing?');
  });

  it('reads a fresh note as reflecting on no shift', () => {
    assert.deepEqual(reflectedShifts(fresh, expanded), []);
  });

  it('counts a shift once there is writing under its section beyond the template', () => {
    assert.deepEqual(reflectedShifts(writeAfter('- Whose view was missing?', '', 'Product\'s, on the billing change.'), expanded), ['shift.a']);
    assert.deepEqual(reflectedShifts(writeAfter('- Which team would you call first in a crisis?', '  - Payments, and I have never met their lead.'), expanded), ['shift.b']);
    assert.deepEqual(reflectedShifts(fresh.replace('- Whose view was missing?', '- Whose view was missing? Security\'s.'), expanded), ['shift.a'], 'words typed after a question count');
    assert.deepEqual(reflectedShifts(writeAfter('- Whose view was missing?', '', '### What I noticed'), expanded), ['shift.a'], 'a heading of the lead\'s own');
  });

  it('does not count empty bullets, code, writing in other sections or a reworded heading', () => {
    assert.deepEqual(reflectedShifts(writeAfter('- Whose view was missing?', '- ', '- [ ] ', '  ', '---'), expanded), []);
    assert.deepEqual(reflectedShifts(writeAfter('- Whose view was missing?', '', '```', 'notes in code', '```'), expanded), []);
    assert.deepEqual(reflectedShifts(writeAfter('- [ ] ', 'Try a skip-level with platform.'), expanded), []);
    assert.deepEqual(reflectedShifts(writeAfter('Write under the shifts that mattered.', 'Busy month.'), expanded), []);
    const renamed = fresh.replace('## Warrior → Diplomat', '## Diplomacy').replace('- What could you give them first?', '- What could you give them first? Lots.');
    assert.deepEqual(reflectedShifts(renamed, expanded), [], 'the section is found by the heading the template writes');
  });

  it('ends a shift\'s section at the next heading of the same level, and reads CRLF', () => {
    const text = writeAfter('- What could you give them first?', '', '## Something else', 'Written here.');
    assert.deepEqual(reflectedShifts(text, expanded), []);
    const crlf = writeAfter('- Whose view was missing?', 'Mine.').replace(/\n/g, '\r\n');
    assert.deepEqual(reflectedShifts(crlf, expanded), ['shift.a']);
  });

  it('stays linear on a 200,000-character line', () => {
    const started = process.cpuUsage();
    const text = writeAfter('- Whose view was missing?', `${'#'.repeat(3)} ${'a '.repeat(100_000)}`, '- '.repeat(100_000));
    assert.deepEqual(reflectedShifts(text, expanded), ['shift.a']);
    assert.ok(cpuMsSince(started) < 1000, `took ${cpuMsSince(started).toFixed(0)} ms of CPU`);
  });

  it('lists this month and the two before, across a year\'s end', () => {
    assert.deepEqual(recentMonths('2026-11-23'), ['2026-11', '2026-10', '2026-09']);
    assert.deepEqual(recentMonths('2027-02-01'), ['2027-02', '2027-01', '2026-12']);
  });

  it('ships a reflection template that lists all seven bundled shifts, and never as a snippet', () => {
    const tpl = bundled.templates.find((t) => t.for === 'reflection');
    assert.ok(tpl);
    const text = renderReflection(tpl, bundled.transitions, '2026-11').text;
    assert.equal(bundled.transitions.length, 7);
    for (const shift of bundled.transitions) {
      assert.ok(text.includes(`## ${shift.from} → ${shift.to}\n`), shift.id);
      for (const r of shift.reflections) assert.ok(text.includes(`- ${r.text}\n`), r.id);
    }
    assert.deepEqual(reflectedShifts(text, expandReflection(tpl, bundled.transitions)), []);
    assert.ok(!JSON.stringify(buildSnippets(bundled)).includes('{{'), 'no snippet holds an unfilled placeholder');
  });

  it('keeps repeated sections to reflection templates (content invariant)', () => {
    assert.deepEqual(checkInvariants(bundled), []);
    const broken = { ...bundled, templates: bundled.templates.map((t) => (t.for === 'one-on-one' ? { ...t, sections: [...t.sections, { heading: 'x', repeat: 'shift' as const }] } : t)) };
    assert.ok(checkInvariants(broken).some((m) => m.includes('repeats a section per shift')));
    const without = { ...bundled, templates: bundled.templates.filter((t) => t.for !== 'reflection') };
    assert.ok(checkInvariants(without).some((m) => m.includes('no reflection template')));
  });
});
