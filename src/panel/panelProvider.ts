/**
 * The `twoHats.panel` webview view. Sends nothing until the webview says `ready`; every
 * incoming message is validated and anything malformed is dropped and logged.
 */
import * as vscode from 'vscode';
import { insertPrompt } from '../commands/insertPrompt';
import { addPerson } from '../commands/pickPerson';
import { startDesignReview } from '../commands/startDesignReview';
import { startOneOnOne } from '../commands/startOneOnOne';
import { isoDate } from '../notes/noteNames';
import { openNoteAt } from '../store/createNote';
import type { Services } from '../store/services';
import { panelHtml, panelResourceRoots } from './html';
import { effectiveTicks, toggleTick } from './panelLogic';
import { fromWebviewSchema, parseMessage, type FromWebview, type ToWebview } from './protocol';
import { ReviewTracker } from './reviewTracker';
import { askedScope } from '../store/hostState';
import { uiStrings } from './uiStrings';

export const PANEL_VIEW_ID = 'twoHats.panel';

export class PanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private person: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly services: Services, private readonly review: ReviewTracker) {
    this.disposables.push(
      services.notes.onDidChange(() => void this.refreshPeople()),
      services.content.onDidChange(() => void (this.ready && this.sendInit())),
      review.onDidChange(() => void this.sendReview()),
    );
  }

  /** True once the webview has loaded and said `ready` (tests and the bench read it). */
  get isReady(): boolean {
    return this.ready;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = { enableScripts: true, localResourceRoots: panelResourceRoots(this.extensionUri) };
    view.webview.html = panelHtml(view.webview, this.extensionUri);
    view.webview.onDidReceiveMessage((data: unknown) => {
      const message = parseMessage(fromWebviewSchema, data);
      if (!message) {
        this.services.log.warn(`Dropped a malformed message from the panel: ${JSON.stringify(data)?.slice(0, 200)}`);
        return;
      }
      void this.handle(message).catch((error: Error) => this.services.log.error(`Panel action ${message.type} failed: ${error.stack ?? error.message}`));
    });
    view.onDidDispose(() => { this.view = undefined; this.ready = false; });
  }

  private post(message: ToWebview): void {
    if (this.view && this.ready) void this.view.webview.postMessage(message);
  }

  private async handle(message: FromWebview): Promise<void> {
    const { state } = this.services;
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        return this.sendInit();
      }
      case 'ui': return void state.setPanelUi(message.state);
      case 'selectPerson':
        this.person = message.person;
        return this.sendPrep();
      case 'addPerson': {
        const added = await addPerson(this.services);
        if (added) this.person = added.slug;
        return this.refreshPeople();
      }
      case 'tick': {
        const newest = (await this.services.notes.noteNames(message.person)).at(-1)?.fileName ?? null;
        const ids = toggleTick(effectiveTicks(state.prepTicks(message.person), newest), message.id, message.checked);
        await state.setPrepTicks(message.person, { version: 1, afterNote: newest, ids });
        return this.sendPrep();
      }
      case 'startOneOnOne':
        await startOneOnOne(this.services, message.person ? { slug: message.person } : undefined);
        return this.refreshPeople();
      case 'startDesignReview':
        await startDesignReview(this.services);
        return;
      case 'insertPrompt':
        await insertPrompt(this.services, message.id);
        await this.sendPrep();
        return this.sendReview();
      case 'setAsked': {
        const scope = message.person ? askedScope.person(message.person) : this.review.scope();
        await state.setAsked(scope, [message.id], message.asked ? isoDate(new Date()) : undefined);
        return message.person ? this.sendPrep() : this.sendReview();
      }
      case 'openItem': {
        const folder = this.services.notes.personFolder(message.person);
        if (folder) await openNoteAt(vscode.Uri.joinPath(folder, message.fileName), { line: message.line, character: Number.MAX_SAFE_INTEGER });
        return;
      }
    }
  }

  /** Content, strings and saved UI state; then everything that depends on them. */
  private async sendInit(): Promise<void> {
    const c = await this.services.content.get();
    this.post({ type: 'init', strings: uiStrings(), ui: this.services.state.panelUi(), content: {
      prompts: [...c.prompts], checklists: [...c.checklists], situations: [...c.situations], transitions: [...c.transitions], taxonomy: c.taxonomy,
    } });
    await this.refreshPeople();
    await this.sendReview();
  }

  private async refreshPeople(): Promise<void> {
    if (!this.ready) return;
    const people = await this.services.notes.people(isoDate(new Date()), this.services.state.personNames());
    this.post({ type: 'people', people });
    await this.sendPrep();
  }

  private async sendPrep(): Promise<void> {
    const person = this.person;
    if (!person || !this.ready) return;
    const { notes, state } = this.services;
    const today = isoDate(new Date());
    const newest = (await notes.noteNames(person)).at(-1)?.fileName ?? null;
    this.post({
      type: 'prep', person,
      ticks: effectiveTicks(state.prepTicks(person), newest),
      openItems: await notes.openItems(person, today),
      asked: { ...(state.askedLog().asked[askedScope.person(person)] ?? {}) },
    });
  }

  private async sendReview(): Promise<void> {
    if (!this.ready) return;
    const coverage = await this.review.coverage();
    const asked = Object.keys(this.services.state.askedLog().asked[this.review.scope()] ?? {});
    this.post({ type: 'review', coverage, asked: [...new Set([...asked, ...(coverage?.used ?? [])])] });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerPanel(context: vscode.ExtensionContext, services: Services): PanelProvider {
  const review = new ReviewTracker(services);
  const provider = new PanelProvider(context.extensionUri, services, review);
  context.subscriptions.push(
    review, provider,
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, provider),
    vscode.commands.registerCommand('twoHats.openPanel', () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`)),
  );
  return provider;
}
