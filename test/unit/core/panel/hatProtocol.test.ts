import * as assert from 'node:assert/strict';
import { fromWebviewSchema, parseMessage, toWebviewSchema, UI_STRING_KEYS } from '../../../../src/core/panel/protocol';

const meeting = { date: '2026-11-12', label: '2026-11-12.md', prompts: { why: 0, how: 3, lead: 0, manage: 2, both: 1 } };

describe('panel protocol: hat balance and reflections', () => {
  it('accepts a hat balance with meetings that hold prompts or none, and a nudge', () => {
    const message = {
      type: 'hatBalance', person: 'sam-okafor', meetings: [meeting, { date: '2026-11-19', label: '2026-11-19.md' }], reviews: [],
      nudge: { used: 'how', suggest: 'why', meetings: 3, ids: ['oo.a', 'oo.b'] },
    };
    assert.deepEqual(parseMessage(toWebviewSchema, message), message);
  });

  it('caps the number of meetings, the length of labels and ids, and takes only whole, non-negative counts', () => {
    const ok = { type: 'hatBalance', meetings: [], reviews: [] };
    assert.ok(parseMessage(toWebviewSchema, ok));
    assert.equal(parseMessage(toWebviewSchema, { ...ok, meetings: Array(9).fill(meeting) }), undefined);
    assert.equal(parseMessage(toWebviewSchema, { ...ok, reviews: [{ ...meeting, label: 'x'.repeat(201) }] }), undefined);
    assert.equal(parseMessage(toWebviewSchema, { ...ok, reviews: [{ ...meeting, prompts: { ...meeting.prompts, why: -1 } }] }), undefined);
    assert.equal(parseMessage(toWebviewSchema, { ...ok, reviews: [{ ...meeting, prompts: { ...meeting.prompts, how: 1.5 } }] }), undefined);
    assert.equal(parseMessage(toWebviewSchema, { ...ok, nudge: { used: 'how', suggest: 'why', meetings: 3, ids: ['a', 'b', 'c'] } }), undefined);
    assert.equal(parseMessage(toWebviewSchema, { ...ok, person: '../x' }), undefined);
  });

  it('accepts reflection notes by month file name only', () => {
    const notes = [{ fileName: '2026-11.md', month: '2026-11', shifts: ['shift.a'] }, { fileName: '2026-10-2.md', month: '2026-10', shifts: [] }];
    assert.ok(parseMessage(toWebviewSchema, { type: 'reflections', notes }));
    assert.equal(parseMessage(toWebviewSchema, { type: 'reflections', notes: [{ ...notes[0], fileName: '../2026-11.md' }] }), undefined);
    assert.equal(parseMessage(toWebviewSchema, { type: 'reflections', notes: [{ ...notes[0], month: '2026-13' }] }), undefined);
  });

  it('opens a reflection only by a month file name, never a path', () => {
    assert.ok(parseMessage(fromWebviewSchema, { type: 'openReflection', fileName: '2026-11.md' }));
    assert.ok(parseMessage(fromWebviewSchema, { type: 'openReflection', fileName: '2026-11-2.md' }));
    for (const fileName of ['../2026-11.md', '2026-11.md/../../x.md', 'notes.md', '2026-11.MD', '2026-11.md\n']) {
      assert.equal(parseMessage(fromWebviewSchema, { type: 'openReflection', fileName }), undefined, fileName);
    }
    assert.ok(parseMessage(fromWebviewSchema, { type: 'startReflection' }));
  });

  it('keeps the UI string keys unique', () => {
    assert.equal(new Set(UI_STRING_KEYS).size, UI_STRING_KEYS.length);
  });
});
