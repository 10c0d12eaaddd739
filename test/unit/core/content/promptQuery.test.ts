import * as assert from 'node:assert/strict';
import { emptyContent, mergePacks } from '../../../../src/core/content/contentSet';
import { groupByPhase, queryPrompts } from '../../../../src/core/content/promptQuery';
import type { Prompt } from '../../../../src/core/content/schema';
import { PHASES } from '../../../../src/core/content/taxonomy';
import { promptInsertion } from '../../../../src/core/markdown/promptText';
import { bundled, validPrompt } from './contentHelpers';

const prompts = bundled.content.prompts;

describe('prompt queries', () => {
  it('filters by lens: why shows only why prompts', () => {
    const why = queryPrompts(prompts, { for: 'design-review', lens: 'why' });
    assert.ok(why.length > 0 && why.every((p) => p.asks === 'why'));
    assert.ok(queryPrompts(prompts, { for: 'design-review', lens: 'both' }).length > why.length);
  });

  it('counts prompts for both hats under either hat', () => {
    const lead = queryPrompts(prompts, { hat: 'lead' });
    assert.ok(lead.some((p) => p.hat === 'both') && lead.every((p) => p.hat !== 'manage'));
  });

  it('matches every word of the text filter against text, id and tags', () => {
    const hits = queryPrompts(prompts, { text: 'rollback' });
    assert.ok(hits.length > 0);
    assert.ok(hits.every((p) => `${p.text} ${p.id} ${(p.tags ?? []).join(' ')}`.toLowerCase().includes('rollback')));
    assert.deepEqual(queryPrompts(prompts, { text: 'rollback zzzz-nothing' }), []);
  });

  it('groups design prompts by phase in review order', () => {
    assert.deepEqual(groupByPhase(prompts).map(([phase]) => phase), [...PHASES]);
  });
});

describe('merging packs', () => {
  const base = mergePacks(emptyContent, [{ source: 'a.json', pack: { prompts: [validPrompt as Prompt] } }]).content;

  it('overrides a bundled prompt with the same id and adds new ids', () => {
    const { content, problems } = mergePacks(base, [{ source: 'team.json', pack: { prompts: [
      { ...(validPrompt as Prompt), text: 'Team wording for this prompt' },
      { ...(validPrompt as Prompt), id: 'dr.problem.team' },
    ] } }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(content.prompts.map((p) => [p.id, p.text]), [
      ['dr.problem.sample', 'Team wording for this prompt'],
      ['dr.problem.team', validPrompt.text],
    ]);
  });

  it('reports an id claimed by two added packs', () => {
    const { problems } = mergePacks(base, [
      { source: 'one.json', pack: { prompts: [{ ...(validPrompt as Prompt), id: 'x' }] } },
      { source: 'two.json', pack: { situations: [{ id: 'x', title: 'Dup', signals: ['s'], hat: 'lead', moves: ['a1', 'b2', 'c3'] }] } },
    ]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, 'two.json');
    assert.deepEqual(problems[0]!.path, ['situations', 0, 'id']);
  });
});

describe('prompt insertion text', () => {
  it('starts a list item on an empty line', () => assert.equal(promptInsertion('Why now?', ''), '- Why now?'));
  it('fills a bare task marker', () => assert.equal(promptInsertion('Why now?', '- [ ] '), 'Why now?'));
  it('adds a space after a bare list marker', () => assert.equal(promptInsertion('Why now?', '  -'), ' Why now?'));
  it('continues prose with a space', () => assert.equal(promptInsertion('Why now?', 'Ask:'), ' Why now?'));
});

describe('design-doc phase section', () => {
  it('has the phase heading, then why and how prompts of that phase as tasks', async () => {
    const { phaseSectionMarkdown } = await import('../../../../src/core/markdown/contentBlocks');
    const md = phaseSectionMarkdown('risks', prompts, bundled.content.taxonomy);
    const lines = md.split('\n');
    assert.equal(lines[0], '## Risks');
    const tasks = lines.filter((l) => l.startsWith('- [ ] ')).map((l) => l.slice(6));
    assert.equal(tasks.length, 4);
    const risky = new Map(prompts.filter((p) => p.for === 'design-review' && p.phase === 'risks').map((p) => [p.text, p.asks]));
    assert.deepEqual(tasks.map((t) => risky.get(t)), ['why', 'why', 'how', 'how']);
  });
});
