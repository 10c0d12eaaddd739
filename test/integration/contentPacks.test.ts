import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { twoHatsActivated, closeAllEditors, waitFor, workspaceRoot, writeText } from './helpers';

describe('team content packs', () => {
  before(twoHatsActivated);
  after(closeAllEditors);

  it('merges a valid pack, reports an invalid one at its JSON path, and keeps the bundled content', async () => {
    const packs = vscode.Uri.joinPath(workspaceRoot(), '.twohats');
    await writeText(vscode.Uri.joinPath(packs, 'team.json'), JSON.stringify({ prompts: [
      { id: 'team.problem.customers', text: 'Which customer asked for this, and in what words?', hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem' },
    ] }, null, 2));
    const broken = vscode.Uri.joinPath(packs, 'broken.json');
    await writeText(broken, '{\n  "prompts": [\n    { "id": "team.bad", "text": "A prompt", "hat": "wizard", "asks": "why", "for": "design-review", "phase": "problem" }\n  ]\n}\n');

    const stats = await vscode.commands.executeCommand<{ loaded: number; invalid: number; problems: number }>('twoHats.validateContent');
    assert.deepEqual(stats, { loaded: 1, invalid: 1, problems: 1 });

    const diagnostics = await waitFor('a diagnostic on broken.json', () => {
      const d = vscode.languages.getDiagnostics(broken);
      return d.length > 0 && d;
    });
    assert.match(diagnostics[0]!.message, /^prompts\[0\]\.hat: expected one of "lead", "manage", "both", found "wizard"$/);
    assert.equal(diagnostics[0]!.range.start.line, 2);

    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(await vscode.commands.executeCommand('twoHats.insertPrompt', 'team.problem.customers'), true);
    assert.match(editor.document.getText(), /Which customer asked for this/);
    assert.equal(await vscode.commands.executeCommand('twoHats.insertPrompt', 'dr.problem.one-sentence-problem'), true);
  });

  it('clears the problem once the pack is fixed', async () => {
    const broken = vscode.Uri.joinPath(workspaceRoot(), '.twohats', 'broken.json');
    await vscode.workspace.fs.delete(broken);
    await vscode.commands.executeCommand('twoHats.validateContent');
    await waitFor('the diagnostic to go', () => vscode.languages.getDiagnostics(broken).length === 0);
  });
});
