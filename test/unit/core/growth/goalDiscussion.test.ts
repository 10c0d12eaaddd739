import * as assert from 'node:assert/strict';
import { discussedGoals, goalDiscussions } from '../../../../src/core/growth/goalDiscussion';
import { goalKey, goalsOf, openGoalLines } from '../../../../src/core/growth/goals';
import { renderNote } from '../../../../src/core/notes/renderTemplate';
import { bundled } from '../content/contentHelpers';

const profile = '## Goals\n- [ ] Lead the search migration 📅 2027-03-31\n- [ ] Mentor a new hire\n- [ ] Lead the search\n';
const goals = goalsOf(profile).goals;
const key = (text: string) => goalKey({ text });
const performance = bundled.content.templates.find((t) => t.for === 'one-on-one' && t.kind === 'performance')!;
const templateLines = performance.sections.flatMap((s) => s.body ?? []);

/** A fresh performance-conversation note, its `{{openGoals}}` line written as the renderer writes it. */
const fresh = renderNote(performance, { person: 'Sam', date: '2026-11-12', carriedOver: [], slots: { openGoals: openGoalLines(goals).lines } }).text;

/** The fresh note with `lines` put right after the line `after`. */
function writeAfter(after: string, ...lines: string[]): string {
  const all = fresh.split('\n');
  assert.ok(all.includes(after), `no line ${after}`);
  all.splice(all.indexOf(after) + 1, 0, ...lines);
  return all.join('\n');
}

const discussed = (note: string, options = {}) => [...discussedGoals(note, goals, { templateLines, ...options })].sort();

describe('a goal discussed in a 1:1 note', () => {
  it('is not discussed when the note holds only the template, goal lines included', () => {
    assert.match(fresh, /## Open goals\n\n- Lead the search migration\n- Mentor a new hire\n- Lead the search\n/);
    assert.deepEqual(discussed(fresh), []);
  });

  it('is discussed when the lead nests a line of their own under its item', () => {
    assert.deepEqual(discussed(writeAfter('- Mentor a new hire', '  - Pairs with Ana on the importer every Tuesday')), [key('Mentor a new hire')]);
  });

  it('is discussed when the lead adds words after the goal on its own line', () => {
    const note = fresh.replace('- Lead the search migration\n', '- Lead the search migration: read path done, write path next\n');
    assert.deepEqual(discussed(note), [key('Lead the search migration')]);
  });

  it('is discussed through a lazy continuation line, as markdown reads it', () => {
    assert.deepEqual(discussed(writeAfter('- Mentor a new hire', 'went well this week')), [key('Mentor a new hire')]);
  });

  it('counts the lead\'s lines after a goal item for that goal only, up to the next goal item', () => {
    assert.deepEqual(discussed(writeAfter('- Mentor a new hire', '', 'Ana shadows the next release.')), [key('Mentor a new hire')]);
  });

  it('counts lines after the last goal item up to the end of its section, not the next section', () => {
    assert.deepEqual(discussed(writeAfter('- Lead the search', '', 'Scope agreed: reads first.')), [key('Lead the search')]);
    assert.deepEqual(discussed(writeAfter('- [ ] Check in on the written expectation 📅 ', '- Agreed on the PR review load')), []);
  });

  it('names the goal with the longest words that start the line at a word boundary', () => {
    const note = fresh.replace('- Lead the search migration\n', '- Lead the search migration, on track\n');
    assert.deepEqual(discussed(note), [key('Lead the search migration')]);
    // `searches` is another word: the line names no goal, so it is the lead's line after the goal before it.
    const other = fresh.replace('- Lead the search\n', '- Lead the searches of the billing team\n');
    assert.deepEqual(discussed(other), [key('Mentor a new hire')]);
  });

  it('ignores the template\'s own lines and a date written after the goal', () => {
    assert.deepEqual(discussed(writeAfter('- Lead the search', '- ')), []);
    assert.deepEqual(discussed(fresh.replace('- Mentor a new hire\n', '- Mentor a new hire 📅 2027-01-01\n')), []);
  });

  it('does not count code the lead pasted under a goal as their writing', () => {
    assert.deepEqual(discussed(writeAfter('- Lead the search', '', '```', 'select 1', '```')), []);
  });

  it('is discussed under a heading that names it', () => {
    assert.deepEqual(discussed(writeAfter('- Lead the search', '', '### Mentor a new hire', '', 'Ana is ready for on-call.')), [key('Mentor a new hire')]);
  });

  it('is not discussed by a mention inside a sentence, but is by a line that starts with it', () => {
    assert.deepEqual(discussed(writeAfter('- [ ] Check in on the written expectation 📅 ', '', 'Unlike lead the search migration, this is small.')), []);
    assert.deepEqual(discussed(writeAfter('- [ ] Check in on the written expectation 📅 ', '', 'Mentor a new hire: Ana asked for more pairing.')), [key('Mentor a new hire')]);
  });

  it('tells a discussion in a private part apart and leaves it out unless asked', () => {
    const note = `${fresh}\n- Mentor a new hire\n  - worried about Ana's workload\n`;
    assert.equal(goalDiscussions(note, goals, templateLines).get(key('Mentor a new hire'))?.private, true);
    assert.deepEqual(discussed(note), []);
    assert.deepEqual(discussed(note, { includePrivate: true }), [key('Mentor a new hire')]);
  });

  it('counts a goal as shared when it is discussed both in a shared and a private part', () => {
    const note = `${writeAfter('- Mentor a new hire', '  - pairing on Tuesdays')}\n- Mentor a new hire\n  - private worry\n`;
    assert.deepEqual(goalDiscussions(note, goals, templateLines).get(key('Mentor a new hire')), { line: fresh.split('\n').indexOf('- Mentor a new hire') + 1, private: false });
  });

  it('finds nothing without goals, or in an empty note', () => {
    assert.deepEqual([...discussedGoals(fresh, [])], []);
    assert.deepEqual([...discussedGoals('', goals)], []);
  });
});
