/**
 * Hostile input: front matter refused past its nesting and size limits, heading words read in
 * linear time, bidi overrides and control characters shown as code points, and team packs counted
 * item by item against their limits. (Found by the audit of every parser of user text.)
 */
import * as assert from 'node:assert/strict';
import { visibleWords } from '../../../src/core/notes/privacy';
import { FRONT_MATTER_LIMITS, splitFrontMatter } from '../../../src/core/notes/frontMatter';
import { timeOf } from './linearTime';

describe('hostile input: front matter limits and heading words', () => {
  it('refuses front matter nested 512 deep at once (the YAML parser took 38 s on it), naming why', () => {
    const bomb = `---\ntitle: ${'{'.repeat(512)}\n---\n- [ ] still here\n`;
    let split: ReturnType<typeof splitFrontMatter> | undefined;
    const ms = timeOf(() => { split = splitFrontMatter(bomb); });
    assert.ok(ms < 50, `${ms.toFixed(0)} ms`);
    assert.match(split!.error ?? '', /nests lists or maps more than 16 deep/);
    assert.equal(split!.body, '- [ ] still here\n');
  });

  it('refuses front matter over the size limit, and reads front matter just under it', () => {
    const of = (n: number) => `---\nnote: ${'x'.repeat(n)}\n---\nbody\n`;
    assert.match(splitFrontMatter(of(FRONT_MATTER_LIMITS.bytes)).error ?? '', /reads front matter up to 8 KB/);
    assert.equal(splitFrontMatter(of(FRONT_MATTER_LIMITS.bytes - 100)).error, undefined);
  });

  it('keeps ordinary nesting: a person\'s git identities as a flow list', () => {
    assert.deepEqual(splitFrontMatter('---\ngit: [a@x.dev, "b {c}"]\n---\n').data, { git: ['a@x.dev', 'b {c}'] });
  });

  it('reads a heading\'s visible words without rebuilding the string for each character', () => {
    assert.equal(visibleWords('Rollout & rollback: the PLAN'), 'rollout rollback the plan');
    assert.ok(timeOf(() => visibleWords(';;a'.repeat(70_000))) < 50);
  });
});

describe('hostile input: characters that make text lie', () => {
  it('shows bidirectional overrides and control characters as [U+XXXX], and leaves ordinary text alone', async () => {
    const { visibleText } = await import('../../../src/core/visibleText');
    assert.equal(visibleText('\u202Eevil'), '[U+202E]evil');
    assert.equal(visibleText('a\u0007b\u2066c\u0000'), 'a[U+0007]b[U+2066]c[U+0000]');
    assert.equal(visibleText('tab\tand\nnew line, Zoë, 日本, عربى'), 'tab\tand\nnew line, Zoë, 日本, عربى');
  });

  it('escapes them in completion documentation and quick picks as well', async () => {
    const { escapeMarkdown, quickPickText } = await import('../../../src/core/markdown/escapeMarkdown');
    assert.equal(quickPickText('$(alert) \u202Eevil'), '\\$(alert) [U+202E]evil');
    assert.equal(escapeMarkdown('\u202Eevil'), '\\[U\\+202E\\]evil');
  });
});

describe('hostile input: team pack limits', () => {
  it('counts every item of a pack, parts of checklists and shifts included', async () => {
    const { packItemCount, PACK_LIMITS } = await import('../../../src/core/content/packLimits');
    assert.equal(packItemCount({
      prompts: [{ id: 'a', text: 'Why now?', hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem' }],
      checklists: [{ id: 'c', title: 'List', for: 'one-on-one', items: [{ id: 'c.1', text: 'One thing', when: 'before', hat: 'lead' }, { id: 'c.2', text: 'Two thing', when: 'after', hat: 'lead' }] }],
      transitions: [{ id: 't', from: 'ab', to: 'cd', meaning: 'Meaning', reflections: [{ id: 't.1', text: 'One?' }, { id: 't.2', text: 'Two?' }] }],
    }), 1 + 3 + 3);
    assert.deepEqual(PACK_LIMITS, { files: 50, bytes: 5 * 1024 * 1024, items: 20_000 });
  });
});
