import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extensionHostLog, twoHatsActivated, waitFor } from './helpers';

describe('Two Hats in a real extension host', () => {
  after(closeAllEditors);

  it('activates on its own, once, on an activation event of its manifest, and hands out its API', async () => {
    // No test calls activate(): isActive turns true only when VS Code activates Two Hats itself.
    const { ext, api } = await twoHatsActivated();
    assert.equal(ext.isActive, true);
    const log = await waitFor('Two Hats\' activation in the extension host log', async () => {
      const text = await extensionHostLog();
      return /_doActivateExtension two-hats\.two-hats,/.test(text) && text;
    });
    const activations = [...log.matchAll(/_doActivateExtension two-hats\.two-hats, startup: (?:true|false), activationEvent: '([^']*)'/g)].map((m) => m[1]);
    assert.equal(activations.length, 1, `activated ${activations.length} times: ${activations.join(', ')}`);
    // Not 'api' (someone's activate() call) nor an event it never declared.
    const declared: string[] = ext.packageJSON.activationEvents;
    assert.ok(declared.includes(activations[0]!), `activated on "${activations[0]}", not one of ${declared.join(', ')}`);
    // The API the tests and the bench use.
    assert.deepEqual(Object.keys(api).sort(), ['commandHandlers', 'commitmentsTree', 'decisionsView', 'indexBuild', 'panelMessage', 'panelReady', 'readCounts', 'recentMessages', 'teamView']);
    assert.equal(typeof api.panelReady(), 'boolean');
    assert.ok(Array.isArray(api.recentMessages()));
    const counts = api.readCounts();
    for (const key of ['listings', 'noteReads', 'profileReads', 'hatReads'] as const) assert.equal(typeof counts[key], 'number', key);
    assert.ok(api.commandHandlers().includes('twoHats.startOneOnOne'));
  });

  it('registers every contributed command', async () => {
    const { ext } = await twoHatsActivated();
    const contributed: { command: string }[] = ext.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    assert.ok(contributed.length >= 7);
    // Palette commands are stubs until first use: each must also have a real handler.
    const { api } = await twoHatsActivated();
    const handlers = new Set([...api.commandHandlers(), 'twoHats.openPanel']);
    const unhandled = contributed.map((c) => c.command).filter((id) => !handlers.has(id));
    assert.deepEqual(unhandled, [], `contributed but without a handler: ${unhandled.join(', ')}`);
  });

  it('resolves the Two Hats webview view, which then says ready', async () => {
    const { api } = await twoHatsActivated();
    await vscode.commands.executeCommand('twoHats.openPanel');
    await waitFor('the panel webview to say ready', () => api.panelReady(), 30_000);
  });

  it('answers completions in a markdown document after the ;; trigger', async () => {
    await twoHatsActivated();
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
    await twoHatsActivated();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '```\n;;rollback\n```\n' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(1, 10), ';');
    const ours = list.items.filter((i) => typeof i.label === 'object' && /·/.test(i.label.description ?? ''));
    assert.equal(ours.length, 0);
  });
});
