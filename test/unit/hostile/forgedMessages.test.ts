/**
 * Hostile input, forged webview messages: for every message type the page may send, a valid
 * example is accepted and every forgery of it is dropped: a missing or extra field, a wrong
 * type, a huge string, `../`, an absolute path, NUL, a Windows device name, a negative or
 * fractional line. The host reads and writes only through the fields that pass.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSafeSegment } from '../../../src/core/notes/slug';
import { fromWebviewSchema, parseMessage } from '../../../src/core/panel/protocol';
import { defaultUiState } from '../../../src/core/panel/uiState';

type Kind = 'slug' | 'file' | 'id' | 'text' | 'bool' | 'line' | 'enum' | 'ui' | 'key';

/** Each message type: a valid example and what each field is. */
const MESSAGES: Record<string, { example: Record<string, unknown>; fields: Record<string, { kind: Kind; optional?: true }> }> = {
  ready: { example: { type: 'ready', ui: defaultUiState }, fields: { ui: { kind: 'ui', optional: true } } },
  ui: { example: { type: 'ui', state: defaultUiState }, fields: { state: { kind: 'ui' } } },
  addPerson: { example: { type: 'addPerson' }, fields: {} },
  tick: { example: { type: 'tick', person: 'ana', id: 'oo.prep.read-notes', checked: true }, fields: { person: { kind: 'slug' }, id: { kind: 'id' }, checked: { kind: 'bool' } } },
  startOneOnOne: { example: { type: 'startOneOnOne', person: 'ana' }, fields: { person: { kind: 'slug', optional: true } } },
  startDesignReview: { example: { type: 'startDesignReview' }, fields: {} },
  insertSection: { example: { type: 'insertSection', phase: 'risks' }, fields: { phase: { kind: 'enum' } } },
  insertPrompt: { example: { type: 'insertPrompt', id: 'dr.problem.one-sentence-problem', person: 'ana' }, fields: { id: { kind: 'id' }, person: { kind: 'slug', optional: true } } },
  setAsked: { example: { type: 'setAsked', id: 'dr.problem.x', asked: true, person: 'ana' }, fields: { id: { kind: 'id' }, asked: { kind: 'bool' }, person: { kind: 'slug', optional: true } } },
  openItem: { example: { type: 'openItem', person: 'ana', fileName: '2026-11-16.md', line: 4 }, fields: { person: { kind: 'slug' }, fileName: { kind: 'file' }, line: { kind: 'line' } } },
  startReflection: { example: { type: 'startReflection' }, fields: {} },
  openReflection: { example: { type: 'openReflection', fileName: '2026-11.md' }, fields: { fileName: { kind: 'file' } } },
  addTalkingPoint: { example: { type: 'addTalkingPoint', person: 'ana', text: 'Ask about the retry loop' }, fields: { person: { kind: 'slug' }, text: { kind: 'text' } } },
  insertCommits: { example: { type: 'insertCommits', person: 'ana' }, fields: { person: { kind: 'slug' } } },
  // A commitment's key is only looked up in the index (never a path): it must be a string of a sane size.
  openCommitment: { example: { type: 'openCommitment', key: 'ana/2026-11-09/send the rfc' }, fields: { key: { kind: 'key' } } },
  // The prep tab's growth buttons: only the three known actions, for a person's folder name.
  growthAction: { example: { type: 'growthAction', action: 'logWin', person: 'ana' }, fields: { action: { kind: 'enum' }, person: { kind: 'slug' } } },
};

const HUGE = 'x'.repeat(1_000_000);
const PATHS = ['../etc', '..', '/etc/passwd', 'C:\\Windows\\win.ini', 'a/b', 'a\\b', 'a\u0000b', 'CON', 'nul.md', 'lpt1', ' ana', 'ana.', ''];

/** Values every field of a kind must refuse. */
function forgeries(kind: Kind): unknown[] {
  const wrongTypes = [null, 42, true, {}, [], 'text'];
  switch (kind) {
    case 'slug': return [...wrongTypes.filter((v) => v !== 'text'), HUGE, 'p'.repeat(256), ...PATHS];
    case 'file': return [...wrongTypes, HUGE, ...PATHS, '../2026-11-16.md', '2026-11-16.md/..', '2026-11-16.md\u0000'];
    case 'id': return [...wrongTypes.filter((v) => v !== 'text'), HUGE, '../x', 'A B', 'x\u0000'];
    case 'text': return [null, 42, {}, [], '', HUGE];
    case 'bool': return [null, 1, 'true', {}];
    case 'line': return [null, '4', -5, 1.5, Number.NaN, Infinity, 1e12];
    case 'enum': return [null, 42, 'security', 'Risks', 'LogWin', 'startOneOnOne', 'reviewEvidence', HUGE];
    case 'key': return [null, 42, true, {}, [], '', 'k'.repeat(2001), HUGE];
    case 'ui': return [null, 42, 'x', {}, { ...defaultUiState, tab: 'evil' }, { ...defaultUiState, extra: 1 }, { ...defaultUiState, person: '../x' }, { ...defaultUiState, situationFilter: HUGE }];
  }
}

describe('hostile input: forged webview messages', () => {
  it('knows every message type the page can send', () => {
    const known = (fromWebviewSchema as unknown as { def: { options: { def: { shape: { type: { def: { values: string[] } } } } }[] } }).def.options
      .map((o) => o.def.shape.type.def.values[0]);
    assert.deepEqual([...known].sort(), Object.keys(MESSAGES).sort(), 'a message type has no forgery cases here');
  });

  for (const [type, { example, fields }] of Object.entries(MESSAGES)) {
    it(`${type}: accepts the real message and drops every forgery`, () => {
      assert.ok(parseMessage(fromWebviewSchema, example), 'the valid example was refused');
      const accepted: string[] = [];
      const check = (label: string, forged: unknown) => { if (parseMessage(fromWebviewSchema, forged) !== undefined) accepted.push(label); };
      check('an extra field', { ...example, path: '/etc/passwd' });
      check('no type', Object.fromEntries(Object.entries(example).filter(([k]) => k !== 'type')));
      check('an unknown type', { ...example, type: `${type}X` });
      check('not an object', JSON.stringify(example));
      for (const [field, { kind, optional }] of Object.entries(fields)) {
        if (!optional) check(`${field} missing`, Object.fromEntries(Object.entries(example).filter(([k]) => k !== field)));
        forgeries(kind).forEach((value, i) => check(`${field} = forgery ${i} (${typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : String(value)})`, { ...example, [field]: value }));
      }
      assert.deepEqual(accepted, []);
    });
  }

  it('accepts no person a host would refuse, whatever the string (fast-check)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (person) => {
      const ok = parseMessage(fromWebviewSchema, { type: 'insertCommits', person }) !== undefined;
      return ok === (isSafeSegment(person) && person.length <= 255);
    }), { numRuns: 3000 });
  });
});
