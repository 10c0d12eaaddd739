import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { twoHatsActivated, closeAllEditors, exists, readText, today, waitFor, workspaceRoot, writeText } from './helpers';

const people = () => vscode.Uri.joinPath(workspaceRoot(), 'notes', 'one-on-ones');

describe('notes and palette commands', () => {
  before(twoHatsActivated);
  afterEach(closeAllEditors);

  it('starts a 1:1 note that carries over open items with their origin, skipping code blocks', async () => {
    const folder = vscode.Uri.joinPath(people(), 'dana-li');
    await writeText(vscode.Uri.joinPath(folder, '2026-11-02.md'), '---\nperson: Dana Li\ndate: 2026-11-02\nkind: one-on-one\n---\n# 1:1\n\n- [ ] Send Dana the on-call survey\n- [x] Done thing\n');
    await writeText(vscode.Uri.joinPath(folder, '2026-11-09.md'), [
      '---', 'person: Dana Li', 'date: 2026-11-09', 'kind: one-on-one', '---', '# 1:1', '',
      '- [ ] Send Dana the on-call survey _(from [2026-11-02](2026-11-02.md))_',
      '- [ ] Review the queue RFC', '  - [ ] Ask SRE about rollback', '', '```', '- [ ] not an item', '```', '',
    ].join('\r\n'));
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'dana-li' });
    assert.ok(uri, 'no note was created');
    assert.equal(uri.path, vscode.Uri.joinPath(folder, `${today()}.md`).path);
    const text = await readText(uri);
    assert.match(text, /^---\nperson: Dana Li\ndate: "?\d{4}-\d{2}-\d{2}"?\nkind: one-on-one\n---\n/);
    assert.match(text, /- \[ \] Send Dana the on-call survey _\(from \[2026-11-02\]\(2026-11-02\.md\)\)_/);
    assert.match(text, /- \[ \] Review the queue RFC _\(from \[2026-11-09\]\(2026-11-09\.md\)\)_/);
    assert.match(text, / {2}- \[ \] Ask SRE about rollback/);
    assert.doesNotMatch(text, /not an item/);
    assert.equal(text.match(/on-call survey/g)?.length, 1);
    const editor = await waitFor('the note to open', () => vscode.window.activeTextEditor?.document.uri.path === uri.path && vscode.window.activeTextEditor);
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, '- ');
  });

  it('never overwrites: a second start opens the note or creates -2, and the first keeps every line', async () => {
    const folder = vscode.Uri.joinPath(people(), 'dana-li');
    const first = vscode.Uri.joinPath(folder, `${today()}.md`);
    if (!await exists(first)) await vscode.commands.executeCommand('twoHats.startOneOnOne', { person: 'dana-li' });
    await writeText(first, `${await readText(first)}\nA line I wrote during the meeting.\n`);
    const before = await readText(first);
    const opened = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'dana-li', ifExists: 'open' });
    assert.equal(opened?.path, first.path);
    const second = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'dana-li', ifExists: 'new' });
    assert.equal(second?.path, vscode.Uri.joinPath(folder, `${today()}-2.md`).path);
    assert.equal(await readText(first), before);
  });

  it('skips an earlier note with broken front matter and carries from the one before it', async () => {
    const folder = vscode.Uri.joinPath(people(), 'erin-moss');
    await writeText(vscode.Uri.joinPath(folder, '2026-10-01.md'), '---\nperson: Erin Moss\n---\n- [ ] Plan the hiring loop\n');
    await writeText(vscode.Uri.joinPath(folder, '2026-10-08.md'), '---\nperson: [Erin\n---\n- [ ] From the broken note\n');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startOneOnOne', { person: 'erin-moss' });
    const text = await readText(uri!);
    assert.match(text, /Plan the hiring loop/);
    assert.doesNotMatch(text, /From the broken note/);
  });

  it('starts a design-review note with why and how prompts by phase, at a safe path', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('twoHats.startDesignReview', { title: 'Queue v2 / ../escape' });
    assert.ok(uri);
    assert.equal(uri.path, vscode.Uri.joinPath(workspaceRoot(), 'notes', 'design-reviews', `${today()}-queue-v2-escape.md`).path);
    const text = await readText(uri);
    assert.match(text, /kind: design-review/);
    for (const heading of ['## Problem', '## Rollout', '## People']) assert.ok(text.includes(heading), heading);
    assert.match(text, /\*\*Why\*\*/);
    assert.match(text, /\*\*How\*\*/);
  });

  it('inserts a prompt by id and a checklist at the cursor, each undoable', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    const { ext } = await twoHatsActivated();
    void ext;
    const ok = await vscode.commands.executeCommand<boolean>('twoHats.insertPrompt', 'dr.problem.one-sentence-problem');
    assert.equal(ok, true);
    assert.match(editor.document.getText(), /^- What is the problem in one sentence/);
    await vscode.commands.executeCommand('twoHats.insertChecklist', 'one-on-one-prep');
    assert.match(editor.document.getText(), /\*\*1:1 prep: Before\*\*/);
    assert.match(editor.document.getText(), /\n- \[ \] /);
    await vscode.commands.executeCommand('undo');
    assert.doesNotMatch(editor.document.getText(), /1:1 prep/);
    assert.match(editor.document.getText(), /one sentence/);
  });
});
