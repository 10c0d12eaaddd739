/**
 * Hostile input for the long loop's parsers: 200,000-character lines of the characters they look
 * for (date marks, `due`, dates, checkboxes, links, colons) and of the ones every parser of user
 * text is tested with. Each case is timed at 50,000 and 200,000 characters in CPU time
 * (`slowCases`): a case is slow when 4 times the input takes more than 12 times as long (linear is
 * about 4, quadratic about 16) and 60 ms or more.
 */
import * as assert from 'node:assert/strict';
import { assembleEvidence } from '../../../../src/core/growth/evidence';
import { readDateTokens } from '../../../../src/core/growth/dateTokens';
import { feedbackOf } from '../../../../src/core/growth/feedback';
import { deliveredIn, feedbackForNextNote } from '../../../../src/core/growth/feedbackDelivery';
import { discussedGoals } from '../../../../src/core/growth/goalDiscussion';
import { goalsOf } from '../../../../src/core/growth/goals';
import { winsOf } from '../../../../src/core/growth/wins';
import { appendToSection } from '../../../../src/core/people/profileSections';
import { slowCases } from '../../hostile/linearTime';

const FILLERS: Record<string, (n: number) => string> = {
  spaces: (n) => ' '.repeat(n),
  hashes: (n) => '#'.repeat(n),
  dashes: (n) => '-'.repeat(n),
  'backticks and tabs': (n) => '`\t'.repeat(n / 2),
  brackets: (n) => '['.repeat(n),
  'calendar marks': (n) => '\u{1F4C5} '.repeat(n / 3),
  'check marks': (n) => '\u2705 '.repeat(n / 2),
  'due words': (n) => 'due '.repeat(n / 4),
  'due then blanks': (n) => `due${' '.repeat(n)}2026-`,
  'date starts': (n) => '2026-'.repeat(n / 5),
  'link openers': (n) => ' (['.repeat(n / 3),
  'checkboxes': (n) => '- [ ] '.repeat(n / 6),
};

/** A goal whose words are the filler too, so the lookup compares long texts. */
const goalsFor = (t: string) => [{ text: 'Lead the search migration' }, { text: t.slice(0, 1000) || 'x' }];

const PARSERS: Record<string, (t: string) => unknown> = {
  'date tokens': (t) => readDateTokens(`${t} \u{1F4C5} ${t} due ${t}`),
  'goals of a profile': (t) => goalsOf(`## Goals\n- [ ] ${t}\n${t}\n- [ ] a \u{1F4C5} ${t}`),
  'wins of a profile': (t) => winsOf(`## Wins\n- ${t}\n- 2026-11-12 ${t} ([${t}](${t}))`),
  'feedback of a profile': (t) => feedbackOf(`## Feedback\n- [ ] 2026-11-12 ${t}: ${t}\n- [x] ${t} \u2705 ${t}`),
  'goals discussed in a note': (t) => discussedGoals(`## Open goals\n- Lead the search migration ${t}\n${t}\n- ${t}\n## ${t}\n${t}`, goalsFor(t)),
  'feedback for the next note': (t) => feedbackForNextNote(`## Feedback\n- [ ] 2026-11-12 change: ${t}`, { text: `- [x] 2026-11-12 change: ${t}\n- [ ] ${t}`, date: '2026-11-19' }, [`- [ ] ${t}`]),
  'feedback delivered in a note': (t) => deliveredIn(`- [x] ${t}\n- [x] 2026-11-12 praise: ${t} _(from [2026-11-12](person.md))_`, feedbackOf(`## Feedback\n- [ ] 2026-11-12 praise: ${t}`).feedback),
  'append to a section': (t) => appendToSection(`## Wins\n- ${t}\n${t}\n## ${t}`, 'Wins', `- 2026-11-12 ${t}`),
  // The profile's readers are timed above: here the assembly alone, over entries made of the filler.
  'review evidence': (t) => assembleEvidence({
    person: t, period: { from: '2026-01-01', to: '2026-12-31' }, profilePath: `notes/${t}/person.md`,
    goals: [{ text: t, reached: false, line: 1, private: false }],
    discussions: [{ key: t, date: '2026-11-03', source: { path: t, line: 2 }, private: false }],
    wins: [{ date: '2026-11-12', text: t, link: { label: t, target: t }, line: 3, private: false }],
    feedback: [{ date: '2026-11-12', kind: 'praise', text: t, delivered: false, line: 4, private: true }],
    commitments: [{ text: t, owner: 'me', made: '2026-11-01', checked: false, source: { path: 'n.md', line: 0 }, private: false }],
    designDocs: [{ title: t, path: t, date: '2026-11-02', role: 'author' }],
  }),
};

describe('hostile input: the long loop\'s parsers run in linear time', function () {
  // Wall time on a busy shared machine can be long; the verdict is the CPU time measured.
  this.timeout(300_000);
  for (const [parser, run] of Object.entries(PARSERS)) {
    it(`${parser}: linear on 200,000-character lines of ${Object.keys(FILLERS).length} kinds`, () => {
      assert.deepEqual(slowCases(FILLERS, run), []);
    });
  }
});

describe('hostile input: the long loop gives truthful results on a 200,000-character line', () => {
  const long = 'x'.repeat(200_000);

  it('keeps a 200,000-character goal and reads its date', () => {
    const { goals, problems } = goalsOf(`## Goals\n- [ ] ${long} \u{1F4C5} 2027-01-01\n`);
    assert.deepEqual(goals.map((g) => [g.text.length, g.due]), [[200_000, '2027-01-01']]);
    assert.deepEqual(problems, []);
  });

  it('reports a bad date after a 200,000-character goal at its column', () => {
    const { problems } = goalsOf(`## Goals\n- [ ] ${long} \u{1F4C5} 2027-02-30\n`);
    assert.deepEqual(problems, [{ line: 1, column: 6 + 200_000 + 4, kind: 'bad-date', detail: '2027-02-30' }]);
  });

  it('finds a discussion written on a 200,000-character line', () => {
    assert.equal(discussedGoals(`## Open goals\n- Lead the search migration\n  ${long}\n`, [{ text: 'Lead the search migration' }]).size, 1);
  });
});
