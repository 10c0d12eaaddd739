/**
 * Hostile input: YAML front matter shapes that froze the extension host. Each is refused with a
 * message, in linear time, and the note's body is kept.
 */
import * as assert from 'node:assert/strict';
import { FRONT_MATTER_LIMITS, splitFrontMatter } from '../../../src/core/notes/frontMatter';
import { parseProfile } from '../../../src/core/people/profile';
import { growth, timeOf } from './linearTime';

const note = (yaml: string) => `---\n${yaml}\n---\n- [ ] still here\n`;
/** `x:` then `? ? ? … x`: nested complex keys (500 of them took 145 s to convert before). */
const complexKeys = (n: number) => note(`x:\n  ${'? '.repeat(n)}x`);

describe('hostile input: YAML front matter shapes', () => {
  it('refuses nested complex keys at once, before converting them, and keeps the body', () => {
    for (const n of [2, 200, 500, 3000]) {
      let split: ReturnType<typeof splitFrontMatter> | undefined;
      const ms = timeOf(() => { split = splitFrontMatter(complexKeys(n)); }, 1);
      assert.ok(ms < 200, `${n} keys took ${ms.toFixed(0)} ms`);
      assert.match(split!.error ?? '', /keys must be plain words/, `${n}`);
      assert.equal(split!.body, '- [ ] still here\n');
    }
  });

  it('reads the refusal as a profile problem on its line, never a freeze', () => {
    const parsed = parseProfile(`---\nname: Ana\n${'? '.repeat(400)}x: 1\n---\n`);
    assert.equal(parsed.profile, undefined);
    assert.equal(parsed.problems[0]?.code, 'yaml');
  });

  it('refuses block nesting, anchors repeated past the limit and too many values', () => {
    assert.match(splitFrontMatter(note(`x:\n  ${'- '.repeat(40)}y`)).error ?? '', /nests lists or maps more than 16 deep/);
    assert.match(splitFrontMatter(note('{a: 1}: x')).error ?? '', /keys must be plain words/);
    assert.match(splitFrontMatter(note(`a: &a [x, y]\nb: [${Array(FRONT_MATTER_LIMITS.aliases + 1).fill('*a').join(', ')}]`)).error ?? '', /repeats anchors/);
    assert.match(splitFrontMatter(note(`a: [${Array(FRONT_MATTER_LIMITS.nodes + 1).fill('1').join(',')}]`)).error ?? '', /more than 2000 values/);
  });

  it('still reads ordinary front matter: nesting a few deep, an anchor used twice, a list of identities', () => {
    const split = splitFrontMatter(note('name: Ana\ngit: [a@x.dev, b@x.dev]\nteam: &t {name: search}\nalso: *t\nmore: {a: {b: [1, 2]}}'));
    assert.equal(split.error, undefined);
    assert.deepEqual(split.data, { name: 'Ana', git: ['a@x.dev', 'b@x.dev'], team: { name: 'search' }, also: { name: 'search' }, more: { a: { b: [1, 2] } } });
  });

  it('converts front matter in linear time up to the size limit (complex keys, flows, anchors)', () => {
    const shapes: Record<string, (n: number) => string> = {
      'complex keys': (n) => complexKeys(n / 2),
      'flow list': (n) => note(`a: [${Array(n / 2).fill('1').join(',')}]`),
      'keys': (n) => note(Array.from({ length: n / 8 }, (_, i) => `k${i}: v`).join('\n')),
    };
    for (const [name, make] of Object.entries(shapes)) {
      // 1,000 and 4,000 characters: the refusals come before the expensive part, so the larger stays fast.
      let { large, ratio } = growth(make, (t) => splitFrontMatter(t), 1_000);
      for (let attempt = 1; attempt < 3 && (large > 50 || ratio > 12); attempt++) ({ large, ratio } = growth(make, (t) => splitFrontMatter(t), 1_000));
      assert.ok(large < 50 && ratio < 12, `${name}: ${large.toFixed(1)} ms at 4,000 characters, ${ratio.toFixed(1)}x for 4x`);
    }
  });
});
