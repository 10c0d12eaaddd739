import * as assert from 'node:assert/strict';
import { buildCompletionIndex, queryIndex, type CompletionEntry, type CompletionIndex } from '../../../../src/core/completions/completionIndex';
import fc from 'fast-check';
import type { Meeting } from '../../../../src/core/content/schema';
import { bundled, designPrompt, oneOnOnePrompt, syntheticPrompts, withPrompts } from '../markdown/helpers';

const none: ReadonlySet<string> = new Set();
const index = buildCompletionIndex(bundled);
const everything = { askedInNote: none, limit: 100_000 };
const ids = (entries: readonly CompletionEntry[]): string[] => entries.map((e) => e.id);

describe('completion index: matching', () => {
  it('holds every prompt and checklist item once', () => {
    const items = bundled.checklists.flatMap((l) => l.items);
    assert.equal(index.entries.length, bundled.prompts.length + items.length);
    assert.equal(new Set(ids(index.entries)).size, index.entries.length);
  });

  it('matches words of the text by prefix', () => {
    const hits = queryIndex(index, 'rehears', everything);
    assert.ok(hits.length > 0);
    assert.ok(hits.every((e) => /\brehears/i.test(e.text)), ids(hits).join());
  });

  it('requires every query word to match', () => {
    const rollout = queryIndex(index, 'rollout', everything);
    const rolloutWhy = queryIndex(index, 'rollout why', everything);
    assert.ok(rolloutWhy.length > 0 && rolloutWhy.length < rollout.length);
    assert.deepEqual(queryIndex(index, 'rollout zzzqqq', everything), []);
  });

  it('matches a tag', () => {
    const tagged = bundled.prompts.filter((p) => p.tags?.includes('customers')).map((p) => p.id);
    assert.ok(tagged.length > 0);
    const hits = ids(queryIndex(index, 'customers', everything));
    assert.deepEqual(tagged.filter((id) => !hits.includes(id)), []);
  });

  it('matches a whole id first, and ids by their dotted prefix', () => {
    assert.equal(queryIndex(index, 'dr.problem.cost-of-waiting', everything)[0]?.id, 'dr.problem.cost-of-waiting');
    const problem = bundled.prompts.filter((p) => p.id.startsWith('dr.problem.')).map((p) => p.id);
    assert.deepEqual(ids(queryIndex(index, 'dr.problem.', everything)), problem);
  });

  it('matches the hat by label and by id', () => {
    const manage = bundled.prompts.filter((p) => p.hat === 'manage').map((p) => p.id);
    for (const q of ['manager', 'manage']) {
      const hits = ids(queryIndex(index, q, everything));
      assert.deepEqual(manage.filter((id) => !hits.includes(id)), [], q);
    }
  });

  it('matches phase, lens and 1:1 category by label', () => {
    const want = bundled.prompts.filter((p) => p.for === 'design-review' && p.phase === 'rollout' && p.asks === 'why').map((p) => p.id);
    const hits = queryIndex(index, 'rollout why', everything);
    assert.deepEqual(want.filter((id) => !ids(hits).includes(id)), []);
    const wellbeing = queryIndex(index, 'wellbeing', everything);
    assert.ok(wellbeing.some((e) => e.id.startsWith('oo.wellbeing.')));
  });

  it('matches checklist items by checklist title, moment and meeting', () => {
    const hits = queryIndex(index, '1:1 prep before', everything);
    assert.ok(hits.length > 0);
    assert.ok(hits.every((e) => e.kind === 'checklist-item' && e.id.startsWith('one-on-one-prep.')), ids(hits).join());
  });

  it('falls back to substrings inside words, ranked after prefix matches', () => {
    const c = withPrompts([designPrompt({ id: 'a.one', text: 'Is the rollback rehearsed?' }), designPrompt({ id: 'a.two', text: 'Which backlog item waits?' })]);
    assert.deepEqual(ids(queryIndex(buildCompletionIndex(c), 'back', { askedInNote: none })), ['a.two', 'a.one']);
  });

  it('offers everything, up to the limit, for an empty query', () => {
    assert.equal(queryIndex(index, '', { askedInNote: none }).length, 50);
    assert.equal(queryIndex(index, '  ', everything).length, index.entries.length);
  });

  it('puts text, detail and documentation ready for the provider', () => {
    const e = index.entries.find((x) => x.id === 'dr.problem.cost-of-waiting')!;
    assert.equal(e.detail, 'Leader · Why · Problem');
    assert.ok(e.documentation.startsWith(e.text));
    assert.match(e.documentation, /#customers/);
    const item = index.entries.find((x) => x.kind === 'checklist-item' && x.id.startsWith('one-on-one-prep.'))!;
    assert.match(item.detail, /^(Leader|Manager|Both hats) · Before · 1:1 prep$/);
  });
});

describe('completion index: ranking', () => {
  const c = withPrompts([
    designPrompt({ id: 'r.caches', text: 'Who owns the caches?' }),
    oneOnOnePrompt({ id: 'r.cache-o', text: 'What do you cache in your head?' }),
    designPrompt({ id: 'r.cache', text: 'Where does the cache live?' }),
    designPrompt({ id: 'r.other', text: 'Who owns the cache keys?' }),
  ]);
  const small = buildCompletionIndex(c);

  it('ranks an exact word before a prefix, then keeps content order', () => {
    assert.deepEqual(ids(queryIndex(small, 'cache', { askedInNote: none })), ['r.cache-o', 'r.cache', 'r.other', 'r.caches']);
  });

  it('ranks prompts not yet asked in the note first, by id or by text', () => {
    assert.deepEqual(ids(queryIndex(small, 'cache', { askedInNote: new Set(['r.cache-o', 'Where does the cache live?']) })),
      ['r.other', 'r.caches', 'r.cache-o', 'r.cache']);
  });

  it('breaks ties in favour of the note\'s meeting kind', () => {
    assert.deepEqual(ids(queryIndex(small, 'cache', { askedInNote: none, prefer: 'design-review' })), ['r.cache', 'r.other', 'r.cache-o', 'r.caches']);
  });

  it('ranks the whole bundled set with asked entries last', () => {
    const first = queryIndex(index, 'risk', { askedInNote: none })[0]!;
    const again = queryIndex(index, 'risk', { askedInNote: new Set([first.id]), limit: 1000 });
    assert.notEqual(again[0]!.id, first.id);
    assert.equal(again.at(-1)!.id, first.id);
  });

  it('honours the limit', () => assert.equal(queryIndex(index, 'the', { askedInNote: none, limit: 7 }).length, 7));
});

/**
 * The documented definition, computed the slow way: every word is a prefix of some key, or
 * (only when that leaves fewer than `limit` unasked results) a substring of one.
 */
function naive(ix: CompletionIndex, query: string, asked: ReadonlySet<string>, limit: number, prefer?: Meeting): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const run = (substrings: boolean) => ix.entries.flatMap((e, order) => {
    let quality = 0;
    for (const w of words) {
      const best = Math.max(...e.keys.map((k) => (k === w ? 3 : k.startsWith(w) ? 2 : substrings && w.length >= 3 && k.includes(w) ? 1 : 0)));
      if (best === 0) return [];
      quality += best;
    }
    return [{ e, order, fresh: !asked.has(e.id), key: (asked.has(e.id) ? 0 : 1_000_000) + quality * 2 + (e.meeting === prefer ? 1 : 0) }];
  });
  let scored = run(false);
  if (scored.filter((s) => s.fresh).length < limit && words.some((w) => w.length >= 3)) scored = run(true);
  return scored.sort((a, b) => b.key - a.key || a.order - b.order).slice(0, limit).map((s) => s.e.id);
}

describe('completion index: 10,000 prompts', () => {
  const big = buildCompletionIndex(withPrompts(syntheticPrompts(10_000)));

  it('pins down one prompt by its unique word', () => {
    assert.deepEqual(ids(queryIndex(big, 'uniq1234', { askedInNote: none })), ['dr.synthetic.p1234']);
  });

  it('ranks the exact word before the ten words it prefixes', () => {
    const hits = ids(queryIndex(big, 'uniq123', { askedInNote: none }));
    assert.equal(hits.length, 11);
    assert.equal(hits[0], 'oo.synthetic.p123');
  });

  // `dr` and `oo` are whole keys of the other meeting's ids only: the scan may stop early only at a rank that can be reached.
  for (const [query, prefer] of [['r', 'one-on-one'], ['latency', 'one-on-one'], ['', 'design-review'], ['dr', 'one-on-one'], ['oo', 'design-review'], ['us', 'one-on-one'], ['dr lat', 'one-on-one']] as const) {
    it(`answers "${query}" for a ${prefer} note as the plain definition would`, () => {
      const asked = new Set(['oo.synthetic.p1', 'dr.synthetic.p2']);
      assert.deepEqual(ids(queryIndex(big, query, { askedInNote: asked, prefer })), naive(big, query, asked, 50, prefer));
    });
  }

  for (const query of ['latency', 'rollout why', 'service budg', 'manager', 'dr.synthetic.p99', 'r', 'team uniq77', 'atency', 'ynthetic.p12 how', 'niq5']) {
    it(`answers "${query}" exactly as the plain definition would`, () => {
      const asked = new Set(['dr.synthetic.p0', 'oo.synthetic.p1', 'dr.synthetic.p990']);
      const expected = naive(big, query, asked, 50);
      assert.ok(expected.length > 0, 'a query that matches nothing proves little');
      assert.deepEqual(ids(queryIndex(big, query, { askedInNote: asked })), expected);
    });
  }
});

describe('completion index: any query', () => {
  const vocabulary = index.vocabulary;
  const word = fc.oneof(
    fc.constantFrom(...vocabulary).chain((k) => fc.integer({ min: 1, max: k.length }).map((n) => k.slice(0, n))),
    fc.constantFrom(...vocabulary).chain((k) => fc.integer({ min: 0, max: Math.max(0, k.length - 3) }).map((n) => k.slice(n, n + 3))),
    fc.string({ maxLength: 4 }).filter((s) => !/['’]/.test(s)),
  );

  it('answers every query, for either meeting, exactly as the plain definition would', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 3 }), fc.constantFrom<Meeting | undefined>('one-on-one', 'design-review', undefined), fc.integer({ min: 1, max: 60 }), (words, prefer, limit) => {
      const query = words.join(' ');
      const asked = new Set(index.entries.slice(0, 5).map((e) => e.id));
      assert.deepEqual(ids(queryIndex(index, query, { askedInNote: asked, prefer, limit })), naive(index, query, asked, limit, prefer));
    }), { numRuns: 300, seed: 20261205 });
  });
});
