/**
 * Registers the `twoHats.panel` view with a thin provider that loads the real one
 * (dist/panel.js, with the message schemas) only when the view first opens, so activation
 * does not pay for the panel.
 */
import * as vscode from 'vscode';
import type { Services } from '../store/services';
import type { PanelProvider } from './panelProvider';

export const PANEL_VIEW_ID = 'twoHats.panel';

export function registerPanel(context: vscode.ExtensionContext, services: () => Services): { readonly isReady: boolean } {
  let real: PanelProvider | undefined;
  const provider: vscode.WebviewViewProvider = {
    resolveWebviewView(view) {
      if (!real) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy chunk built beside extension.js
        const chunk = require('./panel.js') as typeof import('./panelProvider');
        real = new chunk.PanelProvider(context.extensionUri, services());
        context.subscriptions.push(real);
      }
      real.resolveWebviewView(view);
    },
  };
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, provider),
    vscode.commands.registerCommand('twoHats.openPanel', () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`)),
  );
  return { get isReady() { return real?.isReady ?? false; } };
}
