/**
 * Everything behind the palette commands and completions, built as its own chunk
 * (dist/features.js) and loaded on the first command, completion or panel open, so that
 * activation itself stays small (see extension.ts).
 */
import * as vscode from 'vscode';
import { DesignDocLenses } from './codelens/designDocLenses';
import { registerAddGoal } from './commands/addGoal';
import { registerAddTalkingPoint } from './commands/addTalkingPoint';
import { registerAskPhasePrompts } from './commands/askPhasePrompts';
import type { CommandHandler, CommandRegistry } from './commands/shared/commandRegistry';
import { registerCommitmentCommands } from './commands/commitments';
import { registerCopyRecap } from './commands/copyRecap';
import { registerCopyShareableNote } from './commands/copyShareableNote';
import { registerDecisionCommands } from './commands/decisions';
import { registerHatReport } from './commands/hatReport';
import { registerInsertChecklist } from './commands/insertChecklist';
import { registerInsertCommits } from './commands/insertCommits';
import { registerInsertPrompt } from './commands/insertPrompt';
import { registerLogFeedback } from './commands/logFeedback';
import { registerLogWin } from './commands/logWin';
import { registerAddPerson } from './commands/addPerson';
import { registerRecordAsked } from './commands/recordAsked';
import { registerReviewEvidence } from './commands/reviewEvidence';
import { recentMessages } from './commands/shared/notify';
import { registerShowPerson } from './commands/showPerson';
import { registerStartDesignReview } from './commands/startDesignReview';
import { registerStartDocReview } from './commands/startDocReview';
import { registerStartOneOnOne } from './commands/startOneOnOne';
import { registerStartReflection } from './commands/startReflection';
import { registerValidateContent } from './commands/validateContent';
import { registerWhichHat } from './commands/whichHat';
import { TwoHatsCompletions } from './completions/completionProvider';
import { OwnerCompletions } from './completions/ownerCompletions';
import { AskedLog } from './host/askedLog';
import { CommitmentsIndex } from './host/commitmentsIndex';
import { commitmentsDueSource, trackUnsavedNotes } from './host/commitmentsHost';
import { ContentService } from './host/contentService';
import { Decisions, revisitDueSource } from './host/decisions';
import { GitHistory } from './host/gitHistory';
import { Growth } from './host/growth';
import { HatHistory } from './host/hatHistory';
import { HostState } from './host/hostState';
import { NotesFolder } from './host/notesFolder';
import { PersonFocus } from './host/personFocus';
import { PersonProfiles } from './host/personProfiles';
import { ReviewNotes } from './host/reviewNotes';
import type { Services } from './host/services';
import { workspaceNotesReader } from './host/workspaceNotesReader';
import { DecisionLinks } from './links/decisionLinks';
import { lastRefresh as statusBarRefresh, registerDueStatusBar } from './statusbar/dueStatusBar';
import { TeamTree } from './team/teamView';
import { DecisionsView } from './views/decisionsView';
import { registerCommitmentDiagnostics } from './views/commitmentDiagnostics';
import { CommitmentsTreeProvider } from './views/commitmentsView';

export interface Features {
  readonly services: Services;
  readonly completions: TwoHatsCompletions;
  /** `@` in a task item: `@me` and the people. */
  readonly ownerCompletions: OwnerCompletions;
  /** The CodeLens of design docs; the activation shell forwards its change event. */
  readonly codeLens: DesignDocLenses;
  /** The Team view's rows; the activation shell forwards its change event. */
  readonly team: TeamTree;
  /** The Decisions view's rows; the activation shell's tree view forwards to it. */
  readonly decisionsView: DecisionsView;
  /** Links and hovers from a mention of a decision in any file to its doc. */
  readonly decisionLinks: DecisionLinks;
  /** Command ids with a handler, for the integration test that each contributed one has one. */
  readonly commandIds: readonly string[];
  /** The last notifications shown (commands/say.ts). */
  recentMessages(): readonly string[];
  run(id: string, args: unknown[]): unknown;
  /** Shows the "1:1s due" status-bar item; called once, a moment after activation (idempotent). */
  startStatusBar(): void;
  /** How long the status bar's last refresh took, in ms (the bench reads it). */
  statusBarRefreshMs(): number | undefined;
  /** The Commitments view's data; the activation shell's stub provider forwards to it. */
  readonly commitmentsTree: CommitmentsTreeProvider;
}

/** What the activation shell owns of the Commitments view: its change event and its description. */
export interface CommitmentsViewShell {
  changed(): void;
  describe(text: string | undefined): void;
}

export function createFeatures(context: vscode.ExtensionContext, targetEditor: Services['targetEditor'], lensesChanged?: () => void, teamChanged?: () => void, commitmentsView?: CommitmentsViewShell): Features {
  // Created here, not at activation: the output channel is only needed once a feature runs.
  const log = vscode.window.createOutputChannel('Two Hats', { log: true });
  const content = new ContentService(context.extensionUri, log);
  const notes = new NotesFolder(log);
  const state = new HostState(context.workspaceState);
  const hatHistory = new HatHistory(workspaceNotesReader(notes));
  const asked = new AskedLog(state, notes);
  const reviews = new ReviewNotes(notes, content, asked);
  const profiles = new PersonProfiles(notes, log);
  const git = new GitHistory();
  const focus = new PersonFocus(state);
  const commitments = new CommitmentsIndex(notes, () => state.personNames());
  const growth = new Growth(notes, profiles, content, git, workspaceNotesReader(notes));
  const services: Services = { content, notes, state, asked, log, targetEditor, hatHistory, reviews, profiles, git, focus, dueSources: [], growth, commitments };
  const codeLens = new DesignDocLenses(services);
  if (lensesChanged) context.subscriptions.push(codeLens.onDidChangeCodeLenses(lensesChanged));
  context.subscriptions.push(log, content, notes, reviews, codeLens, profiles, git, focus);
  const team = new TeamTree(services, () => teamChanged?.());
  context.subscriptions.push(team);
  const commitmentsTree = new CommitmentsTreeProvider(services);
  const commitmentsDue = commitmentsDueSource(commitments);
  services.dueSources.push(commitmentsDue);
  context.subscriptions.push(commitments, commitmentsTree, commitmentsDue, trackUnsavedNotes(commitments, notes), registerCommitmentDiagnostics(commitments, notes));
  if (commitmentsView) context.subscriptions.push(commitmentsTree.onDidChangeTreeData(() => commitmentsView.changed()));
  const commitmentsFilter = {
    get person() {
      return commitmentsTree.person;
    },
    setPerson(slug: string | undefined) {
      commitmentsTree.setPerson(slug);
      commitmentsView?.describe(slug === undefined ? undefined : commitments.personRefs().find((p) => p.slug === slug)?.name ?? slug);
    },
  };

  let statusBar: vscode.Disposable | undefined;
  context.subscriptions.push({ dispose: () => statusBar?.dispose() });
  const handlers = new Map<string, CommandHandler>();
  const commands: CommandRegistry = { register: (id, handler) => void handlers.set(id, handler) };
  registerInsertPrompt(commands, services);
  registerInsertChecklist(commands, services);
  registerWhichHat(commands, services);
  registerStartOneOnOne(commands, services);
  registerStartDesignReview(commands, services);
  registerAddPerson(commands, services);
  registerValidateContent(commands, services);
  registerRecordAsked(commands, services);
  registerStartReflection(commands, services);
  registerHatReport(commands, services);
  registerStartDocReview(commands, services);
  registerAskPhasePrompts(commands, services);
  registerAddTalkingPoint(commands, services);
  registerCopyShareableNote(commands, services);
  registerShowPerson(commands, services);
  registerInsertCommits(commands, services);
  registerAddGoal(commands, services);
  registerLogWin(commands, services);
  registerLogFeedback(commands, services);
  registerReviewEvidence(commands, services);
  const decisions = new Decisions(notes, content, reviews, log);
  const decisionsView = new DecisionsView(decisions);
  context.subscriptions.push(decisions, decisionsView);
  services.dueSources.push(revisitDueSource(decisions));
  registerDecisionCommands(commands, decisions);
  registerCommitmentCommands(commands, services, commitmentsFilter);
  registerCopyRecap(commands, services);

  return {
    services,
    completions: new TwoHatsCompletions(services),
    ownerCompletions: new OwnerCompletions(services),
    codeLens,
    team,
    decisionsView,
    decisionLinks: new DecisionLinks(decisions),
    commandIds: [...handlers.keys()],
    recentMessages,
    run(id, args) {
      const handler = handlers.get(id);
      if (!handler) throw new Error(`Two Hats has no handler for ${id}`);
      return handler(...args);
    },
    startStatusBar() {
      statusBar ??= registerDueStatusBar(services);
    },
    statusBarRefreshMs: () => statusBarRefresh.ms,
    commitmentsTree,
  };
}
