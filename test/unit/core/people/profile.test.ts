import * as assert from 'node:assert/strict';
import { newProfileText, parseProfile } from '../../../../src/core/people/profile';
import { parseNoteName } from '../../../../src/core/notes/noteNames';
import { cpuMsSince } from '../../hostile/linearTime';

const profile = (...frontMatter: string[]) => ['---', ...frontMatter, '---', '# Notes about them', '', '## Next 1:1', ''].join('\n');

describe('person profiles (person.md)', () => {
  it('reads name, role, cadence, git identities and the start date', () => {
    const parsed = parseProfile(profile('name: Sam Okafor', 'role: Staff engineer', 'cadence: weekly', 'git:', '  - sam@example.com', '  - Sam O', 'started: 2025-04-01'));
    assert.deepEqual(parsed, {
      profile: { name: 'Sam Okafor', role: 'Staff engineer', cadence: 'weekly', git: ['sam@example.com', 'Sam O'], started: '2025-04-01' },
      problems: [],
    });
  });

  it('takes a number of days as cadence, a single git identity as a list, and no cadence at all', () => {
    assert.deepEqual(parseProfile(profile('name: Ana', 'cadence: 10', 'git: ana@example.com')).profile, { name: 'Ana', cadence: 10, git: ['ana@example.com'] });
    assert.deepEqual(parseProfile(profile('name: Ana')).profile, { name: 'Ana', git: [] });
    assert.deepEqual(parseProfile(profile('name: Ana', 'cadence:')).profile, { name: 'Ana', git: [] });
  });

  it('reports each malformed field on its own line and ignores the profile', () => {
    const parsed = parseProfile(profile('name: Ana', 'role: Lead', 'cadence: fortnightly', 'git: [1, 2]', 'started: 2026-02-30'));
    assert.equal(parsed.profile, undefined);
    assert.deepEqual(parsed.problems.map((p) => [p.code, p.line, p.detail]), [['cadence', 3, 'fortnightly'], ['git', 4, '[1,2]'], ['started', 5, '2026-02-30']]);
  });

  it('needs a name', () => {
    assert.deepEqual(parseProfile(profile('cadence: weekly')).problems.map((p) => [p.code, p.line]), [['name', 0]]);
    assert.deepEqual(parseProfile(profile('cadence: weekly', 'name: 42')).problems.map((p) => [p.code, p.line]), [['name', 2]]);
  });

  it('reports broken YAML with the line YAML points at', () => {
    const parsed = parseProfile(['---', 'name: Ana', 'cadence: [weekly', '---', ''].join('\n'));
    assert.equal(parsed.profile, undefined);
    assert.equal(parsed.problems[0]?.code, 'yaml');
    assert.ok((parsed.problems[0]?.line ?? 0) >= 2, `line ${parsed.problems[0]?.line}`);
  });

  it('has no profile and no problem without front matter (a person.md of plain notes)', () => {
    assert.deepEqual(parseProfile('# Just notes\n\n## Next 1:1\n- [ ] a\n'), { problems: [] });
  });

  it('writes a new profile that reads back, with an empty Next 1:1 section', () => {
    const text = newProfileText('Zoë  Ops', 'biweekly');
    assert.equal(text, '---\nname: Zoë Ops\ncadence: biweekly\n---\n# Zoë Ops\n\n## Next 1:1\n\n');
    assert.deepEqual(parseProfile(text).profile, { name: 'Zoë Ops', cadence: 'biweekly', git: [] });
    assert.equal(newProfileText('Ana'), '---\nname: Ana\n---\n# Ana\n\n## Next 1:1\n\n');
  });

  it('is never taken for a dated note', () => {
    assert.equal(parseNoteName('person.md'), undefined);
  });

  it('reads a profile with a 200,000-character line in linear time', () => {
    const t0 = process.cpuUsage();
    const parsed = parseProfile(profile('name: Ana', `role: ${'x'.repeat(200_000)}`, `cadence: ${'1'.repeat(200_000)}`));
    // Front matter over 8 KB is refused before YAML reads it (core/notes/frontMatter.ts), with the limit named.
    assert.deepEqual(parsed.problems.map((p) => p.code), ['yaml']);
    assert.match(parsed.problems[0]!.detail ?? '', /8 KB/);
    assert.ok(cpuMsSince(t0) < 1000, `took ${cpuMsSince(t0).toFixed(0)} ms of CPU`);
  });
});
