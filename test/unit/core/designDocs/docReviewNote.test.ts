import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadBundledContent } from '../../../../scripts/build/buildContent';
import type { Phase } from '../../../../src/core/content/schema';
import type { PhaseState } from '../../../../src/core/designDocs/phaseStates';
import { docLink, docReviewNote, phaseInsertion, relativePath, reorderForDoc } from '../../../../src/core/designDocs/docReviewNote';
import { splitFrontMatter } from '../../../../src/core/notes/frontMatter';
import { DEFAULT_NOTE_LABELS, renderNote } from '../../../../src/core/notes/renderTemplate';

const bundled = loadBundledContent(join(__dirname, '..', '..', '..', '..', '..', 'content')).content;
const template = bundled.templates.find((t) => t.for === 'design-review')!;
const labels = { why: 'Why', how: 'How' };

describe('the review note of a design doc', () => {
  it('links the doc by a relative path from the note', () => {
    assert.equal(relativePath('notes/design-reviews/2026-11-02-x.md', 'docs/rfc.md'), '../../docs/rfc.md');
    assert.equal(relativePath('notes/design-reviews/a.md', 'notes/design-reviews/b.md'), 'b.md');
    assert.equal(relativePath('a.md', 'docs/x/y.md'), 'docs/x/y.md');
    assert.equal(docLink('notes/design-reviews/a.md', 'docs/my rfc (v2)#1.md'), '[docs/my rfc (v2)#1.md](../../docs/my%20rfc%20%28v2%29%231.md)');
    assert.equal(docLink('n/a.md', 'docs/*b*_[c].md'), '[docs/\\*b\\*\\_\\[c\\].md](../docs/*b*_[c].md)');
  });

  it('puts the phases the doc misses first, then the thin ones, with a remark, keeping the other sections in place', () => {
    const states = new Map<Phase, PhaseState>([['problem', 'covered'], ['goals', 'thin'], ['rollout', 'missing'], ['people', 'missing']]);
    const ordered = reorderForDoc(template, states, (p) => (states.get(p) === 'missing' ? 'Not in the doc.' : undefined));
    assert.deepEqual(ordered.sections.map((s) => s.phase ?? s.heading), [
      'Design review: {{title}}, {{date}}', 'Context', 'rollout', 'people', 'goals', 'problem', 'options', 'approach', 'risks', 'cost', 'Decisions', 'Sign-off', 'Follow-ups',
    ]);
    assert.deepEqual(ordered.sections[2]!.body, ['_Not in the doc._']);
  });

  it("writes the doc's reviewers as sign-off task items, and a revisit review from the revisit template with kind: revisit", () => {
    const base = {
      title: 'ADR-0002', date: '2026-12-06', notePath: 'notes/design-reviews/2026-12-06-adr.md',
      doc: { path: 'docs/adr/0002.md', title: 'ADR-0002', states: new Map<Phase, PhaseState>() },
      phasePrompts: () => ({ why: [], how: [] }), labels: DEFAULT_NOTE_LABELS, remark: () => undefined,
    };
    const review = docReviewNote({ ...base, template, signOff: ['- [ ] @bo', '- [ ] @Ana-Li'] });
    assert.match(review.text, /\n## Sign-off\n\n- \[ \] @bo\n- \[ \] @Ana-Li\n/);
    assert.equal(splitFrontMatter(review.text).data?.kind, 'design-review');
    const revisitTemplate = bundled.templates.find((t) => t.for === 'design-review' && t.kind === 'revisit')!;
    const revisit = docReviewNote({ ...base, template: revisitTemplate, signOff: ['- [ ] @bo'], revisit: true });
    assert.deepEqual(splitFrontMatter(revisit.text).data, { title: 'ADR-0002', date: '2026-12-06', kind: 'revisit', doc: 'docs/adr/0002.md' });
    assert.match(revisit.text, /^## What changed since the decision$/m);
    assert.match(revisit.text, /\n## Sign-off\n\n- \[ \] @bo\n/);
  });

  it('writes front matter with the doc, links it in Context and names its author', () => {
    const note = docReviewNote({
      template, title: 'RFC-0042: Event ingestion v2', date: '2026-11-02', notePath: 'notes/design-reviews/2026-11-02-rfc.md',
      doc: { path: 'docs/rfc-0042.md', title: 'RFC-0042: Event ingestion v2', author: 'Alice Nguyen', states: new Map([['rollout', 'missing']]) },
      phasePrompts: (phase) => ({ why: [`Why ${phase}?`], how: [] }), labels: DEFAULT_NOTE_LABELS, remark: () => undefined,
    });
    const { data, body } = splitFrontMatter(note.text);
    assert.deepEqual(data, { title: 'RFC-0042: Event ingestion v2', date: '2026-11-02', kind: 'design-review', doc: 'docs/rfc-0042.md' });
    assert.match(body, /^Doc: \[docs\/rfc-0042\.md\]\(\.\.\/\.\.\/docs\/rfc-0042\.md\)$/m);
    assert.match(body, /^Author: Alice Nguyen$/m);
    assert.ok(body.indexOf('## Rollout') < body.indexOf('## Problem'), 'the missing phase leads');
    assert.equal(note.text.split('\n')[note.cursor.line], '- ', 'the cursor starts in the first empty slot');
  });

  it('starts the cursor at the section of a phase when asked', () => {
    const note = docReviewNote({
      template, title: 'T', date: '2026-11-02', notePath: 'notes/design-reviews/t.md', focus: 'cost',
      doc: { path: 'docs/t.md', title: 'T', states: new Map() }, phasePrompts: () => ({ why: [], how: [] }), labels: DEFAULT_NOTE_LABELS, remark: () => undefined,
    });
    assert.deepEqual(note.cursor, { line: note.text.split('\n').indexOf('## Cost'), character: '## Cost'.length });
  });

  it('leaves Doc: and Author: empty for the lead to fill when there is no doc', () => {
    const text = renderNote(template, { title: 'Queue', date: '2026-11-02', carriedOver: [] }).text;
    assert.match(text, /^Doc: $/m);
    assert.match(text, /^Author: $/m);
    assert.doesNotMatch(text, /\{\{(doc|author)\}\}/);
  });

  it("adds prompts at the end of the note's section of that phase, not under Context", () => {
    const note = ['---', 'kind: design-review', '---', '# Design review: X', '', '## Context', '', 'Doc: x', '', '## Problem', '', '**Why**', '', '- [ ] Old?', '', '', '## Goals and non-goals', ''].join('\n');
    const at = phaseInsertion(note, 'problem', { why: ['New why?'], how: ['New  how?'] }, bundled.taxonomy, labels);
    assert.deepEqual(at, { line: 13, character: '- [ ] Old?'.length, text: '\n- [ ] New why?\n- [ ] New how?' });
  });

  it('adds prompts under an empty section heading, and a new section when the note has none for the phase', () => {
    const empty = phaseInsertion('# R\n\n## Rollout\n\n## Cost\n', 'rollout', { why: ['A?'], how: [] }, bundled.taxonomy, labels);
    assert.deepEqual(empty, { line: 2, character: '## Rollout'.length, text: '\n\n- [ ] A?' });
    const none = phaseInsertion('# R\n\n## Cost\n\nText.\n\n', 'people', { why: ['A?'], how: ['B?'] }, bundled.taxonomy, labels);
    assert.deepEqual(none, { line: 4, character: 5, text: '\n\n## People\n\n**Why**\n\n- [ ] A?\n\n**How**\n\n- [ ] B?' });
  });
});
