/**
 * Hostile input, properties over generated notes (fast-check): notes made of lists (nested, lazy
 * continuation lines), fences closed and left open, HTML comments, `<details>` blocks, setext
 * headings and quotes, with headings that read as private in many spellings.
 * - The one reader agrees with what markdown-it renders: as many headings as `<h1>`…`<h6>`, as many
 *   task items as `<li>`s that start with a checkbox.
 * - Nothing written under a private-looking heading, as the lead wrote it, reaches the shareable
 *   copy or the shared carry-over, whatever markdown-it makes of the structure around it.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { readMarkdown } from '../../../src/core/markdown/markdownScan';
import { carryOver } from '../../../src/core/notes/carryOver';
import { shareableNote } from '../../../src/core/notes/shareable';

const PRIVATE = ['Private', 'Private notes', '🔒 Private', '**Private**', '*private*', 'Private\u00a0', 'PRIVATE\u200b', 'Ｐｒｉｖａｔｅ'];
const SHARED = ['Notes', 'Agenda', 'Action items', 'Background'];

/** A block of a generated note. `secret` blocks write under a private-looking heading. */
type Block =
  | { kind: 'heading'; level: number; text: string; setext: boolean }
  | { kind: 'para'; lines: number }
  | { kind: 'list'; items: { depth: number; task: boolean; lazy: boolean }[] }
  | { kind: 'fence'; closed: boolean; inner: string[] }
  | { kind: 'comment'; inner: string[] }
  | { kind: 'details'; summary: string; body: number }
  | { kind: 'quote'; lines: number };

const headingText = fc.oneof(fc.constantFrom(...PRIVATE), fc.constantFrom(...SHARED));
const innerLine = fc.oneof(fc.constant('code line'), fc.constantFrom(...PRIVATE, ...SHARED).map((t) => `## ${t}`));
const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('heading' as const), level: fc.integer({ min: 1, max: 3 }), text: headingText, setext: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('para' as const), lines: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('list' as const), items: fc.array(fc.record({ depth: fc.integer({ min: 0, max: 2 }), task: fc.boolean(), lazy: fc.boolean() }), { minLength: 1, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fence' as const), closed: fc.boolean(), inner: fc.array(innerLine, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('comment' as const), inner: fc.array(innerLine, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('details' as const), summary: headingText, body: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('quote' as const), lines: fc.integer({ min: 1, max: 2 }) }) },
);

const isPrivateText = (t: string) => PRIVATE.includes(t);

/**
 * The note's text, with every line the lead wrote under a private-looking heading marked `S<n>`
 * (secret) and every other `P<n>`: a private scope runs from a heading that reads as private, even
 * one inside a comment or an unclosed fence, to the next heading-looking line of the same or a
 * higher level; a `<details>` with a private summary is secret to its end.
 */
function render(blocks: readonly Block[]): string {
  const out: string[] = ['# 1:1'];
  let n = 0;
  const scopes: number[] = []; // levels of the private scopes open
  const token = (forceSecret = false) => `${forceSecret || scopes.length > 0 ? 'S' : 'P'}${n++}`;
  const seeHeading = (level: number, text: string) => {
    while (scopes.length > 0 && scopes[scopes.length - 1]! >= level) scopes.pop();
    if (isPrivateText(text) && scopes.length === 0) scopes.push(level);
  };
  for (const b of blocks) {
    out.push('');
    switch (b.kind) {
      case 'heading':
        seeHeading(b.setext ? Math.min(b.level, 2) : b.level, b.text);
        if (b.setext) out.push(b.text, b.level === 1 ? '===' : '---');
        else out.push(`${'#'.repeat(b.level)} ${b.text}`);
        break;
      case 'para':
        for (let i = 0; i < b.lines; i++) out.push(`text ${token()}`);
        break;
      case 'list': {
        let depth = 0;
        for (const item of b.items) {
          depth = Math.min(item.depth, depth + 1);
          out.push(`${'  '.repeat(depth)}- ${item.task ? '[ ] ' : ''}item ${token()}`);
          if (item.lazy) out.push(`lazy ${token()}`);
        }
        break;
      }
      case 'fence':
        out.push('```');
        for (const line of b.inner) {
          if (line.startsWith('## ')) {
            seeHeading(2, line.slice(3));
            out.push(line);
          } else out.push(`code ${token()}`);
        }
        if (b.closed) out.push('```');
        break;
      case 'comment':
        out.push('<!--');
        for (const line of b.inner) {
          if (line.startsWith('## ')) {
            seeHeading(2, line.slice(3));
            out.push(line);
          } else out.push(`comment ${token()}`);
        }
        out.push('-->');
        break;
      case 'details': {
        const secret = isPrivateText(b.summary);
        out.push(`<details><summary>${b.summary}</summary>`, '');
        for (let i = 0; i < b.body; i++) out.push(`inside ${token(secret)}`, '');
        out.push('</details>');
        break;
      }
      case 'quote':
        for (let i = 0; i < b.lines; i++) out.push(`> quoted ${token()}`);
        break;
    }
  }
  return `${out.join('\n')}\n`;
}

const parser = new MarkdownIt('default', { html: true });

describe('hostile input: generated notes (fast-check)', () => {
  it('reads as many headings and task items as markdown-it renders', () => {
    fc.assert(fc.property(fc.array(block, { maxLength: 14 }), (blocks) => {
      const text = render(blocks);
      const html = parser.render(text);
      const structure = readMarkdown(text);
      assert.equal(structure.headings.length, (html.match(/<h[1-6]>/g) ?? []).length, text);
      const tasks = structure.items.filter((i) => i.checked !== undefined && i.text !== '').length;
      assert.equal(tasks, (html.match(/<li>(?:\n?<p>)?\[[ xX]\] /g) ?? []).length, text);
    }), { numRuns: Number(process.env.FC_RUNS ?? 400) });
  });

  it('never shares a line written under a private-looking heading, nor carries its items into a shared list', () => {
    fc.assert(fc.property(fc.array(block, { maxLength: 14 }), (blocks) => {
      const text = render(blocks);
      const shared = shareableNote(text).text;
      assert.doesNotMatch(shared, /\bS\d+\b/, `${text}\n--- shared ---\n${shared}`);
      const carried = carryOver({ fileName: '2026-11-09.md', date: '2026-11-09', text }).lines.join('\n');
      assert.doesNotMatch(carried, /\bS\d+\b/, `${text}\n--- carried ---\n${carried}`);
    }), { numRuns: Number(process.env.FC_RUNS ?? 400) });
  });
});
