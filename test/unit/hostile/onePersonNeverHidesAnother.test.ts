/**
 * Hostile input: one person, prompt or date never blanks everyone else. Object.prototype's names
 * as folders, people and prompt ids; dates before 1000 and at 9999; a profile that throws; counts
 * past the protocol's limits; a pack whose keywords hide outside the counted lists.
 */
import * as assert from 'node:assert/strict';
import { PACK_LIMITS, packItemCount } from '../../../src/core/content/packLimits';
import { questionBank } from '../../../src/core/content/promptQuery';
import type { OneOnOnePrompt, Pack } from '../../../src/core/content/schema';
import { isIsoDate } from '../../../src/core/dates';
import { phaseMatcher, phaseOfHeading } from '../../../src/core/designDocs/phaseHeadings';
import { hatNudge } from '../../../src/core/hatBalance/hatNudge';
import { parseNoteName } from '../../../src/core/notes/noteNames';
import { personFolderFor, slugify } from '../../../src/core/notes/slug';
import { peopleMessage } from '../../../src/core/panel/panelLogic';
import { parseMessage, toWebviewSchema } from '../../../src/core/panel/protocol';
import { byDue, dueStatus, withDueDates } from '../../../src/core/people/cadence';
import { parseProfile } from '../../../src/core/people/profile';
import { peopleOf, type PersonEntry } from '../../../src/host/peopleOverview';
import { timeOf } from './linearTime';

/** Every name Object.prototype has, `__proto__` included. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const prompt = (id: string, asks: 'why' | 'how' = 'why'): OneOnOnePrompt => ({ id, text: `What about ${id}?`, hat: 'lead', asks, for: 'one-on-one', category: 'check-in', depth: 'opener' });
const entry = (slug: string, dates: string[] = []): PersonEntry => ({ slug, link: false, notes: dates.map((date) => ({ date, n: 1, fileName: `${date}.md` })), skipped: [] });

describe('hostile input: one person never hides another', () => {
  it(`lists folders named after every Object.prototype name (${PROTOTYPE_NAMES.length}) beside an ordinary person, by name`, () => {
    const entries = [...PROTOTYPE_NAMES, 'ana'].map((slug) => entry(slug, ['2026-11-02']));
    const people = peopleOf(entries, { ana: 'Ana Silva' }, '2026-11-16');
    assert.equal(people.length, PROTOTYPE_NAMES.length + 1);
    for (const p of people) assert.equal(typeof p.name, 'string', p.slug);
    assert.equal(people.find((p) => p.slug === 'constructor')?.name, 'constructor');
    assert.equal(people.find((p) => p.slug === 'ana')?.name, 'Ana Silva');
    const sorted = byDue(people.map((p) => ({ ...p, overdue: p.slug === 'toString' ? 3 : undefined })));
    assert.equal(sorted[0]!.slug, 'toString');
    assert.ok(parseMessage(toWebviewSchema, { type: 'people', ...peopleMessage(people, []) }));
  });

  it('gives people named after prototype names folders of their own', () => {
    const known = new Map<string, string | undefined>();
    for (const name of ['Constructor', 'toString', 'Has Own Property', '__proto__']) {
      const found = personFolderFor(name, known);
      assert.notEqual(found.kind, 'ask', name);
      if (found.kind !== 'ask') known.set(found.folder, name);
    }
    assert.equal(slugify('Constructor'), 'constructor');
    assert.equal(known.size, 4);
  });

  it('shows prompts with prototype names as ids in the question bank and the nudge', () => {
    const prompts = [...PROTOTYPE_NAMES.filter((n) => /^[a-z]+$/i.test(n)).map((n) => prompt(n.toLowerCase())), prompt('plain')];
    const bank = questionBank(prompts, {}, {}, '2026-11-16');
    assert.equal(bank.length, prompts.length);
    assert.ok(bank.every((e) => e.suggested && e.asked === undefined));
    const meetings = [1, 2, 3].map((d) => ({ date: `2026-11-0${d}`, prompts: { why: 0, how: 2, lead: 0, manage: 2, both: 0 } as const, ids: ['constructor'] }));
    const nudge = hatNudge(meetings, prompts, {}, '2026-11-16', 3);
    assert.equal(nudge?.suggest, 'why');
  });

  it('reads dates before 1000 as no date, and a last 1:1 on 9999-12-31 as no due date, never an exception', () => {
    assert.equal(isIsoDate('0999-12-31'), false);
    assert.equal(isIsoDate('1000-01-01'), true);
    assert.equal(parseNoteName('0226-11-09.md'), undefined);
    assert.equal(dueStatus('weekly', '9999-12-31', '2026-11-16'), undefined);
    assert.equal(dueStatus('monthly', '9999-12-31', '2026-11-16'), undefined);
    assert.deepEqual(parseProfile('---\nname: Ana\nstarted: 0926-12-01\n---\n').problems.map((p) => [p.code, p.line]), [['started', 2]]);
  });

  it('clamps counts past the protocol\'s limits instead of losing the whole people message', () => {
    const people = [
      { slug: 'typo', name: 'Typo', last: '1026-11-09', days: 365_000, due: '2926-12-01', overdue: -328_000 },
      { slug: 'ana', name: 'Ana', last: '2026-11-09', days: 7 },
    ];
    const items = [{ person: 'typo', text: 'x', date: '1026-11-09', fileName: '1026-11-09.md', line: 3, age: 365_000 }];
    const message = parseMessage(toWebviewSchema, { type: 'people', ...peopleMessage(people, items) });
    assert.ok(message && message.type === 'people');
    assert.deepEqual(message.people.map((p) => [p.days, p.overdue]), [[100_000, -100_000], [7, undefined]]);
  });

  it('lists everyone with their due dates when one profile cannot be read', async () => {
    const failed: string[] = [];
    const people = [{ slug: 'ana', name: 'ana', last: '2026-11-02' }, { slug: 'broken', name: 'broken', last: '2026-11-02' }, { slug: 'bo', name: 'bo', last: '2026-11-09' }];
    const listed = await withDueDates(people, async (slug) => {
      if (slug === 'broken') throw new RangeError('the profile throws');
      return { name: slug.toUpperCase(), cadence: 'weekly' as const };
    }, '2026-11-16', (p) => failed.push(p.slug));
    assert.deepEqual(listed.map((p) => [p.slug, p.name, p.overdue]), [['ana', 'ANA', 7], ['bo', 'BO', 0], ['broken', 'broken', undefined]]);
    assert.deepEqual(failed, ['broken']);
  });

  it('counts every list a pack holds, taxonomy keywords included', () => {
    const keywords = Array.from({ length: 300_000 }, (_, i) => `kw${i}`);
    const pack: Pack = { taxonomy: { phases: [{ id: 'problem', title: 'Problem', keywords }] } };
    assert.ok(packItemCount(pack) > PACK_LIMITS.items);
    assert.equal(packItemCount({ prompts: [prompt('a')], situations: [{ id: 's', title: 'Sit', signals: ['a', 'b'], hat: 'lead', moves: ['m1', 'm2', 'm3'], tags: ['t'] }] }), 1 + 1 + 2 + 3 + 1);
  });

  it('reads an 8 KB heading against 20,000 keywords that share a first word in a few milliseconds', () => {
    const keywords = Array.from({ length: PACK_LIMITS.items }, (_, i) => `rollout ${i}`);
    const matcher = phaseMatcher({ phases: [{ id: 'rollout', title: 'Rollout', keywords }] });
    const heading = 'rollout '.repeat(1024);
    assert.ok(timeOf(() => phaseOfHeading(heading, matcher)) < 20);
    assert.equal(phaseOfHeading('Rollout 7', matcher), 'rollout');
  });
});
