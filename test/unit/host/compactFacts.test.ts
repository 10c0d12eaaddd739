import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { compactFacts } from '../../../src/host/compactFacts';
import { noteFacts } from '../../../src/host/noteFacts';

/** `v` as compactFacts promises to keep it: fields that are undefined left out. */
function defined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(defined);
  if (v instanceof Set) return new Set([...v].map(defined));
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, defined(x)]));
}

describe('compactFacts: what the notes index keeps of a note, as compact data', () => {
  const leaf = fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.boolean(), fc.constant(undefined));
  const value = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object'), tie('set')),
    array: fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), tie('object')), { maxLength: 4 }),
    object: fc.dictionary(fc.string({ minLength: 1 }).filter((k) => k !== '__proto__'), tie('value'), { maxKeys: 4 }),
    set: fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }).map((xs) => new Set(xs)),
  })).object;

  it('keeps every field, string (lone surrogates too), number, array and set as it was', () => {
    fc.assert(fc.property(value, (v) => {
      assert.deepStrictEqual(compactFacts(v), defined(v));
    }), { numRuns: Number(process.env.FC_RUNS ?? 300) });
  });

  it('keeps a string once per value, and short ones once across values', () => {
    const path = `one-on-ones/ana/${'2026-11-16'}.md`.split('').join('');
    const a = compactFacts({ path, items: [{ source: { path: [path].join('') } }], date: '2026-11-16' });
    assert.equal(a.path, a.items[0]!.source.path);
    const b = compactFacts({ date: '2026-11-16' });
    assert.ok(Object.is(a.date, b.date));
  });

  it('hands out one frozen empty array, so no caller can add to what another holds', () => {
    const a = compactFacts({ items: [] as string[] });
    const b = compactFacts({ marks: [] as string[] });
    assert.equal(a.items, b.marks);
    assert.throws(() => (a.items as string[]).push('x'), TypeError);
  });

  it('gives a note the same facts as before, text of the note kept only where the facts hold it', () => {
    const text = '---\nperson: Ana Lopez\ndate: 2026-11-16\n---\n# 1:1\n\n## Action items\n- [ ] Send the plan @me 📅 2026-11-20 _(from [2026-11-09](2026-11-09.md))_\n- [x] Book the room\n';
    const facts = noteFacts('one-on-ones/ana-lopez/2026-11-16.md', text);
    assert.equal(facts.fields.person, 'Ana Lopez');
    assert.deepEqual(facts.openItems.map((i) => [i.text, i.line, i.origin?.date]), [['Send the plan @me 📅 2026-11-20', 7, '2026-11-09']]);
    assert.deepEqual(facts.commitments?.items.map((i) => [i.words, i.due, i.checked, i.source.line]), [['Send the plan', '2026-11-20', false, 7], ['Book the room', undefined, true, 8]]);
    assert.ok(facts.commitments?.ownerWords.has('me'));
  });
});
