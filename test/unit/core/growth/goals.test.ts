import * as assert from 'node:assert/strict';
import { readDateTokens } from '../../../../src/core/growth/dateTokens';
import { goalKey, goalLine, goalsOf, openGoalLines } from '../../../../src/core/growth/goals';
import { appendToSection } from '../../../../src/core/people/profileSections';
import { applyInsert } from './edits';

const profile = [
  '---', 'name: Sam Okafor', '---', '# Sam', '',
  '## Goals', '',
  '- [ ] Lead the search migration 📅 2027-03-31',
  '  - first step: the read path',
  '- [x] Run an incident review ✅ 2026-10-20',
  '- [ ] Mentor a new hire due 2026-12-01',
  '- Speak at the platform guild',
  '',
  '## Next 1:1', '', '- [ ] not a goal', '',
  '## Private', '', '### Goals', '', '- [ ] Move to the infra team', '',
].join('\n');

describe('goals in person.md', () => {
  it('reads each top-level item of Goals: text without the date token, due, reached, line', () => {
    const { goals, problems } = goalsOf(profile);
    assert.deepEqual(goals.map((g) => [g.text, g.due, g.reached, g.line]), [
      ['Lead the search migration', '2027-03-31', false, 7],
      ['Run an incident review', undefined, true, 9],
      ['Mentor a new hire', '2026-12-01', false, 10],
      ['Speak at the platform guild', undefined, false, 11],
      ['Move to the infra team', undefined, false, 21],
    ]);
    assert.equal(goals[1]!.reachedOn, '2026-10-20');
    assert.deepEqual(problems, []);
  });

  it('marks a goal under a private heading as private, and only that one', () => {
    assert.deepEqual(goalsOf(profile).goals.filter((g) => g.private).map((g) => g.text), ['Move to the infra team']);
  });

  it('counts every Goals section of a profile edited by hand', () => {
    const text = '## Goals\n- [ ] one\n\n## Notes\n\n## goals:\n- [ ] two\n';
    assert.deepEqual(goalsOf(text).goals.map((g) => g.text), ['one', 'two']);
  });

  it('gives no goals and no problem for an empty Goals section, or none at all', () => {
    assert.deepEqual(goalsOf('# Sam\n\n## Goals\n\n## Wins\n'), { goals: [], problems: [] });
    assert.deepEqual(goalsOf(''), { goals: [], problems: [] });
  });

  it('reports an impossible date on its line and column and keeps the goal without it', () => {
    const text = '# Sam\n## Goals\n- [ ] Own the on-call rota 📅 2027-02-30\n';
    const { goals, problems } = goalsOf(text);
    assert.deepEqual(goals.map((g) => [g.text, g.due]), [['Own the on-call rota', undefined]]);
    assert.deepEqual(problems, [{ line: 2, column: text.split('\n')[2]!.indexOf('2027-02-30'), kind: 'bad-date', detail: '2027-02-30' }]);
  });

  it('reports a calendar mark with no date after it', () => {
    const { goals, problems } = goalsOf('## Goals\n- [ ] Ship it 📅 soon\n');
    assert.deepEqual(goals.map((g) => g.text), ['Ship it']);
    assert.deepEqual(problems.map((p) => [p.line, p.kind, p.detail]), [[1, 'bad-date', 'soon']]);
  });

  it('leaves "due" in the words when no date follows it', () => {
    assert.deepEqual(goalsOf('## Goals\n- [ ] Close the gaps due to the freeze\n').goals.map((g) => [g.text, g.due]), [['Close the gaps due to the freeze', undefined]]);
  });

  it('reads nothing in a fenced block as a goal', () => {
    assert.deepEqual(goalsOf('## Goals\n```\n- [ ] code\n```\n').goals, []);
  });

  it('writes a goal line that reads back as the same goal', () => {
    const line = goalLine('Lead the search migration', '2027-03-31');
    assert.equal(line, '- [ ] Lead the search migration 📅 2027-03-31');
    const after = applyInsert('# Sam\n', appendToSection('# Sam\n', 'Goals', line));
    assert.deepEqual(goalsOf(after).goals.map((g) => [g.text, g.due]), [['Lead the search migration', '2027-03-31']]);
    assert.equal(goalLine('Speak up'), '- [ ] Speak up');
  });

  it('lists open goals for {{openGoals}} as plain items, private ones apart', () => {
    assert.deepEqual(openGoalLines(goalsOf(profile).goals), {
      lines: ['- Lead the search migration', '- Mentor a new hire', '- Speak at the platform guild'],
      privateLines: ['- Move to the infra team'],
    });
  });

  it('keys a goal by its words, case and blanks ignored', () => {
    assert.equal(goalKey({ text: 'Lead  the Search migration' }), goalKey({ text: 'lead the search migration' }));
  });
});

describe('date tokens in an item', () => {
  it('takes out due and done tokens and keeps the last valid date of each', () => {
    assert.deepEqual(readDateTokens('Ship 📅 2027-01-02 it ✅ 2026-12-01'), { text: 'Ship it', due: '2027-01-02', done: '2026-12-01', bad: [] });
    assert.deepEqual(readDateTokens('Ship Due 2027-01-02').due, '2027-01-02');
  });

  it('reads only the kinds asked for', () => {
    assert.deepEqual(readDateTokens('Ship 📅 2027-01-02 ✅ 2026-12-01', ['done']), { text: 'Ship 📅 2027-01-02', done: '2026-12-01', bad: [] });
  });

  it('never reads "due" inside a word or before words as a token', () => {
    assert.equal(readDateTokens('overdue 2027-01-02').text, 'overdue 2027-01-02');
    assert.equal(readDateTokens('due tomorrow').text, 'due tomorrow');
  });
});
