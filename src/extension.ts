/**
 * Activation does as little as it can: it registers each contributed command, the markdown
 * completion provider and the panel as thin stubs, and loads the features (dist/features.js)
 * on the first one used. The panel loads its own chunk on top when the view opens.
 */
import * as vscode from 'vscode';
import { targetEditor, trackLastTextEditor } from './commands/editorTracker';
import type { Features } from './features';
import { triggerAt, TRIGGER_CHARACTER } from './markdown/markdownContext';
import { registerPanel } from './panel/registerPanel';

/** What activate() hands to other extensions and to the integration tests. */
export interface TwoHatsApi {
  /** True once the panel webview has loaded and said `ready`. */
  panelReady(): boolean;
  /** Loads the features and lists the command ids that have a handler. */
  commandHandlers(): readonly string[];
}

const RECORD_ASKED = 'twoHats.internal.recordAsked';

export function activate(context: vscode.ExtensionContext): TwoHatsApi {
  trackLastTextEditor(context);
  let features: Features | undefined;
  const load = (): Features => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy chunk built beside extension.js
    features ??= (require('./features.js') as typeof import('./features')).createFeatures(context, targetEditor);
    return features;
  };

  const contributed: { command: string }[] = context.extension.packageJSON.contributes.commands;
  for (const id of [...contributed.map((c) => c.command).filter((id) => id !== 'twoHats.openPanel'), RECORD_ASKED]) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => load().run(id, args)));
  }
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, {
    // Only a `;;` before the cursor loads the features: Ctrl+Space in ordinary prose stays cheap.
    provideCompletionItems: (document, position) => (triggerAt(document.lineAt(position.line).text.slice(0, position.character))
      ? load().completions.provideCompletionItems(document, position) : undefined),
  }, TRIGGER_CHARACTER));
  const panel = registerPanel(context, () => load().services);
  return { panelReady: () => panel.isReady, commandHandlers: () => load().commandIds };
}

export function deactivate(): void {}
