import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TwoHatsApi } from '../../src/extension';
import { closeAllEditors, readText, readTextWhen, today, twoHatsActivated, waitFor, workspaceRoot, writeText } from './helpers';

const notes = () => vscode.Uri.joinPath(workspaceRoot(), 'notes');
const zoeNote = () => vscode.Uri.joinPath(notes(), 'one-on-ones', 'zoe-park', '2026-11-20.md');
const ZOE = ['---', 'person: Zoe Park', '---', '# 1:1 with Zoe Park', '', '## Action items', '- [ ] Send Zoe the budget numbers @me 📅 2026-11-18', '- [ ] Draft the on-call FAQ @zoe due 2099-01-10', '- [ ] Ping @nobody-here about it', '', '## Private', '- [ ] Ask HR about Zoe @me', ''].join('\n');

type Tree = ReturnType<TwoHatsApi['commitmentsTree']>;
type Node = Awaited<ReturnType<Tree['getChildren']>>[number];

/** Every row of the view, depth first, as `group > subgroup > label — description`. */
async function rows(tree: Tree): Promise<string[]> {
  const out: string[] = [];
  const walk = async (node: Node | undefined, path: string[]) => {
    for (const child of await tree.getChildren(node)) {
      const item = tree.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      if (child.kind === 'commitment') out.push(`${path.join(' > ')} > ${label} — ${String(item.description)}`);
      else await walk(child, [...path, label]);
    }
  };
  await walk(undefined, []);
  return out;
}

/** The view's row of the commitment whose words start with `words`. */
async function rowOf(tree: Tree, words: string): Promise<Node> {
  const found: Node[] = [];
  const walk = async (node: Node | undefined) => {
    for (const child of await tree.getChildren(node)) {
      if (child.kind === 'commitment') { if (child.commitment.words.startsWith(words)) found.push(child); } else await walk(child);
    }
  };
  await walk(undefined);
  assert.equal(found.length, 1, `one row for "${words}"`);
  return found[0]!;
}

describe('Commitments view, in the extension host', () => {
  let tree: Tree;
  before(async () => {
    const { api } = await twoHatsActivated();
    tree = api.commitmentsTree();
    await writeText(vscode.Uri.joinPath(notes(), 'one-on-ones', 'zoe-park', 'person.md'), '---\nname: Zoe Park\ncadence: weekly\n---\n# Zoe Park\n');
    await writeText(zoeNote(), ZOE);
  });
  afterEach(closeAllEditors);

  it('lists the rows from getChildren: I owe / Owed to me, by person, overdue first, private marked, the demo\'s chain once', async () => {
    const all = await waitFor('the Zoe rows', async () => {
      const r = await rows(tree);
      return r.some((x) => x.includes('Draft the on-call FAQ')) && r;
    });
    const zoe = all.filter((r) => r.includes('Zoe'));
    assert.ok(zoe.includes('I owe > Zoe Park > Send Zoe the budget numbers — me · overdue ' + daysSince('2026-11-18') + ' d · zoe-park/2026-11-20'), zoe.join('\n'));
    assert.ok(zoe.some((r) => r.startsWith('I owe > Zoe Park > Ask HR about Zoe — me · zoe-park/2026-11-20 · private')), zoe.join('\n'));
    assert.ok(all.some((r) => r.startsWith('Owed to me > Zoe Park > Draft the on-call FAQ — Zoe Park · in ')), all.join('\n'));
    // An unknown name is shown as written, never dropped.
    assert.ok(all.some((r) => r.startsWith('Shared > Zoe Park > Ping @nobody-here about it — shared')), all.join('\n'));
    // The demo's item carried twice (Sam, 2026-10-29 → 11-05 → 11-12) is one row, in the newest note.
    const headcount = all.filter((r) => r.includes('Send Sam the headcount plan'));
    assert.deepEqual(headcount.map((r) => r.slice(r.lastIndexOf('·') + 2)), ['sam-okafor/2026-11-12']);
    // Overdue first in a person's list: the overdue item comes before the undated private one.
    const iOweZoe = all.filter((r) => r.startsWith('I owe > Zoe Park > '));
    assert.match(iOweZoe[0]!, /Send Zoe the budget numbers/);
  });

  it('shows the unknown @name in the Problems panel on its line', async () => {
    const diagnostics = await waitFor('a diagnostic', () => {
      const d = vscode.languages.getDiagnostics(zoeNote());
      return d.length > 0 && d;
    });
    const unknown = diagnostics.find((d) => d.code === 'unknown-owner');
    assert.ok(unknown, diagnostics.map((d) => d.message).join('\n'));
    assert.equal(unknown.range.start.line, 8);
    assert.match(unknown.message, /@nobody-here names nobody/);
  });

  it('Mark Done ticks the right line on disk with today\'s date, and Undo takes it back', async () => {
    const row = await rowOf(tree, 'Send Zoe the budget numbers');
    const done = await vscode.commands.executeCommand<boolean>('twoHats.markCommitmentDone', row);
    assert.equal(done, true);
    const text = await readTextWhen(zoeNote(), (t) => t.includes('[x] Send Zoe'));
    const lines = text.split('\n');
    assert.equal(lines[6], `- [x] Send Zoe the budget numbers @me 📅 2026-11-18 ✅ ${today()}`);
    assert.equal(lines[7], '- [ ] Draft the on-call FAQ @zoe due 2099-01-10', 'the next line is untouched');
    const editor = await vscode.window.showTextDocument(zoeNote());
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineAt(6).text, '- [ ] Send Zoe the budget numbers @me 📅 2026-11-18');
    await editor.document.save();
    await waitFor('the row to come back', async () => (await rows(tree)).some((r) => r.includes('Send Zoe the budget numbers')));
  });

  it('marks done in an open editor with unsaved changes, in the editor, and leaves it unsaved', async () => {
    const editor = await vscode.window.showTextDocument(zoeNote());
    // An unsaved line above moves the item down by one: Mark Done finds it where the lead sees it.
    await editor.edit((b) => b.insert(new vscode.Position(5, 0), 'Unsaved line\n'));
    assert.ok(editor.document.isDirty);
    const row = await rowOf(tree, 'Draft the on-call FAQ');
    assert.equal(await vscode.commands.executeCommand<boolean>('twoHats.markCommitmentDone', row), true);
    assert.equal(editor.document.lineAt(8).text, `- [x] Draft the on-call FAQ @zoe due 2099-01-10 ✅ ${today()}`);
    assert.ok(editor.document.isDirty, 'the lead\'s unsaved editor stays unsaved');
    assert.doesNotMatch(await readText(zoeNote()), /\[x\] Draft/, 'nothing was written to disk');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineAt(8).text, '- [ ] Draft the on-call FAQ @zoe due 2099-01-10');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('offers @me and the people after @ in a task item, and nothing after @ in prose', async () => {
    const doc = await vscode.workspace.openTextDocument(zoeNote());
    // - [ ] Draft the on-call FAQ @zoe due 2099-01-10, wherever the earlier tests' edits left it.
    const line = doc.getText().split('\n').findIndex((l) => l.includes('Draft the on-call FAQ @zoe'));
    assert.ok(line >= 0, doc.getText());
    const at = doc.lineAt(line).text.indexOf('@zoe') + 2;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, at), '@');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('@zoe-park'), labels.join(', '));
    const prose = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 4), '@');
    assert.ok(!prose.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '@zoe-park'));
  });

  it('offers days after due in a task item, today first', async () => {
    const doc = await vscode.workspace.openTextDocument(zoeNote());
    const line = doc.getText().split('\n').findIndex((l) => l.includes('Draft the on-call FAQ @zoe due'));
    assert.ok(line >= 0, doc.getText());
    const at = doc.lineAt(line).text.indexOf('due ') + 4;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, at), ' ');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes(today()), labels.join(', '));
  });

  it('Copy 1:1 Recap copies who owes what and the next 1:1, never the private item', async () => {
    await vscode.window.showTextDocument(zoeNote());
    const text = await vscode.commands.executeCommand<string>('twoHats.copyRecap');
    const clipboard = await vscode.env.clipboard.readText();
    assert.equal(clipboard, text);
    assert.match(clipboard, /- Me: Send Zoe the budget numbers \(due 2026-11-18\)/);
    assert.match(clipboard, /- Zoe Park: Draft the on-call FAQ \(due 2099-01-10\)/);
    assert.match(clipboard, /Next 1:1: 2026-11-27/);
    assert.doesNotMatch(clipboard, /Ask HR|person:|## Private/);
  });
});

function daysSince(date: string): number {
  return Math.round((Date.parse(`${today()}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}
