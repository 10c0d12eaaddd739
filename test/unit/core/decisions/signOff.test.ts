import * as assert from 'node:assert/strict';
import { openQuestions } from '../../../../src/core/decisions/openQuestions';
import { reviewerHandle, signOffLines, signOffOf, signOffSummary } from '../../../../src/core/decisions/signOff';
import { bundled } from '../markdown/helpers';

const note = (signOff: string, before = '') => `---\ndoc: docs/adr/0007-x.md\n---\n# Review\n\n${before}## Sign-off\n\n${signOff}\n\n## Follow-ups\n\n- [ ] @bo fix the diagram\n`;

describe('sign-off in a review note', () => {
  it("writes one open task item per reviewer, as handles, each once", () => {
    assert.deepEqual(signOffLines(['@bo', 'Cy', 'Dee Dee', 'BO', '  ', '@@eve']), ['- [ ] @bo', '- [ ] @Cy', '- [ ] @Dee-Dee', '- [ ] @eve']);
  });

  it('writes one empty slot without reviewers, which names nobody', () => {
    assert.deepEqual(signOffLines([]), ['- [ ] @']);
    assert.deepEqual(signOffOf(note(signOffLines([]).join('\n'))), { signed: [], missing: [] });
  });

  it('makes handles from names: markdown and blanks become one dash', () => {
    assert.equal(reviewerHandle('Ana Ruiz (PM)'), 'Ana-Ruiz-PM');
    assert.equal(reviewerHandle('@jo.k_l-m'), 'jo.k_l-m');
    assert.equal(reviewerHandle('**Zoë**'), 'Zoë');
    assert.equal(reviewerHandle('[x](y)'), 'x-y');
  });

  it('reads ticked items as signed, with their date, and open ones as missing', () => {
    const signOff = signOffOf(note('- [x] @bo ✅ 2026-11-05\n- [ ] @cy\n- [X] Dee Dee\n- [x] @eve looks good ✅ 2026-02-30'));
    assert.deepEqual(signOff, {
      signed: [{ who: 'bo', line: 7, date: '2026-11-05' }, { who: 'Dee-Dee', line: 9 }, { who: 'eve', line: 10 }],
      missing: [{ who: 'cy', line: 8 }],
    });
  });

  it('reads only top-level task items inside the Sign-off section', () => {
    const text = note('- [x] @bo\n  - [ ] @nested remark\n- plain item @zed\n\n```\n- [x] @incode\n```', '- [x] @before\n\n');
    assert.deepEqual(signOffOf(text), { signed: [{ who: 'bo', line: 9 }], missing: [] });
    assert.deepEqual(signOffOf('# Review\n\n## Sign off\n\n- [ ] @bo\n'), { signed: [], missing: [{ who: 'bo', line: 4 }] });
    assert.deepEqual(signOffOf('# Review\n\n- [ ] @bo\n'), { signed: [], missing: [] });
  });

  it('summarizes who signed of the doc\'s reviewers and those the note adds', () => {
    const signOff = signOffOf(note('- [x] @bo\n- [ ] @cy\n- [x] @extra'));
    assert.deepEqual(signOffSummary(signOff, ['@Bo', 'Cy', 'Dee Dee']), { signed: 2, total: 4, missing: ['Cy', 'Dee Dee'] });
    assert.deepEqual(signOffSummary({ signed: [], missing: [] }, []), { signed: 0, total: 0, missing: [] });
    const twice = signOffOf(note('- [ ] @bo\n- [x] @bo'));
    assert.deepEqual(signOffSummary(twice, ['bo']), { signed: 1, total: 1, missing: [] }, 'any tick signs');
  });
});

describe('open questions in a review note', () => {
  const prompts = bundled.prompts.filter((p) => p.for === 'design-review').slice(0, 3);

  it('counts unticked task items that start with one of our prompts', () => {
    const text = [
      '# Review', '',
      `- [ ] ${prompts[0]!.text}`,
      `- [x] ${prompts[1]!.text}`,
      `- [ ] **${prompts[2]!.text}** and a note after it`,
      '- [ ] A follow-up in my own words',
      `- ${prompts[0]!.text}`,
      '```', `- [ ] ${prompts[0]!.text}`, '```',
    ].join('\n');
    assert.equal(openQuestions(text, bundled.prompts), 2);
    assert.equal(openQuestions(text, []), 0);
  });
});
