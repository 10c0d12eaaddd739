/** Wires each feature to the content store; nothing else happens here. */
import * as vscode from 'vscode';
import { registerInsertPrompt } from './commands/insertPrompt';
import { registerPanel } from './panel/panelProvider';
import { ContentService } from './store/contentService';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Two Hats', { log: true });
  const content = new ContentService(context.extensionUri);
  context.subscriptions.push(log, content);
  registerPanel(context, content, log);
  registerInsertPrompt(context, content);
}

export function deactivate(): void {}
