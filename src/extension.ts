/** Wires each feature to the shared services; nothing else happens here. */
import * as vscode from 'vscode';
import { trackLastTextEditor } from './commands/editorInsert';
import { registerInsertChecklist } from './commands/insertChecklist';
import { registerInsertPrompt } from './commands/insertPrompt';
import { registerAddPerson } from './commands/pickPerson';
import { registerStartDesignReview } from './commands/startDesignReview';
import { registerStartOneOnOne } from './commands/startOneOnOne';
import { registerValidateContent } from './commands/validateContent';
import { registerWhichHat } from './commands/whichHat';
import { registerCompletions } from './markdown/completionProvider';
import { registerPanel } from './panel/registerPanel';
import { ContentService } from './store/contentService';
import { HostState } from './store/hostState';
import { NoteFiles } from './store/noteFiles';
import type { Services } from './store/services';

/** What activate() hands to other extensions and to the integration tests. */
export interface TwoHatsApi {
  /** True once the panel webview has loaded and said `ready`. */
  panelReady(): boolean;
}

export function activate(context: vscode.ExtensionContext): TwoHatsApi {
  const log = vscode.window.createOutputChannel('Two Hats', { log: true });
  const content = new ContentService(context.extensionUri, log);
  const notes = new NoteFiles(log);
  const services: Services = { content, notes, state: new HostState(context.workspaceState), log };
  context.subscriptions.push(log, content, notes);
  trackLastTextEditor(context);
  const panel = registerPanel(context, services);
  registerInsertPrompt(context, services);
  registerInsertChecklist(context, content);
  registerWhichHat(context, content);
  registerStartOneOnOne(context, services);
  registerStartDesignReview(context, services);
  registerAddPerson(context, services);
  registerValidateContent(context, content);
  registerCompletions(context, services);
  return { panelReady: () => panel.isReady };
}

export function deactivate(): void {}
