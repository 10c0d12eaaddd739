import * as assert from 'node:assert/strict';
import type { Template } from '../../../../src/core/content/schema';
import { renderNote } from '../../../../src/core/notes/renderTemplate';
import { bundled } from '../content/contentHelpers';

const template: Template = { id: 't.slots', title: 'Slots', for: 'one-on-one', sections: [
  { heading: '1:1 with {{person}}, {{period}}' },
  { heading: 'Goals', body: ['{{openGoals}}'] },
  { heading: 'Sign-off', body: ['Before: ', '{{signOff}}', '  {{commits}}  '] },
  { heading: 'Unknown', body: ['{{notASlot}}'] },
] };

describe('line slots in note templates', () => {
  it('puts the lines a feature gives where its slot stands, and drops a slot given nothing', () => {
    const { text } = renderNote(template, { person: 'Ana', date: '2026-11-16', carriedOver: [], period: 'the last 6 months', slots: { openGoals: ['- Lead the search migration'], commits: ['- 3 commits'] } });
    assert.equal(text, [
      '# 1:1 with Ana, the last 6 months', '', '## Goals', '', '- Lead the search migration', '', '## Sign-off', '', 'Before: ', '- 3 commits', '',
      '## Unknown', '', '{{notASlot}}', '',
    ].join('\n'));
  });

  it('writes no slot of the bundled templates as text when the feature has nothing to put there', () => {
    for (const t of bundled.content.templates.filter((x) => x.for !== 'reflection')) {
      const { text } = renderNote(t, { person: 'Ana', title: 'RFC', date: '2026-11-16', carriedOver: [], period: 'x' });
      assert.doesNotMatch(text, /\{\{(openGoals|signOff|careerSession|profile|openCommitments|fairness|goals|wins|feedback|commitments|designDocs|commits|period)\}\}/, t.id);
    }
  });
});
