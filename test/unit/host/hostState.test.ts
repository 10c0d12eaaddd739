import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { HostState } from '../../../src/host/hostState';

/** An in-memory workspaceState. */
function memento(initial: Record<string, unknown> = {}): vscode.Memento & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    keys: () => Object.keys(data),
    get: <T>(key: string, fallback?: T) => (key in data ? data[key] as T : fallback) as T,
    update: async (key: string, value: unknown) => { data[key] = value; },
  };
}

describe('host state: one typed, versioned wrapper', () => {
  it('writes the version itself and reads back what it wrote', async () => {
    const m = memento();
    const state = new HostState(m);
    await state.setPrepTicks('ana', { afterNote: '2026-11-16.md', ids: ['a'] });
    assert.deepEqual(m.data['twoHats.prepTicks/ana'], { version: 2, data: { afterNote: '2026-11-16.md', ids: ['a'] } });
    assert.deepEqual(state.prepTicks('ana'), { afterNote: '2026-11-16.md', ids: ['a'] });
  });

  it('reads a value of another version or shape as absent, never misread', () => {
    const state = new HostState(memento({
      'twoHats.prepTicks/ana': { version: 3, data: { afterNote: null, ids: [] } },
      'twoHats.prepTicks/sam': { version: 2, data: { afterNote: 5, ids: 'a' } },
      'twoHats.askedLog': { version: 2, data: { 'person:ana': { x: 'yesterday' } } },
    }));
    assert.equal(state.prepTicks('ana'), undefined);
    assert.equal(state.prepTicks('sam'), undefined);
    assert.deepEqual(state.asked(), {});
  });

  it('migrates what version 1 stored flat', () => {
    const state = new HostState(memento({
      'twoHats.prepTicks/ana': { version: 1, afterNote: null, ids: ['b'] },
      'twoHats.askedLog': { version: 1, asked: { 'person:ana': { x: '2026-11-16' } } },
      'twoHats.personNames': { ana: 'Ana' },
    }));
    assert.deepEqual(state.prepTicks('ana'), { afterNote: null, ids: ['b'] });
    assert.deepEqual(state.asked(), { 'person:ana': { x: '2026-11-16' } });
    assert.deepEqual(state.personNames(), { ana: 'Ana' });
  });

  it('checks the panel UI state against its schema', async () => {
    const m = memento();
    const state = new HostState(m);
    await m.update('twoHats.panelUi', { version: 2, data: { version: 1, tab: 'nope', lens: 'both', situationFilter: '' } });
    assert.equal(state.panelUi(), undefined);
    await state.setPanelUi({ version: 1, tab: 'design', lens: 'why', situationFilter: '' });
    assert.equal(state.panelUi()?.tab, 'design');
  });
});
