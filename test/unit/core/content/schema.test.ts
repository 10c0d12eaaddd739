import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundledContent, packJsonSchema } from '../../../../scripts/build/buildContent';
import { formatPath, formatProblem, parsePack, validatePack } from '../../../../src/core/content/validate';
import { bundled, contentDir, validPrompt } from './contentHelpers';

/** A throwaway copy of content/ plus one extra file; removed after `check` runs. */
function withExtraFile<T>(name: string, data: unknown, check: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'two-hats-content-'));
  try {
    for (const f of readdirSync(contentDir)) copyFileSync(join(contentDir, f), join(dir, f));
    writeFileSync(join(dir, name), JSON.stringify(data));
    return check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('content schema', () => {
  it('accepts every bundled content file', () => {
    assert.deepEqual(bundled.errors, []);
    assert.ok(bundled.content.prompts.length > 0);
  });

  it('accepts a minimal valid pack', () => {
    const r = validatePack({ prompts: [validPrompt] }, 'team.json');
    assert.deepEqual(r.problems, []);
    assert.equal(r.pack?.prompts?.[0]?.id, 'dr.problem.sample');
  });

  it('accepts an optional followUp on both prompt shapes, and checks it like any text', () => {
    const oneOnOne = { id: 'oo.check-in.sample', text: 'What will you try before we next meet?', hat: 'both', asks: 'how', for: 'one-on-one', category: 'check-in', depth: 'commit' };
    const ok = validatePack({ prompts: [{ ...validPrompt, followUp: 'Who noticed it?' }, { ...oneOnOne, followUp: 'How will we both know?' }] }, 'team.json');
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.pack?.prompts?.[1]?.followUp, 'How will we both know?');
    const bad = validatePack({ prompts: [{ ...validPrompt, followUp: 'x' }] }, 'team.json');
    assert.equal(formatPath(bad.problems[0]!.path), 'prompts[0].followUp');
  });

  it('names the file, the JSON path and the allowed values for a bad enum', () => {
    const r = validatePack({ prompts: [validPrompt, { ...validPrompt, id: 'dr.x', phase: 'kickoff' }] }, 'team.json');
    assert.equal(r.pack, undefined);
    assert.equal(r.problems.length, 1);
    const message = formatProblem(r.problems[0]!);
    assert.match(message, /^team\.json: prompts\[1\]\.phase: expected one of "problem", "goals"/);
    assert.match(message, /found "kickoff"/);
  });

  it('points at the discriminator when a prompt is for an unknown meeting', () => {
    const r = validatePack({ prompts: [{ ...validPrompt, for: 'standup' }] }, 'p.json');
    assert.equal(formatPath(r.problems[0]!.path), 'prompts[0].for');
    assert.match(r.problems[0]!.message, /"design-review", "one-on-one", found "standup"/);
  });

  it('reports missing fields, unknown fields, bad ids and too few moves', () => {
    const r = validatePack({
      prompts: [{ ...validPrompt, id: 'Not An Id', extra: true }],
      situations: [{ id: 's', title: 'A situation', signals: ['x signal'], hat: 'lead', moves: ['only one move'] }],
      checklists: [{ id: 'c', title: 'Checklist', for: 'one-on-one', items: [{ id: 'c.a', text: 'Do it now', when: 'before' }] }],
    }, 'bad.json');
    const lines = r.problems.map(formatProblem);
    assert.ok(lines.some((l) => l.startsWith('bad.json: prompts[0]: unknown field "extra"')), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('bad.json: prompts[0].id: "Not An Id" does not match')), lines.join('\n'));
    assert.ok(lines.some((l) => l === 'bad.json: situations[0].moves: needs at least 3 items'), lines.join('\n'));
    assert.ok(lines.some((l) => l === 'bad.json: checklists[0].items[0].hat: is required: one of "lead", "manage", "both"'), lines.join('\n'));
  });

  it('accepts a template kind and a career session, and names the field of a bad one', () => {
    const sections = [{ heading: 'Career conversation with {{person}}, {{date}}' }, { heading: 'Where we are', body: ['{{careerSession}}'] }];
    const ok = validatePack({ templates: [
      { id: 't.career-2', title: 'Career conversation, session 2', for: 'one-on-one', kind: 'career', session: 2, sections },
      { id: 't.feedback', title: 'Feedback', for: 'feedback', sections },
      { id: 't.evidence', title: 'Review evidence', for: 'review-evidence', sections },
    ] }, 'team.json');
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.pack?.templates?.[0]?.session, 2);
    const bad = validatePack({ templates: [
      { id: 't.a', title: 'Session four', for: 'one-on-one', kind: 'career', session: 4, sections },
      { id: 't.b', title: 'Half a session', for: 'one-on-one', kind: 'career', session: 1.5, sections },
      { id: 't.c', title: 'Standup', for: 'one-on-one', kind: 'standup', sections },
    ] }, 'team.json');
    assert.deepEqual(bad.problems.map((p) => formatPath(p.path)), ['templates[0].session', 'templates[1].session', 'templates[2].kind']);
    assert.match(bad.problems[2]!.message, /"regular", "career", "skip-level", "first-weeks", "performance", "handover", "revisit"/);
  });

  it('exports the template kinds and the new taxonomy labels in the JSON schema for pack authors', () => {
    const schema = JSON.stringify(packJsonSchema());
    for (const word of ['"first-weeks"', '"review-evidence"', '"superseded"', '"feedbackKinds"', '"statuses"', '"session"']) assert.ok(schema.includes(word), word);
  });

  it('reports invalid JSON at the root instead of throwing', () => {
    const r = parsePack('{ "prompts": [', 'broken.json');
    assert.equal(r.problems.length, 1);
    assert.match(formatProblem(r.problems[0]!), /^broken\.json: \(root\): is not valid JSON/);
  });

  it('fails the bundled build with file and path when one content file is broken', () => {
    const r = withExtraFile('zz-broken.json', { prompts: [{ ...validPrompt, id: 'dr.broken', hat: 'wizard' }] }, loadBundledContent);
    assert.deepEqual(r.errors, ['content/zz-broken.json: prompts[0].hat: expected one of "lead", "manage", "both", found "wizard"']);
  });

  it('fails the bundled build when two files claim the same id', () => {
    const taken = bundled.content.prompts[0]!.id;
    const r = withExtraFile('zz-dup.json', { prompts: [{ ...validPrompt, id: taken }] }, loadBundledContent);
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0]!, new RegExp(`^content/zz-dup\\.json: prompts\\[0\\]\\.id: id "${taken.replace(/\./g, '\\.')}" is already used in content/`));
  });
});
