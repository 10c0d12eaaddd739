/**
 * Registers the `twoHats.panel` view with a thin provider that loads the real one
 * (dist/panel.js, with the message schemas) only when the view first opens, so activation
 * does not pay for the panel.
 */
import * as vscode from 'vscode';
import { COMMANDS, VIEWS } from '../core/ids';
import type { Services } from '../host/services';
import type { PanelProvider } from './panelProvider';


/** What the activation shell reads of the panel: whether it is ready, its last refresh's duration, and what it last sent its page. */
export interface PanelStatus {
  readonly isReady: boolean;
  readonly lastRefresh: { readonly ms: number; readonly at: number } | undefined;
  /** The last message of a type the panel posted to its page (for tests), if any. */
  lastMessage(type: string): unknown;
}

export function registerPanel(context: vscode.ExtensionContext, services: () => Services): PanelStatus {
  let real: PanelProvider | undefined;
  const provider: vscode.WebviewViewProvider = {
    resolveWebviewView(view) {
      if (!real) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy chunk built beside extension.js
        const chunk = require('./panel.js') as typeof import('./panelProvider');
        real = new chunk.PanelProvider(context.extensionUri, services());
        context.subscriptions.push(real);
      }
      return real.resolveWebviewView(view);
    },
  };
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(VIEWS.panel, provider),
    vscode.commands.registerCommand(COMMANDS.openPanel, () => vscode.commands.executeCommand(`${VIEWS.panel}.focus`)),
  );
  return { get isReady() { return real?.isReady ?? false; }, get lastRefresh() { return real?.lastRefresh; }, lastMessage: (type) => real?.lastMessage(type) };
}
