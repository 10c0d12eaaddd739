import * as assert from 'node:assert/strict';
import { hatNudge, nudgeAfterValue, type NudgeMeeting } from '../../../../src/core/hatBalance/hatNudge';
import { oneOnOnePrompt } from '../markdown/helpers';

const why = (n: number) => oneOnOnePrompt({ id: `oo.why${n}`, text: `Why question number ${n}?`, asks: 'why', hat: 'lead' });
const how = (n: number) => oneOnOnePrompt({ id: `oo.how${n}`, text: `How question number ${n}?`, asks: 'how', hat: 'manage' });
const prompts = [why(1), how(1), why(2), how(2), why(3), how(3), why(4)];
const today = '2026-11-23';

const howOnly = (date: string, ids = ['oo.how1']): NudgeMeeting => ({ date, prompts: { why: 0, how: ids.length, lead: 0, manage: ids.length, both: 0 }, ids });
const whyOnly = (date: string): NudgeMeeting => ({ date, prompts: { why: 1, how: 0, lead: 1, manage: 0, both: 0 }, ids: ['oo.why1'] });
const mixed = (date: string): NudgeMeeting => ({ date, prompts: { why: 1, how: 1, lead: 1, manage: 1, both: 0 }, ids: ['oo.why4', 'oo.how2'] });
const none = (date: string): NudgeMeeting => ({ date, prompts: 'none', ids: [] });

describe('the hat-balance nudge', () => {
  it('after 3 how-only 1:1s suggests two why prompts not asked recently', () => {
    const nudge = hatNudge([mixed('2026-09-01'), howOnly('2026-11-02'), howOnly('2026-11-09'), howOnly('2026-11-16')], prompts, {}, today, 3);
    assert.ok(nudge);
    assert.deepEqual([nudge.used, nudge.suggest, nudge.meetings], ['how', 'why', 3]);
    assert.deepEqual(nudge.prompts.map((p) => p.id), ['oo.why1', 'oo.why2']);
  });

  it('suggests how prompts after why-only 1:1s', () => {
    const nudge = hatNudge([whyOnly('2026-11-02'), whyOnly('2026-11-09'), whyOnly('2026-11-16')], prompts, {}, today, 3);
    assert.equal(nudge?.suggest, 'how');
    assert.ok(nudge.prompts.every((p) => p.asks === 'how'));
    assert.equal(nudge.prompts.length, 2);
  });

  it('does not count meetings with no prompts toward N, nor let them break the run', () => {
    const meetings = [howOnly('2026-11-02'), none('2026-11-05'), howOnly('2026-11-09'), none('2026-11-12'), howOnly('2026-11-16'), none('2026-11-19')];
    assert.equal(hatNudge(meetings, prompts, {}, today, 3)?.suggest, 'why');
    assert.equal(hatNudge(meetings, prompts, {}, today, 4), undefined, 'only three meetings held prompts');
  });

  it('stays quiet when one of the last N used both sides, or fewer than N held prompts', () => {
    assert.equal(hatNudge([howOnly('2026-11-02'), mixed('2026-11-09'), howOnly('2026-11-16')], prompts, {}, today, 3), undefined);
    assert.equal(hatNudge([whyOnly('2026-11-02'), howOnly('2026-11-09'), howOnly('2026-11-16')], prompts, {}, today, 3), undefined);
    assert.equal(hatNudge([howOnly('2026-11-09'), howOnly('2026-11-16')], prompts, {}, today, 3), undefined);
    assert.ok(hatNudge([howOnly('2026-11-09'), howOnly('2026-11-16')], prompts, {}, today, 2));
  });

  it('is off at 0', () => {
    assert.equal(hatNudge([howOnly('2026-11-02'), howOnly('2026-11-09'), howOnly('2026-11-16')], prompts, {}, today, 0), undefined);
  });

  it('skips prompts asked to the person recently, in the asked log or in a recent note, and offers ones asked long ago', () => {
    const meetings = [mixed('2026-11-05'), howOnly('2026-11-09'), howOnly('2026-11-12'), howOnly('2026-11-16')];
    meetings[0] = { ...meetings[0]!, ids: ['oo.why2', 'oo.how2'] };
    const nudge = hatNudge(meetings.slice(1), prompts, { 'oo.why1': '2026-11-20', 'oo.why3': '2025-01-01' }, today, 3);
    assert.deepEqual(nudge?.prompts.map((p) => p.id), ['oo.why2', 'oo.why4']);
    const withNote = hatNudge([meetings[0]!, ...meetings.slice(1)], prompts, { 'oo.why1': '2026-11-20', 'oo.why3': '2025-01-01' }, today, 3);
    assert.deepEqual(withNote?.prompts.map((p) => p.id), ['oo.why4', 'oo.why3'], 'never asked first, then the longest ago');
  });

  it('stays quiet when every prompt of the other side was asked recently', () => {
    const asked = { 'oo.why1': '2026-11-20', 'oo.why2': '2026-11-20', 'oo.why3': '2026-11-20', 'oo.why4': '2026-11-20' };
    assert.equal(hatNudge([howOnly('2026-11-02'), howOnly('2026-11-09'), howOnly('2026-11-16')], prompts, asked, today, 3), undefined);
  });

  it('reads the setting: 0 is off, 1 reads as 2, above 8 as 8, anything else as the default 3', () => {
    assert.deepEqual([0, 1, 2, 5, 8, 9, 3.7, -1].map(nudgeAfterValue), [0, 2, 2, 5, 8, 8, 3, 0]);
    assert.deepEqual([undefined, '4', null, NaN].map(nudgeAfterValue), [3, 3, 3, 3]);
  });
});
