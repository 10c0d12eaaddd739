// The bench's second baseline: an extension that registers what Two Hats' activation shell
// registers (18 commands, a markdown completion provider, a CodeLens provider with its change
// event, a webview view provider, an active-editor listener and a timer) as no-ops, and
// nothing else. Its activation cost is VS Code's cost for those registrations: what Two Hats
// pays above it is its own.
'use strict';

const vscode = require('vscode');

const COMMANDS = 18;

exports.activate = function activate(context) {
  for (let i = 0; i < COMMANDS; i++) {
    context.subscriptions.push(vscode.commands.registerCommand(`benchStubs.command${i}`, () => undefined));
  }
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => undefined));
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, { provideCompletionItems: () => undefined }, ';'));
  const changed = new vscode.EventEmitter();
  context.subscriptions.push(changed, vscode.languages.registerCodeLensProvider({ language: 'markdown' }, { onDidChangeCodeLenses: changed.event, provideCodeLenses: () => undefined }));
  context.subscriptions.push(vscode.window.registerWebviewViewProvider('benchStubs.view', { resolveWebviewView: () => undefined }));
  const timer = setTimeout(() => undefined, 2000);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
};
exports.deactivate = function deactivate() {};
