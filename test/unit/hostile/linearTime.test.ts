/**
 * Hostile input, time limits: every parser of user text stays linear on 200,000-character lines
 * of spaces, tabs, `#`, `-`, backticks and `[` (and mixes made to trip backtracking). Each case
 * is timed at 50,000 and 200,000 characters (`slowCases`): a case is slow when 4 times the input
 * takes more than 12 times as long (linear is about 4, quadratic about 16) and 60 ms or more.
 */
import * as assert from 'node:assert/strict';
import { emptyContent } from '../../../src/core/content/contentSet';
import { locatePath } from '../../../src/core/content/packLocation';
import { parsePack } from '../../../src/core/content/validate';
import { buildCompletionIndex, queryIndex } from '../../../src/core/completions/completionIndex';
import { escapeMarkdown, quickPickText } from '../../../src/core/markdown/escapeMarkdown';
import { insertionFor, triggerAt } from '../../../src/core/completions/completionTrigger';
import { frontMatterField, headings, isInCodeOrFrontMatter, scanMarkdown, splitLines, taskItems } from '../../../src/core/markdown/markdownScan';
import { promptInsertion } from '../../../src/core/markdown/promptText';
import { lineTextStart, normalizeText, usedInDocument } from '../../../src/core/markdown/promptUse';
import { reviewCoverage } from '../../../src/core/designDocs/reviewCoverage';
import { escapeSnippetText } from '../../../src/core/completions/snippets';
import { agedOpenItems, carryOver, parseOrigin } from '../../../src/core/notes/carryOver';
import { splitFrontMatter } from '../../../src/core/notes/frontMatter';
import { renderNote } from '../../../src/core/notes/renderTemplate';
import { slugify } from '../../../src/core/notes/slug';
import { visibleText } from '../../../src/core/visibleText';
import { privateParts, visibleWords } from '../../../src/core/notes/privacy';
import { shareableNote } from '../../../src/core/notes/shareable';
import { talkingPoints } from '../../../src/core/people/talkingPoints';
import { filterSituations } from '../../../src/core/panel/panelLogic';
import { bundled } from '../core/content/contentHelpers';
import { slowCases } from './linearTime';

/** The characters the issue names, and mixes that defeat naive regular expressions. */
const FILLERS: Record<string, (n: number) => string> = {
  spaces: (n) => ' '.repeat(n),
  tabs: (n) => '\t'.repeat(n),
  hashes: (n) => '#'.repeat(n),
  dashes: (n) => '-'.repeat(n),
  backticks: (n) => '`'.repeat(n),
  brackets: (n) => '['.repeat(n),
  'heading of spaces': (n) => `# a${' '.repeat(n)}b`,
  'task of spaces': (n) => `- [ ] a${' \t'.repeat(n / 2)}b`,
  'origin openers': (n) => `- [ ] ${'_(from ['.repeat(n / 8)}`,
  'list markers': (n) => `${'- '.repeat(n / 2)}x`,
  'semicolons and words': (n) => `;;${'a;'.repeat(n / 2)}`,
};

const index = buildCompletionIndex(bundled.content);
const template = bundled.content.templates.find((t) => t.for === 'one-on-one')!;

/** Each parser of user text, fed one line (`text`). */
const PARSERS: Record<string, (text: string) => unknown> = {
  'markdown scanner': (t) => [...scanMarkdown(splitLines(`${t}\n${t}`))],
  'code and front matter check (completions)': (t) => isInCodeOrFrontMatter([t, t, t], 2),
  'front matter field': (t) => frontMatterField(['---', t, '---'], 'kind'),
  'front matter split (YAML)': (t) => splitFrontMatter(`---\ntitle: ${t}\n---\n${t}`),
  'task items': (t) => taskItems(`${t}\n- [ ] ${t}`),
  'carry-over': (t) => carryOver({ fileName: '2026-11-09.md', date: '2026-11-09', text: `- [ ] ${t}\n${t}` }),
  'origin parsing': (t) => parseOrigin(t),
  'open items with their age': (t) => agedOpenItems({ fileName: '2026-11-09.md', date: '2026-11-09', text: `- [ ] ${t}` }, '2026-11-23'),
  'prompt used in a document': (t) => usedInDocument(`${t}\n- ${t}`, index.entries),
  'line text start': (t) => lineTextStart(t),
  'text normalizing': (t) => normalizeText(t),
  'headings': (t) => headings(`${t}\n${t}\n---\n## ${t}`),
  'heading visible words': (t) => visibleWords(t),
  'private parts': (t) => privateParts(`## Private ${t}\n${t}\n<!--\n## Private ${t}\n-->\n\`\`\`\n## Private\n${t}`),
  'shareable copy': (t) => shareableNote(`# ${t}\n## Private\n${t}\n## Notes\n${t}`),
  'talking points': (t) => talkingPoints(`## Next 1:1\n- [ ] ${t}\n${t}\n  ${t}`),
  'design-doc coverage': (t) => reviewCoverage(`${t}\n## ${t}\n- ${t}`, bundled.content),
  'completion trigger': (t) => triggerAt(t),
  'completion insertion': (t) => insertionFor(index.entries[0]!, t),
  'prompt insertion': (t) => promptInsertion('Why now?', t),
  'completion query': (t) => queryIndex(index, t.slice(0, 60), { askedInNote: new Set() }),
  'slugs': (t) => slugify(t),
  'note rendering': (t) => renderNote(template, { person: t, date: '2026-11-16', carriedOver: [t] }),
  'markdown escaping': (t) => escapeMarkdown(t),
  'quick pick escaping': (t) => quickPickText(t),
  'visible controls': (t) => visibleText(`\u202E${t}\u0007`),
  'snippet escaping': (t) => escapeSnippetText(t),
  'situation filter': (t) => filterSituations(bundled.content.situations, t),
  'content pack parsing': (t) => parsePack(JSON.stringify({ prompts: [{ id: 'x', text: t }] }), 'pack.json'),
  'pack problem location': (t) => locatePath(`{ "prompts": [ { "id": "x", "text": ${JSON.stringify(t)} } ] }`, ['prompts', 0, 'text']),
};

describe('hostile input: parsers of user text run in linear time', function () {
  // Each case times 11 fillers up to three times: minutes of wall time on a busy 2-core machine,
  // though the CPU time it measures stays small. The verdict is the CPU time, never this timeout.
  this.timeout(120_000);
  for (const [parser, run] of Object.entries(PARSERS)) {
    it(`${parser}: linear on 200,000-character lines of ${Object.keys(FILLERS).length} kinds`, () => {
      assert.deepEqual(slowCases(FILLERS, run), []);
    });
  }

  it('times an empty content set as well (no parser depends on the bundled content to stay fast)', () => {
    assert.deepEqual(slowCases({ 'heading of spaces': (n) => `# a${' '.repeat(n)}b` }, (t) => reviewCoverage(t, emptyContent)), []);
  });
});
