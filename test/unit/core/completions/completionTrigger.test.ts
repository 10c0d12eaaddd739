import * as assert from 'node:assert/strict';
import { buildCompletionIndex } from '../../../../src/core/completions/completionIndex';
import { insertionFor, triggerAt } from '../../../../src/core/completions/completionTrigger';
import { isInCodeOrFrontMatter } from '../../../../src/core/markdown/markdownScan';
import { usedInDocument } from '../../../../src/core/markdown/promptUse';
import { bundled, designPrompt, withPrompts } from '../markdown/helpers';

/** Lines of `doc` for which isInCodeOrFrontMatter is true. */
function hidden(doc: string): number[] {
  const lines = doc.split('\n');
  return lines.flatMap((_, i) => (isInCodeOrFrontMatter(lines, i) ? [i] : []));
}

describe('code and front matter detection', () => {
  it('covers front matter from the first --- to the closing --- and nothing after', () => {
    assert.deepEqual(hidden('---\nperson: Ana\n---\n# 1:1\n- item'), [0, 1, 2]);
  });

  it('accepts ... as the end of front matter', () => assert.deepEqual(hidden('---\na: 1\n...\ntext'), [0, 1, 2]));

  it('treats front matter still being typed as front matter', () => assert.deepEqual(hidden('---\nperson: Ana\nda'), [0, 1, 2]));

  it('reads a --- after the first line as a thematic break, not front matter', () => {
    assert.deepEqual(hidden('# Title\n---\ntext\n---\nmore'), []);
  });

  it('covers backtick and tilde fences, fence lines included', () => {
    assert.deepEqual(hidden('a\n```ts\ncode\n```\nb\n~~~\ncode\n~~~\nc'), [1, 2, 3, 5, 6, 7]);
  });

  it('closes a fence only with the same character at least as long', () => {
    assert.deepEqual(hidden('````\n```\n~~~~\n`````\nafter'), [0, 1, 2, 3]);
  });

  it('does not close a fence with a line that has text after the fence', () => {
    assert.deepEqual(hidden('```\n``` not a close\n```\nafter'), [0, 1, 2]);
  });

  it('opens fences indented up to three spaces; four make indented code, as VS Code renders it', () => {
    assert.deepEqual(hidden('   ```\ncode\n   ```\n    ```\nnot code: no fence was opened'), [0, 1, 2, 3]);
    assert.deepEqual(hidden('para\n    ```\nstill the paragraph'), []);
  });

  it('does not take a backtick run with a backtick in its info string as a fence', () => {
    assert.deepEqual(hidden('``` a`b\nprose'), []);
  });

  it('treats an unclosed fence as code to the end', () => assert.deepEqual(hidden('text\n```\ncode\nmore'), [1, 2, 3]));

  it('handles a fence right after front matter', () => assert.deepEqual(hidden('---\na: 1\n---\n```\nx\n```\ny'), [0, 1, 2, 3, 4, 5]));

  it('takes a line accessor as well as an array', () => {
    const lines = ['```', 'code', '```', 'text'];
    assert.equal(isInCodeOrFrontMatter({ count: lines.length, at: (i) => lines[i]! }, 1), true);
    assert.equal(isInCodeOrFrontMatter({ count: lines.length, at: (i) => lines[i]! }, 3), false);
  });
});

describe('completion trigger', () => {
  it('fires on ;; at the start of a line with an empty query', () => assert.deepEqual(triggerAt(';;'), { start: 0, query: '' }));

  it('fires after a task marker and reads the query after ;;', () => {
    assert.deepEqual(triggerAt('- [ ] ;;rollb'), { start: 6, query: 'rollb' });
  });

  it('keeps several words, ids and 1:1 in the query', () => {
    assert.deepEqual(triggerAt('Ask ;;rollout why'), { start: 4, query: 'rollout why' });
    assert.deepEqual(triggerAt(';;dr.problem.cost-of'), { start: 0, query: 'dr.problem.cost-of' });
    assert.deepEqual(triggerAt(';;1:1 prep'), { start: 0, query: '1:1 prep' });
  });

  it('reads ; between words as a separator, since a space would close the list', () => {
    assert.deepEqual(triggerAt(';;growth;deeper'), { start: 0, query: 'growth deeper' });
    assert.deepEqual(triggerAt('- ;;lead;'), { start: 2, query: 'lead ' });
    assert.equal(triggerAt('a;b'), undefined);
  });
  it('uses the last ;; on the line', () => assert.deepEqual(triggerAt(';;a b ;;c'), { start: 6, query: 'c' }));

  for (const [why, prefix] of [
    ['ordinary prose', 'We should roll back the change'], ['a single ;', 'first; then'], ['a single ; at the cursor', '- ;'],
    [';; glued to a word', 'word;;abc'], [';; after punctuation, as in for(;;)', 'for(;;'], ['three semicolons', ';;;'],
    ['a query starting with a space', ';; rollback'], ['a query with other punctuation', ';;why?'], ['two spaces in the query', ';;a  b'],
    ['an inline code span', 'use `x ;;a'], ['a very long query', `;;${'a'.repeat(61)}`],
  ] as const) {
    it(`does not fire on ${why}`, () => assert.equal(triggerAt(prefix), undefined));
  }

  it('fires after a closed inline code span', () => assert.deepEqual(triggerAt('`x` ;;a'), { start: 4, query: 'a' }));
});

describe('prompts already in the note', () => {
  const c = withPrompts([
    designPrompt({ id: 'd.long', text: 'What are the exact steps to roll back this change?' }),
    designPrompt({ id: 'd.short', text: 'Why now?' }),
    designPrompt({ id: 'd.other', text: 'Why not later?' }),
  ], { checklists: [{ id: 'l', title: 'List', for: 'one-on-one', items: [{ id: 'l.a', text: 'Bring the notes.', when: 'before', hat: 'manage' }] }] });
  const small = buildCompletionIndex(c);

  it('finds entries that start a list, task, quote or heading line, whatever the case', () => {
    const doc = ['# Review', '- [x] what are the exact steps to roll back this change? They had none.', '> ## Why now? Because Q3.', '1. Bring the notes.'].join('\n');
    assert.deepEqual([...usedInDocument(doc, small.entries)].sort(), ['d.long', 'd.short', 'l.a']);
  });

  it('does not count a different text that shares the first words', () => {
    assert.deepEqual([...usedInDocument('- What are the exact steps to roll back the old one?', small.entries)], []);
  });

  it('handles CRLF notes', () => assert.deepEqual([...usedInDocument('- Why now?\r\n- x', small.entries)], ['d.short']));
});

describe('completion insertion text', () => {
  const index = buildCompletionIndex(bundled);
  const prompt = index.entries.find((e) => e.kind === 'prompt')!;
  const item = index.entries.find((e) => e.kind === 'checklist-item')!;

  it('makes a checklist item a task on an empty or indented line', () => {
    assert.equal(insertionFor(item, ''), `- [ ] ${item.text}`);
    assert.equal(insertionFor(item, '  '), `- [ ] ${item.text}`);
  });
  it('makes a prompt a list item on an empty line', () => assert.equal(insertionFor(prompt, ''), `- ${prompt.text}`));
  it('inserts just the text after a task or list marker', () => {
    assert.equal(insertionFor(item, '- [ ] '), item.text);
    assert.equal(insertionFor(prompt, '  - '), prompt.text);
  });
  it('continues prose with a space', () => assert.equal(insertionFor(prompt, 'Ask:'), ` ${prompt.text}`));
});
