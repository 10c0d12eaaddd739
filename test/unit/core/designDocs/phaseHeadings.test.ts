import * as assert from 'node:assert/strict';
import type { Taxonomy } from '../../../../src/core/content/schema';
import { docOutline } from '../../../../src/core/designDocs/docCoverage';
import { phaseMatcher, phaseOfHeading, wordsOf } from '../../../../src/core/designDocs/phaseHeadings';
import { renderNote } from '../../../../src/core/notes/renderTemplate';
import { bestTime, designDoc } from './designDocFixtures';
import { bundled } from '../markdown/helpers';

const taxonomy = bundled.taxonomy;
const phasesOf = (name: string) => docOutline(designDoc(name), taxonomy).phases;
const phaseOf = (heading: string, t: Taxonomy = taxonomy) => phaseOfHeading(heading, phaseMatcher(t));

describe('design-doc headings mapped to review phases', () => {
  it('maps a Rust RFC skeleton to 6 of 8 phases', () => {
    assert.deepEqual(phasesOf('rust-rfc.md'), ['problem', 'goals', 'options', 'approach', 'risks', 'cost']);
  });

  it('maps a MADR skeleton to 6 of 8 phases', () => {
    assert.deepEqual(phasesOf('madr.md'), ['problem', 'goals', 'options', 'approach', 'risks', 'rollout']);
  });

  it('maps a Google-style design doc skeleton to 6 of 8 phases', () => {
    assert.deepEqual(phasesOf('google-design-doc.md'), ['problem', 'goals', 'options', 'approach', 'risks', 'rollout']);
  });

  it('maps every section of our own review template: all 8 phases', () => {
    assert.deepEqual(phasesOf('two-hats-review.md'), ['problem', 'goals', 'options', 'approach', 'risks', 'rollout', 'cost', 'people']);
  });

  it('keeps the review-template fixture in step with content/templates.json', () => {
    const template = bundled.templates.find((t) => t.for === 'design-review')!;
    const rendered = renderNote(template, { title: 'event ingestion v2', date: '2026-11-02', carriedOver: [] }).text;
    const headings = (text: string) => text.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings(designDoc('two-hats-review.md')), headings(rendered));
  });

  it("maps each of a Nygard ADR's three content sections, and no more: it has only four headings", () => {
    // Status, Context, Decision, Consequences: one phase per heading can name at most four, and
    // Status (proposed, accepted, superseded) is the record's state, not a review phase.
    assert.deepEqual(phasesOf('nygard-adr.md'), ['problem', 'approach', 'risks']);
    assert.deepEqual(docOutline(designDoc('nygard-adr.md'), taxonomy).sections.map((s) => s.heading), ['Context', 'Decision', 'Consequences']);
  });

  it('reads template section names whole-word and without case', () => {
    const cases: [string, string | undefined][] = [
      ['Motivation', 'problem'], ['Context and Problem Statement', 'problem'], ['Guide-level explanation', 'approach'],
      ['Reference-level explanation', 'approach'], ['Drawbacks', 'cost'], ['Rationale and alternatives', 'options'],
      ['Prior art', 'options'], ['Unresolved questions', 'risks'], ['Future possibilities', 'goals'], ['Summary', undefined],
      ['Considered Options', 'options'], ['Decision Outcome', 'approach'], ['Confirmation', 'rollout'],
      ['The actual design', 'approach'], ['Alternatives considered', 'options'], ['Cross-cutting concerns', 'risks'],
      ['ROLLOUT PLAN', 'rollout'], ['non_goals', 'goals'], ['Problematic things', undefined], ['Art', undefined],
      ['Status', undefined], ['On-call and ownership', 'people'],
    ];
    for (const [heading, phase] of cases) assert.equal(phaseOf(heading), phase, heading);
  });

  it('gives a heading that names two phases to the best one, by a fixed rule', () => {
    // More of the heading's words win: "decision drivers" (goals, 2 words) over "decision" (approach, 1).
    assert.equal(phaseOf('Decision Drivers'), 'goals');
    // A tie goes to the phase named first in the heading.
    assert.equal(phaseOf('Context and scope'), 'problem');
    assert.equal(phaseOf('Cost and staffing'), 'cost');
    assert.equal(phaseOf('Staffing and cost'), 'people');
    // Still tied (one word in both phases): the review order decides.
    const shared: Taxonomy = { phases: [{ id: 'people', title: 'People', keywords: ['hiring'] }, { id: 'cost', title: 'Cost', keywords: ['hiring'] }] };
    assert.equal(phaseOf('Hiring', shared), 'cost');
  });

  it('reads words of any script, and splits on everything else', () => {
    assert.deepEqual(wordsOf('Risiken & Überblick: non-goals/v2'), ['risiken', 'überblick', 'non', 'goals', 'v2']);
    const german: Taxonomy = { phases: [{ id: 'risks', title: 'Risiken', keywords: ['Risiken'] }] };
    assert.equal(phaseOf('## Risiken und Annahmen', german), 'risks');
  });

  it('stays linear on hostile 200,000-character heading lines', () => {
    const n = 200_000;
    const lines = [
      `# ${'a '.repeat(n / 2)}`, '#'.repeat(n), `#${' \t#'.repeat(n / 3)}`, `## ${'non-'.repeat(n / 4)}goals`,
      `## ${'prior '.repeat(n / 6)}`, `## ${'decision '.repeat(n / 9)}`, `# ${'x'.repeat(n)}`, `${' '.repeat(n)}#`,
    ];
    // A pack keyword of many equal words is the worst case for matching phrases word by word.
    const hostile: Taxonomy = { phases: [{ id: 'risks', title: 'Risks', keywords: ['a a a a a a a a a a a a a b'] }] };
    for (const line of lines) {
      for (const t of [taxonomy, hostile]) {
        const ms = bestTime(() => docOutline(line, t));
        assert.ok(ms < 50, `${ms.toFixed(1)} ms for ${JSON.stringify(line.slice(0, 12))}…`);
      }
    }
  });

  it('grows no faster than the heading when its length doubles', () => {
    const heading = (n: number) => `## ${'rollout non-goals prior '.repeat(n / 24)}`;
    const ratio = bestTime(() => phaseOf(heading(400_000)), 5) / bestTime(() => phaseOf(heading(200_000)), 5);
    assert.ok(ratio < 3, `time(2n)/time(n) = ${ratio.toFixed(2)}`);
  });
});
