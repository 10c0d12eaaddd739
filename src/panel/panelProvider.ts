/** The `twoHats.panel` webview view: sends content after the webview says `ready`. */
import * as vscode from 'vscode';
import type { ContentService } from '../store/contentService';
import { panelHtml, panelResourceRoots } from './html';
import { fromWebviewSchema, parseMessage, type ToWebview, type UiStrings } from './protocol';

export const PANEL_VIEW_ID = 'twoHats.panel';

function uiStrings(): UiStrings {
  const t = vscode.l10n.t;
  return {
    tabPrep: t('1:1 prep'), tabDesign: t('Design review'), tabHat: t('Which hat?'),
    prepChecklist: t('Prep checklist'), designPrompts: t('Prompts by phase'),
    whyCount: t('why'), howCount: t('how'), hatLabel: t('Hat'), asksLabel: t('Asks'),
    loading: t('Loading Two Hats content…'), noContent: t('No content to show.'),
    situationsSoon: t('Situations and the hat they call for.'),
  };
}

export class PanelProvider implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly content: ContentService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: panelResourceRoots(this.extensionUri) };
    view.webview.html = panelHtml(view.webview, this.extensionUri);
    view.webview.onDidReceiveMessage((data: unknown) => {
      const message = parseMessage(fromWebviewSchema, data);
      if (!message) {
        this.log.warn(`Dropped a malformed message from the panel: ${JSON.stringify(data)?.slice(0, 200)}`);
        return;
      }
      if (message.type === 'ready') void this.sendInit();
    });
    view.onDidDispose(() => { this.view = undefined; });
  }

  private async sendInit(): Promise<void> {
    const c = await this.content.get();
    const message: ToWebview = {
      type: 'init',
      strings: uiStrings(),
      content: { prompts: [...c.prompts], checklists: [...c.checklists], situations: [...c.situations], transitions: [...c.transitions], taxonomy: c.taxonomy },
    };
    await this.view?.webview.postMessage(message);
  }
}

export function registerPanel(context: vscode.ExtensionContext, content: ContentService, log: vscode.LogOutputChannel): void {
  const provider = new PanelProvider(context.extensionUri, content, log);
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, provider),
    vscode.commands.registerCommand('twoHats.openPanel', () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`)),
  );
}
