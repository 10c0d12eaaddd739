/**
 * The `twoHats.panel` webview view. Sends nothing until the webview says `ready`; every
 * incoming message is validated and anything malformed is dropped and logged. The host owns
 * the panel's UI state, the selected person included (see core/panel/protocol.ts).
 * Built as its own chunk (dist/panel.js) and loaded when the view first opens: the panel
 * runs the palette commands for its actions, so the features share one code path and no
 * state lives twice.
 */
import * as vscode from 'vscode';
import { COMMANDS, INTERNAL_COMMANDS, SETTINGS, SETTINGS_SECTION, VIEWS } from '../core/ids';
import { phaseSectionMarkdown } from '../core/markdown/contentBlocks';
import { prepCommitmentsMessage } from '../core/panel/prepCommitments';
import { prepEvidenceMessage } from '../core/panel/prepEvidence';
import { prepGoalsMessage } from '../core/panel/prepGoals';
import type { NoteFile } from '../core/notes/noteNames';
import { isoDate } from '../core/dates';
import { capItems, effectiveTicks, newerUi, peopleMessage, selectedPerson, toggleTick } from '../core/panel/panelLogic';
import { fromWebviewSchema, LIMITS, parseMessage, type FromWebview, type GrowthAction, type ToWebview } from '../core/panel/protocol';
import { defaultUiState, sameUi, type PanelUiState } from '../core/panel/uiState';
import { AskedLog } from '../host/askedLog';
import { Coalescer } from '../host/coalescer';
import { openNoteAt } from '../host/noteWriter';
import type { Services } from '../host/services';
import { HatBalanceFeed } from './hatBalanceFeed';
import { panelHtml, panelResourceRoots } from './html';
import { onMemoryChange, prepMemoryMessage } from './prepMemory';
import { ReviewTracker } from './reviewTracker';
import { uiStrings } from './uiStrings';

/** How long file events may keep coming before the panel refreshes. */
const REFRESH_DELAY_MS = 150;
/**
 * How long the view waits for its first screen (content, people, the selected person's prep) to
 * put it into the page, so the prep list paints with the first frame. A notes folder still being
 * read takes longer: then the page shows its progress bar and gets the data by message.
 */
const FIRST_SCREEN_WAIT_MS = 400;

/** The command each growth button of the prep tab runs (the page may name no other). */
const GROWTH_COMMANDS: Record<GrowthAction, string> = { addGoal: COMMANDS.addGoal, logWin: COMMANDS.logWin, logFeedback: COMMANDS.logFeedback };

export class PanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  /** The panel's UI state: tab, lens, filters and the selected person. */
  private ui: PanelUiState = defaultUiState;
  private readonly disposables: vscode.Disposable[] = [];

  private readonly review: ReviewTracker;
  /** File events come in bursts: they ask for a refresh, and a burst gives one or two. */
  private readonly refresher: Coalescer;
  /** Commitments change in bursts too (a note saved, then read): one message per burst. */
  private readonly commitmentsRefresher: Coalescer;
  /** Overviews are numbered as they start; one that finishes after a newer one was posted is dropped. */
  private overviewStarted = 0;
  private overviewPosted = 0;
  private readonly hat: HatBalanceFeed;
  /** The UI state the page's HTML was written with, while the data in it is still current. */
  private embedded: PanelUiState | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly services: Services) {
    this.review = new ReviewTracker(services);
    this.hat = new HatBalanceFeed(services, (m) => this.post(m), () => this.ui.person, () => this.ready);
    this.refresher = new Coalescer(() => this.refreshPeople(), REFRESH_DELAY_MS, (error) => services.log.error(`Refreshing the panel failed: ${String(error)}`));
    this.commitmentsRefresher = new Coalescer(() => this.sendCommitments(), REFRESH_DELAY_MS, (error) => services.log.error(`Panel commitments failed: ${String(error)}`));
    this.disposables.push(
      this.review, this.hat,
      { dispose: () => this.refresher.dispose() },
      services.notes.onDidChange(() => this.refresher.request()),
      services.content.onDidChange(() => void (this.ready && this.sendInit())),
      this.review.onDidChange(() => void this.sendReview()),
      services.reviews.onDidChange(() => void this.sendReview()),
      onMemoryChange(services, () => void this.sendMemory()),
      // The commitments index settles a notes change on its own time (it may read a note first): follow it.
      services.commitments.onDidChange(() => this.commitmentsRefresher.request()),
      { dispose: () => this.commitmentsRefresher.dispose() },
      // The status bar asks for a person: the request is in the stored UI state; take it and show it.
      services.focus.onDidRequest(() => void this.followFocus()),
      // Goals go stale after a number of weeks the lead may change at any time.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.goalsStaleAfterWeeks}`)) void this.sendGrowth().catch((error: Error) => services.log.error(`Panel goals or evidence failed: ${error.stack ?? error.message}`));
      }),
    );
  }

  /** How long the last refresh after a file change took, from its start to its last message (the bench reads it). */
  lastRefresh: { readonly ms: number; readonly at: number } | undefined;

  /** The last message of each type posted to the page (the integration tests read what the page was sent). */
  private readonly lastPosted = new Map<ToWebview['type'], ToWebview>();

  /** The last message of `type` posted to the page, if any. */
  lastMessage(type: string): ToWebview | undefined {
    return this.lastPosted.get(type as ToWebview['type']);
  }

  /** True once the webview has loaded and said `ready` (tests and the bench read it). */
  get isReady(): boolean {
    return this.ready;
  }

  async resolveWebviewView(view: vscode.WebviewView): Promise<void> {
    this.view = view;
    this.ready = false;
    view.webview.options = { enableScripts: true, localResourceRoots: panelResourceRoots(this.extensionUri) };
    this.ui = this.services.state.panelUi() ?? defaultUiState;
    const first = await Promise.race([
      this.firstScreen().catch((error: Error) => {
        this.services.log.warn(`The panel's first screen waits for its messages: ${error.message}`);
        return undefined;
      }),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), FIRST_SCREEN_WAIT_MS)),
    ]);
    // Hidden or closed while its first screen was read.
    if (this.view !== view) return;
    this.embedded = first ? this.ui : undefined;
    view.webview.html = panelHtml(view.webview, this.extensionUri, { firstScreen: first ?? undefined });
    if (!first) this.prefetch();
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

  /**
   * While the webview loads its script, loads what its first messages need: the content and the
   * people (both cached once read), so that `ready` is answered without waiting for the disk.
   */
  private prefetch(): void {
    const { content, notes, profiles, state, log } = this.services;
    const today = isoDate(new Date());
    const failed = (error: Error) => log.warn(`Reading ahead for the panel failed (it reads again when it shows): ${error.message}`);
    void content.get().catch(failed);
    void notes.overview(today, state.personNames()).then((o) => profiles.withDue(o.people, today)).catch(failed);
  }

  private post(message: ToWebview): void {
    if (!this.view || !this.ready) return;
    this.lastPosted.set(message.type, message);
    void this.view.webview.postMessage(message);
  }

  private setUi(ui: PanelUiState): Thenable<void> {
    this.ui = ui;
    return this.services.state.setPanelUi(ui);
  }

  private async handle(message: FromWebview): Promise<void> {
    const { state, asked } = this.services;
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        const embedded = this.embedded;
        this.embedded = undefined;
        await this.setUi(newerUi(message.ui, state.panelUi()) ?? defaultUiState);
        // The page painted the first screen from its HTML: send only what it did not hold.
        if (embedded && sameUi(embedded, this.ui)) return this.sendRest();
        return this.sendInit();
      }
      case 'ui': {
        const personChanged = message.state.person !== this.ui.person;
        await this.setUi(message.state);
        return personChanged ? this.sendPrep() : undefined;
      }
      case 'addPerson': {
        const added = await vscode.commands.executeCommand<{ slug: string } | undefined>(COMMANDS.addPerson);
        if (added) await this.setUi({ ...this.ui, person: added.slug, savedAt: Date.now() });
        return this.refreshPeople();
      }
      case 'tick': {
        const names = await this.services.notes.noteNames(message.person);
        const newest = names.at(-1)?.fileName ?? null;
        const ids = toggleTick(effectiveTicks(state.prepTicks(message.person), newest), message.id, message.checked);
        await state.setPrepTicks(message.person, { afterNote: newest, ids });
        // The listing is the ticked person's: reuse it only when that is who the panel shows.
        return this.sendPrep(message.person === this.ui.person ? names : undefined);
      }
      case 'startOneOnOne':
        await vscode.commands.executeCommand(COMMANDS.startOneOnOne, message.person ? { person: message.person, ...(message.chooseKind ? { chooseKind: true } : {}) } : undefined);
        return this.refreshPeople();
      case 'startDesignReview':
        await vscode.commands.executeCommand(COMMANDS.startDesignReview);
        return;
      case 'insertPrompt':
        await vscode.commands.executeCommand(COMMANDS.insertPrompt, message.id);
        await this.sendPrep();
        return this.sendReview();
      case 'setAsked': {
        const scope = message.person ? AskedLog.person(message.person) : asked.scopeOf(this.review.followed()?.uri);
        await asked.set(scope, [message.id], message.asked ? isoDate(new Date()) : undefined);
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
      case 'addTalkingPoint':
        await vscode.commands.executeCommand(COMMANDS.addTalkingPoint, { person: message.person, text: message.text });
        return this.sendMemory();
      case 'insertCommits':
        await vscode.commands.executeCommand(INTERNAL_COMMANDS.insertCommits, { person: message.person });
        return;
      case 'growthAction': {
        // Only a person of the notes folder: an unknown name would make the command ask for someone else.
        if (!await this.services.notes.hasPerson(message.person)) {
          this.services.log.warn(`The panel asked to ${message.action} for a person the notes folder does not hold; dropped.`);
          return;
        }
        await vscode.commands.executeCommand(GROWTH_COMMANDS[message.action], { person: message.person, selection: false });
        // person.md may be open with unsaved changes (no file event): send what it holds now.
        return message.action === 'addGoal' ? this.sendGrowth() : undefined;
      }
      case 'openItem': {
        const folder = this.services.notes.personFolder(message.person);
        if (folder) await openNoteAt(vscode.Uri.joinPath(folder, message.fileName), { line: message.line, character: Number.MAX_SAFE_INTEGER });
        return;
      }
      case 'openCommitment': {
        await this.services.commitments.ready();
        const commitment = this.services.commitments.get(message.key);
        if (commitment) await vscode.commands.executeCommand(COMMANDS.openCommitmentNote, commitment);
        else this.services.log.warn('The panel asked to open a commitment the index no longer holds (the note changed); sending the list again.');
        return commitment ? undefined : this.sendCommitments();
      }
      case 'startReflection':
      case 'openReflection':
        return this.hat.handle(message);
    }
  }

  /**
   * The first screen, as the messages the page would get: content, strings and the UI state, the
   * people, and the selected person's prep. Put into the page's HTML, so it paints with its first frame.
   */
  private async firstScreen(): Promise<ToWebview[]> {
    const c = await this.services.content.get();
    const overview = await this.overview();
    overview.fresh();
    await this.choosePerson(overview.people);
    const init: ToWebview = { type: 'init', strings: uiStrings(), ui: this.ui, content: {
      prompts: [...c.prompts], checklists: [...c.checklists], situations: [...c.situations], transitions: [...c.transitions], taxonomy: c.taxonomy,
    } };
    const prep = await this.prepMessage();
    return [init, { type: 'people', ...peopleMessage(overview.people, overview.openItems, overview.problems) }, ...(prep ? [prep] : [])];
  }

  /** Content, strings and the UI state; then everything that depends on them. */
  private async sendInit(): Promise<void> {
    for (const message of await this.firstScreen()) this.post(message);
    await this.sendRest();
  }

  /** What follows the first screen: the hat balance, the memory, the review and the reflections. */
  private async sendRest(): Promise<void> {
    await this.hat.sendBalance();
    void this.sendMemory().catch((error: Error) => this.services.log.error(`Panel memory failed: ${error.stack ?? error.message}`));
    void this.sendCommitments().catch((error: Error) => this.services.log.error(`Panel commitments failed: ${error.stack ?? error.message}`));
    void this.sendGrowth().catch((error: Error) => this.services.log.error(`Panel goals or evidence failed: ${error.stack ?? error.message}`));
    await this.sendReview();
    await this.hat.sendReflections();
  }

  /** The overview, people with their due dates, numbered: `fresh()` says whether no newer one has been posted since it started. */
  private async overview() {
    const n = ++this.overviewStarted;
    const today = isoDate(new Date());
    // Reading a large notes folder takes a while: the view shows its progress bar meanwhile.
    return vscode.window.withProgress({ location: { viewId: VIEWS.panel } }, async () => {
      const overview = await this.services.notes.overview(today, this.services.state.personNames());
      // Profiles name people and say when each 1:1 is due; the most overdue come first.
      const people = await this.services.profiles.withDue(overview.people, today);
      return { ...overview, people, fresh: () => n > this.overviewPosted && ((this.overviewPosted = n), true) };
    });
  }

  /** Keeps the selected person while they exist, else selects the first one. */
  private async choosePerson(people: readonly { slug: string }[]): Promise<void> {
    const person = selectedPerson(this.ui.person, people);
    if (person !== this.ui.person) await this.setUi({ ...this.ui, person, savedAt: Date.now() });
  }

  private async refreshPeople(): Promise<void> {
    // A change before the page said `ready` makes the first screen in its HTML stale.
    this.embedded = undefined;
    if (!this.ready) return;
    const started = performance.now();
    const overview = await this.overview();
    if (!overview.fresh()) return;
    await this.choosePerson(overview.people);
    this.post({ type: 'people', ...peopleMessage(overview.people, overview.openItems, overview.problems) });
    await this.sendPrep();
    await this.hat.sendReflections();
    this.lastRefresh = { ms: performance.now() - started, at: Date.now() };
  }

  /** The selected person's prep message: ticks, open items and what was asked; undefined without a person. */
  private async prepMessage(names?: NoteFile[]): Promise<ToWebview | undefined> {
    const person = this.ui.person;
    if (!person) return undefined;
    const { notes, state, asked } = this.services;
    const listed = names ?? await notes.noteNames(person);
    const newest = listed.at(-1)?.fileName ?? null;
    return {
      type: 'prep', person,
      ticks: effectiveTicks(state.prepTicks(person), newest),
      openItems: capItems(await notes.openItems(person, isoDate(new Date())), LIMITS.openItems),
      asked: { ...asked.askedIn(AskedLog.person(person)) },
    };
  }

  /** The selected person's prep, their hat balance and memory. `names` saves a listing when the caller has one. */
  private async sendPrep(names?: NoteFile[]): Promise<void> {
    if (!this.ready) return;
    const prep = await this.prepMessage(names);
    if (prep) this.post(prep);
    await this.hat.sendBalance();
    if (!prep) return;
    // Git may take a moment: the rest of the panel does not wait for it.
    void this.sendMemory().catch((error: Error) => this.services.log.error(`Panel memory for ${prep.type === 'prep' ? prep.person : ''} failed: ${error.stack ?? error.message}`));
    void this.sendCommitments().catch((error: Error) => this.services.log.error(`Panel commitments failed: ${error.stack ?? error.message}`));
    void this.sendGrowth().catch((error: Error) => this.services.log.error(`Panel goals or evidence failed: ${error.stack ?? error.message}`));
  }

  /** What the lead and the selected person owe each other (core/panel/prepCommitments.ts), once the commitments index has settled. */
  private async sendCommitments(): Promise<void> {
    const person = this.ui.person;
    if (!person || !this.ready) return;
    await this.services.commitments.ready();
    // The person may have changed while the index was read.
    if (person !== this.ui.person) return;
    this.post(prepCommitmentsMessage(person, this.services.commitments.ofPerson(person), isoDate(new Date())));
  }

  /**
   * The selected person's open goals with their status (core/panel/prepGoals.ts), then their
   * evidence by month (core/panel/prepEvidence.ts): both from the growth service the Team view and
   * review evidence read too, so all three agree.
   */
  private async sendGrowth(): Promise<void> {
    const person = this.ui.person;
    if (!person || !this.ready) return;
    const today = isoDate(new Date());
    const loop = await this.services.growth.person(person, today);
    // The person may have changed while the notes were read.
    if (person !== this.ui.person) return;
    this.post(prepGoalsMessage(person, loop.growth.goals, loop.staleAfterWeeks));
    // The evidence reads the design docs too: the goals do not wait for it.
    const { row, notDiscussed } = await this.services.growth.personRow(person, today, loop);
    if (person === this.ui.person) this.post(prepEvidenceMessage(person, row, notDiscussed));
  }

  /** The selected person's cadence, talking points and commits since the last 1:1 (prepMemory.ts). */
  private async sendMemory(): Promise<void> {
    const person = this.ui.person;
    if (!person || !this.ready) return;
    const message = await prepMemoryMessage(this.services, person);
    // The person may have changed while git answered.
    if (person === this.ui.person) this.post(message);
  }

  /** Shows the person the status bar asked for: adopts the stored UI state and sends everything again. */
  private async followFocus(): Promise<void> {
    const stored = this.services.state.panelUi();
    if (!stored || !this.ready) return;
    this.ui = stored;
    await this.sendInit();
  }

  private async sendReview(): Promise<void> {
    if (!this.ready) return;
    const coverage = await this.review.coverage();
    const inDoc = Object.keys(this.services.asked.askedIn(this.services.asked.scopeOf(this.review.followed()?.uri)));
    this.post({ type: 'review', coverage, asked: [...new Set([...inDoc, ...(coverage?.used ?? [])])] });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
