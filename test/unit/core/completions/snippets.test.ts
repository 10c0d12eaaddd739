import * as assert from 'node:assert/strict';
import type { ContentSet } from '../../../../src/core/content/contentSet';
import { ASKS, CATEGORIES, PHASES } from '../../../../src/core/content/taxonomy';
import { buildSnippets, escapeSnippetText, type SnippetFile } from '../../../../src/core/completions/snippets';
import { parseSnippet } from './snippetSyntax';
import { bundled, designPrompt, oneOnOnePrompt } from '../markdown/helpers';

const snippets = buildSnippets(bundled);
const all = Object.entries(snippets);
const byPrefix = new Map(all.map(([, s]) => [s.prefix, s]));
const hatLabels = (bundled.taxonomy.hats ?? []).map((h) => h.title);

/** The texts each snippet must carry verbatim, by prefix, derived from the content on its own. */
function expectedTexts(c: ContentSet): Map<string, string[]> {
  const design = c.prompts.filter((p) => p.for === 'design-review');
  const oneOnOne = c.prompts.filter((p) => p.for === 'one-on-one');
  const expected = new Map<string, string[]>();
  const openers = CATEGORIES.flatMap((cat) => oneOnOne.find((p) => p.category === cat && p.depth === 'opener') ?? []).slice(0, 3);
  expected.set('th-1on1', openers.map((p) => p.text));
  expected.set('th-review', PHASES.flatMap((phase) => ASKS.flatMap((asks) => design.find((p) => p.phase === phase && p.asks === asks)?.text ?? [])));
  for (const phase of PHASES) for (const asks of ASKS) {
    expected.set(`th-${asks}-${phase}`, design.filter((p) => p.phase === phase && p.asks === asks).map((p) => p.text));
  }
  for (const cat of CATEGORIES) expected.set(`th-1on1-${cat}`, oneOnOne.filter((p) => p.category === cat).map((p) => p.text));
  for (const list of c.checklists) expected.set(`th-check-${list.id}`, [list.title, ...list.items.map((i) => i.text)]);
  for (const s of c.transitions) expected.set(`th-shift-${s.from.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, [s.meaning, ...s.reflections.map((r) => r.text)]);
  for (const s of c.situations) expected.set(`th-hat-${s.id}`, [s.title, ...s.signals, ...s.moves]);
  return expected;
}

function assertRoundTrips(file: SnippetFile, c: ContentSet): void {
  const expected = expectedTexts(c);
  for (const [name, s] of Object.entries(file)) {
    const texts = expected.get(s.prefix);
    assert.ok(texts, `no expectation for ${s.prefix} (${name})`);
    const { text } = parseSnippet(s.body);
    for (const t of texts) assert.ok(text.includes(t), `${s.prefix} lost ${JSON.stringify(t)}`);
  }
}

describe('markdown snippets', () => {
  it('parses every generated snippet as valid VS Code snippet syntax', () => {
    assert.ok(all.length >= 40, `only ${all.length} snippets`);
    for (const [name, s] of all) assert.doesNotThrow(() => parseSnippet(s.body), name);
  });

  it('round-trips every included prompt, item, move and reflection verbatim', () => assertRoundTrips(snippets, bundled));

  it('puts every prompt and checklist item in at least one snippet', () => {
    const expanded = all.map(([, s]) => parseSnippet(s.body).text).join('\n');
    const texts = [...bundled.prompts.map((p) => p.text), ...bundled.checklists.flatMap((l) => l.items.map((i) => i.text))];
    assert.deepEqual(texts.filter((t) => !expanded.includes(t)), []);
  });

  it('round-trips text holding $, }, \\ and ${1} in every kind of snippet', () => {
    const nasty = 'Costs $5 {or} more } \\ and ${1} or $TM_FILENAME \\$ end';
    const c: ContentSet = {
      ...bundled,
      prompts: [designPrompt({ id: 'x.a', text: nasty }), designPrompt({ id: 'x.b', text: nasty, asks: 'how' }), oneOnOnePrompt({ id: 'x.c', text: nasty }), ...bundled.prompts],
      checklists: [{ id: 'x-list', title: `Title ${nasty}`, for: 'design-review', items: [{ id: 'x-list.1', text: nasty, when: 'during', hat: 'lead' }] }],
      situations: [{ id: 'x-sit', title: nasty, signals: [nasty], hat: 'both', moves: [nasty, 'two', 'three'] }],
      transitions: [{ id: 'x-shift', from: 'A $1', to: 'B }', meaning: nasty, reflections: [{ id: 'x-shift.1', text: nasty }, { id: 'x-shift.2', text: 'ok' }] }],
    };
    const file = buildSnippets(c);
    assertRoundTrips(file, c);
    const expanded = new Map(Object.values(file).map((s) => [s.prefix, parseSnippet(s.body)]));
    for (const prefix of ['th-1on1', 'th-review', 'th-why-problem', 'th-how-problem', 'th-1on1-check-in', 'th-check-x-list', 'th-hat-x-sit', 'th-shift-a-1']) {
      assert.ok(expanded.get(prefix)?.text.includes(nasty), `${prefix} lost the text`);
    }
    // The literal `${1}` in the text must stay text, not become a tab stop.
    assert.deepEqual(expanded.get('th-why-problem')!.tabstops, [0]);
  });

  it('gives unique, short th- prefixes and unique names', () => {
    const prefixes = all.map(([, s]) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const p of prefixes) assert.match(p, /^th-[a-z0-9]+(?:-[a-z0-9]+)*$/);
    assert.ok(prefixes.every((p) => p.length <= 32), prefixes.filter((p) => p.length > 32).join(', '));
    for (const p of ['th-1on1', 'th-review', 'th-check-one-on-one-prep', 'th-check-design-review', 'th-why-problem', 'th-how-rollout', 'th-shift-specialist']) {
      assert.ok(byPrefix.has(p), p);
    }
  });

  it('describes each snippet with the hats it uses, and phase sets with their phase and lens', () => {
    for (const [name, s] of all) assert.ok(hatLabels.some((h) => s.description.includes(h)), `${name}: ${s.description}`);
    const howRollout = byPrefix.get('th-how-rollout')!.description;
    assert.match(howRollout, /Rollout/);
    assert.match(howRollout, /How/);
  });

  it('writes phase sets as task items and ends each snippet at the final cursor', () => {
    const why = byPrefix.get('th-why-problem')!;
    assert.ok(why.body.slice(0, -1).every((l) => l.startsWith('- [ ] ')));
    for (const [name, s] of all) assert.ok(parseSnippet(s.body).tabstops.includes(0), `${name} has no $0`);
  });

  it('fills the 1:1 agenda title with person and date tab stops', () => {
    const agenda = byPrefix.get('th-1on1')!;
    assert.equal(agenda.body[0], '# 1:1 with ${1:person}, ${2:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}');
    const parsed = parseSnippet(agenda.body);
    assert.deepEqual(parsed.variables, ['CURRENT_YEAR', 'CURRENT_MONTH', 'CURRENT_DATE']);
    assert.ok(!parsed.text.includes('{{'), 'a template placeholder was left unfilled');
    assert.ok(!parsed.text.includes('Carried over'), 'carried-over items belong to the note command');
  });

  it('gives the design-review skeleton one heading per phase with why and how prompts', () => {
    const text = parseSnippet(byPrefix.get('th-review')!.body).text;
    for (const phase of bundled.taxonomy.phases ?? []) assert.match(text, new RegExp(`^## ${phase.title}$`, 'm'));
  });

  it('is deterministic: the same content gives the same JSON', () => {
    assert.equal(JSON.stringify(buildSnippets(bundled)), JSON.stringify(snippets));
  });
});

describe('snippet text escaping', () => {
  it('escapes backslash, dollar and closing brace, and nothing else', () => {
    assert.equal(escapeSnippetText('a\\b $1 ${x} {y}'), 'a\\\\b \\$1 \\${x\\} {y\\}');
  });
  it('round-trips through the snippet parser', () => {
    const s = '\\$}${1:a}$$\\\\';
    assert.equal(parseSnippet(escapeSnippetText(s)).text, s);
  });
});
