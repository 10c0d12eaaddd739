// The bench's baseline: what any extension costs, with nothing of its own. Its activate()
// registers one webview view that renders one line of text and one command that shows a
// one-item quick pick, the least an extension needs for the two things the bench times
// against Two Hats' panel and Insert Prompt.
'use strict';

const vscode = require('vscode');

const HTML = '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">' +
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>' +
  '<body><p id="bench-content">One line of text.</p></body></html>';

exports.activate = function activate(context) {
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider('benchEmpty.view', {
      resolveWebviewView(view) {
        view.webview.html = HTML;
      },
    }),
    vscode.commands.registerCommand('benchEmpty.pickOne', () => vscode.window.showQuickPick(['The one item'], { title: 'Bench: One Item' })),
  );
};
exports.deactivate = function deactivate() {};
