import * as assert from 'node:assert/strict';
import { mergePacks } from '../../../../src/core/content/contentSet';
import { docOutline } from '../../../../src/core/designDocs/docCoverage';
import { bundled } from './contentHelpers';

describe('team packs and the taxonomy', () => {
  const base = bundled.content;
  const rollout = (t: typeof base.taxonomy) => t.phases?.find((p) => p.id === 'rollout');

  it("adds a pack's heading words for a phase to the bundled ones, and takes its title", () => {
    const { content, problems } = mergePacks(base, [{ source: 'team.json', pack: { taxonomy: { phases: [
      { id: 'rollout', title: 'Launch', keywords: ['cutover', 'rollout', 'go-live'] },
    ] } } }]);
    assert.deepEqual(problems, []);
    const merged = rollout(content.taxonomy)!;
    assert.equal(merged.title, 'Launch');
    assert.deepEqual(merged.keywords, [...rollout(base.taxonomy)!.keywords!, 'cutover', 'go-live']);
    // The other phases keep their words.
    assert.deepEqual(content.taxonomy.phases?.find((p) => p.id === 'risks'), base.taxonomy.phases?.find((p) => p.id === 'risks'));
    // The new words map headings; the bundled ones still do.
    assert.deepEqual(docOutline('## Cutover weekend\n\n## Go-live\n\n## Rollback\n', content.taxonomy).sections.map((s) => s.phase), ['rollout', 'rollout', 'rollout']);
    assert.equal(docOutline('## Cutover weekend\n', base.taxonomy).sections.length, 0);
  });

  it('adds the words of several packs in order, and keeps the bundled words when a pack gives none', () => {
    const { content } = mergePacks(base, [
      { source: 'a.json', pack: { taxonomy: { phases: [{ id: 'rollout', title: 'Rollout', keywords: ['cutover'] }] } } },
      { source: 'b.json', pack: { taxonomy: { phases: [{ id: 'rollout', title: 'Rollout', summary: 'Shipping it.' }] } } },
      { source: 'c.json', pack: { taxonomy: { phases: [{ id: 'rollout', title: 'Rollout', keywords: ['canary', 'cutover'] }] } } },
    ]);
    assert.deepEqual(rollout(content.taxonomy)!.keywords, [...rollout(base.taxonomy)!.keywords!, 'cutover', 'canary']);
    assert.equal(rollout(content.taxonomy)!.summary, undefined);
  });
});
