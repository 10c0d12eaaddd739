import * as assert from 'node:assert/strict';
import { docOutline, phaseCoverage, THIN_WORDS } from '../../../../src/core/designDocs/docCoverage';
import { bestTime, designDoc } from './designDocFixtures';
import { bundled, designPrompt, withPrompts } from '../markdown/helpers';

const taxonomy = bundled.taxonomy;
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const states = (text: string) => Object.fromEntries(phaseCoverage(docOutline(text, taxonomy, bundled.prompts), bundled.prompts, new Set())
  .map((p) => [p.phase, p.state]));

describe('design-doc coverage read from the body', () => {
  it('reads a skeleton as thin where it has sections and missing elsewhere', () => {
    assert.deepEqual(states(designDoc('rust-rfc.md')), {
      problem: 'thin', goals: 'thin', options: 'thin', approach: 'thin', risks: 'thin', rollout: 'missing', cost: 'thin', people: 'missing',
    });
    assert.deepEqual(states(designDoc('nygard-adr.md')), {
      problem: 'thin', goals: 'missing', options: 'missing', approach: 'thin', risks: 'thin', rollout: 'missing', cost: 'missing', people: 'missing',
    });
  });

  it('counts a section covered from THIN_WORDS words on, thin below', () => {
    assert.equal(THIN_WORDS, 40);
    assert.equal(states(`## Rollout\n\n${words(THIN_WORDS)}\n`).rollout, 'covered');
    assert.equal(states(`## Rollout\n\n${words(THIN_WORDS - 1)}\n`).rollout, 'thin');
  });

  it('reads a section of only placeholders as thin however long, and says so', () => {
    for (const body of ['TBD', '_To be written._', 'N/A', 'TODO', '**TBD** TBD tbd. TODO', `${'TBD '.repeat(60)}`]) {
      const outline = docOutline(`## Risks\n\n${body}\n`, taxonomy);
      assert.equal(outline.sections[0]!.state, 'thin', body);
      assert.equal(outline.sections[0]!.placeholder, true, body);
    }
    const real = docOutline(`## Risks\n\nTODO: ${words(50)}\n`, taxonomy).sections[0]!;
    assert.deepEqual([real.state, real.placeholder], ['covered', false]);
  });

  it('does not count HTML comments, {template instructions} or our own prompts as words', () => {
    const prompt = bundled.prompts.find((p) => p.for === 'design-review' && p.phase === 'rollout')!;
    const doc = ['## Rollout', '', `<!-- ${words(50)}`, `${words(50)} -->`, `{${words(50)}}`, `- [ ] ${prompt.text}`.repeat(1), `${prompt.text} ${words(45)}`, 'Shadow writes <!-- hidden --> first.'].join('\n');
    const section = docOutline(doc, taxonomy, bundled.prompts).sections[0]!;
    // Only "Shadow writes first." counts: a line that starts with a prompt is a question, not an answer.
    assert.equal(section.words, 3);
    assert.equal(section.state, 'thin');
  });

  it('never reads headings in fenced code or front matter, and counts the code as content', () => {
    const doc = ['---', 'title: Rollout', '# Problem: front matter', '---', '# Doc', '', '## Approach', '', '```sh', '# Rollout', words(40), '```'].join('\n');
    const outline = docOutline(doc, taxonomy);
    assert.deepEqual(outline.sections.map((s) => [s.heading, s.phase, s.state]), [['Approach', 'approach', 'covered']]);
    assert.equal(outline.title?.text, 'Doc');
  });

  it('runs a section to the next heading of its level, with its subsections, and leaves the title out', () => {
    const doc = ['# Design doc: queue', '', '## Cross-cutting concerns', '', '### Security', '', words(30), '', '### Observability', '', words(20), '', '## Cost', '', 'Two sprints.'].join('\n');
    const outline = docOutline(doc, taxonomy);
    assert.deepEqual(outline.sections.map((s) => [s.heading, s.phase, s.words, s.line, s.end]), [
      ['Cross-cutting concerns', 'risks', 50, 2, 12], ['Security', 'risks', 30, 4, 8], ['Observability', 'rollout', 20, 8, 12], ['Cost', 'cost', 2, 12, 15],
    ]);
    const byPhase = phaseCoverage(outline, [], new Set());
    assert.deepEqual(byPhase.find((p) => p.phase === 'risks'), { phase: 'risks', state: 'covered', words: 50, line: 2, whyTotal: 0, howTotal: 0, whyAsked: 0, howAsked: 0 });
    assert.equal(byPhase.find((p) => p.phase === 'rollout')?.state, 'thin');
    // With several `#` headings, the first is a section like the others.
    assert.deepEqual(docOutline('# Motivation\n\n# Drawbacks\n', taxonomy).phases, ['problem', 'cost']);
  });

  it('counts the why and how prompts of each phase, and those the review note holds or asked', () => {
    const content = withPrompts([
      designPrompt({ id: 'dr.rollout.a', text: 'Why roll out now?', phase: 'rollout', asks: 'why' }),
      designPrompt({ id: 'dr.rollout.b', text: 'How do we roll back?', phase: 'rollout', asks: 'how' }),
      designPrompt({ id: 'dr.rollout.c', text: 'How long does it take?', phase: 'rollout', asks: 'how' }),
    ]);
    const rollout = phaseCoverage(docOutline('## Rollout\n\nTBD\n', taxonomy), content.prompts, new Set(['dr.rollout.b']))
      .find((p) => p.phase === 'rollout');
    assert.deepEqual(rollout, { phase: 'rollout', state: 'thin', words: 1, line: 0, whyTotal: 1, howTotal: 2, whyAsked: 0, howAsked: 1 });
  });

  it('stays linear on 200,000-character lines under a heading', () => {
    const n = 200_000;
    const prompt = bundled.prompts.find((p) => p.for === 'design-review')!.text;
    const bodies = [words(n / 8), `<!--${' a'.repeat(n / 2)}`, '<!-- -->'.repeat(n / 8), `- [ ] ${prompt} `.repeat(n / (prompt.length + 7)), `{${'x '.repeat(n / 2)}}`, 'TBD '.repeat(n / 4)];
    for (const body of bodies) {
      const ms = bestTime(() => docOutline(`## Rollout\n${body}\n## People\n`, taxonomy, bundled.prompts));
      assert.ok(ms < 50, `${ms.toFixed(1)} ms for ${JSON.stringify(body.slice(0, 12))}…`);
    }
  });
});
