import * as assert from 'node:assert/strict';
import { splitLines } from '../../../../src/core/markdown/markdownScan';
import { appendToSection, lineBreakOf, profileSections, topLevelItems } from '../../../../src/core/people/profileSections';
import { applyInsert } from '../growth/edits';

const profile = ['---', 'name: Sam', '---', '# Sam', '', '## Wins', '', '- 2026-10-01 First on-call shift', '  - calm under pressure', '',
  '## Goals', '', '- [ ] Lead the search migration', '', '## Wins', '- 2026-11-02 Second win', ''].join('\n');

describe('named sections of person.md', () => {
  it('finds every section with the name, in order, whatever its level and case', () => {
    const lines = splitLines(profile);
    assert.deepEqual(profileSections(lines, 'Wins').map((s) => s.heading.line), [5, 14]);
    assert.deepEqual(profileSections(splitLines('### wins:\n- a\n'), 'Wins').map((s) => s.heading.line), [0]);
  });

  it('lists a nested section of the same name only through the outer one', () => {
    const lines = splitLines('## Goals\n- a\n### Goals\n- b\n');
    assert.deepEqual(profileSections(lines, 'Goals').map((s) => s.heading.line), [0]);
  });

  it('lists top-level items only: nested items stay with their parent', () => {
    const lines = splitLines(profile);
    const [first] = profileSections(lines, 'Wins');
    assert.deepEqual(topLevelItems(lines, first!).map((i) => [i.line, i.end]), [[7, 9]]);
  });

  it('appends after the last item of the first section with that name, after its nested lines', () => {
    const insert = appendToSection(profile, 'Wins', '- 2026-11-12 Third');
    assert.deepEqual(insert.at, { line: 8, character: '  - calm under pressure'.length });
    assert.match(applyInsert(profile, insert), /calm under pressure\n- 2026-11-12 Third\n\n## Goals/);
  });

  it('adds the section at the end when the profile has none, leaving one blank line before it', () => {
    assert.equal(applyInsert('# Sam\n', appendToSection('# Sam\n', 'Feedback', '- [ ] x')), '# Sam\n\n## Feedback\n\n- [ ] x\n');
    assert.equal(applyInsert('# Sam', appendToSection('# Sam', 'Feedback', '- [ ] x')), '# Sam\n\n## Feedback\n\n- [ ] x\n');
  });

  it('keeps CRLF line breaks and every line of the profile', () => {
    const crlf = profile.replace(/\n/g, '\r\n');
    const after = applyInsert(crlf, appendToSection(crlf, 'Goals', '- [ ] Mentor a new hire'));
    assert.equal(lineBreakOf(after), '\r\n');
    assert.doesNotMatch(after.replace(/\r\n/g, ''), /\r|\n/);
    assert.deepEqual(after.split('\r\n').filter((l) => l !== '- [ ] Mentor a new hire'), crlf.split('\r\n'));
  });

  it('reads the line break a text uses: CRLF, CR or LF', () => {
    assert.equal(lineBreakOf('a\r\nb'), '\r\n');
    assert.equal(lineBreakOf('a\rb'), '\r');
    assert.equal(lineBreakOf('a\nb\r\n'), '\n');
    assert.equal(lineBreakOf('a'), '\n');
  });
});
