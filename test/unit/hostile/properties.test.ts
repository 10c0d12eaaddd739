/** Hostile input, property tests (fast-check): invariants that must hold for any text. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeSnippetText } from '../../../src/core/completions/snippets';
import { carryOver, parseOrigin } from '../../../src/core/notes/carryOver';
import { renderNote } from '../../../src/core/notes/renderTemplate';
import { isSafeSegment, MAX_SLUG_LENGTH, personFolderFor, slugify } from '../../../src/core/notes/slug';
import { taskItems } from '../../../src/core/markdown/markdownScan';
import { parseSnippet } from '../core/completions/snippetSyntax';

/** Item text: any printable text on one line, markdown and origin-like noise included. */
const itemText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
  fc.constantFrom('Ship it', 'Fix `x` [y](z)', '_(from [2026-02-30](a.md))_', 'a  b\tc', '**bold** <b>', '#tag'),
).map((s) => s.replace(/[\r\n]/g, ' ').trim()).filter((s) => s.length > 0 && !s.startsWith('[') && s.replace(/[\s\\]/g, '') !== '');

const item = fc.record({ text: itemText, checked: fc.boolean(), depth: fc.integer({ min: 0, max: 3 }) });

/** A note of task items, some nested, some checked, with prose and a code block in between. */
function noteOf(items: { text: string; checked: boolean; depth: number }[]): string {
  let depth = 0;
  const lines = ['---', 'person: X', '---', '# 1:1', ''];
  items.forEach((it, i) => {
    depth = Math.min(it.depth, depth + 1);
    lines.push(`${'  '.repeat(depth)}- [${it.checked ? 'x' : ' '}] ${it.text}`);
    if (i % 7 === 6) {
      lines.push('', 'Some prose.', '', '```', '- [ ] inside code', '```', '');
      // Prose ends the list: the next item starts a new one (indented, it would be indented code).
      depth = -1;
    }
  });
  return `${lines.join('\n')}\n`;
}

const key = (text: string) => parseOrigin(text).text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

describe('hostile input: properties (fast-check)', () => {
  it('carry-over never loses or duplicates an unchecked item and never carries a checked one', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 30 }), (items) => {
      const text = noteOf(items);
      // The oracle is the generated list itself: every unchecked item, once (same words = same item).
      const open = new Set(items.filter((it) => !it.checked).map((it) => key(it.text)));
      const carried = carryOver({ fileName: '2026-11-09.md', date: '2026-11-09', text }).lines.map((l) => key(l.replace(/^\s*- \[ \] /, '')));
      assert.equal(new Set(carried).size, carried.length, 'an item was duplicated');
      assert.deepEqual(new Set(carried), open, 'an item was lost, or a checked or code-block item carried');
      // The parser agrees: it sees exactly the generated tasks.
      assert.equal(taskItems(text).length, items.length);
    }), { numRuns: 500 });
  });

  it('carry-over keeps what a second carry would see: carrying twice changes nothing', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 20 }), (items) => {
      const first = carryOver({ fileName: '2026-11-09.md', date: '2026-11-09', text: noteOf(items) });
      const second = carryOver({ fileName: '2026-11-16.md', date: '2026-11-16', text: `# 1:1\n\n${first.lines.join('\n')}\n` });
      assert.deepEqual(second.lines, first.lines);
    }), { numRuns: 200 });
  });

  it('slugs are one safe segment, stable, and distinct folders for distinct names', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 80, unit: 'grapheme' }), { minLength: 1, maxLength: 12 }), (names) => {
      const existing = new Map<string, string | undefined>();
      const folderOf = new Map<string, string>();
      for (const name of names) {
        const slug = slugify(name);
        assert.ok(isSafeSegment(slug) && slug.length <= MAX_SLUG_LENGTH, `unsafe slug ${JSON.stringify(slug)}`);
        assert.equal(slugify(name), slug, 'not stable');
        const found = personFolderFor(name, existing);
        const folder = found.kind === 'ask' ? found.distinct : found.folder;
        assert.ok(isSafeSegment(folder) && folder.length <= MAX_SLUG_LENGTH, `unsafe folder ${JSON.stringify(folder)}`);
        const id = name.normalize('NFC').trim();
        if (folderOf.has(id)) assert.equal(folder, folderOf.get(id), 'the same name moved folder');
        else {
          assert.ok(![...folderOf.values()].some((f) => f.toLowerCase() === folder.toLowerCase()), `${JSON.stringify(name)} shares ${folder}`);
          folderOf.set(id, folder);
          existing.set(folder, name);
        }
      }
    }), { numRuns: 500 });
  });

  it('template rendering never leaves a placeholder it has a value for', () => {
    const value = fc.string({ maxLength: 30, unit: 'grapheme' });
    fc.assert(fc.property(value, value, fc.array(fc.constantFrom('{{person}}', '{{date}}', '{{title}}', 'text', '{{', '}}', '{{carriedOver}}'), { maxLength: 8 }), (person, title, parts) => {
      const template = { id: 't', title: 'T', for: 'one-on-one' as const, sections: [{ heading: `${parts.join(' ')} {{person}}` }, { heading: 'Body', body: [parts.join(''), '{{carriedOver}}'] }] };
      const { text } = renderNote(template, { person, title, date: '2026-11-16', carriedOver: [] });
      // Values are escaped, never expanded again: only what the values themselves contain may look like a placeholder.
      const fromValues = `${person}${title}`.match(/\{\{(person|date|title)\}\}/g)?.length ?? 0;
      const left = text.match(/\{\{(person|date|title)\}\}/g)?.length ?? 0;
      assert.ok(left <= fromValues, `placeholders left: ${text}`);
    }), { numRuns: 300 });
  });

  it('snippet escaping round-trips any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60, unit: 'grapheme' }), (text) => {
      const oneLine = text.replace(/[\r\n]/g, ' ');
      assert.equal(parseSnippet([`- [ ] ${escapeSnippetText(oneLine)}`, '$0']).text, `- [ ] ${oneLine}\n`);
    }), { numRuns: 1000 });
  });
});
