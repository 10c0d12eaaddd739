import * as assert from 'node:assert/strict';
import { questionBank, RECENT_DAYS } from '../../../../src/core/content/promptQuery';
import { effectiveTicks, filterSituations, newerUi, selectedPerson, toggleTick } from '../../../../src/core/panel/panelLogic';
import { fromWebviewSchema, parseMessage } from '../../../../src/core/panel/protocol';
import { defaultUiState, panelUiStateSchema } from '../../../../src/core/panel/uiState';
import { reviewCoverage } from '../../../../src/core/designDocs/reviewCoverage';
import type { OneOnOnePrompt, Situation } from '../../../../src/core/content/schema';
import { emptyContent, type ContentSet } from '../../../../src/core/content/contentSet';

const p = (id: string, extra: Partial<OneOnOnePrompt> = {}): OneOnOnePrompt => ({
  id, text: `Prompt ${id}?`, hat: 'lead', asks: 'why', for: 'one-on-one', category: 'growth', depth: 'opener', ...extra,
});

describe('prep checklist ticks', () => {
  it('keeps ticks while the newest note is the one they were made after', () => {
    assert.deepEqual(effectiveTicks({ afterNote: '2026-11-16.md', ids: ['a', 'b'] }, '2026-11-16.md'), ['a', 'b']);
  });
  it('resets ticks once a newer 1:1 note exists', () => {
    assert.deepEqual(effectiveTicks({ afterNote: '2026-11-16.md', ids: ['a'] }, '2026-11-23.md'), []);
  });
  it('keeps ticks for a person with no notes yet', () => {
    assert.deepEqual(effectiveTicks({ afterNote: null, ids: ['a'] }, null), ['a']);
  });
  it('toggles one id without duplicating it', () => {
    assert.deepEqual(toggleTick(['a'], 'a', true), ['a']);
    assert.deepEqual(toggleTick(['a', 'b'], 'a', false), ['b']);
  });
});

describe('question bank', () => {
  const prompts = [p('one'), p('two'), p('three', { category: 'wellbeing', depth: 'deeper', hat: 'manage' }), p('four')];
  const today = '2026-11-23';

  it('puts never-asked prompts first, then the longest ago, and marks recent ones as not suggested', () => {
    const bank = questionBank(prompts, { one: '2026-11-20', four: '2026-09-01' }, {}, today);
    assert.deepEqual(bank.map((e) => e.prompt.id), ['two', 'three', 'four', 'one']);
    assert.deepEqual(bank.map((e) => e.suggested), [true, true, true, false]);
    assert.equal(bank[3]!.asked, '2026-11-20');
  });
  it(`suggests a prompt again after ${RECENT_DAYS} days`, () => {
    const bank = questionBank([p('x')], { x: '2026-10-25' }, {}, today);
    assert.equal(bank[0]!.suggested, true);
  });
  it('filters by category, depth and hat', () => {
    assert.deepEqual(questionBank(prompts, {}, { category: 'wellbeing' }, today).map((e) => e.prompt.id), ['three']);
    assert.deepEqual(questionBank(prompts, {}, { depth: 'deeper' }, today).map((e) => e.prompt.id), ['three']);
    assert.deepEqual(questionBank(prompts, {}, { hat: 'manage' }, today).map((e) => e.prompt.id), ['three']);
  });
});

describe('situation filter', () => {
  const sit = (id: string, title: string, signals: string[]): Situation => ({ id, title, signals, hat: 'lead', moves: ['a move', 'b move', 'c move'] });
  const all = [sit('deadline', 'A tight deadline', ['date is fixed']), sit('incident', 'Major incident', ['pager is going off'])];
  it('matches words in titles and signals, all words required', () => {
    assert.deepEqual(filterSituations(all, 'pager').map((s) => s.id), ['incident']);
    assert.deepEqual(filterSituations(all, 'TIGHT date').map((s) => s.id), ['deadline']);
    assert.deepEqual(filterSituations(all, 'tight pager'), []);
    assert.equal(filterSituations(all, '  ').length, 2);
  });
});

describe('panel protocol', () => {
  it('accepts a well-formed tick and rejects unknown types, bad slugs and extra-long ids', () => {
    assert.ok(parseMessage(fromWebviewSchema, { type: 'tick', person: 'alice', id: 'one-on-one-prep.x', checked: true }));
    assert.equal(parseMessage(fromWebviewSchema, { type: 'deleteEverything' }), undefined);
    assert.equal(parseMessage(fromWebviewSchema, { type: 'startOneOnOne', person: '../etc' }), undefined);
    assert.equal(parseMessage(fromWebviewSchema, { type: 'insertPrompt', id: 'x'.repeat(81) }), undefined);
    assert.equal(parseMessage(fromWebviewSchema, { type: 'openItem', person: 'alice', fileName: '../../secret.md', line: 1 }), undefined);
    assert.equal(parseMessage(fromWebviewSchema, 'ready'), undefined);
  });
  it('validates stored UI state, so a stale shape falls back to defaults', () => {
    assert.ok(panelUiStateSchema.safeParse(defaultUiState).success);
    assert.equal(panelUiStateSchema.safeParse({ version: 2, tab: 'prep' }).success, false);
  });
});

describe('design doc coverage', () => {
  const content: ContentSet = {
    ...emptyContent,
    prompts: [
      { id: 'dr.problem.a', text: 'Who notices first if we ship nothing?', hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem' },
      { id: 'dr.rollout.b', text: 'How long does a rollback take?', hat: 'manage', asks: 'how', for: 'design-review', phase: 'rollout' },
    ],
    taxonomy: { phases: [
      { id: 'problem', title: 'Problem', keywords: ['problem', 'motivation'] },
      { id: 'rollout', title: 'Rollout', keywords: ['rollout', 'migration'] },
    ] },
  };
  it('counts headings by phase keywords and prompts used by why and how', () => {
    const doc = '# RFC\n\n## Motivation\n- [ ] Who notices first if we ship nothing?\n\n## Plan\nHow long does a rollback take?\n';
    const c = reviewCoverage(doc, content);
    assert.equal(c.why, 1);
    assert.equal(c.how, 1);
    assert.deepEqual(c.phases.filter((x) => x.heading).map((x) => x.phase), ['problem']);
    assert.deepEqual(c.used, ['dr.problem.a', 'dr.rollout.b']);
  });
  it('does not count a keyword that is only part of a word', () => {
    const c = reviewCoverage('## Problematic things\n', content);
    assert.equal(c.headings, 0);
  });
});

describe('panel protocol: people', () => {
  it('accepts hand-made folder names for people but never a path', () => {
    for (const person of ['Bob Smith', 'bob.smith', 'zoë']) assert.ok(parseMessage(fromWebviewSchema, { type: 'startOneOnOne', person }), person);
    for (const person of ['..', 'a/b', 'a\\b', '']) assert.equal(parseMessage(fromWebviewSchema, { type: 'startOneOnOne', person }), undefined, person);
  });
});

describe('panel UI state ownership', () => {
  const ui = (savedAt?: number, person?: string) => ({ ...defaultUiState, savedAt, person });

  it('takes the newer of the restored and the stored UI state', () => {
    assert.equal(newerUi(ui(2, 'a'), ui(1, 'b'))?.person, 'a');
    assert.equal(newerUi(ui(1, 'a'), ui(2, 'b'))?.person, 'b');
    assert.equal(newerUi(undefined, ui(1, 'b'))?.person, 'b');
    assert.equal(newerUi(ui(1, 'a'), undefined)?.person, 'a');
    assert.equal(newerUi(undefined, undefined), undefined);
  });

  it('keeps the chosen person while they exist, else selects the first', () => {
    const people = [{ slug: 'ana' }, { slug: 'sam' }];
    assert.equal(selectedPerson('sam', people), 'sam');
    assert.equal(selectedPerson('gone', people), 'ana');
    assert.equal(selectedPerson(undefined, people), 'ana');
    assert.equal(selectedPerson('ana', []), undefined);
  });
});
