/**
 * Hostile input: a heading padded with thousands of spaces, an origin date that does not exist,
 * long person folder names, pack text with images and links in completion documentation, and
 * webview messages with impossible line numbers. Each test failed before its fix (they were found
 * by trying the landed tree as a new user would; see the closing note of the reliability issue).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { emptyContent, type ContentSet } from '../../../src/core/content/contentSet';
import { buildCompletionIndex } from '../../../src/core/completions/completionIndex';
import { reviewCoverage } from '../../../src/core/designDocs/reviewCoverage';
import { headings } from '../../../src/core/markdown/markdownScan';
import { agedOpenItems, openItems } from '../../../src/core/notes/carryOver';
import { isSafeSegment } from '../../../src/core/notes/slug';
import { fromWebviewSchema, parseMessage, toWebviewSchema } from '../../../src/core/panel/protocol';
import { growth } from './linearTime';

describe('hostile input: padded headings, impossible dates, long folder names, pack text in completions, impossible message lines', () => {
  it('reads a heading of "# a", thousands of spaces and "b" in linear time (was cubic: 6,000 spaces took 40 s)', () => {
    const line = (n: number) => `# a${' '.repeat(n)}b`;
    assert.equal(headings(line(5))[0]?.text, `a${' '.repeat(5)}b`);
    // As in the linear-time suite, slow only when three measurements in a row are: V8 compiles and
    // collects garbage on other threads, and process CPU time counts them.
    let { large, ratio } = growth(line, (text) => reviewCoverage(text, emptyContent));
    for (let attempt = 1; attempt < 3 && (large >= 200 || ratio >= 12); attempt++) ({ large, ratio } = growth(line, (text) => reviewCoverage(text, emptyContent)));
    assert.ok(large < 200, `200,000 spaces took ${large.toFixed(1)} ms`);
    assert.ok(ratio < 12, `4x the input took ${ratio.toFixed(1)}x the time`);
  });

  it('lists the open items of a note whose origin date does not exist, without throwing', () => {
    const note = { fileName: '2026-11-16.md', date: '2026-11-16', text: '- [ ] Fix the flaky test _(from [2026-02-30](x.md))_\n- [ ] Ship it\n' };
    const items = agedOpenItems(note, '2026-11-23');
    assert.equal(items.length, 2);
    assert.equal(items[0]!.date, '2026-11-16');
    assert.equal(items[0]!.age, 7);
    // The bad suffix is kept as written: nothing the lead typed is lost.
    assert.match(items[0]!.text, /2026-02-30/);
    assert.equal(openItems(note.text)[0]!.origin, undefined);
  });

  it('sends every person folder the host accepts to the webview, long names included', () => {
    const message = (slug: string) => ({ type: 'people', people: [{ slug, name: slug }], openItems: [] });
    assert.ok(parseMessage(toWebviewSchema, message('p'.repeat(130))), 'a 130-character folder name');
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 255, unit: 'grapheme' }), (name) => {
      fc.pre(isSafeSegment(name));
      return parseMessage(toWebviewSchema, message(name)) !== undefined;
    }), { numRuns: 2000 });
  });

  it('escapes pack text in completion documentation, so a pack cannot show a remote image or a link', () => {
    const content: ContentSet = { ...emptyContent, prompts: [{
      id: 'x.beacon', text: '![x](https://host/p.png) <img src=x onerror=alert(1)> [click](command:workbench.action.quit)',
      hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem', tags: ['a'],
    }] };
    const doc = buildCompletionIndex(content).entries[0]!.documentation;
    assert.doesNotMatch(doc, /!\[x\]\(/);
    assert.doesNotMatch(doc, /\[click\]\(/);
    assert.doesNotMatch(doc, /<img/);
    const asText = doc.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.ok(asText.includes(content.prompts[0]!.text), 'the text is all there, as text');
  });

  it('drops a webview message whose line is negative or fractional', () => {
    const open = (line: number) => parseMessage(fromWebviewSchema, { type: 'openItem', person: 'ana', fileName: '2026-11-16.md', line });
    assert.ok(open(3));
    assert.equal(open(-5), undefined);
    assert.equal(open(1.5), undefined);
    assert.equal(open(Number.NaN), undefined);
  });
});
