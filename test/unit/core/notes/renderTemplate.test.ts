import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadBundledContent } from '../../../../scripts/build/buildContent';
import type { Phase, Template } from '../../../../src/core/content/schema';
import { splitFrontMatter } from '../../../../src/core/notes/frontMatter';
import { DEFAULT_NOTE_LABELS, prependFrontMatter, renderNote } from '../../../../src/core/notes/renderTemplate';

// Not contentHelpers: its path to content/ is relative to where it is bundled, one folder up from here.
const bundled = loadBundledContent(join(__dirname, '..', '..', '..', '..', '..', 'content'));
const oneOnOne: Template = {
  id: 'template.test', title: 'Test 1:1', for: 'one-on-one',
  sections: [
    { heading: '1:1 with {{person}}, {{date}}' },
    { heading: 'Carried over', body: ['{{carriedOver}}'] },
    { heading: 'Their agenda', body: ['- '] },
    { heading: 'Notes', body: [''] },
    { heading: 'Action items', body: ['- [ ] '] },
  ],
};

const review: Template = {
  id: 'template.review', title: 'Test review', for: 'design-review',
  sections: [
    { heading: 'Design review: {{title}}, {{date}}' },
    { heading: 'Problem', phase: 'problem' },
    { heading: 'Risks', body: ['Owner: {{person}}'], phase: 'risks' },
    { heading: 'Cost', phase: 'cost' },
  ],
};

const prompts = (phase: Phase) => phase === 'problem'
  ? { why: ['Who feels this today?', 'What if we do nothing?'], how: ['How will we measure it?'] }
  : phase === 'risks' ? { why: [], how: ['What is the rollback?'] } : { why: [], how: [] };

describe('rendering a note template', () => {
  it('renders sections as a title and ## headings with placeholders filled', () => {
    const { text } = renderNote(oneOnOne, { person: 'Ana', date: '2026-11-16', carriedOver: [] });
    assert.equal(text, [
      '# 1:1 with Ana, 2026-11-16', '',
      '## Carried over', '', '_Nothing open from last time._', '',
      '## Their agenda', '', '- ', '',
      '## Notes', '',
      '## Action items', '', '- [ ] ', '',
    ].join('\n'));
  });

  it('puts the carried lines where {{carriedOver}} stands', () => {
    const carried = ['- [ ] Send RFC _(from [2026-11-09](2026-11-09.md))_', '  - [ ] Nested'];
    const lines = renderNote(oneOnOne, { person: 'Ana', date: '2026-11-16', carriedOver: carried }).text.split('\n');
    const at = lines.indexOf('## Carried over');
    assert.deepEqual(lines.slice(at, at + 5), ['## Carried over', '', ...carried, '']);
    assert.ok(!lines.includes('_Nothing open from last time._'));
  });

  it('inserts values once, so a person named {{date}} is not expanded again', () => {
    const { text } = renderNote(oneOnOne, { person: '{{date}}', date: '2026-11-16', carriedOver: [] });
    assert.equal(text.split('\n')[0], '# 1:1 with {{date}}, 2026-11-16');
  });

  it('escapes markdown in names and keeps them on one line', () => {
    const { text } = renderNote(oneOnOne, { person: '*Bo* <b>[x]_y_\n#2', date: '2026-11-16', carriedOver: [] });
    assert.equal(text.split('\n')[0], '# 1:1 with \\*Bo\\* \\<b\\>\\[x\\]\\_y\\_ \\#2, 2026-11-16');
  });

  it('leaves a placeholder without a value for the user to fill', () => {
    const { text } = renderNote(review, { date: '2026-11-16', carriedOver: [] });
    assert.equal(text.split('\n')[0], '# Design review: {{title}}, 2026-11-16');
    assert.ok(text.includes('Owner: {{person}}'));
  });

  it('lists a phase\'s why then how prompts as tasks under bold labels', () => {
    const { text } = renderNote(review, { title: 'Auth v2', date: '2026-11-16', carriedOver: [] }, prompts);
    assert.equal(text, [
      '# Design review: Auth v2, 2026-11-16', '',
      '## Problem', '', '**Why**', '', '- [ ] Who feels this today?', '- [ ] What if we do nothing?', '',
      '**How**', '', '- [ ] How will we measure it?', '',
      '## Risks', '', 'Owner: {{person}}', '', '**How**', '', '- [ ] What is the rollback?', '',
      '## Cost', '',
    ].join('\n'));
  });

  it('uses the labels it is given', () => {
    const labels = { ...DEFAULT_NOTE_LABELS, why: 'Warum', nothingCarried: 'Nichts offen.' };
    assert.ok(renderNote(review, { date: '2026-11-16', carriedOver: [] }, prompts, labels).text.includes('**Warum**'));
    assert.ok(renderNote(oneOnOne, { date: '2026-11-16', carriedOver: [] }, undefined, labels).text.includes('_Nichts offen._'));
  });

  it('puts the cursor after the first empty agenda slot', () => {
    const { text, cursor } = renderNote(oneOnOne, { person: 'Ana', date: '2026-11-16', carriedOver: ['- [ ] a', '- [ ] b'] });
    assert.deepEqual(cursor, { line: 9, character: 2 });
    assert.equal(text.split('\n')[cursor.line], '- ');
  });

  it('puts the cursor at the end when there is no empty slot', () => {
    const { text, cursor } = renderNote(review, { title: 'T', date: '2026-11-16', carriedOver: [] }, prompts);
    const lines = text.split('\n');
    assert.deepEqual(cursor, { line: lines.length - 1, character: 0 });
    assert.equal(lines[cursor.line], '');
  });

  it('moves the cursor down past prepended front matter', () => {
    const note = renderNote(oneOnOne, { person: 'Ana', date: '2026-11-16', carriedOver: [] });
    const withData = prependFrontMatter(note, { person: 'Ana', date: '2026-11-16', kind: 'one-on-one' });
    assert.equal(withData.text.split('\n')[withData.cursor.line], '- ');
    assert.deepEqual(splitFrontMatter(withData.text).data, { person: 'Ana', date: '2026-11-16', kind: 'one-on-one' });
  });

  it('renders the bundled 1:1 template with the cursor in an agenda slot', () => {
    const template = bundled.content.templates.find((t) => t.for === 'one-on-one');
    assert.ok(template);
    const { text, cursor } = renderNote(template, { person: 'Ana', date: '2026-11-16', carriedOver: ['- [ ] carried'] });
    assert.ok(text.startsWith('# ') && text.includes('Ana') && text.includes('\n- [ ] carried\n'));
    assert.ok(!text.includes('{{'));
    assert.equal(text.split('\n')[cursor.line], '- ');
  });

  it('puts talking points in My agenda and private items in the Private section of the bundled template', () => {
    const template = bundled.content.templates.find((t) => t.for === 'one-on-one');
    assert.ok(template);
    const point = '- [ ] the retry loop ([src/ingest/retry.ts:42](../../../src/ingest/retry.ts#L42))';
    const { text } = renderNote(template, { person: 'Ana', date: '2026-11-16', carriedOver: ['- [ ] shared'], talkingPoints: [point, '  - nested'], carriedOverPrivate: ['- [ ] private'] });
    const lines = text.split('\n');
    const agenda = lines.indexOf('## My agenda');
    assert.deepEqual(lines.slice(agenda, agenda + 5), ['## My agenda', '', point, '  - nested', '- ']);
    const priv = lines.indexOf('## Private');
    assert.ok(priv > agenda && lines.slice(priv).includes('- [ ] private'));
    assert.ok(!lines.slice(0, priv).includes('- [ ] private'), 'a private item is only under Private');
    assert.ok(!text.includes('{{'));
  });

  it('leaves no trace of empty talking-point and private placeholders', () => {
    const withSlots: Template = { ...oneOnOne, sections: [...oneOnOne.sections, { heading: 'My agenda', body: ['{{talkingPoints}}', '- '] }, { heading: 'Private', body: ['{{carriedOverPrivate}}'] }] };
    const { text } = renderNote(withSlots, { person: 'Ana', date: '2026-11-16', carriedOver: [] });
    assert.match(text, /## My agenda\n\n- \n\n## Private\n$/);
  });

  it('never drops points or private items a template has no place for, and never shares a private item', () => {
    const misplaced: Template = { ...oneOnOne, sections: [...oneOnOne.sections, { heading: 'Notes too', body: ['{{carriedOverPrivate}}'] }] };
    const { text } = renderNote(misplaced, { person: 'Ana', date: '2026-11-16', carriedOver: [], talkingPoints: ['- [ ] p'], carriedOverPrivate: ['- [ ] secret'] },
      undefined, { ...DEFAULT_NOTE_LABELS, myAgenda: 'Mon ordre du jour' });
    assert.match(text, /## Mon ordre du jour\n\n- \[ \] p\n\n## Private\n\n- \[ \] secret\n$/);
    assert.equal(text.match(/secret/g)?.length, 1);
  });
});
