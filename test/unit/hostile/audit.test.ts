/** Hostile input: what the audit of every parser of user text found beyond the reported defects. */
import * as assert from 'node:assert/strict';
import { headingWords } from '../../../src/core/markdown/reviewCoverage';
import { FRONT_MATTER_LIMITS, splitFrontMatter } from '../../../src/core/notes/frontMatter';
import { timeOf } from './linearTime';

describe('hostile input: found by the audit', () => {
  it('refuses front matter nested 512 deep at once (the YAML parser took 38 s on it), naming why', () => {
    const bomb = `---\ntitle: ${'{'.repeat(512)}\n---\n- [ ] still here\n`;
    let split: ReturnType<typeof splitFrontMatter> | undefined;
    const ms = timeOf(() => { split = splitFrontMatter(bomb); }, 1);
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

  it('reads heading words without rebuilding the string for each character (was quadratic: 200,000 characters took 4.6 s)', () => {
    assert.equal(headingWords('Rollout & rollback: the PLAN'), ' rollout rollback the plan ');
    assert.ok(timeOf(() => headingWords(';;a'.repeat(70_000))) < 50);
  });
});
