import * as assert from 'node:assert/strict';
import { locatePath } from '../../../../src/core/content/packLocation';

const text = `{
  "prompts": [
    { "id": "team.a", "text": "Why now?", "hat": "wizard" }
  ]
}`;

describe('locating a JSON path in a pack', () => {
  it('points at the offending field, name and value', () => {
    const span = locatePath(text, ['prompts', 0, 'hat']);
    assert.equal(text.slice(span.offset, span.offset + span.length), '"hat": "wizard"');
  });
  it('falls back to the object that lacks a missing field', () => {
    const span = locatePath(text, ['prompts', 0, 'asks']);
    assert.equal(text[span.offset], '{');
    assert.equal(text.slice(0, span.offset).split('\n').length, 3);
  });
  it('points at the start of a file that is not JSON at all', () => {
    assert.deepEqual(locatePath('not json', ['prompts']), { offset: 0, length: 0 });
  });
});
