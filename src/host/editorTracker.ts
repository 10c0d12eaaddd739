/**
 * Which editor to insert into. Lives in the activation bundle because it must start
 * listening at activation: the panel takes focus, and by then the editor the lead was
 * writing in is only "the last one".
 */
import * as vscode from 'vscode';

let lastTextEditor: vscode.TextEditor | undefined;

/** Remembers the last focused text editor, from activation on. */
export function trackLastTextEditor(context: vscode.ExtensionContext): void {
  lastTextEditor = vscode.window.activeTextEditor;
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor((e) => {
    if (e) lastTextEditor = e;
  }));
}

/** The active text editor, else the last one focused if it is still visible (the panel took focus), else undefined. */
export function targetEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  return lastTextEditor && vscode.window.visibleTextEditors.includes(lastTextEditor) ? lastTextEditor : undefined;
}
