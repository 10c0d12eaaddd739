/**
 * The `twoHats.panel` webview view. Sends nothing until the webview says `ready`; every
 * incoming message is validated and anything malformed is dropped and logged.
 * Built as its own chunk (dist/panel.js) and loaded when the view first opens: the panel
 * runs the palette commands for its actions, so the features share one code path and no
 * state lives twice.
 */
import * as vscode from 'vscode';
import { phaseSectionMarkdown } from '../markdown/blocks';
import { isoDate } from '../notes/noteNames';
import { openNoteAt } from '../store/createNote';
import { askedScope } from '../store/hostState';
import type { Services } from '../store/services';
import { panelHtml, panelResourceRoots } from './html';
import { effectiveTicks, toggleTick } from './panelLogic';
import { fromWebviewSchema, panelUiStateSchema, parseMessage, type FromWebview, type PanelUiState, type ToWebview } from './protocol';
import { ReviewTracker } from './reviewTracker';
import { uiStrings } from './uiStrings';

export class PanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private person: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  private readonly review: ReviewTracker;

  constructor(private readonly extensionUri: vscode.Uri, private readonly services: Services) {
    this.review = new ReviewTracker(services);
    this.disposables.push(
      this.review,
      services.notes.onDidChange(() => void this.refreshPeople()),
      services.content.onDidChange(() => void (this.ready && this.sendInit())),
      this.review.onDidChange(() => void this.sendReview()),
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
        const added = await vscode.commands.executeCommand<{ slug: string } | undefined>('twoHats.addPerson');
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
        await vscode.commands.executeCommand('twoHats.startOneOnOne', message.person ? { person: message.person } : undefined);
        return this.refreshPeople();
      case 'startDesignReview':
        await vscode.commands.executeCommand('twoHats.startDesignReview');
        return;
      case 'insertPrompt':
        await vscode.commands.executeCommand('twoHats.insertPrompt', message.id);
        await this.sendPrep();
        return this.sendReview();
      case 'setAsked': {
        const scope = message.person ? askedScope.person(message.person) : this.review.scope();
        await state.setAsked(scope, [message.id], message.asked ? isoDate(new Date()) : undefined);
        return message.person ? this.sendPrep() : this.sendReview();
      }
      case 'insertSection': {
        const doc = this.review.followed();
        if (!doc) return;
        const c = await this.services.content.get();
        const end = doc.lineAt(doc.lineCount - 1).range.end;
        const edit = new vscode.WorkspaceEdit();
        edit.insert(doc.uri, end, `${doc.lineAt(doc.lineCount - 1).isEmptyOrWhitespace ? '' : '\n'}\n${phaseSectionMarkdown(message.phase, c.prompts, c.taxonomy)}`);
        await vscode.workspace.applyEdit(edit);
        const editor = await vscode.window.showTextDocument(doc);
        editor.revealRange(new vscode.Range(doc.lineCount - 1, 0, doc.lineCount - 1, 0));
        return;
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
    const saved = panelUiStateSchema.safeParse(this.services.state.panelUi());
    const ui: PanelUiState | undefined = saved.success ? saved.data : undefined;
    this.post({ type: 'init', strings: uiStrings(), ui, content: {
      prompts: [...c.prompts], checklists: [...c.checklists], situations: [...c.situations], transitions: [...c.transitions], taxonomy: c.taxonomy,
    } });
    await this.refreshPeople();
    await this.sendReview();
  }

  private async refreshPeople(): Promise<void> {
    if (!this.ready) return;
    const today = isoDate(new Date());
    const { notes } = this.services;
    const { people, openItems } = await notes.overview(today, this.services.state.personNames());
    this.post({ type: 'people', people, openItems });
    await this.sendPrep();
  }

  private async sendPrep(): Promise<void> {
    const person = this.person;
    if (!person || !this.ready) return;
    const { notes, state } = this.services;
    const today = isoDate(new Date());
    const names = await notes.noteNames(person);
    const newest = names.at(-1)?.fileName ?? null;
    this.post({
      type: 'prep', person,
      ticks: effectiveTicks(state.prepTicks(person), newest),
      openItems: await notes.openItems(person, today, names),
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
