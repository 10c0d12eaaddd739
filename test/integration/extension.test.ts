import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateTwoHats, closeAllEditors, waitFor } from './helpers';

describe('Two Hats in a real extension host', () => {
  after(closeAllEditors);

  it('activates', async () => {
    const { ext } = await activateTwoHats();
    assert.equal(ext.isActive, true);
  });

  it('registers every contributed command', async () => {
    const { ext } = await activateTwoHats();
    const contributed: { command: string }[] = ext.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    assert.ok(contributed.length >= 7);
    // Palette commands are stubs until first use: each must also have a real handler.
    const { api } = await activateTwoHats();
    const handlers = new Set([...api.commandHandlers(), 'twoHats.openPanel']);
    const unhandled = contributed.map((c) => c.command).filter((id) => !handlers.has(id));
    assert.deepEqual(unhandled, [], `contributed but without a handler: ${unhandled.join(', ')}`);
  });

  it('resolves the Two Hats webview view, which then says ready', async () => {
    const { api } = await activateTwoHats();
    await vscode.commands.executeCommand('twoHats.openPanel');
    await waitFor('the panel webview to say ready', () => api.panelReady(), 30_000);
  });

  it('answers completions in a markdown document after the ;; trigger', async () => {
    await activateTwoHats();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Review\n\n;;rollback' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 10), ';');
    const ours = list.items.filter((i) => typeof i.label === 'object' && /·/.test(i.label.description ?? ''));
    assert.ok(ours.length > 0, `no Two Hats completion among ${list.items.length} items`);
    const first = ours[0]!;
    assert.match(String(first.detail), /Why|How/);
    assert.ok(String(first.insertText).startsWith('- '), `expected a list item, got ${String(first.insertText)}`);
  });

  it('offers nothing inside a fenced code block', async () => {
    await activateTwoHats();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '```\n;;rollback\n```\n' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(1, 10), ';');
    const ours = list.items.filter((i) => typeof i.label === 'object' && /·/.test(i.label.description ?? ''));
    assert.equal(ours.length, 0);
  });
});
