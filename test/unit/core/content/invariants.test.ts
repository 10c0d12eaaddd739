import * as assert from 'node:assert/strict';
import { checkInvariants } from '../../../../src/core/content/invariants';
import { ASKS, CATEGORIES, DEPTHS, MOMENTS, PHASES } from '../../../../src/core/content/taxonomy';
import { bundled } from './contentHelpers';

const c = bundled.content;
const design = c.prompts.filter((p) => p.for === 'design-review');
const oneOnOne = c.prompts.filter((p) => p.for === 'one-on-one');

describe('bundled content invariants', () => {
  it('uses every id once across all collections', () => {
    const ids = [
      ...c.prompts.map((p) => p.id), ...c.situations.map((s) => s.id), ...c.templates.map((t) => t.id),
      ...c.checklists.flatMap((l) => [l.id, ...l.items.map((i) => i.id)]),
      ...c.transitions.flatMap((t) => [t.id, ...t.reflections.map((r) => r.id)]),
    ];
    const seen = new Set<string>();
    const dups = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    assert.deepEqual(dups, []);
  });

  it('has at least 120 design-review prompts with why and how prompts in every phase', () => {
    assert.ok(design.length >= 120, `only ${design.length}`);
    for (const phase of PHASES) for (const asks of ASKS) {
      assert.ok(design.some((p) => p.phase === phase && p.asks === asks), `${phase} has no ${asks} prompt`);
    }
  });

  it('has at least 80 one-on-one prompts over 8+ categories, each category with openers and deeper prompts', () => {
    assert.ok(oneOnOne.length >= 80, `only ${oneOnOne.length}`);
    const used = new Set(oneOnOne.map((p) => p.category));
    assert.ok(used.size >= 8, `only ${used.size} categories`);
    for (const category of CATEGORIES) for (const depth of DEPTHS) {
      assert.ok(oneOnOne.some((p) => p.category === category && p.depth === depth), `${category} has no ${depth} prompt`);
    }
  });

  it('keeps prompts to one short idea (under 140 characters)', () => {
    const long = c.prompts.filter((p) => p.text.length > 140).map((p) => p.id);
    assert.deepEqual(long, []);
  });

  it('has a 1:1 prep checklist of 15+ items over before, during and after, and a design-review checklist of 12+', () => {
    const prep = c.checklists.find((l) => l.id === 'one-on-one-prep');
    assert.ok(prep && prep.items.length >= 15, 'prep checklist too short');
    for (const when of MOMENTS) assert.ok(prep.items.some((i) => i.when === when), `no ${when} item`);
    const review = c.checklists.find((l) => l.id === 'design-review');
    assert.ok(review && review.items.length >= 12, 'design-review checklist too short');
  });

  it('gives every checklist item a hat', () => {
    for (const l of c.checklists) for (const i of l.items) assert.ok(['lead', 'manage', 'both'].includes(i.hat), i.id);
  });

  it('has 12+ situations, each with signals and 3 to 5 moves, covering both hats', () => {
    assert.ok(c.situations.length >= 12);
    for (const s of c.situations) {
      assert.ok(s.signals.length >= 1 && s.moves.length >= 3 && s.moves.length <= 5, s.id);
    }
    assert.ok(c.situations.some((s) => s.hat === 'lead') && c.situations.some((s) => s.hat === 'manage'));
  });

  it('has the seven shifts in order, with two reflection prompts each', () => {
    assert.deepEqual(c.transitions.map((t) => t.from.toLowerCase()), [
      'specialist', 'analyst', 'tactician', 'bricklayer', 'problem solver', 'warrior', 'supporting cast',
    ]);
    for (const t of c.transitions) assert.equal(t.reflections.length, 2, t.id);
  });

  it('has note templates for a 1:1 and a design review', () => {
    assert.ok(c.templates.some((t) => t.for === 'one-on-one'));
    assert.ok(c.templates.some((t) => t.for === 'design-review' && t.sections.some((s) => s.phase)));
  });

  it('passes the build-time invariant check, which does catch a phase without how prompts', () => {
    assert.deepEqual(checkInvariants(c), []);
    const broken = { ...c, prompts: c.prompts.filter((p) => !(p.for === 'design-review' && p.phase === 'cost' && p.asks === 'how')) };
    assert.deepEqual(checkInvariants(broken), ['design-review phase "cost" has no "how" prompt']);
  });
});
