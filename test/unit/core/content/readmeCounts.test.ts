import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countPrompts } from '../../../../src/core/content/contentChecks';
import { CATEGORIES, PHASES } from '../../../../src/core/content/taxonomy';
import { bundled } from './contentHelpers';

const readme = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'README.md'), 'utf8');
const c = bundled.content;

describe('README content table', () => {
  it('states the counts the bundled content actually has', () => {
    const n = countPrompts(c.prompts);
    const items = (id: string) => c.checklists.find((l) => l.id === id)?.items.length;
    const expected = [
      `${n.design} prompts over ${PHASES.length} phases`,
      `(${n.byAsks['why']} why, ${n.byAsks['how']} how)`,
      `${n.oneOnOne} prompts over ${CATEGORIES.length} categories`,
      `1:1 prep (${items('one-on-one-prep')} items)`,
      `design review (${items('design-review')})`,
      `${c.situations.length} "which hat now?" situations`,
    ];
    assert.deepEqual(expected.filter((s) => !readme.includes(s)), []);
  });
});
