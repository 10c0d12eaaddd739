/**
 * Hostile input: note structures the lead really writes, read as VS Code renders them. A talking
 * point or an open item is its whole list item (lazy continuation lines too), never less and never
 * the rest of the file; every `## Next 1:1` counts; a template never shares private items.
 */
import * as assert from 'node:assert/strict';
import type { Template } from '../../../src/core/content/schema';
import { carryOver } from '../../../src/core/notes/carryOver';
import { templateProblems } from '../../../src/core/notes/templateChecks';
import { takeTalkingPoints, talkingPoints } from '../../../src/core/people/talkingPoints';
import { visibleText } from '../../../src/core/visibleText';
import { bundled } from '../core/content/contentHelpers';

const profile = (...lines: string[]) => ['---', 'name: Ana', '---', '# Ana', '', ...lines].join('\n');

describe('hostile input: note structures, read as VS Code renders them', () => {
  it('moves a talking point with an unclosed fence, and never the sections after it', () => {
    const text = profile('## Next 1:1', '', '- [ ] try this:', '  ```sh', '  npm test', '', '## Background', '', 'Joined in 2024.', '');
    const taken = takeTalkingPoints(text);
    assert.deepEqual(taken.lines, ['- [ ] try this:', '  ```sh', '  npm test']);
    // Lines 7 to 9 go; '## Background' (line 11) and what follows stay.
    assert.deepEqual(taken.deletions, [{ start: { line: 7, character: 0 }, end: { line: 10, character: 0 } }]);
  });

  it('moves a hand-wrapped talking point whole, and carries a hand-wrapped open item whole', () => {
    const text = profile('## Next 1:1', '', '- [ ] Ask about the', 'migration timeline', '- [ ] Next one', '');
    assert.deepEqual(talkingPoints(text).map((p) => [p.text, p.lines]), [
      ['Ask about the migration timeline', ['- [ ] Ask about the', 'migration timeline']], ['Next one', ['- [ ] Next one']],
    ]);
    const carried = carryOver({ fileName: '2026-11-09.md', date: '2026-11-09', text: '# 1:1\n\n- [ ] Send the rollback\nplan to Bo\n' });
    assert.deepEqual(carried.lines, ['- [ ] Send the rollback plan to Bo _(from [2026-11-09](2026-11-09.md))_']);
  });

  it('takes the points of every "## Next 1:1" section, not only the first', () => {
    const text = profile('## Next 1:1', '', '- [ ] first', '', '## Background', '', 'x', '', '## Next 1:1', '', '- [ ] second', '');
    assert.deepEqual(talkingPoints(text).map((p) => p.text), ['first', 'second']);
    assert.equal(takeTalkingPoints(text).deletions.length, 2);
  });

  it('shows a zero-width space in a name, so two people never read alike', () => {
    assert.notEqual(visibleText('Ana\u200b'), visibleText('Ana'));
    assert.equal(visibleText('Ana\u200b'), 'Ana[U+200B]');
    assert.equal(visibleText('👩‍💻 Dev'), '👩‍💻 Dev');
  });

  it('refuses a template that would put carried private items under a shared heading, and passes the bundled ones', () => {
    const leaky: Template = { id: 't.leaky', title: 'Leaky 1:1', for: 'one-on-one', sections: [
      { heading: '1:1 with {{person}}' }, { heading: 'Private', body: ['Only for me.', '', '## Shared notes', '{{carriedOverPrivate}}'] },
    ] };
    assert.equal(templateProblems(leaky).length, 1);
    const fine: Template = { ...leaky, sections: [{ heading: '1:1' }, { heading: '🔒 Private', body: ['### Sub', '{{carriedOverPrivate}}'] }] };
    assert.deepEqual(templateProblems(fine), []);
    for (const t of bundled.content.templates) assert.deepEqual(templateProblems(t), [], t.id);
  });
});
