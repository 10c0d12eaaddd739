import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines } from '../../../../src/core/markdown/markdownScan';
import { cpuMsSince } from '../../hostile/linearTime';
import {
  appendTalkingPoint, parsePointLink, pointLine, pointText, relativeTarget, selectionLink, takeTalkingPoints, talkingPoints,
  type TextDelete, type TextInsert,
} from '../../../../src/core/people/talkingPoints';

/** Applies an insert to text the way a WorkspaceEdit does. */
function applyInsert(text: string, insert: TextInsert): string {
  const at = offsetOf(text, insert.at.line, insert.at.character);
  return text.slice(0, at) + insert.text + text.slice(at);
}

/** Applies disjoint deletions, last first, the way a WorkspaceEdit does. */
function applyDeletions(text: string, deletions: readonly TextDelete[]): string {
  let out = text;
  for (const d of [...deletions].reverse()) out = out.slice(0, offsetOf(out, d.start.line, d.start.character)) + out.slice(offsetOf(out, d.end.line, d.end.character));
  return out;
}

function offsetOf(text: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const lf = text.indexOf('\n', offset);
    assert.ok(lf >= 0, `no line ${line}`);
    offset = lf + 1;
  }
  return offset + character;
}

const profile = ['---', 'name: Sam', 'cadence: weekly', '---', '# Sam', '', 'Likes written feedback.', '',
  '## Next 1:1', '', '- [ ] the retry loop ([src/ingest/retry.ts:42](../../../src/ingest/retry.ts#L42))', '  - check the backoff cap',
  '- [x] already talked about the rota', '- praise for the incident write-up', '', '## Background', '', '- [ ] not a talking point', ''].join('\n');

describe('talking points in person.md', () => {
  it('lists unticked top-level items under Next 1:1 with their link, and nothing from other sections', () => {
    const points = talkingPoints(profile);
    assert.deepEqual(points.map((p) => [p.text, p.link?.label, p.line, p.end]), [
      ['the retry loop', 'src/ingest/retry.ts:42', 10, 12],
      ['praise for the incident write-up', undefined, 13, 14],
    ]);
    assert.deepEqual(points[0]!.lines, ['- [ ] the retry loop ([src/ingest/retry.ts:42](../../../src/ingest/retry.ts#L42))', '  - check the backoff cap']);
  });

  it('finds no points without the section, or in a fenced block', () => {
    assert.deepEqual(talkingPoints('# Sam\n- [ ] a\n'), []);
    assert.deepEqual(talkingPoints('## Next 1:1\n```\n- [ ] code\n```\n'), []);
  });

  it('appends after the last item of the section', () => {
    const insert = appendTalkingPoint(profile, 'ask about the on-call swap');
    assert.deepEqual(insert, { at: { line: 13, character: '- praise for the incident write-up'.length }, text: '\n- [ ] ask about the on-call swap' });
    const after = applyInsert(profile, insert);
    assert.deepEqual(talkingPoints(after).map((p) => p.text), ['the retry loop', 'praise for the incident write-up', 'ask about the on-call swap']);
    assert.match(after, /write-up\n- \[ \] ask about the on-call swap\n\n## Background/);
  });

  it('appends under an empty section with a blank line after the heading', () => {
    const text = '---\nname: Ana\n---\n# Ana\n\n## Next 1:1\n\n## Later\n';
    assert.equal(applyInsert(text, appendTalkingPoint(text, 'p')), '---\nname: Ana\n---\n# Ana\n\n## Next 1:1\n\n- [ ] p\n\n## Later\n');
  });

  it('adds the section at the end when it is missing, with or without a final line break', () => {
    assert.equal(applyInsert('# Ana\n\nNotes.\n', appendTalkingPoint('# Ana\n\nNotes.\n', 'p')), '# Ana\n\nNotes.\n\n## Next 1:1\n\n- [ ] p\n');
    assert.equal(applyInsert('# Ana', appendTalkingPoint('# Ana', 'p')), '# Ana\n\n## Next 1:1\n\n- [ ] p\n');
    assert.equal(applyInsert('', appendTalkingPoint('', 'p')), '## Next 1:1\n\n- [ ] p\n');
  });

  it('keeps CRLF line endings', () => {
    const text = '# Ana\r\n\r\n## Next 1:1\r\n\r\n- [ ] a\r\n';
    assert.equal(appendTalkingPoint(text, 'b').text, '\r\n- [ ] b');
  });

  it('takes the points with their nested lines and leaves everything else', () => {
    const taken = takeTalkingPoints(profile);
    assert.deepEqual(taken.lines, [
      '- [ ] the retry loop ([src/ingest/retry.ts:42](../../../src/ingest/retry.ts#L42))', '  - check the backoff cap', '- praise for the incident write-up',
    ]);
    const left = applyDeletions(profile, taken.deletions);
    assert.deepEqual(talkingPoints(left), []);
    assert.match(left, /## Next 1:1\n\n- \[x\] already talked about the rota\n\n## Background\n\n- \[ \] not a talking point\n/);
  });

  it('takes points at the very end of a file without a final line break', () => {
    const text = '## Next 1:1\n\n- [ ] a\n- [ ] b';
    const taken = takeTalkingPoints(text);
    assert.equal(taken.deletions.length, 1, 'adjacent points are one deletion');
    assert.equal(applyDeletions(text, taken.deletions), '## Next 1:1\n');
  });

  it('never loses or duplicates a point: what is taken plus what is left is the profile, line for line', () => {
    const line = fc.oneof(
      fc.constantFrom('- [ ] a point', '- [x] ticked', '- plain point', '  - nested', '', 'a paragraph', '## Next 1:1', '## Other', '```', '- [ ] b', '1. [ ] ordered'),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ' ')),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, finalBreak) => {
      const text = lines.join('\n') + (finalBreak ? '\n' : '');
      const taken = takeTalkingPoints(text);
      const left = applyDeletions(text, taken.deletions);
      // Nothing pending is left, and the moved lines are exactly the lines that went missing.
      assert.deepEqual(talkingPoints(left), []);
      const before = splitLines(text).filter((l) => l !== '');
      const after = splitLines(left).filter((l) => l !== '');
      const moved = taken.lines.filter((l) => l !== '');
      assert.equal(after.length + moved.length, before.length);
      // Left lines are the profile's, in order (a deletion never cuts into a line that stays).
      let at = 0;
      for (const l of after) {
        while (at < before.length && before[at] !== l) at++;
        assert.ok(at < before.length, `"${l}" was not in the profile`);
        at++;
      }
      // Every point's text (its lazy continuation lines included) is in the moved lines.
      const movedText = taken.lines.map((l) => l.trim()).join(' ');
      for (const p of taken.points) assert.ok(movedText.includes(p.text), `"${p.text}" was not moved`);
    }), { numRuns: 500 });
  });

  it('makes one short line of a selection of several lines', () => {
    assert.equal(pointText('  for (const x of xs) {\n    retry(x);\n  }\n'), 'for (const x of xs) { retry(x); }');
    const long = pointText('word '.repeat(100));
    assert.ok(long.length <= 121 && long.endsWith('…'), long);
    assert.equal(pointText('a'.repeat(300)).length, 121);
    assert.equal(pointText(`${'a'.repeat(119)}😀tail`), `${'a'.repeat(119)}…`);
  });

  it('links back to the file and line, relative to person.md', () => {
    assert.equal(relativeTarget('/ws/notes/one-on-ones/sam', '/ws/src/ingest/retry.ts'), '../../../src/ingest/retry.ts');
    assert.equal(relativeTarget('/ws/notes/one-on-ones/sam', '/ws/notes/one-on-ones/sam/2026-11-16.md'), '2026-11-16.md');
    assert.equal(relativeTarget('/ws/notes', '/ws/my docs/a (1).md'), '../my%20docs/a%20%281%29.md');
    const link = selectionLink('/ws/notes/one-on-ones/sam', '/ws/src/ingest/retry.ts', 'src/ingest/retry.ts', 42);
    assert.equal(pointLine('the retry loop', link), 'the retry loop ([src/ingest/retry.ts:42](../../../src/ingest/retry.ts#L42))');
    assert.deepEqual(parsePointLink(pointLine('a [b] (c)', link)), { text: 'a [b] (c)', link });
  });

  it('reads a profile with a 200,000-character line in linear time', () => {
    const t0 = process.cpuUsage();
    const text = `## Next 1:1\n- [ ] ${' (['.repeat(70_000)}))\n- ${'['.repeat(200_000)}\n`;
    assert.equal(talkingPoints(text).length, 2);
    assert.equal(pointText('x '.repeat(100_000)).length, 120);
    assert.ok(cpuMsSince(t0) < 1500, `took ${cpuMsSince(t0).toFixed(0)} ms of CPU`);
  });
});
