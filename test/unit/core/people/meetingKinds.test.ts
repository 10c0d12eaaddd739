import * as assert from 'node:assert/strict';
import { careerProgress, choiceOfNote, kindFields, oneOnOneKind, templateFor, type MeetingChoice } from '../../../../src/core/people/meetingKinds';
import { bundled } from '../content/contentHelpers';

const note = (date: string, choice: MeetingChoice) => ({ date, choice });
const career = (session: number): MeetingChoice => ({ kind: 'career', session });

describe('meetings beside the weekly 1:1', () => {
  it('finds the template of each kind, and each career session\'s', () => {
    const templates = bundled.content.templates;
    assert.equal(templateFor(templates, { kind: 'regular' })?.id, 'template.one-on-one');
    assert.equal(templateFor(templates, career(2))?.session, 2);
    for (const kind of ['skip-level', 'first-weeks', 'performance', 'handover'] as const) assert.equal(templateFor(templates, { kind })?.kind, kind);
  });

  it('writes the kind into front matter, and reads notes written before kinds as regular', () => {
    assert.deepEqual(kindFields({ kind: 'regular' }), { kind: 'one-on-one' });
    assert.deepEqual(kindFields(career(2)), { kind: 'career', session: 2 });
    assert.deepEqual(kindFields({ kind: 'skip-level' }), { kind: 'skip-level' });
    assert.deepEqual(choiceOfNote({ kind: 'one-on-one' }), { kind: 'regular' });
    assert.deepEqual(choiceOfNote({}), { kind: 'regular' });
    assert.deepEqual(choiceOfNote({ kind: 'career', session: '3' }), career(3));
    assert.deepEqual(choiceOfNote({ kind: 'career', session: '9' }), career(1));
    assert.equal(oneOnOneKind('revisit'), undefined);
    assert.equal(oneOnOneKind('constructor'), undefined);
  });

  it('offers the next career session from the earlier notes, and a new conversation after the third', () => {
    assert.deepEqual(careerProgress([]), { next: 1, held: [] });
    const weekly = note('2026-10-01', { kind: 'regular' });
    assert.deepEqual(careerProgress([weekly, note('2026-10-03', career(1))]), { next: 2, held: [{ session: 1, date: '2026-10-03' }] });
    assert.deepEqual(careerProgress([note('2026-11-07', career(2)), note('2026-10-03', career(1)), weekly]),
      { next: 3, held: [{ session: 1, date: '2026-10-03' }, { session: 2, date: '2026-11-07' }] });
    assert.deepEqual(careerProgress([note('2026-10-03', career(1)), note('2026-11-07', career(2)), note('2026-12-01', career(3))]), { next: 1, held: [] });
  });
});
